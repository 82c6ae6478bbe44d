import type { RateDecision, RateLimit } from "./rate-limiter.js";

/**
 * Token buckets kept in a shared store, so that a limit holds across every node using it.
 *
 * `takeTokens` is atomic per key, across processes: it refills the key's bucket up to now, takes
 * `cost` tokens if the bucket holds them, and reports the decision, as one step. A refused attempt
 * takes nothing. An absent bucket is a full one, so a store drops idle buckets once they would have
 * refilled. Throws StoreUnavailableError like any store call.
 */
export interface RateLimitStore {
  takeTokens(key: string, limit: RateLimit, cost: number): Promise<RateDecision>;
}

/** What callers of either limiter need: a decision per key. */
export interface RateLimiter {
  consume(key: string, cost?: number): RateDecision | Promise<RateDecision>;
}

/** A {@link RateLimiter} over a {@link RateLimitStore}; keys are namespaced by `scope`. */
export class StoreRateLimiter implements RateLimiter {
  constructor(
    private readonly store: RateLimitStore,
    private readonly limit: RateLimit,
    private readonly scope: string,
  ) {
    if (!Number.isFinite(limit.capacity) || limit.capacity < 1) throw new RangeError("capacity must be at least 1");
    if (!Number.isFinite(limit.refillPerSecond) || limit.refillPerSecond <= 0) {
      throw new RangeError("refillPerSecond must be positive");
    }
  }

  consume(key: string, cost = 1): Promise<RateDecision> {
    if (!Number.isFinite(cost) || cost <= 0 || cost > this.limit.capacity) {
      throw new RangeError(`cost must be positive and at most the capacity ${this.limit.capacity}, got ${cost}`);
    }
    // Client addresses may hold characters a store key may not (IPv6 zone ids): encode them.
    return this.store.takeTokens(`rate:${this.scope}:${encodeURIComponent(key)}`, this.limit, cost);
  }
}

/**
 * The bucket arithmetic every store shares: the bucket after refilling to `now` and, if it holds
 * `cost`, taking it. `EPSILON` absorbs floating-point rounding, as in TokenBucketLimiter.
 */
export function refillAndTake(
  bucket: { readonly tokens: number; readonly updatedAt: number } | undefined,
  limit: RateLimit,
  cost: number,
  now: number,
): { decision: RateDecision; bucket: { tokens: number; updatedAt: number }; idleAfterMs: number } {
  const refillPerMs = limit.refillPerSecond / 1000;
  const tokens =
    bucket === undefined
      ? limit.capacity
      : Math.min(limit.capacity, bucket.tokens + Math.max(0, now - bucket.updatedAt) * refillPerMs);
  const updatedAt = bucket === undefined ? now : Math.max(bucket.updatedAt, now);
  const deficit = cost - tokens;
  if (deficit > EPSILON) {
    const retryAfterSeconds = Math.max(1, Math.ceil((deficit - EPSILON) / refillPerMs / 1000));
    return {
      decision: { allowed: false, retryAfterSeconds },
      bucket: { tokens, updatedAt },
      idleAfterMs: Math.ceil((limit.capacity - tokens) / refillPerMs),
    };
  }
  const left = Math.max(0, tokens - cost);
  return {
    decision: { allowed: true, remaining: Math.floor(left + EPSILON) },
    bucket: { tokens: left, updatedAt },
    idleAfterMs: Math.ceil((limit.capacity - left) / refillPerMs),
  };
}

const EPSILON = 1e-9;
