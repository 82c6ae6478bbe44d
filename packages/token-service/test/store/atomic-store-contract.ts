import { randomUUID } from "node:crypto";

import { afterEach, beforeEach, describe, expect, it } from "vitest";

import type { AtomicStore } from "../../src/store/atomic-store.js";
import { ManualClock } from "../support/manual-clock.js";

export interface AtomicStoreContractOptions {
  /**
   * Lets `ms` of the store's time pass. The default advances the ManualClock handed to the factory,
   * which suits any store that takes an injected Clock. A store that keeps its own time (Redis, for
   * one) ignores the clock and passes a real wait here instead, e.g. `(ms) => sleep(ms)`.
   */
  advance?: (ms: number, clock: ManualClock) => Promise<void> | void;
  /**
   * The TTL the expiry tests write, in ms (default 1000). They only ever look at the key at half
   * and at one and a half of it, so a store on a real clock may shorten it to keep the suite fast
   * while leaving generous margins either side of the expiry.
   */
  ttlMs?: number;
}

/** Comfortably longer than any test runs, for entries that must not expire by accident. */
const LONG_TTL_MS = 3_600_000;
const CONCURRENCY = 100;

/**
 * Registers the tests every {@link AtomicStore} must pass; see the contract in atomic-store.ts.
 *
 * `makeStore` is called before each test with a fresh ManualClock, which the store may use as its
 * clock; the store is closed after each test. Keys carry a random prefix per test, so a shared
 * store (one Redis for the whole suite) needs no flushing between tests. Nothing here relies on a
 * particular implementation: only the AtomicStore interface is used.
 */
