import type { Clock } from "@open-signin/token-service";

export interface BackoffPolicy {
  /** Failures allowed before any waiting is imposed. */
  readonly freeFailures: number;
  /** Wait after the first failure beyond the free ones; doubles with each further failure. */
  readonly baseDelayMs: number;
  readonly maxDelayMs: number;
}

export interface SignInAttemptOptions {
  readonly clock: Clock;
  /** Guessing one user's password, from anywhere. */
  readonly perUser?: BackoffPolicy;
  /** Guessing many users' passwords from one address. */
  readonly perAddress?: BackoffPolicy;
  /** A key's failures are forgotten after this long without a new one. */
  readonly forgetAfterMs?: number;
  /** Bound on tracked keys; the least recently failed are forgotten first. */
  readonly maxTrackedKeys?: number;
}

export type AttemptDecision =
  { readonly allowed: true } | { readonly allowed: false; readonly retryAfterSeconds: number };

interface FailureRecord {
  failures: number;
  lastFailureAt: number;
  lockedUntil: number;
}

/**
 * Brute-force protection for the sign-in form: failures are counted per user name and per client
 * address, and past a few free failures each further one imposes an exponentially growing wait.
 * While a key waits, attempts are refused without checking the password, so the wait cannot be
 * used as an oracle. A success clears the user's count (not the address's: one known password
 * must not reset a spray across other accounts).
 */
export class SignInAttempts {
  private readonly perUser: BackoffPolicy;
  private readonly perAddress: BackoffPolicy;
  private readonly forgetAfterMs: number;
  private readonly maxTrackedKeys: number;
  private readonly records = new Map<string, FailureRecord>();

  constructor(private readonly options: SignInAttemptOptions) {
    this.perUser = options.perUser ?? { freeFailures: 5, baseDelayMs: 1_000, maxDelayMs: 15 * 60_000 };
    this.perAddress = options.perAddress ?? { freeFailures: 20, baseDelayMs: 1_000, maxDelayMs: 15 * 60_000 };
    this.forgetAfterMs = options.forgetAfterMs ?? 60 * 60_000;
    this.maxTrackedKeys = options.maxTrackedKeys ?? 10_000;
  }

  check(userName: string, address: string): AttemptDecision {
    const now = this.options.clock.now();
    const waitUntil = Math.max(this.lockedUntil(userKey(userName), now), this.lockedUntil(addressKey(address), now));
    return waitUntil > now
      ? { allowed: false, retryAfterSeconds: Math.ceil((waitUntil - now) / 1000) }
      : { allowed: true };
  }

  recordFailure(userName: string, address: string): void {
    this.fail(userKey(userName), this.perUser);
    this.fail(addressKey(address), this.perAddress);
  }

  recordSuccess(userName: string): void {
    this.records.delete(userKey(userName));
  }

  private lockedUntil(key: string, now: number): number {
    const record = this.records.get(key);
    if (!record) return 0;
    if (now - record.lastFailureAt >= this.forgetAfterMs) {
      this.records.delete(key);
      return 0;
    }
    return record.lockedUntil;
  }

  private fail(key: string, policy: BackoffPolicy): void {
    const now = this.options.clock.now();
    const current = this.records.get(key);
    const record =
      current && now - current.lastFailureAt < this.forgetAfterMs
        ? current
        : { failures: 0, lastFailureAt: now, lockedUntil: 0 };
    record.failures += 1;
    record.lastFailureAt = now;
    const excess = record.failures - policy.freeFailures;
    if (excess > 0) record.lockedUntil = now + Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (excess - 1));
    // Re-insert so that Map order is "least recently failed first" for eviction.
    this.records.delete(key);
    this.records.set(key, record);
    while (this.records.size > this.maxTrackedKeys) this.records.delete(this.records.keys().next().value!);
  }
}

const userKey = (userName: string): string => `user:${userName.toLowerCase()}`;
const addressKey = (address: string): string => `address:${address}`;
