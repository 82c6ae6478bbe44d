/**
 * Sign-in attempt limits kept in the shared store (StoreAttemptLimiter over SQLite and Redis): the
 * same counting as the in-memory limiter, atomic across connections (two SQLite connections on one
 * file; two Redis clients), so that a limit holds across nodes instead of multiplying with them.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";

import { RedisStore, SqliteStore, StoreUnavailableError } from "@open-signin/token-service";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { ManualClock } from "../../../token-service/test/support/manual-clock.js";
import { RedisCluster, RedisServer, redisAvailability } from "../../../token-service/test/support/redis-servers.js";
import { type AttemptLimiter, MemoryAttemptLimiter } from "../../src/web/attempt-limiter.js";
import { StoreAttemptLimiter } from "../../src/web/store-attempt-limiter.js";

const directory = mkdtempSync(join(tmpdir(), "open-signin-attempts-"));
afterAll(() => rmSync(directory, { recursive: true, force: true }));

const policy = { freeAttempts: 3, baseDelayMs: 1000, maxDelayMs: 8000, forgetAfterMs: 60_000 };
const key = (name: string) => ({ key: name, policy });

/** The counting every limiter shares, on a clock the test moves. */
function describeCounting(name: string, open: (clock: ManualClock) => { limiter: AttemptLimiter; close: () => void }) {
  describe(name, () => {
    it("grants the free attempts at once, then one per doubling wait, capped", async () => {
      const clock = new ManualClock();
      const { limiter, close } = open(clock);
      try {
        for (let i = 0; i < 3; i++) expect((await limiter.reserve([key("user:alice")])).granted).toBe(true);
        expect(await limiter.reserve([key("user:alice")])).toEqual({ granted: false, retryAfterSeconds: 1 });
        clock.advance(1000);
        expect((await limiter.reserve([key("user:alice")])).granted).toBe(true);
        expect(await limiter.reserve([key("user:alice")])).toEqual({ granted: false, retryAfterSeconds: 2 });
        for (const wait of [2000, 4000, 8000, 8000]) {
          clock.advance(wait);
          expect((await limiter.reserve([key("user:alice")])).granted).toBe(true);
        }
        expect(await limiter.reserve([key("user:alice")])).toEqual({ granted: false, retryAfterSeconds: 8 });
        expect((await limiter.reserve([key("user:bob")])).granted).toBe(true);
      } finally {
        close();
      }
    });

    it("leaves the other keys as they were when one key refuses", async () => {
      const { limiter, close } = open(new ManualClock());
      try {
        for (let i = 0; i < 3; i++) await limiter.reserve([key("browser:b")]);
        expect((await limiter.reserve([key("user:alice"), key("browser:b")])).granted).toBe(false);
        for (let i = 0; i < 3; i++) expect((await limiter.reserve([key("user:alice")])).granted).toBe(true);
        expect((await limiter.reserve([key("user:alice")])).granted).toBe(false);
      } finally {
        close();
      }
    });

    it("forgets a key after success, and takes back a refunded attempt with the wait it started", async () => {
      const { limiter, close } = open(new ManualClock());
      try {
        for (let i = 0; i < 3; i++) await limiter.reserve([key("user:alice")]);
        await limiter.refund([key("user:alice")]);
        expect((await limiter.reserve([key("user:alice")])).granted).toBe(true);
        expect((await limiter.reserve([key("user:alice")])).granted).toBe(false);
        await limiter.succeeded([key("user:alice")]);
        for (let i = 0; i < 3; i++) expect((await limiter.reserve([key("user:alice")])).granted).toBe(true);
      } finally {
        close();
      }
    });

    it("forgets a quiet key, but never while a wait is pending", async () => {
      const clock = new ManualClock();
      const quiet = { ...policy, forgetAfterMs: 5_000, maxDelayMs: 60_000, baseDelayMs: 30_000 };
      const { limiter, close } = open(clock);
      try {
        for (let i = 0; i < 3; i++) await limiter.reserve([{ key: "user:alice", policy: quiet }]);
        clock.advance(10_000);
        // Past forgetAfterMs, but the 30 s wait the third attempt started is still running.
        expect(await limiter.reserve([{ key: "user:alice", policy: quiet }])).toEqual({
          granted: false,
          retryAfterSeconds: 20,
        });
        clock.advance(20_000);
        for (let i = 0; i < 3; i++)
          expect((await limiter.reserve([{ key: "user:alice", policy: quiet }])).granted).toBe(true);
      } finally {
        close();
      }
    });
  });
}

describeCounting("MemoryAttemptLimiter", (clock) => ({
  limiter: new MemoryAttemptLimiter({ clock }),
  close: () => undefined,
}));

describeCounting("StoreAttemptLimiter on SQLite", (clock) => {
  const store = new SqliteStore(join(directory, `counting-${Math.random()}.sqlite`), { clock, sweepIntervalMs: 0 });
  return { limiter: new StoreAttemptLimiter(store), close: () => void store.close() };
});

