import { Cluster, Redis, type ClusterOptions, type RedisOptions } from "ioredis";

import { systemClock, type Clock } from "../runtime/clock.js";
import type { AttemptCountStore, AttemptDecision, AttemptLimit } from "./attempt-counts.js";
import { StoreUnavailableError, type AtomicStore } from "./atomic-store.js";
import { RedisSessionCatalogue } from "./redis-session-catalogue.js";
import { assertValidKey, assertValidTtl, assertValidValue } from "./store-arguments.js";
import type { BucketDecision, BucketLimit, RateLimitStore } from "./token-buckets.js";

/** Where a Redis store lives: one server (or a primary behind a proxy), or a Redis Cluster. */
export type RedisTarget =
  | { readonly kind: "redis"; readonly url: string }
  | {
      readonly kind: "redis-cluster";
      readonly seeds: readonly { readonly host: string; readonly port: number }[];
      readonly tls: boolean;
      readonly username?: string | undefined;
      readonly password?: string | undefined;
    };

export interface RedisStoreOptions {
  /**
   * Longest any operation may take, from the call to the answer, including time spent queued while
   * the connection is being re-established. Past it the call fails with StoreUnavailableError.
   * Default 2000.
   */
  readonly operationTimeoutMs?: number;
  /** Longest the first connection may take before {@link RedisStore.connect} gives up. Default 5000. */
  readonly connectTimeoutMs?: number;
  /** Prepended to every key, so several deployments can share one Redis. Default `open-signin:`. */
  readonly keyPrefix?: string;
  /** Turns a session's end into a TTL for the session catalogue (expiry itself is Redis's). */
  readonly clock?: Clock;
}

type Client = Redis | Cluster;

interface Scripts {
  /** KEYS[1] key; ARGV expected, next, ttl ms. 1 if swapped. */
  compareAndSet(key: string, expected: string, next: string, ttlMs: number): Promise<number>;
  /** KEYS[1] bucket; ARGV capacity, refill per ms, cost. [1, remaining] or [0, retry-after seconds]. */
  takeTokens(key: string, capacity: number, refillPerMs: number, cost: number): Promise<[number, string]>;
  /** KEYS[1] count; ARGV free, base ms, max ms, forget ms. [1, "0"] if counted, [0, wait ms] if not. */
  countAttempt(key: string, ...limit: AttemptLimitArgs): Promise<[number, string]>;
  /** KEYS[1] count; ARGV as countAttempt. */
  uncountAttempt(key: string, ...limit: AttemptLimitArgs): Promise<number>;
}

type AttemptLimitArgs = [free: number, baseMs: number, maxMs: number, forgetMs: number];
const attemptLimitArgs = (limit: AttemptLimit): AttemptLimitArgs => [
  limit.freeAttempts,
  limit.baseDelayMs,
  limit.maxDelayMs,
  limit.forgetAfterMs,
];

// The token bucket of TokenBucketLimiter / refillAndTake, on Redis's clock (TIME), so every node
// shares one notion of now. A hash {t: tokens, u: updated ms}; it expires once it has refilled,
// since an absent bucket is a full one. Numbers go back as strings: Redis truncates Lua numbers.
const TAKE_TOKENS = `
local time = redis.call('TIME')
local now = tonumber(time[1]) * 1000 + math.floor(tonumber(time[2]) / 1000)
local capacity = tonumber(ARGV[1])
local rate = tonumber(ARGV[2])
local cost = tonumber(ARGV[3])
local bucket = redis.call('HMGET', KEYS[1], 't', 'u')
local tokens = capacity
local updated = now
if bucket[1] then
  tokens = math.min(capacity, tonumber(bucket[1]) + math.max(0, now - tonumber(bucket[2])) * rate)
  updated = math.max(tonumber(bucket[2]), now)
end
local deficit = cost - tokens
if deficit > 1e-9 then
  return {0, tostring(math.max(1, math.ceil((deficit - 1e-9) / rate / 1000)))}
end
local left = math.max(0, tokens - cost)
redis.call('HSET', KEYS[1], 't', tostring(left), 'u', tostring(updated))
redis.call('PEXPIRE', KEYS[1], math.ceil((capacity - left) / rate) + 1)
return {1, tostring(math.floor(left + 1e-9))}
`;

