import { isAbsolute, join, resolve } from "node:path";

import type { RateLimitStore } from "../limits/rate-limit-store.js";
import type { Clock } from "../runtime/clock.js";
import type { AtomicStore } from "./atomic-store.js";
import { MemoryStore } from "./memory-store.js";
import { RedisStore, describeRedisTarget, type RedisTarget } from "./redis-store.js";
import { SqliteStore, type SqliteSynchronous } from "./sqlite-store.js";

/**
 * What `--store` names. The accepted forms:
 *
 * - `sqlite` (the default): `<data-dir>/store.sqlite`; `sqlite:<path>` for another file;
 * - `memory`: this process only, gone at exit;
 * - `redis://[[user]:password@]host[:port][/db]` and `rediss://…` (TLS): one Redis server;
 * - `redis+cluster://[[user]:password@]host:port[,host:port…]` and `rediss+cluster://…`: a Redis
 *   Cluster, given by one or more seed nodes (the rest are discovered).
 */
export type StoreSetting =
  { readonly kind: "memory" } | { readonly kind: "sqlite"; readonly path: string | undefined } | RedisTarget;

/** A store that can also say whether it answers now (for readiness) and what it is (for logs). */
export interface OpenedStore extends AtomicStore {
  ping(): Promise<void>;
  /** Present on shared stores (SQLite, Redis): rate limits kept there hold across processes. */
  readonly rateLimits?: RateLimitStore;
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

/** Parses a `--store` value; throws an Error whose message says what is accepted. */
export function parseStoreSetting(text: string): StoreSetting {
  const value = text.trim();
  if (value === "memory") return { kind: "memory" };
  if (value === "sqlite") return { kind: "sqlite", path: undefined };
  if (value.startsWith("sqlite:")) {
    const path = value.slice("sqlite:".length);
    if (path.length === 0) throw new Error("sqlite: needs a file path, e.g. sqlite:/var/lib/open-signin/store.sqlite");
    return { kind: "sqlite", path };
  }
  const cluster = /^(rediss?)\+cluster:\/\/(?:([^:@/]*)(?::([^@/]*))?@)?([^/@]+)\/?$/.exec(value);
  if (cluster) {
    const [, scheme, username, password, hosts = ""] = cluster;
    const seeds = hosts.split(",").map((seed) => {
      const match = /^(\[[^\]]+\]|[^:,[\]]+):(\d{1,5})$/.exec(seed.trim());
      const port = Number(match?.[2]);
      if (!match?.[1] || port < 1 || port > 65535) {
        throw new Error(`Redis Cluster seed "${seed}" is not host:port`);
      }
      return { host: match[1].replace(/^\[|\]$/g, ""), port };
    });
    return {
      kind: "redis-cluster",
      seeds,
      tls: scheme === "rediss",
      username: username ? decodeURIComponent(username) : undefined,
      password: password ? decodeURIComponent(password) : undefined,
    };
  }
  if (/^rediss?:\/\//.test(value)) {
    let url: URL;
    try {
      url = new URL(value);
    } catch {
      throw new Error("not a valid Redis URL");
    }
    if (url.hostname === "") throw new Error("a Redis URL needs a host, e.g. redis://127.0.0.1:6379/0");
    const db = url.pathname.replace(/^\//, "");
    if (db !== "" && !/^\d{1,2}$/.test(db)) throw new Error(`Redis database "${db}" is not a number`);
    if (url.search !== "" || url.hash !== "") throw new Error("a Redis URL takes no query or fragment here");
    return { kind: "redis", url: value };
  }
  throw new Error(
    "expected sqlite, sqlite:<path>, memory, redis://host:port/db, rediss://…, or redis+cluster://host:port,host:port",
  );
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
      return Object.assign(store, { ping: async () => undefined });
    }
    case "sqlite": {
      const store = new SqliteStore(sqlitePath(setting, options.dataDir), {
        ...(clock ? { clock } : {}),
        ...(options.sqliteSynchronous ? { synchronous: options.sqliteSynchronous } : {}),
        ...(timeoutMs ? { busyTimeoutMs: timeoutMs } : {}),
      });
      return Object.assign(store, { rateLimits: store });
    }
    default: {
      const store = await RedisStore.connect(setting, timeoutMs ? { operationTimeoutMs: timeoutMs } : {});
      return Object.assign(store, { rateLimits: store });
    }
  }
}

function sqlitePath(setting: { readonly path: string | undefined }, dataDir: string): string {
  if (setting.path === undefined) return join(dataDir, "store.sqlite");
  return isAbsolute(setting.path) ? setting.path : resolve(setting.path);
}
