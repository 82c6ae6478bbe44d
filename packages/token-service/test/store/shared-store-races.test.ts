import { describe, expect, it } from "vitest";

import { raceAcrossProcesses } from "./support/shared-store-races.js";

// Two real processes on one SQLite file, each racing 25 attempts: 50-way races across both.
describe("SqliteStore shared by two processes", () => {
  it("lets exactly one of 50 redemptions of one code win, and gives 50 uses of one refresh token one answer", async () => {
    const outcome = await raceAcrossProcesses("sqlite", { processes: 2, perProcess: 25 });
    expect(outcome.codeWins.flat()).toHaveLength(50);
    expect(outcome.codeWins.flat().filter(Boolean)).toHaveLength(1);
    const answers = outcome.refreshAnswers.flat();
    expect(answers).toHaveLength(50);
    expect(new Set(answers).size).toBe(1);
    expect(answers[0]).toMatch(/minted-by-p\d-\d+/);
  }, 120_000);
});
