import {
  type AttemptCount,
  type Clock,
  attemptCountExpiry,
  countAttemptStep,
  uncountAttemptStep,
} from "@open-signin/token-service";

/**
 * How many password checks one key (a user name, a browser, a network) may have: `freeAttempts`
 * at once, then one more after each wait, which starts at `baseDelayMs` and doubles up to
 * `maxDelayMs`. A key's count is forgotten `forgetAfterMs` after its last attempt.
 */
export interface AttemptPolicy {
  readonly freeAttempts: number;
  readonly baseDelayMs: number;
  readonly maxDelayMs: number;
  readonly forgetAfterMs: number;
}

/** One limit an attempt must pass: the key it is counted under and the policy for that key. */
export interface AttemptKey {
  readonly key: string;
  readonly policy: AttemptPolicy;
}

export type Reservation =
  | { readonly granted: true; readonly keys: readonly AttemptKey[] }
  | { readonly granted: false; readonly retryAfterSeconds: number };

/**
 * Counts password checks before they happen, so that no number of requests arriving together can
 * get more checks than the policies allow.
 *
 * Contract for every implementation (a store-backed one for several nodes included):
 * - `reserve` is atomic per key: it counts the attempt under every key only if every key still has
 *   an attempt left, and of N concurrent reservations on a key with k attempts left at most k are
 *   granted. Across keys it may be weaker (a store that can only update one key at a time may
 *   count an attempt under one key and then refuse it on another); it must only ever err towards
 *   counting too much, never too little.
 * - `succeeded` forgets the counts under the given keys (a correct password was checked).
 * - `refund` takes back one counted attempt under each key, for an attempt whose password was
 *   never checked (the check queue was full).
 * - Errors: an implementation that cannot reach its storage rejects; callers refuse the attempt.
 */
export interface AttemptLimiter {
  reserve(keys: readonly AttemptKey[]): Promise<Reservation>;
  succeeded(keys: readonly AttemptKey[]): Promise<void>;
  refund(keys: readonly AttemptKey[]): Promise<void>;
}

export interface MemoryAttemptLimiterOptions {
  readonly clock: Clock;
  /** Bound on keys held; see {@link MemoryAttemptLimiter}. Default 100,000. */
  readonly maxKeys?: number;
}

/**
 * The in-memory {@link AttemptLimiter} for one process. Atomic because `reserve` checks and counts
 * every key in one synchronous stretch: nothing else runs on the event loop in between. The
 * counting itself is the one every store shares (`countAttemptStep` of the token service), so the
 * limits mean the same with `--store memory` as with SQLite or Redis.
 *
 * Memory is bounded: when `maxKeys` are held, forgotten keys go first, then the oldest keys not
 * waiting out a delay. Keys that are waiting are never dropped (that would hand an attacker a fresh
 * budget for the price of many junk names); while every held key is waiting, attempts needing a
 * new key are refused until one frees up.
 */
export class MemoryAttemptLimiter implements AttemptLimiter {
  readonly #clock: Clock;
  readonly #maxKeys: number;
  // Insertion order is last-attempt order: a key is re-inserted whenever it is counted.
  readonly #states = new Map<string, AttemptCount>();

  constructor(options: MemoryAttemptLimiterOptions) {
    this.#clock = options.clock;
    this.#maxKeys = options.maxKeys ?? 100_000;
  }

  async reserve(keys: readonly AttemptKey[]): Promise<Reservation> {
    const now = this.#clock.now();
    let waitMs = 0;
    let newKeys = 0;
    const steps = keys.map(({ key, policy }) => {
      const current = this.#live(key, policy, now);
      if (current === undefined) newKeys++;
      const step = countAttemptStep(current, policy, now);
      if (!step.decision.counted) waitMs = Math.max(waitMs, step.decision.retryAfterMs);
      return { key, next: step.next };
    });
    if (waitMs > 0) return { granted: false, retryAfterSeconds: Math.max(1, Math.ceil(waitMs / 1000)) };
    if (newKeys > 0 && !this.#makeRoom(newKeys, now, keys)) return { granted: false, retryAfterSeconds: 1 };
    for (const { key, next } of steps) {
      this.#states.delete(key);
      this.#states.set(key, next!);
    }
    return { granted: true, keys };
  }

  async succeeded(keys: readonly AttemptKey[]): Promise<void> {
    for (const { key } of keys) this.#states.delete(key);
  }

  async refund(keys: readonly AttemptKey[]): Promise<void> {
    for (const { key, policy } of keys) {
      const state = this.#states.get(key);
      if (state === undefined) continue;
      const next = uncountAttemptStep(state, policy);
      if (next === undefined) this.#states.delete(key);
      else this.#states.set(key, next);
    }
  }

  /** Keys held right now (for tests and metrics). */
  get size(): number {
    return this.#states.size;
  }

  #live(key: string, policy: AttemptPolicy, now: number): AttemptCount | undefined {
    const state = this.#states.get(key);
    if (state !== undefined && now >= attemptCountExpiry(state, policy)) {
      this.#states.delete(key);
      return undefined;
    }
    return state;
  }

  #makeRoom(needed: number, now: number, keep: readonly AttemptKey[]): boolean {
    if (this.#states.size + needed <= this.#maxKeys) return true;
    const kept = new Set(keep.map(({ key }) => key));
    for (const [key, state] of this.#states) {
      if (this.#states.size + needed <= this.#maxKeys) return true;
      if (!kept.has(key) && now >= state.nextAllowedAt) this.#states.delete(key);
    }
    return this.#states.size + needed <= this.#maxKeys;
  }
}
