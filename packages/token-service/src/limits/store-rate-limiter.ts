import { StoreUnavailableError } from "../store/atomic-store.js";
import type { RateLimitStore } from "../store/token-buckets.js";
import type { RateDecision, RateLimit } from "./rate-limiter.js";

/** The limiter could not decide because its store did not answer; the caller answers 503. */
export class RateLimiterUnavailableError extends Error {
  override readonly name = "RateLimiterUnavailableError";
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

  async consume(key: string, cost = 1): Promise<RateDecision> {
    if (!Number.isFinite(cost) || cost <= 0 || cost > this.limit.capacity) {
      throw new RangeError(`cost must be positive and at most the capacity ${this.limit.capacity}, got ${cost}`);
    }
    // Client addresses may hold characters a store key may not (IPv6 zone ids): encode them.
    try {
      return await this.store.takeTokens(`rate:${this.scope}:${encodeURIComponent(key)}`, this.limit, cost);
    } catch (error) {
      if (error instanceof StoreUnavailableError)
        throw new RateLimiterUnavailableError(error.message, { cause: error });
      throw error;
    }
  }
}
