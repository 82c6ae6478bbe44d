import { describe, expect, it } from "vitest";

import type { Clock } from "../../src/runtime/clock.js";
import { DEFAULT_MAX_KEYS, TokenBucketLimiter, type RateDecision } from "../../src/limits/rate-limiter.js";
import { ManualClock } from "../support/manual-clock.js";

const allowed = (remaining: number): RateDecision => ({ allowed: true, remaining });
const refused = (retryAfterSeconds: number): RateDecision => ({ allowed: false, retryAfterSeconds });

describe("TokenBucketLimiter", () => {
  describe("bursts and refill", () => {
    it("allows a burst up to capacity, counting down what remains, then refuses", () => {
      const limiter = new TokenBucketLimiter({ capacity: 5, refillPerSecond: 1 }, { clock: new ManualClock() });
      const decisions = Array.from({ length: 6 }, () => limiter.consume("ip"));
      expect(decisions).toEqual([allowed(4), allowed(3), allowed(2), allowed(1), allowed(0), refused(1)]);
    });

    it("tells a refused caller how many whole seconds to wait, counting down as time passes", () => {
      const clock = new ManualClock();
      // One token every 4 seconds.
      const limiter = new TokenBucketLimiter({ capacity: 2, refillPerSecond: 0.25 }, { clock });
      limiter.consume("ip");
      limiter.consume("ip");
      expect(limiter.consume("ip")).toEqual(refused(4));
      clock.advance(1500);
      expect(limiter.consume("ip")).toEqual(refused(3));
      clock.advance(2499);
      expect(limiter.consume("ip")).toEqual(refused(1));
      clock.advance(1);
      expect(limiter.consume("ip")).toEqual(allowed(0));
      expect(limiter.consume("ip")).toEqual(refused(4));
    });

    it("gives a retryAfterSeconds that is an integer, at least 1, sufficient and not a second too long", () => {
      const configurations = [
        { capacity: 1, refillPerSecond: 1 },
        { capacity: 3, refillPerSecond: 0.5 },
        { capacity: 10, refillPerSecond: 3 },
        { capacity: 5, refillPerSecond: 0.1 },
        { capacity: 2, refillPerSecond: 1 / 3 },
        { capacity: 100, refillPerSecond: 250 },
      ];
      for (const limit of configurations) {
        for (const [pauseMs, cost] of [
          [0, 1],
          [137, 1],
          [333, 2],
          [1000, 1],
          [2718, 1],
        ] as const) {
          if (cost > limit.capacity) continue;
          const clock = new ManualClock();
          const limiter = new TokenBucketLimiter(limit, { clock });
          while (limiter.consume("k").allowed);
          clock.advance(pauseMs);
          const decision = limiter.consume("k", cost);
          const context = `${JSON.stringify(limit)} after ${pauseMs} ms, cost ${cost}`;
          if (decision.allowed) continue;
          const wait = decision.retryAfterSeconds;
          expect(Number.isInteger(wait) && wait >= 1, context).toBe(true);
          if (wait > 1) {
            clock.advance((wait - 1) * 1000);
            expect(limiter.consume("k", cost).allowed, `${context}: ${wait - 1} s was enough`).toBe(false);
            clock.advance(1000);
          } else {
            clock.advance(wait * 1000);
          }
          expect(limiter.consume("k", cost).allowed, `${context}: ${wait} s was not enough`).toBe(true);
        }
      }
    });

    it("accumulates fractional refills", () => {
      const clock = new ManualClock();
      const limiter = new TokenBucketLimiter({ capacity: 1, refillPerSecond: 0.5 }, { clock });
      limiter.consume("ip");
      clock.advance(1000);
      expect(limiter.consume("ip")).toEqual(refused(1));
      clock.advance(1000);
      expect(limiter.consume("ip")).toEqual(allowed(0));
    });

    it("refills no further than capacity, however long the pause", () => {
      const clock = new ManualClock();
      const limiter = new TokenBucketLimiter({ capacity: 3, refillPerSecond: 10 }, { clock });
      limiter.consume("ip");
      clock.advance(86_400_000);
      expect(limiter.consume("ip")).toEqual(allowed(2));
    });

    it("charges nothing for a refused attempt, so hammering does not push the wait further", () => {
      const clock = new ManualClock();
      const limiter = new TokenBucketLimiter({ capacity: 1, refillPerSecond: 0.1 }, { clock });
      limiter.consume("ip");
      for (let i = 0; i < 50; i += 1) expect(limiter.consume("ip")).toEqual(refused(10));
      clock.advance(10_000);
      expect(limiter.consume("ip").allowed).toBe(true);
    });

    it("charges a cost greater than one as that many tokens", () => {
      const clock = new ManualClock();
      const limiter = new TokenBucketLimiter({ capacity: 5, refillPerSecond: 1 }, { clock });
      expect(limiter.consume("ip", 3)).toEqual(allowed(2));
      expect(limiter.consume("ip", 3)).toEqual(refused(1));
      expect(limiter.consume("ip", 2)).toEqual(allowed(0));
      expect(limiter.consume("ip", 5)).toEqual(refused(5));
    });

    it("grants nothing when the clock steps back", () => {
      let now = 1_000_000;
      const clock: Clock = { now: () => now };
      const limiter = new TokenBucketLimiter({ capacity: 1, refillPerSecond: 1 }, { clock });
      limiter.consume("ip");
      now -= 60_000;
      expect(limiter.consume("ip").allowed).toBe(false);
      now += 60_000 + 1000;
      expect(limiter.consume("ip").allowed).toBe(true);
    });
  });

  describe("keys", () => {
    it("keeps a bucket per key", () => {
      const limiter = new TokenBucketLimiter({ capacity: 1, refillPerSecond: 1 }, { clock: new ManualClock() });
      expect(limiter.consume("10.0.0.1")).toEqual(allowed(0));
      expect(limiter.consume("10.0.0.1").allowed).toBe(false);
      expect(limiter.consume("10.0.0.2")).toEqual(allowed(0));
      expect(limiter.consume("user:alice")).toEqual(allowed(0));
    });

    it("resets one key to a full burst without touching the others", () => {
      const limiter = new TokenBucketLimiter({ capacity: 2, refillPerSecond: 1 }, { clock: new ManualClock() });
      for (const key of ["a", "a", "b", "b"]) limiter.consume(key);
      limiter.reset("a");
      expect(limiter.consume("a")).toEqual(allowed(1));
      expect(limiter.consume("b").allowed).toBe(false);
      expect(() => limiter.reset("never-seen")).not.toThrow();
    });
  });

  describe("bound on keys", () => {
    it(`tracks at most maxKeys keys (default ${DEFAULT_MAX_KEYS}) however many arrive`, () => {
      const clock = new ManualClock();
      const limiter = new TokenBucketLimiter({ capacity: 1, refillPerSecond: 1 }, { clock });
      for (let i = 0; i < DEFAULT_MAX_KEYS + 500; i += 1) limiter.consume(`ip${i}`);
      expect(limiter.size()).toBe(DEFAULT_MAX_KEYS);

      const small = new TokenBucketLimiter({ capacity: 1, refillPerSecond: 1 }, { clock, maxKeys: 10 });
      for (let i = 0; i < 1000; i += 1) {
        small.consume(`ip${i}`);
        if (i % 97 === 0) clock.advance(400);
        expect(small.size()).toBeLessThanOrEqual(10);
      }
    });

    it("forgets the least recently used key first, where use includes refused attempts", () => {
      const limiter = new TokenBucketLimiter(
        { capacity: 1, refillPerSecond: 0.001 },
        { clock: new ManualClock(), maxKeys: 2 },
      );
      limiter.consume("a");
      limiter.consume("b");
      limiter.consume("a"); // refused, but makes "b" the least recently used
      limiter.consume("c");
      expect(limiter.size()).toBe(2);
      expect(limiter.consume("a").allowed).toBe(false);
      expect(limiter.consume("b")).toEqual(allowed(0)); // forgotten: a fresh burst
    });

    it("drops buckets that have refilled before any that still have a deficit, however recent", () => {
      const clock = new ManualClock();
      const limiter = new TokenBucketLimiter({ capacity: 2, refillPerSecond: 1 }, { clock, maxKeys: 2 });
      limiter.consume("drained", 2); // full again at 2000 ms
      clock.advance(500);
      limiter.consume("recent"); // full again at 1500 ms
      clock.advance(1100);
      limiter.consume("new");
      // "drained" is the least recently used, but "recent" is the one that had nothing left to lose.
      expect(limiter.consume("drained", 2)).toEqual(refused(1));
      expect(limiter.consume("recent", 2)).toEqual(allowed(0));
    });

    it("keeps finding idle buckets as time passes while keys keep arriving", () => {
      const clock = new ManualClock();
      const limiter = new TokenBucketLimiter({ capacity: 2, refillPerSecond: 1 }, { clock, maxKeys: 2 });
      limiter.consume("a", 2); // full again at 2000 ms
      clock.advance(500);
      limiter.consume("b"); // full again at 1500 ms
      clock.advance(100);
      limiter.consume("c"); // nothing idle: drops "a"; "c" full again at 1600 ms
      clock.advance(300);
      limiter.consume("d"); // nothing idle yet: drops "b"; "d" full again at 1900 ms
      expect(limiter.size()).toBe(2);
      clock.advance(1100);
      limiter.consume("e", 2); // "c" and "d" are both idle now: both go
      expect(limiter.size()).toBe(1);
      expect(limiter.consume("e")).toEqual(refused(1));
    });
  });

  describe("argument checks", () => {
    it("refuses limits and options that cannot work", () => {
      expect(() => new TokenBucketLimiter({ capacity: 0, refillPerSecond: 1 })).toThrow(RangeError);
      expect(() => new TokenBucketLimiter({ capacity: Number.NaN, refillPerSecond: 1 })).toThrow(RangeError);
      expect(() => new TokenBucketLimiter({ capacity: 1, refillPerSecond: 0 })).toThrow(RangeError);
      expect(() => new TokenBucketLimiter({ capacity: 1, refillPerSecond: Infinity })).toThrow(RangeError);
      expect(() => new TokenBucketLimiter({ capacity: 1, refillPerSecond: 1 }, { maxKeys: 0 })).toThrow(RangeError);
    });

    it("refuses a cost that is not positive or could never be met", () => {
      const limiter = new TokenBucketLimiter({ capacity: 3, refillPerSecond: 1 }, { clock: new ManualClock() });
      expect(() => limiter.consume("ip", 0)).toThrow(RangeError);
      expect(() => limiter.consume("ip", -1)).toThrow(RangeError);
      expect(() => limiter.consume("ip", 4)).toThrow(RangeError);
      expect(() => limiter.consume(7 as unknown as string)).toThrow(TypeError);
      expect(limiter.size()).toBe(0);
    });
  });
});