// The attempt counting of attempt-counts.ts (countAttemptStep, uncountAttemptStep), on Redis's
// clock. A hash {c: count, l: last attempt ms, n: next allowed ms} that expires when the count is
// forgotten (attemptCountExpiry): an absent key has no attempts counted.
const ATTEMPT_LIMIT_ARGS = `
local free = tonumber(ARGV[1])
local base = tonumber(ARGV[2])
local max = tonumber(ARGV[3])
local forget = tonumber(ARGV[4])
local function delay_after(count)
  local excess = count - free
  if excess < 0 then return nil end
  return math.min(max, base * 2 ^ excess)
end
`;
const COUNT_ATTEMPT = `${ATTEMPT_LIMIT_ARGS}
local time = redis.call('TIME')
local now = tonumber(time[1]) * 1000 + math.floor(tonumber(time[2]) / 1000)
local state = redis.call('HMGET', KEYS[1], 'c', 'n')
local count = 0
local next_at = 0
if state[1] then
  count = tonumber(state[1])
  next_at = tonumber(state[2])
  if next_at > now then return {0, tostring(next_at - now)} end
end
count = count + 1
local delay = delay_after(count)
if delay then next_at = now + delay end
redis.call('HSET', KEYS[1], 'c', tostring(count), 'l', tostring(now), 'n', tostring(next_at))
redis.call('PEXPIREAT', KEYS[1], tostring(math.max(now + forget, next_at)))
return {1, '0'}
`;
const UNCOUNT_ATTEMPT = `${ATTEMPT_LIMIT_ARGS}
local state = redis.call('HMGET', KEYS[1], 'c', 'l')
if not state[1] then return 0 end
local count = tonumber(state[1]) - 1
if count <= 0 then
  redis.call('DEL', KEYS[1])
  return 1
end
local last = tonumber(state[2])
local next_at = 0
local delay = delay_after(count)
if delay then next_at = last + delay end
redis.call('HSET', KEYS[1], 'c', tostring(count), 'n', tostring(next_at))
redis.call('PEXPIREAT', KEYS[1], tostring(math.max(last + forget, next_at)))
return 1
`;

// Compare-and-set has no single Redis command; a script runs atomically on the server, in one
// round trip (EVALSHA, falling back to EVAL once if the server has not cached it yet).
const COMPARE_AND_SET = `
if redis.call('GET', KEYS[1]) == ARGV[1] then
  redis.call('SET', KEYS[1], ARGV[2], 'PX', ARGV[3])
  return 1
end
return 0
`;

/**
 * The AtomicStore on Redis or a Redis Cluster (ioredis), shared by every node of a deployment.
 *
 * Atomicity: every operation is one Redis command or one script, which Redis runs without
 * interleaving: get GET, set SET PX, putIfAbsent SET NX PX, compareAndSet a Lua
 * script (GET, compare, SET PX). Expiry is Redis's own (PX), so every node sees the
 * same clock.
 *
 * Keys: `<prefix>{<key>}`. The braces make the whole contract key the Cluster hash tag, so a key
 * lives in exactly one slot and no operation ever touches two slots. Any future operation over
 * several keys must give them one tag.
 *
 * Failures: a command in flight when the connection drops is failed, not re-sent
 * (`maxRetriesPerRequest: 0`, `autoResendUnfulfilledCommands: false`): re-sending a SET NX whose
 * first reply was lost would report a claim this request had in fact won as lost. Every call is
 * bounded by `operationTimeoutMs` and fails with StoreUnavailableError.
 */
export class RedisStore implements AtomicStore, RateLimitStore, AttemptCountStore {
  readonly #client: Client;
  readonly #scripts: Scripts;
  readonly #timeoutMs: number;
  readonly #prefix: string;
  #closed = false;
  #lastConnectionError: unknown;
  /** The session catalogue, on the same connection (see redis-session-catalogue.ts for its keys). */
  readonly sessions: RedisSessionCatalogue;

