import { isAbsolute, join, resolve } from "node:path";

import type { StoreSetting } from "./config/store-setting.js";
import type { Clock } from "./runtime/clock.js";
import type { AttemptCountStore } from "./store/attempt-counts.js";
import type { AtomicStore } from "./store/atomic-store.js";
import { MemorySessionCatalogue } from "./store/memory-session-catalogue.js";
import { MemoryStore } from "./store/memory-store.js";
import type { SessionCatalogue } from "./store/session-catalogue.js";
import { RedisStore, describeRedisTarget } from "./store/redis-store.js";
import { SqliteStore, type SqliteSynchronous } from "./store/sqlite-store.js";
import type { RateLimitStore } from "./store/token-buckets.js";

/** A store that can also say whether it answers now (for readiness). */
export interface OpenedStore extends AtomicStore {
  ping(): Promise<void>;
  /** Present on shared stores (SQLite, Redis): rate limits kept there hold across processes. */
  readonly rateLimits?: RateLimitStore;
  /** The login-session catalogue kept in this store. */
  readonly sessions: SessionCatalogue;
  /** Present on shared stores: sign-in attempt limits kept there hold across processes. */
  readonly attemptCounts?: AttemptCountStore;
}

export interface OpenStoreOptions {
  /** Where `sqlite` (without a path) puts its file. */
  readonly dataDir: string;
  readonly clock?: Clock;
  /** Capacity of the memory store. */
  readonly maxEntries?: number;
  readonly sqliteSynchronous?: SqliteSynchronous;
  /** Bound on every store call (Redis: whole call; SQLite: waiting for another process's lock). */
  readonly timeoutMs?: number;
}

/** Where the data goes, for the start log and error messages; never includes a password. */
export function describeStore(setting: StoreSetting, dataDir: string): string {
  switch (setting.kind) {
    case "memory":
      return "memory (this process only: nothing survives a restart)";
    case "sqlite":
      return `SQLite ${sqlitePath(setting, dataDir)}`;
    default:
      return describeRedisTarget(setting);
  }
}

/**
 * Opens the store a setting names and checks it answers. Throws StoreUnavailableError with one
 * clear message if it cannot be used (unreachable Redis, unwritable SQLite file).
 */
export async function openStore(setting: StoreSetting, options: OpenStoreOptions): Promise<OpenedStore> {
  const { clock, timeoutMs } = options;
  switch (setting.kind) {
    case "memory": {
      const store = new MemoryStore({
        ...(clock ? { clock } : {}),
        ...(options.maxEntries ? { maxEntries: options.maxEntries } : {}),
      });
      return Object.assign(store, {
        ping: async () => undefined,
        sessions: new MemorySessionCatalogue(clock ? { clock } : {}),
      });
    }
    case "sqlite": {
      const store = new SqliteStore(sqlitePath(setting, options.dataDir), {
        ...(clock ? { clock } : {}),
        ...(options.sqliteSynchronous ? { synchronous: options.sqliteSynchronous } : {}),
        ...(timeoutMs ? { busyTimeoutMs: timeoutMs } : {}),
      });
      return Object.assign(store, { rateLimits: store, attemptCounts: store });
    }
    default: {
      const store = await RedisStore.connect(setting, {
        ...(timeoutMs ? { operationTimeoutMs: timeoutMs } : {}),
        ...(clock ? { clock } : {}),
      });
      return Object.assign(store, { rateLimits: store, attemptCounts: store });
    }
  }
}

function sqlitePath(setting: { readonly path: string | undefined }, dataDir: string): string {
  if (setting.path === undefined) return join(dataDir, "store.sqlite");
  return isAbsolute(setting.path) ? setting.path : resolve(setting.path);
}