/** Limiters on two connections to one store, counting one allowance between them. */
function describeShared(name: string, open: () => Promise<[AttemptLimiter, AttemptLimiter, () => Promise<void>]>) {
  describe(name, () => {
    it("of 60 concurrent reservations over two connections, grants exactly the free attempts", async () => {
      const [a, b, close] = await open();
      try {
        const free = { ...policy, freeAttempts: 5, baseDelayMs: 60_000, maxDelayMs: 60_000 };
        const user = `user:race-${Math.random()}`;
        const reservations = await Promise.all(
          Array.from({ length: 60 }, (_, i) =>
            (i % 2 === 0 ? a : b).reserve([
              { key: user, policy: free },
              { key: `browser:${i}`, policy: free },
            ]),
          ),
        );
        expect(reservations.filter((reservation) => reservation.granted)).toHaveLength(5);
        expect(reservations.find((reservation) => !reservation.granted)).toEqual({
          granted: false,
          retryAfterSeconds: 60,
        });
      } finally {
        await close();
      }
    });

    it("a success on one connection clears the count for the other", async () => {
      const [a, b, close] = await open();
      try {
        const user = `user:clear-${Math.random()}`;
        for (let i = 0; i < 3; i++) await a.reserve([key(user)]);
        expect((await b.reserve([key(user)])).granted).toBe(false);
        await a.succeeded([key(user)]);
        expect((await b.reserve([key(user)])).granted).toBe(true);
      } finally {
        await close();
      }
    });
  });
}

describeShared("StoreAttemptLimiter on two SQLite connections to one file", async () => {
  const path = join(directory, `shared-${Math.random()}.sqlite`);
  const stores = [new SqliteStore(path, { sweepIntervalMs: 0 }), new SqliteStore(path, { sweepIntervalMs: 0 })];
  return [
    new StoreAttemptLimiter(stores[0]!),
    new StoreAttemptLimiter(stores[1]!),
    async () => void (await Promise.all(stores.map((store) => store.close()))),
  ];
});

describe("StoreAttemptLimiter on SQLite, swept", () => {
  it("removes forgotten counts in the background sweep", async () => {
    const clock = new ManualClock();
    const store = new SqliteStore(join(directory, "sweep.sqlite"), { clock, sweepIntervalMs: 0 });
    try {
      const limiter = new StoreAttemptLimiter(store);
      await limiter.reserve([key("user:alice"), key("browser:b")]);
      expect(await store.sweep()).toBe(0);
      clock.advance(policy.forgetAfterMs);
      expect(await store.sweep()).toBe(2);
    } finally {
      await store.close();
    }
  });
});

const availability = redisAvailability();
describe.skipIf(!availability.available)("StoreAttemptLimiter on Redis", () => {
  let server: RedisServer;
  beforeAll(async () => {
    server = await RedisServer.start();
  }, 30_000);
  afterAll(async () => {
    await server?.stop();
  });

  describeShared("two Redis clients", async () => {
    const stores = await Promise.all([0, 1].map(() => RedisStore.connect({ kind: "redis", url: server.url })));
    return [
      new StoreAttemptLimiter(stores[0]!),
      new StoreAttemptLimiter(stores[1]!),
      async () => void (await Promise.all(stores.map((store) => store.close()))),
    ];
  });

  // Redis counts on its own clock (TIME), so this runs in real time with short waits.
  it("counts, waits, doubles, takes back and forgets on Redis's clock", async () => {
    const store = await RedisStore.connect({ kind: "redis", url: server.url });
    try {
      const limiter = new StoreAttemptLimiter(store);
      const fast = { freeAttempts: 2, baseDelayMs: 300, maxDelayMs: 600, forgetAfterMs: 1_500 };
      const user = { key: `user:clock-${Math.random()}`, policy: fast };
      expect((await limiter.reserve([user])).granted).toBe(true);
      expect((await limiter.reserve([user])).granted).toBe(true);
      expect(await limiter.reserve([user])).toEqual({ granted: false, retryAfterSeconds: 1 });
      await sleep(350);
      expect((await limiter.reserve([user])).granted).toBe(true); // the third starts a 600 ms wait
      await limiter.refund([user]); // taken back: the wait is 300 ms from the third again
      await sleep(350);
      expect((await limiter.reserve([user])).granted).toBe(true);
      expect((await limiter.reserve([user])).granted).toBe(false);
      await sleep(1_700); // the last wait and forgetAfterMs are over: Redis has dropped the key
      expect((await limiter.reserve([user])).granted).toBe(true);
      expect((await limiter.reserve([user])).granted).toBe(true);
      expect((await limiter.reserve([user])).granted).toBe(false);
    } finally {
      await store.close();
    }
  }, 15_000);

  it("rejects a reservation while Redis is down: no attempt is granted without being counted", async () => {
    const own = await RedisServer.start();
    const store = await RedisStore.connect({ kind: "redis", url: own.url }, { operationTimeoutMs: 300 });
    try {
      const limiter = new StoreAttemptLimiter(store);
      expect((await limiter.reserve([key("user:alice")])).granted).toBe(true);
      await own.kill();
      await expect(limiter.reserve([key("user:alice"), key("browser:b")])).rejects.toBeInstanceOf(
        StoreUnavailableError,
      );
    } finally {
      await store.close();
      await own.stop();
    }
  }, 20_000);
});

describe.skipIf(!availability.available)("StoreAttemptLimiter on a Redis Cluster", () => {
  let cluster: RedisCluster;
  beforeAll(async () => {
    cluster = await RedisCluster.start();
  }, 60_000);
  afterAll(async () => {
    await cluster?.stop();
  });

  // Every key of a reservation may live in another slot: each is counted by its own script.
  describeShared("two Cluster clients", async () => {
    const seeds = cluster.nodes.map((node) => ({ host: "127.0.0.1", port: node.port }));
    const stores = await Promise.all(
      [0, 1].map(() => RedisStore.connect({ kind: "redis-cluster", seeds, tls: false })),
    );
    return [
      new StoreAttemptLimiter(stores[0]!),
      new StoreAttemptLimiter(stores[1]!),
      async () => void (await Promise.all(stores.map((store) => store.close()))),
    ];
  });
});