export function describeAtomicStoreContract(
  name: string,
  makeStore: (clock: ManualClock) => Promise<AtomicStore> | AtomicStore,
  options: AtomicStoreContractOptions = {},
): void {
  const ttl = options.ttlMs ?? 1000;
  const halfTtl = Math.ceil(ttl / 2);
  const advanceHook = options.advance ?? ((ms: number, clock: ManualClock) => clock.advance(ms));

  describe(`AtomicStore contract: ${name}`, () => {
    let store: AtomicStore;
    let clock: ManualClock;
    let prefix: string;
    const key = (suffix: string): string => `${prefix}${suffix}`;
    const advance = async (ms: number): Promise<void> => {
      await advanceHook(ms, clock);
    };

    beforeEach(async () => {
      clock = new ManualClock();
      prefix = `contract:${randomUUID()}:`;
      store = await makeStore(clock);
    });

    afterEach(async () => {
      await store.close();
    });

    describe("get and set", () => {
      it("returns undefined for a key never written", async () => {
        expect(await store.get(key("missing"))).toBeUndefined();
      });

      it("returns what was set, and the latest value after an overwrite", async () => {
        await store.set(key("a"), "one", LONG_TTL_MS);
        expect(await store.get(key("a"))).toBe("one");
        await store.set(key("a"), "two", LONG_TTL_MS);
        expect(await store.get(key("a"))).toBe("two");
      });

      it("keeps values opaque: empty, non-ASCII, control characters and large values round-trip", async () => {
        const values = ["", "ünïcødé ✓ 🔑", 'line\nbreak\ttab\u0000nul {"json":true}', "x".repeat(64 * 1024)];
        for (const [index, value] of values.entries()) {
          await store.set(key(`v${index}`), value, LONG_TTL_MS);
        }
        for (const [index, value] of values.entries()) {
          expect(await store.get(key(`v${index}`))).toBe(value);
        }
      });

      it("keeps keys independent", async () => {
        await store.set(key("a"), "one", LONG_TTL_MS);
        await store.set(key("b"), "two", LONG_TTL_MS);
        await store.set(key("a"), "three", LONG_TTL_MS);
        expect(await store.compareAndSet(key("a"), "three", "four", LONG_TTL_MS)).toBe(true);
        expect(await store.get(key("a"))).toBe("four");
        expect(await store.get(key("b"))).toBe("two");
        expect(await store.get(key(""))).toBeUndefined();
      });

      it("accepts every printable ASCII character and keys of exactly 512 characters", async () => {
        const printable = key(Array.from({ length: 0x7f - 0x20 }, (_, i) => String.fromCharCode(0x20 + i)).join(""));
        await store.set(printable, "printable", LONG_TTL_MS);
        expect(await store.get(printable)).toBe("printable");
        const longest = key("k").padEnd(512, "k");
        await store.set(longest, "longest", LONG_TTL_MS);
        expect(await store.get(longest)).toBe("longest");
      });

      it("gives set a fresh TTL on overwrite", async () => {
        await store.set(key("a"), "one", ttl);
        await advance(halfTtl);
        await store.set(key("a"), "two", 2 * ttl);
        await advance(ttl);
        expect(await store.get(key("a"))).toBe("two");
      });
    });

    describe("putIfAbsent", () => {
      it("writes an absent key and reports true", async () => {
        expect(await store.putIfAbsent(key("a"), "one", LONG_TTL_MS)).toBe(true);
        expect(await store.get(key("a"))).toBe("one");
      });

      it("leaves a present key alone, value and TTL, and reports false", async () => {
        await store.set(key("a"), "one", ttl);
        expect(await store.putIfAbsent(key("a"), "two", LONG_TTL_MS)).toBe(false);
        expect(await store.get(key("a"))).toBe("one");
        await advance(ttl + halfTtl);
        expect(await store.get(key("a"))).toBeUndefined();
      });

      it("treats a present empty-string value as present", async () => {
        await store.set(key("a"), "", LONG_TTL_MS);
        expect(await store.putIfAbsent(key("a"), "two", LONG_TTL_MS)).toBe(false);
        expect(await store.get(key("a"))).toBe("");
      });
    });

    describe("compareAndSet", () => {
      it("replaces the value when the current one matches", async () => {
        await store.set(key("a"), "one", LONG_TTL_MS);
        expect(await store.compareAndSet(key("a"), "one", "two", LONG_TTL_MS)).toBe(true);
        expect(await store.get(key("a"))).toBe("two");
      });

      it("leaves the value alone when the current one differs, even slightly", async () => {
        await store.set(key("a"), "one", LONG_TTL_MS);
        for (const expected of ["two", "One", "one ", " one", "on", ""]) {
          expect(await store.compareAndSet(key("a"), expected, "changed", LONG_TTL_MS)).toBe(false);
        }
        expect(await store.get(key("a"))).toBe("one");
      });

      it("fails on a missing key and does not create it", async () => {
        expect(await store.compareAndSet(key("a"), "", "created", LONG_TTL_MS)).toBe(false);
        expect(await store.compareAndSet(key("a"), "one", "created", LONG_TTL_MS)).toBe(false);
        expect(await store.get(key("a"))).toBeUndefined();
      });

      it("replaces the TTL with a longer one", async () => {
        await store.set(key("a"), "one", ttl);
        await advance(halfTtl);
        expect(await store.compareAndSet(key("a"), "one", "two", 2 * ttl)).toBe(true);
        await advance(ttl);
        expect(await store.get(key("a"))).toBe("two");
        await advance(ttl + halfTtl);
        expect(await store.get(key("a"))).toBeUndefined();
      });

      it("replaces the TTL with a shorter one", async () => {
        await store.set(key("a"), "one", LONG_TTL_MS);
        expect(await store.compareAndSet(key("a"), "one", "two", ttl)).toBe(true);
        await advance(ttl + halfTtl);
        expect(await store.get(key("a"))).toBeUndefined();
      });

      it("chains: each success makes the next value the one to expect", async () => {
        await store.set(key("a"), "v0", LONG_TTL_MS);
        expect(await store.compareAndSet(key("a"), "v0", "v1", LONG_TTL_MS)).toBe(true);
        expect(await store.compareAndSet(key("a"), "v0", "v1", LONG_TTL_MS)).toBe(false);
        expect(await store.compareAndSet(key("a"), "v1", "v2", LONG_TTL_MS)).toBe(true);
        expect(await store.get(key("a"))).toBe("v2");
      });
    });

    describe("expiry", () => {
      it("keeps a key until its TTL has elapsed, then get finds nothing", async () => {
        await store.set(key("a"), "one", ttl);
        await advance(halfTtl);
        expect(await store.get(key("a"))).toBe("one");
        await advance(ttl);
        expect(await store.get(key("a"))).toBeUndefined();
      });

      it("expires each key on its own TTL", async () => {
        await store.set(key("short"), "s", ttl);
        await store.set(key("long"), "l", 3 * ttl);
        await advance(ttl + halfTtl);
        expect(await store.get(key("short"))).toBeUndefined();
        expect(await store.get(key("long"))).toBe("l");
      });

      it("lets putIfAbsent write an expired key, with the new TTL", async () => {
        await store.set(key("a"), "old", ttl);
        await advance(ttl + halfTtl);
        expect(await store.putIfAbsent(key("a"), "new", 2 * ttl)).toBe(true);
        expect(await store.get(key("a"))).toBe("new");
        await advance(ttl);
        expect(await store.get(key("a"))).toBe("new");
      });

      it("fails compareAndSet on an expired key, even with its old value, and does not revive it", async () => {
        await store.set(key("a"), "one", ttl);
        await advance(ttl + halfTtl);
        expect(await store.compareAndSet(key("a"), "one", "two", LONG_TTL_MS)).toBe(false);
        expect(await store.get(key("a"))).toBeUndefined();
      });

      it("lets set overwrite an expired key", async () => {
        await store.set(key("a"), "one", ttl);
        await advance(ttl + halfTtl);
        await store.set(key("a"), "two", LONG_TTL_MS);
        expect(await store.get(key("a"))).toBe("two");
      });
    });

    describe("argument validation", () => {
      const invalidKeys: [string, unknown][] = [
        ["empty", ""],
        ["513 characters", "k".repeat(513)],
        ["a newline", "a\nb"],
        ["a tab", "a\tb"],
        ["DEL", "a\u007fb"],
        ["non-ASCII", "clé"],
        ["a number", 42],
        ["undefined", undefined],
      ];
      const invalidTtls: [string, unknown][] = [
        ["zero", 0],
        ["negative", -1000],
        ["fractional", 1000.5],
        ["NaN", Number.NaN],
        ["Infinity", Number.POSITIVE_INFINITY],
        ["a string", "1000"],
        ["undefined", undefined],
      ];
      const invalidValues: [string, unknown][] = [
        ["a number", 42],
        ["undefined", undefined],
        ["null", null],
        ["an object", { value: "one" }],
      ];

      /** Every operation, called with one argument swapped for a bad one. */
      const operationsWithKey = (bad: unknown): [string, () => Promise<unknown>][] => {
        const k = bad as string;
        return [
          ["get", () => store.get(k)],
          ["set", () => store.set(k, "v", LONG_TTL_MS)],
          ["putIfAbsent", () => store.putIfAbsent(k, "v", LONG_TTL_MS)],
          ["compareAndSet", () => store.compareAndSet(k, "v", "w", LONG_TTL_MS)],
        ];
      };

      const expectArgumentError = async (operation: () => Promise<unknown>): Promise<void> => {
        const error = await operation().then(
          () => undefined,
          (reason: unknown) => reason,
        );
        expect(error instanceof TypeError || error instanceof RangeError, `rejected with ${String(error)}`).toBe(true);
      };

      it.each(invalidKeys)("rejects a key that is %s, in every operation", async (_, bad) => {
        for (const [, operation] of operationsWithKey(bad)) await expectArgumentError(operation);
      });

      it.each(invalidTtls)("rejects a TTL that is %s, and writes nothing", async (_, bad) => {
        const badTtl = bad as number;
        await expectArgumentError(() => store.set(key("set"), "v", badTtl));
        expect(await store.get(key("set"))).toBeUndefined();
        await expectArgumentError(() => store.putIfAbsent(key("put"), "v", badTtl));
        expect(await store.get(key("put"))).toBeUndefined();
        await store.set(key("cas"), "v", LONG_TTL_MS);
        await expectArgumentError(() => store.compareAndSet(key("cas"), "v", "w", badTtl));
        expect(await store.get(key("cas"))).toBe("v");
      });

      it.each(invalidValues)("rejects a value that is %s, and writes nothing", async (_, bad) => {
        const badValue = bad as string;
        await expectArgumentError(() => store.set(key("set"), badValue, LONG_TTL_MS));
        expect(await store.get(key("set"))).toBeUndefined();
        await expectArgumentError(() => store.putIfAbsent(key("put"), badValue, LONG_TTL_MS));
        expect(await store.get(key("put"))).toBeUndefined();
        await store.set(key("cas"), "v", LONG_TTL_MS);
        await expectArgumentError(() => store.compareAndSet(key("cas"), "v", badValue, LONG_TTL_MS));
        await expectArgumentError(() => store.compareAndSet(key("cas"), badValue, "w", LONG_TTL_MS));
        expect(await store.get(key("cas"))).toBe("v");
      });
    });

    describe("concurrency", () => {
      const indices = Array.from({ length: CONCURRENCY }, (_, i) => i);

      it(`lets exactly one of ${CONCURRENCY} concurrent putIfAbsent calls win`, async () => {
        const results = await Promise.all(indices.map((i) => store.putIfAbsent(key("a"), `v${i}`, LONG_TTL_MS)));
        const winners = indices.filter((i) => results[i]);
        expect(winners).toHaveLength(1);
        expect(await store.get(key("a"))).toBe(`v${winners[0]}`);
      });

      it(`lets exactly one of ${CONCURRENCY} concurrent compareAndSet calls with the same expected value win`, async () => {
        await store.set(key("a"), "start", LONG_TTL_MS);
        const results = await Promise.all(
          indices.map((i) => store.compareAndSet(key("a"), "start", `v${i}`, LONG_TTL_MS)),
        );
        const winners = indices.filter((i) => results[i]);
        expect(winners).toHaveLength(1);
        expect(await store.get(key("a"))).toBe(`v${winners[0]}`);
      });

      it("keeps concurrent operations on different keys from interfering", async () => {
        const results = await Promise.all(indices.map((i) => store.putIfAbsent(key(`k${i}`), `v${i}`, LONG_TTL_MS)));
        expect(results.every(Boolean)).toBe(true);
        const swapped = await Promise.all(
          indices.map((i) => store.compareAndSet(key(`k${i}`), `v${i}`, `w${i}`, LONG_TTL_MS)),
        );
        expect(swapped.every(Boolean)).toBe(true);
        const values = await Promise.all(indices.map((i) => store.get(key(`k${i}`))));
        expect(values).toEqual(indices.map((i) => `w${i}`));
      });

      it("interleaves a chain of compareAndSet calls as some serial order would", async () => {
        // Call i expects "i" and writes "i+1": whatever the order, the successes form a prefix 0..n-1
        // and the final value is "n".
        await store.set(key("a"), "0", LONG_TTL_MS);
        const order = shuffled(indices);
        const results = await Promise.all(
          order.map((i) => store.compareAndSet(key("a"), String(i), String(i + 1), LONG_TTL_MS)),
        );
        const succeeded = order.filter((_, position) => results[position]).sort((a, b) => a - b);
        expect(succeeded).toEqual(succeeded.map((_, i) => i));
        expect(await store.get(key("a"))).toBe(String(succeeded.length));
      });

      it("interleaves putIfAbsent and compareAndSet on an absent key as some serial order would", async () => {
        // Every compareAndSet expects the value a putIfAbsent writes, so none can succeed before a
        // put; exactly one put wins, and at most one compareAndSet then replaces its value.
        const operations = shuffled(indices).map((i) =>
          i % 2 === 0
            ? store.putIfAbsent(key("a"), "put", LONG_TTL_MS).then((won) => ({ put: won }))
            : store.compareAndSet(key("a"), "put", `swap${i}`, LONG_TTL_MS).then((swapped) => ({ swapped, i })),
        );
        const outcomes = await Promise.all(operations);
        const puts = outcomes.filter((o) => "put" in o && o.put).length;
        const swaps = outcomes.flatMap((o) => ("swapped" in o && o.swapped ? [o.i] : []));
        expect(puts).toBe(1);
        expect(swaps.length).toBeLessThanOrEqual(1);
        expect(await store.get(key("a"))).toBe(swaps.length === 1 ? `swap${swaps[0]}` : "put");
      });

      it("hands a counter between concurrent get/compareAndSet workers without losing or repeating a step", async () => {
        // Read-modify-write, the way refresh claims use the store: a worker reads the counter and
        // advances it only if nobody else did in between. Each step must be won by exactly one worker.
        await store.set(key("a"), "0", LONG_TTL_MS);
        const advancedFrom: number[] = [];
        const worker = async (): Promise<void> => {
          for (let round = 0; round < 5; round += 1) {
            const value = await store.get(key("a"));
            if (value === undefined) throw new Error("the counter disappeared");
            if (await store.compareAndSet(key("a"), value, String(Number(value) + 1), LONG_TTL_MS)) {
              advancedFrom.push(Number(value));
            }
          }
        };
        await Promise.all(indices.slice(0, 20).map(worker));
        expect(advancedFrom.length).toBeGreaterThan(1);
        expect([...advancedFrom].sort((x, y) => x - y)).toEqual(advancedFrom.map((_, i) => i));
        expect(await store.get(key("a"))).toBe(String(advancedFrom.length));
      });
    });
  });
}

/** A Fisher–Yates shuffle, so that concurrent calls are not always issued in index order. */
function shuffled<T>(items: readonly T[]): T[] {
  const result = [...items];
  for (let i = result.length - 1; i > 0; i -= 1) {
    const j = Math.floor(Math.random() * (i + 1));
    const a = result[i] as T;
    result[i] = result[j] as T;
    result[j] = a;
  }
  return result;
}
