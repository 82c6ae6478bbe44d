import type { AttemptCountStore } from "@open-signin/token-service";

import type { AttemptKey, AttemptLimiter, Reservation } from "./attempt-limiter.js";

/**
 * The {@link AttemptLimiter} for several nodes: the counts live in the shared store (SQLite or
 * Redis), whose steps are atomic per key across processes, so every node spends one allowance.
 *
 * A reservation counts the attempt under each key with one atomic store step per key (in
 * parallel: one round trip of latency). The store promises nothing across keys (a Redis Cluster
 * keeps them in different slots), so when one key refuses, the keys that counted the attempt get
 * it taken back. Meanwhile those keys held one attempt more than they should: the interface allows
 * that direction (counting too much), never the other.
 *
 * Store failures are not swallowed: a reservation whose store step failed rejects, and the sign-in
 * page answers 503 without checking the password. A take-back that fails leaves the attempt
 * counted, which is again the safe direction.
 */
export class StoreAttemptLimiter implements AttemptLimiter {
  constructor(private readonly store: AttemptCountStore) {}

  async reserve(keys: readonly AttemptKey[]): Promise<Reservation> {
    const outcomes = await Promise.allSettled(
      keys.map(({ key, policy }) => this.store.countAttempt(storeKey(key), policy)),
    );
    let failure: { reason: unknown } | undefined;
    let waitMs = 0;
    const counted: AttemptKey[] = [];
    outcomes.forEach((outcome, index) => {
      if (outcome.status === "rejected") failure ??= outcome;
      else if (outcome.value.counted) counted.push(keys[index]!);
      else waitMs = Math.max(waitMs, outcome.value.retryAfterMs);
    });
    if (failure === undefined && counted.length === keys.length) return { granted: true, keys };
    await Promise.allSettled(counted.map(({ key, policy }) => this.store.uncountAttempt(storeKey(key), policy)));
    if (failure !== undefined) throw failure.reason;
    return { granted: false, retryAfterSeconds: Math.max(1, Math.ceil(waitMs / 1000)) };
  }

  async succeeded(keys: readonly AttemptKey[]): Promise<void> {
    await Promise.all(keys.map(({ key }) => this.store.forgetAttempts(storeKey(key))));
  }

  async refund(keys: readonly AttemptKey[]): Promise<void> {
    await Promise.all(keys.map(({ key, policy }) => this.store.uncountAttempt(storeKey(key), policy)));
  }
}

// Network keys may hold characters a store key may not (IPv6 zone ids): encode them.
const storeKey = (key: string): string => `signin-attempts:${encodeURIComponent(key)}`;
