/**
 * Two token services ("nodes") on one SQLite store file: the token rate limit per client address
 * is one limit across both, not one per node.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

import { afterAll, describe, expect, it } from "vitest";

import { SqliteStore } from "../../src/store/sqlite-store.js";
import { TokenServiceHarness } from "../support/token-service-harness.js";

const directory = mkdtempSync(join(tmpdir(), "open-signin-nodes-"));
afterAll(() => rmSync(directory, { recursive: true, force: true }));

const validLooking = {
  clientId: "arn:aws:signin:::devtools/same-device",
  grantType: "refresh_token",
  refreshToken: "x",
};

describe("the token rate limit with a shared store", () => {
  it("lets a burst of 3 through across two nodes in total, then answers 429 on both", async () => {
    const path = join(directory, "shared.sqlite");
    const limits = { tokenRequestBurst: 3, tokenRequestsPerSecond: 0.01 };
    const nodes = await Promise.all(
      [0, 1].map(() => {
        const store = new SqliteStore(path, { sweepIntervalMs: 0 });
        return TokenServiceHarness.start({ limits, store, rateLimitStore: store });
      }),
    );
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 6; i += 1) statuses.push((await nodes[i % 2]!.post(validLooking)).status);
      // 400: the body is refused after the limiter let it through; 429: the limiter refused it.
      expect(statuses).toEqual([400, 400, 400, 429, 429, 429]);
    } finally {
      await Promise.all(nodes.map((node) => node.close()));
    }
  });
});