  private constructor(client: Client, timeoutMs: number, prefix: string, clock: Clock) {
    this.#client = client;
    this.#timeoutMs = timeoutMs;
    this.#prefix = prefix;
    this.sessions = new RedisSessionCatalogue(client, prefix, clock, (operation) => this.#call(operation));
    client.defineCommand("openSigninCompareAndSet", { numberOfKeys: 1, lua: COMPARE_AND_SET });
    client.defineCommand("openSigninTakeTokens", { numberOfKeys: 1, lua: TAKE_TOKENS });
    client.defineCommand("openSigninCountAttempt", { numberOfKeys: 1, lua: COUNT_ATTEMPT });
    client.defineCommand("openSigninUncountAttempt", { numberOfKeys: 1, lua: UNCOUNT_ATTEMPT });
    const scripts = client as unknown as Record<string, (...args: unknown[]) => Promise<unknown>>;
    this.#scripts = {
      compareAndSet: (key, expected, next, ttlMs) =>
        scripts.openSigninCompareAndSet!(key, expected, next, ttlMs) as Promise<number>,
      takeTokens: (key, capacity, refillPerMs, cost) =>
        scripts.openSigninTakeTokens!(key, capacity, refillPerMs, cost) as Promise<[number, string]>,
      countAttempt: (key, ...limit) => scripts.openSigninCountAttempt!(key, ...limit) as Promise<[number, string]>,
      uncountAttempt: (key, ...limit) => scripts.openSigninUncountAttempt!(key, ...limit) as Promise<number>,
    };
    // ioredis reports connection problems as 'error' events as well as through the calls. The
    // calls are what matter, but the event carries the cause (ECONNREFUSED, WRONGPASS...) that a
    // failed start should name; and an unhandled 'error' event would end the process.
    client.on("error", (error: unknown) => {
      this.#lastConnectionError = error;
    });
  }

  /**
   * Connects and checks the server answers (PING; for a Cluster, that every slot is served).
   * Throws StoreUnavailableError naming the target (without credentials) if it does not.
   */
  static async connect(target: RedisTarget, options: RedisStoreOptions = {}): Promise<RedisStore> {
    const timeoutMs = options.operationTimeoutMs ?? 2000;
    const connectTimeoutMs = options.connectTimeoutMs ?? 5000;
    const common: RedisOptions = {
      lazyConnect: true,
      connectTimeout: connectTimeoutMs,
      maxRetriesPerRequest: 0,
      autoResendUnfulfilledCommands: false,
      // Keep trying to reconnect after a loss, a little slower each time, at most every second.
      retryStrategy: (attempt) => Math.min(attempt * 100, 1000),
    };
    let client: Client;
    if (target.kind === "redis") {
      client = new Redis(target.url, common);
    } else {
      const clusterOptions: ClusterOptions = {
        lazyConnect: true,
        clusterRetryStrategy: (attempt) => Math.min(attempt * 100, 1000),
        redisOptions: {
          ...common,
          ...(target.username ? { username: target.username } : {}),
          ...(target.password ? { password: target.password } : {}),
          ...(target.tls ? { tls: {} } : {}),
        },
        ...(target.tls ? { dnsLookup: (address, callback) => callback(null, address) } : {}),
      };
      client = new Cluster(
        target.seeds.map(({ host, port }) => ({ host, port })),
        clusterOptions,
      );
    }
    const store = new RedisStore(client, timeoutMs, options.keyPrefix ?? "open-signin:", options.clock ?? systemClock);
    try {
      await withTimeout(client.connect(), connectTimeoutMs, "connecting timed out");
      await store.ping();
    } catch (error) {
      client.disconnect();
      const cause = store.#lastConnectionError ?? error;
      throw new StoreUnavailableError(`cannot reach ${describeRedisTarget(target)}: ${reason(cause)}`, { cause });
    }
    return store;
  }

