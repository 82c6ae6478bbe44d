/** A burst of `capacity` attempts, then `refillPerSecond` more each second (as limits/ defines it). */
export interface BucketLimit {
  readonly capacity: number;
  readonly refillPerSecond: number;
}

export type BucketDecision =
  | { readonly allowed: true; readonly remaining: number }
  | { readonly allowed: false; readonly retryAfterSeconds: number };

/**
 * Token buckets kept in a shared store, so that a limit holds across every node using it.
 *
 * `takeTokens` is atomic per key, across processes: it refills the key's bucket up to now, takes
 * `cost` tokens if the bucket holds them, and reports the decision, as one step. A refused attempt
 * takes nothing. An absent bucket is a full one, so a store drops idle buckets once they would have
 * refilled. Throws StoreUnavailableError like any store call.
 */
export interface RateLimitStore {
  takeTokens(key: string, limit: BucketLimit, cost: number): Promise<BucketDecision>;
}

/**
 * The bucket arithmetic every store shares: the bucket after refilling to `now` and, if it holds
 * `cost`, taking it. `EPSILON` absorbs floating-point rounding, as in TokenBucketLimiter.
 */
export function refillAndTake(
  bucket: { readonly tokens: number; readonly updatedAt: number } | undefined,
  limit: BucketLimit,
  cost: number,
  now: number,
): { decision: BucketDecision; bucket: { tokens: number; updatedAt: number }; idleAfterMs: number } {
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
