/**
 * A vitest reporter that turns the interop suite's compatibility claims (see
 * support/compatibility.ts) into build/interop/compatibility.json, with each claim's outcome.
 * `npm run compat:table` renders that file into the README, so the table states only what a run
 * of the real clients proved.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { fileURLToPath } from "node:url";

import type { Reporter, TestModule } from "vitest/node";

import type { CompatibilityClaim } from "./support/compatibility.js";

export const resultsFile = fileURLToPath(new URL("../../build/interop/compatibility.json", import.meta.url));

export interface CompatibilityResult extends CompatibilityClaim {
  readonly test: string;
  readonly outcome: "passed" | "failed" | "skipped" | "pending";
}

export default class CompatibilityReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>): void {
    const results: CompatibilityResult[] = [];
    for (const module of testModules) {
      if (module.project.name !== "interop") continue;
      for (const test of module.children.allTests()) {
        const claim = test.meta().compatibility;
        if (claim) results.push({ ...claim, test: test.fullName, outcome: test.result().state });
      }
    }
    // A run that did not include the interop suite leaves the last results alone.
    if (results.length === 0) return;
    mkdirSync(dirname(resultsFile), { recursive: true });
    writeFileSync(
      resultsFile,
      `${JSON.stringify({ ranAt: new Date().toISOString(), node: process.version, results }, null, 2)}\n`,
    );
  }
}
