/**
 * Rate limits kept in the shared store: the same bucket arithmetic as TokenBucketLimiter, atomic
 * across connections (two SQLite connections on one file; two Redis clients), so a limit holds
 * across nodes instead of multiplying with them.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { StoreRateLimiter } from "../../src/limits/store-rate-limiter.js";
import type { RateLimitStore } from "../../src/store/token-buckets.js";
import { RedisStore } from "../../src/store/redis-store.js";
import { SqliteStore } from "../../src/store/sqlite-store.js";
import { ManualClock } from "../support/manual-clock.js";
import { RedisServer, redisAvailability } from "../support/redis-servers.js";

const directory = mkdtempSync(join(tmpdir(), "open-signin-rate-"));
afterAll(() => rmSync(directory, { recursive: true, force: true }));

/** Checks shared by every RateLimitStore: `open` gives two independent connections to one store. */
function describeSharedLimits(
  name: string,
  open: () => Promise<[RateLimitStore, RateLimitStore, () => Promise<void>]>,
) {
  describe(name, () => {
    it("allows a burst of capacity, then refuses with Retry-After, counting both connections as one", async () => {
      const [a, b, close] = await open();
      try {
        const limit = { capacity: 4, refillPerSecond: 1 };
        const key = `burst-${Math.random()}`;
        const viaA = new StoreRateLimiter(a, limit, "test");
        const viaB = new StoreRateLimiter(b, limit, "test");
        const decisions = [
          await viaA.consume(key),
          await viaB.consume(key),
          await viaA.consume(key),
          await viaB.consume(key),
        ];
        expect(decisions.map((d) => d.allowed)).toEqual([true, true, true, true]);
        expect(decisions.map((d) => (d.allowed ? d.remaining : -1))).toEqual([3, 2, 1, 0]);
        expect(await viaB.consume(key)).toEqual({ allowed: false, retryAfterSeconds: 1 });
        expect((await viaA.consume(`${key}-other`)).allowed).toBe(true);
      } finally {
        await close();
      }
    });

    it("lets exactly capacity of 100 concurrent attempts through, spread over two connections", async () => {
      const [a, b, close] = await open();
      try {
        const limit = { capacity: 30, refillPerSecond: 0.001 };
        const key = `race-${Math.random()}`;
        const limiters = [new StoreRateLimiter(a, limit, "test"), new StoreRateLimiter(b, limit, "test")];
        const decisions = await Promise.all(Array.from({ length: 100 }, (_, i) => limiters[i % 2]!.consume(key)));
        expect(decisions.filter((d) => d.allowed)).toHaveLength(30);
      } finally {
        await close();
      }
    });
  });
}

describeSharedLimits("SqliteStore as a RateLimitStore", async () => {
  const path = join(directory, `limits-${Math.random()}.sqlite`);
  const a = new SqliteStore(path, { sweepIntervalMs: 0 });
  const b = new SqliteStore(path, { sweepIntervalMs: 0 });
  return [a, b, async () => void (await Promise.all([a.close(), b.close()]))];
});

describe("SqliteStore rate buckets over time", () => {
  it("refills at the configured rate and forgets a bucket once it is full again", async () => {
    const clock = new ManualClock();
    const store = new SqliteStore(join(directory, "refill.sqlite"), { clock, sweepIntervalMs: 0 });
    try {
      const limiter = new StoreRateLimiter(store, { capacity: 2, refillPerSecond: 2 }, "test");
      await limiter.consume("k");
      await limiter.consume("k");
      expect(await limiter.consume("k")).toEqual({ allowed: false, retryAfterSeconds: 1 });
      clock.advance(500);
      expect(await limiter.consume("k")).toEqual({ allowed: true, remaining: 0 });
      clock.advance(1001);
      expect(await store.sweep()).toBe(1);
      expect(await limiter.consume("k")).toEqual({ allowed: true, remaining: 1 });
    } finally {
      await store.close();
    }
  });
});

const availability = redisAvailability();
describe.skipIf(!availability.available)("RedisStore as a RateLimitStore", () => {
  let server: RedisServer;
  beforeAll(async () => {
    server = await RedisServer.start();
  }, 30_000);
  afterAll(async () => {
    await server?.stop();
  });

  describeSharedLimits("two Redis clients", async () => {
    const a = await RedisStore.connect({ kind: "redis", url: server.url });
    const b = await RedisStore.connect({ kind: "redis", url: server.url });
    return [a, b, async () => void (await Promise.all([a.close(), b.close()]))];
  });
});
