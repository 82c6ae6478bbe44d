import { systemClock, type Clock } from "../runtime/clock.js";

/** A burst of `capacity` attempts, then `refillPerSecond` more each second. */
export interface RateLimit {
  capacity: number;
  refillPerSecond: number;
}

export type RateDecision = { allowed: true; remaining: number } | { allowed: false; retryAfterSeconds: number };

export interface TokenBucketLimiterOptions {
  clock?: Clock;
  /** Most keys tracked at once; see {@link TokenBucketLimiter} for what happens beyond it. */
  maxKeys?: number;
}

export const DEFAULT_MAX_KEYS = 10_000;

/**
 * Refill arithmetic is in floating point; a deficit smaller than this is rounding, not a missing
 * token. Without it a caller who waited exactly `retryAfterSeconds` could be refused again.
 */
const EPSILON = 1e-9;

interface Bucket {
  tokens: number;
  updatedAt: number;
}

/**
 * Token-bucket attempt limits per key (client IP, user name…), held in this process's memory.
 *
 * Memory is bounded by `maxKeys`. A new key beyond it first drops every bucket that has refilled
 * to capacity (such a bucket is indistinguishable from an absent one, so nothing is lost), then,
 * if none has, the least recently used. Forgetting a key that still had a deficit lets that client
 * start over with a full burst: the limiter becomes more lenient, never stricter, which is the
 * acceptable way for a rate limiter to fail under a flood of distinct keys.
 */
export class TokenBucketLimiter {
  readonly #capacity: number;
  readonly #refillPerMs: number;
  readonly #clock: Clock;
  readonly #maxKeys: number;
  /** In least-recently-used-first order: a Map iterates in insertion order and we re-insert on use. */
  readonly #buckets = new Map<string, Bucket>();
  /**
   * No bucket can be full again before this time, so a flood of new keys need not scan for idle
   * buckets until then. It may be early (a bucket used since has moved on), never late.
   */
  #noIdleBefore = Number.POSITIVE_INFINITY;

  constructor(limit: RateLimit, options: TokenBucketLimiterOptions = {}) {
    const { capacity, refillPerSecond } = limit;
    if (!Number.isFinite(capacity) || capacity < 1) {
      throw new RangeError(`capacity must be a finite number of at least 1, got ${capacity}`);
    }
    if (!Number.isFinite(refillPerSecond) || refillPerSecond <= 0) {
      throw new RangeError(`refillPerSecond must be a positive finite number, got ${refillPerSecond}`);
    }
    const { clock = systemClock, maxKeys = DEFAULT_MAX_KEYS } = options;
    if (!Number.isSafeInteger(maxKeys) || maxKeys <= 0) {
      throw new RangeError(`maxKeys must be a positive integer, got ${maxKeys}`);
    }
    this.#capacity = capacity;
    this.#refillPerMs = refillPerSecond / 1000;
    this.#clock = clock;
    this.#maxKeys = maxKeys;
  }

  /** Takes `cost` tokens from the key's bucket if it has them. A refused attempt takes nothing. */
  consume(key: string, cost = 1): RateDecision {
    if (typeof key !== "string") throw new TypeError(`rate limit key must be a string, got ${typeof key}`);
    if (!Number.isFinite(cost) || cost <= 0 || cost > this.#capacity) {
      // A cost above capacity could never be met: refusing it forever would hide a configuration bug.
      throw new RangeError(`cost must be positive and at most the capacity ${this.#capacity}, got ${cost}`);
    }
    const now = this.#clock.now();
    const bucket = this.#bucketFor(key, now);
    const deficit = cost - bucket.tokens;
    let decision: RateDecision;
    if (deficit <= EPSILON) {
      bucket.tokens = Math.max(0, bucket.tokens - cost);
      decision = { allowed: true, remaining: Math.floor(bucket.tokens + EPSILON) };
    } else {
      const retryAfterSeconds = Math.max(1, Math.ceil((deficit - EPSILON) / this.#refillPerMs / 1000));
      decision = { allowed: false, retryAfterSeconds };
    }
    this.#noIdleBefore = Math.min(this.#noIdleBefore, this.#fullAt(bucket));
    return decision;
  }

  /** Forgets the key, e.g. after a successful sign-in, so its next attempt starts with a full burst. */
  reset(key: string): void {
    this.#buckets.delete(key);
  }

  /** Keys currently tracked. */
  size(): number {
    return this.#buckets.size;
  }

  /** The key's bucket refilled up to `now` and marked most recently used, or a new full one. */
  #bucketFor(key: string, now: number): Bucket {
    const existing = this.#buckets.get(key);
    if (existing !== undefined) {
      // A clock that stepped back grants nothing; the bucket waits until time passes its last update.
      const elapsed = Math.max(0, now - existing.updatedAt);
      existing.tokens = Math.min(this.#capacity, existing.tokens + elapsed * this.#refillPerMs);
      existing.updatedAt = Math.max(existing.updatedAt, now);
      this.#buckets.delete(key);
      this.#buckets.set(key, existing);
      return existing;
    }
    if (this.#buckets.size >= this.#maxKeys) this.#makeRoom(now);
    const bucket: Bucket = { tokens: this.#capacity, updatedAt: now };
    this.#buckets.set(key, bucket);
    return bucket;
  }

  #makeRoom(now: number): void {
    if (now >= this.#noIdleBefore) this.#dropIdle(now);
    if (this.#buckets.size < this.#maxKeys) return;
    const leastRecentlyUsed = this.#buckets.keys().next();
    if (!leastRecentlyUsed.done) this.#buckets.delete(leastRecentlyUsed.value);
  }

  /**
   * Drops every bucket that has refilled to capacity. It walks all buckets, but only when one may
   * have become idle since the last walk, and it clears them all at once, so a flood of new keys
   * costs O(1) each between walks rather than O(maxKeys).
   */
  #dropIdle(now: number): void {
    let noIdleBefore = Number.POSITIVE_INFINITY;
    for (const [key, bucket] of this.#buckets) {
      const fullAt = this.#fullAt(bucket);
      if (fullAt <= now) this.#buckets.delete(key);
      else noIdleBefore = Math.min(noIdleBefore, fullAt);
    }
    this.#noIdleBefore = noIdleBefore;
  }

  #fullAt(bucket: Bucket): number {
    return bucket.updatedAt + (this.#capacity - bucket.tokens) / this.#refillPerMs;
  }
}
