/** SQLite `synchronous` levels `--sqlite-synchronous` accepts (store/sqlite-store.ts explains them). */
export const sqliteSynchronousLevels = ["normal", "full"] as const;

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
  | { readonly kind: "memory" }
  | { readonly kind: "sqlite"; readonly path: string | undefined }
  | { readonly kind: "redis"; readonly url: string }
  | {
      readonly kind: "redis-cluster";
      readonly seeds: readonly { readonly host: string; readonly port: number }[];
      readonly tls: boolean;
      readonly username?: string | undefined;
      readonly password?: string | undefined;
    };

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