  async get(key: string): Promise<string | undefined> {
    assertValidKey(key);
    return (await this.#call(() => this.#client.get(this.#key(key)))) ?? undefined;
  }

  async set(key: string, value: string, ttlMs: number): Promise<void> {
    assertValidKey(key);
    assertValidValue(value);
    assertValidTtl(ttlMs);
    await this.#call(() => this.#client.set(this.#key(key), value, "PX", ttlMs));
  }

  async putIfAbsent(key: string, value: string, ttlMs: number): Promise<boolean> {
    assertValidKey(key);
    assertValidValue(value);
    assertValidTtl(ttlMs);
    return (await this.#call(() => this.#client.set(this.#key(key), value, "PX", ttlMs, "NX"))) === "OK";
  }

  async compareAndSet(key: string, expected: string, next: string, ttlMs: number): Promise<boolean> {
    assertValidKey(key);
    assertValidValue(expected);
    assertValidValue(next);
    assertValidTtl(ttlMs);
    return (await this.#call(() => this.#scripts.compareAndSet(this.#key(key), expected, next, ttlMs))) === 1;
  }

  /** Token-bucket step for the rate limiter (RateLimitStore): one script, so atomic across nodes. */
  async takeTokens(key: string, limit: BucketLimit, cost: number): Promise<BucketDecision> {
    assertValidKey(key);
    const [allowed, value] = await this.#call(() =>
      this.#scripts.takeTokens(this.#key(key), limit.capacity, limit.refillPerSecond / 1000, cost),
    );
    return allowed === 1
      ? { allowed: true, remaining: Number(value) }
      : { allowed: false, retryAfterSeconds: Number(value) };
  }

  /** Attempt counting (AttemptCountStore): each step one script or command, so atomic across nodes. */
  async countAttempt(key: string, limit: AttemptLimit): Promise<AttemptDecision> {
    assertValidKey(key);
    const [counted, waitMs] = await this.#call(() =>
      this.#scripts.countAttempt(this.#key(key), ...attemptLimitArgs(limit)),
    );
    return counted === 1 ? { counted: true } : { counted: false, retryAfterMs: Number(waitMs) };
  }

  async uncountAttempt(key: string, limit: AttemptLimit): Promise<void> {
    assertValidKey(key);
    await this.#call(() => this.#scripts.uncountAttempt(this.#key(key), ...attemptLimitArgs(limit)));
  }

  async forgetAttempts(key: string): Promise<void> {
    assertValidKey(key);
    await this.#call(() => this.#client.del(this.#key(key)));
  }

  /** One round trip; for a Cluster, also that the cluster reports every slot served. */
  async ping(): Promise<void> {
    if (this.#client instanceof Cluster) {
      const info = await this.#call(() => this.#client.cluster("INFO"));
      if (!/cluster_state:ok/.test(String(info))) throw new StoreUnavailableError("Redis Cluster state is not ok");
    } else {
      await this.#call(() => this.#client.ping());
    }
  }

  async close(): Promise<void> {
    if (this.#closed) return;
    this.#closed = true;
    try {
      await withTimeout(this.#client.quit(), this.#timeoutMs, "quit timed out");
    } catch {
      this.#client.disconnect();
    }
  }

  #key(key: string): string {
    return `${this.#prefix}{${key}}`;
  }

  async #call<T>(operation: () => Promise<T>): Promise<T> {
    if (this.#closed) throw new Error("RedisStore is closed");
    try {
      return await withTimeout(operation(), this.#timeoutMs, `no answer within ${this.#timeoutMs} ms`);
    } catch (error) {
      if (error instanceof StoreUnavailableError) throw error;
      throw new StoreUnavailableError(`Redis store: ${reason(error)}`, { cause: error });
    }
  }
}

/** The target as logs and messages may show it: never a password. */
export function describeRedisTarget(target: RedisTarget): string {
  if (target.kind === "redis-cluster") {
    const scheme = target.tls ? "rediss+cluster" : "redis+cluster";
    return `Redis Cluster ${scheme}://${target.seeds.map(({ host, port }) => `${host}:${port}`).join(",")}`;
  }
  const url = new URL(target.url);
  url.username = "";
  url.password = "";
  return `Redis ${url.href}`;
}

function withTimeout<T>(promise: Promise<T>, ms: number, message: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new StoreUnavailableError(message)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

function reason(error: unknown): string {
  if (error instanceof Error) {
    const code =
      "code" in error && typeof error.code === "string" && !error.message.includes(error.code) ? `${error.code}: ` : "";
    return `${code}${error.message}`;
  }
  return String(error);
}
