/**
 * How many attempts one key (a user name, a browser, a network) may have: `freeAttempts` at once,
 * then one more after each wait, which starts at `baseDelayMs` and doubles up to `maxDelayMs`. A
 * key's count is forgotten `forgetAfterMs` after its last attempt (once no wait is pending).
 */
export interface AttemptLimit {
  readonly freeAttempts: number;
  readonly baseDelayMs: number;
  readonly maxDelayMs: number;
  readonly forgetAfterMs: number;
}

export type AttemptDecision =
  | { readonly counted: true }
  /** The key is waiting out a delay; nothing was counted. */
  | { readonly counted: false; readonly retryAfterMs: number };

/**
 * Attempt counts kept in a shared store (the sign-in form's password-guessing limits), so that a
 * limit holds across every node using the store instead of multiplying with them.
 *
 * Every method works on one key and is atomic for that key across processes; nothing is promised
 * across keys (a Redis Cluster keeps keys in different slots). Each throws StoreUnavailableError
 * like any store call, within the store's timeout; after such an error the step may or may not
 * have happened.
 *
 * - `countAttempt`: if the key is waiting out a delay, refuses with the time left and counts
 *   nothing; otherwise counts the attempt and, once the free attempts are used, starts the next
 *   delay. Of N concurrent calls on a key with k attempts left, at most k are counted.
 * - `uncountAttempt`: takes back one counted attempt, lifting the delay that attempt started.
 * - `forgetAttempts`: drops the key's count (a correct password was checked).
 *
 * An absent key has no attempts counted; a store drops a key once it is forgotten
 * ({@link attemptCountExpiry}), following its own clock.
 */
export interface AttemptCountStore {
  countAttempt(key: string, limit: AttemptLimit): Promise<AttemptDecision>;
  uncountAttempt(key: string, limit: AttemptLimit): Promise<void>;
  forgetAttempts(key: string): Promise<void>;
}

/** One key's state: attempts counted, when the last one was, when the next one may be. */
export interface AttemptCount {
  readonly count: number;
  readonly lastAt: number;
  readonly nextAllowedAt: number;
}

/** The wait an attempt starts when `count` attempts (it included) have been counted. */
const delayAfter = (count: number, limit: AttemptLimit): number | undefined => {
  const excess = count - limit.freeAttempts;
  return excess < 0 ? undefined : Math.min(limit.maxDelayMs, limit.baseDelayMs * 2 ** excess);
};

/**
 * The counting every store shares (MemoryAttemptLimiter in the local service does the same): the
 * decision and, if counted, the key's new state. `current` is the live state, undefined if absent.
 */
export function countAttemptStep(
  current: AttemptCount | undefined,
  limit: AttemptLimit,
  now: number,
): { decision: AttemptDecision; next: AttemptCount | undefined } {
  if (current !== undefined && current.nextAllowedAt > now) {
    return { decision: { counted: false, retryAfterMs: current.nextAllowedAt - now }, next: undefined };
  }
  const count = (current?.count ?? 0) + 1;
  const delay = delayAfter(count, limit);
  return {
    decision: { counted: true },
    next: { count, lastAt: now, nextAllowedAt: delay === undefined ? (current?.nextAllowedAt ?? 0) : now + delay },
  };
}

/** The state after taking back one attempt; undefined when none is left (the key can go). */
export function uncountAttemptStep(current: AttemptCount, limit: AttemptLimit): AttemptCount | undefined {
  const count = Math.max(0, current.count - 1);
  if (count === 0) return undefined;
  // The delay the taken-back attempt started is lifted; the one the attempt before it started stays.
  const delay = delayAfter(count, limit);
  return { count, lastAt: current.lastAt, nextAllowedAt: delay === undefined ? 0 : current.lastAt + delay };
}

/** When a store may drop the key: forgotten after its last attempt, never while a wait is pending. */
export const attemptCountExpiry = (state: AttemptCount, limit: AttemptLimit): number =>
  Math.max(state.lastAt + limit.forgetAfterMs, state.nextAllowedAt);
