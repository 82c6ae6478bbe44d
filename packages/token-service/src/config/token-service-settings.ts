import { z } from "zod";

import { defaultLimits, type TokenServiceLimits } from "./limits.js";
import { canonicalOrigin } from "./public-url.js";
import { parseProxyBlock } from "./trusted-proxy.js";
import { parseStoreSetting, sqliteSynchronousLevels, type StoreSetting } from "./store-setting.js";
import { type SettingsValues, integerSetting, optionalIntegerSetting, resolveSettings, setting } from "./settings.js";

const logLevels = ["fatal", "error", "warn", "info", "debug", "trace", "silent"] as const;

const hostSchema = z
  .string()
  .trim()
  .min(1, "expected an address to listen on, e.g. 127.0.0.1")
  .optional()
  .transform((value) => value ?? "127.0.0.1");

/** One or more origins, separated by commas or spaces (the flag may also be repeated). */
const publicUrlsSchema = z
  .string()
  .optional()
  .transform((value, context) => {
    const origins: string[] = [];
    for (const item of (value ?? "").split(/[\s,]+/).filter(Boolean)) {
      try {
        origins.push(canonicalOrigin(item));
      } catch {
        context.addIssue({
          code: "custom",
          message: `expected an http(s) origin such as https://signin.example.com, not ${item}`,
        });
      }
    }
    return origins;
  });

/** Addresses or CIDR blocks of the proxies in front of the service, separated by commas or spaces. */
const trustedProxiesSchema = z
  .string()
  .optional()
  .transform((value, context) => {
    const blocks: string[] = [];
    for (const item of (value ?? "").split(/[\s,]+/).filter(Boolean)) {
      try {
        parseProxyBlock(item);
        blocks.push(item);
      } catch (error) {
        context.addIssue({ code: "custom", message: (error as Error).message });
      }
    }
    return blocks;
  });

const storeSchema = z
  .string()
  .optional()
  .transform((value, context): StoreSetting => {
    try {
      return parseStoreSetting(value ?? "sqlite");
    } catch (error) {
      context.addIssue({ code: "custom", message: (error as Error).message });
      return z.NEVER;
    }
  });

/** The settings of the token service, with their flags and environment variables. */
export const tokenServiceSettings = {
  host: setting({
    flag: "host",
    env: "SIGNIN_HOST",
    valueName: "<address>",
    description: "address to listen on (default 127.0.0.1: this machine only)",
    schema: hostSchema,
  }),
  port: integerSetting({
    flag: "port",
    env: "SIGNIN_PORT",
    valueName: "<port>",
    description: "TCP port to listen on; 0 picks a free one",
    min: 0,
    max: 65535,
    defaultValue: 8080,
  }),
  metricsPort: optionalIntegerSetting({
    flag: "metrics-port",
    env: "SIGNIN_METRICS_PORT",
    valueName: "<port>",
    description:
      "serve Prometheus metrics at GET /metrics on this port, on 127.0.0.1 only (default: no metrics listener); 0 picks a free one",
    min: 0,
    max: 65535,
  }),
  publicUrls: setting({
    flag: "public-url",
    env: "SIGNIN_PUBLIC_URL",
    valueName: "<url>",
    description:
      "origin clients use to reach the service; repeat the flag (or separate with commas) for several. " +
      "The service answers only at these origins and DPoP proofs must name one of them. " +
      "Default on a loopback address: http://127.0.0.1:<port>, http://localhost:<port> and http://[::1]:<port>",
    repeatable: true,
    schema: publicUrlsSchema,
  }),
  trustedProxies: setting({
    flag: "trusted-proxy",
    env: "SIGNIN_TRUSTED_PROXIES",
    valueName: "<address|cidr>",
    description:
      "a load balancer or reverse proxy in front of the service (an address or CIDR block; repeat the flag or separate " +
      "with commas). Requests from it are counted against the client its X-Forwarded-For names (the rightmost " +
      "address that is not a trusted proxy). Default: none; X-Forwarded-For is ignored",
    repeatable: true,
    schema: trustedProxiesSchema,
  }),
  dataDir: setting({
    flag: "data-dir",
    env: "SIGNIN_DATA_DIR",
    valueName: "<path>",
    description: "directory for keys and other state, created with mode 0700 (default ./.data)",
    schema: z
      .string()
      .trim()
      .min(1)
      .optional()
      .transform((value) => value ?? ".data"),
  }),
  logLevel: setting({
    flag: "log-level",
    env: "SIGNIN_LOG_LEVEL",
    valueName: "<level>",
    description: `log level: ${logLevels.join(", ")} (default info)`,
    schema: z
      .enum(logLevels, { message: `expected one of ${logLevels.join(", ")}` })
      .optional()
      .transform((value) => value ?? "info"),
  }),
  dpopIatWindowSeconds: integerSetting({
    flag: "dpop-iat-window",
    env: "SIGNIN_DPOP_IAT_WINDOW_SECONDS",
    valueName: "<seconds>",
    description: "how far a DPoP proof's iat may be from now, either way",
    min: 1,
    max: 3600,
    defaultValue: defaultLimits.dpopIatWindowSeconds,
  }),
  authorizationCodeTtlSeconds: integerSetting({
    flag: "code-ttl",
    env: "SIGNIN_CODE_TTL_SECONDS",
    valueName: "<seconds>",
    description: "lifetime of an authorization code",
    min: 10,
    max: 600,
    defaultValue: defaultLimits.authorizationCodeTtlSeconds,
  }),
  sessionMaxSeconds: integerSetting({
    flag: "session-max",
    env: "SIGNIN_SESSION_MAX_SECONDS",
    valueName: "<seconds>",
    description: "maximum lifetime of a login session across refreshes",
    min: 60,
    max: 7 * 24 * 3600,
    defaultValue: defaultLimits.sessionMaxSeconds,
  }),
  credentialsLifetimeSeconds: integerSetting({
    flag: "credentials-lifetime",
    env: "SIGNIN_CREDENTIALS_LIFETIME_SECONDS",
    valueName: "<seconds>",
    description: "lifetime of issued credentials (expiresIn); clients refresh when 5 minutes remain",
    min: 1,
    max: 900,
    defaultValue: defaultLimits.credentialsLifetimeSeconds,
  }),
  refreshRepeatWindowSeconds: optionalIntegerSetting({
    flag: "refresh-repeat-window",
    env: "SIGNIN_REFRESH_REPEAT_WINDOW_SECONDS",
    valueName: "<seconds>",
    description:
      "how long repeating a refresh token returns the same credentials (default, and at most: the credentials' lifetime)",
    min: 1,
    max: 3600,
  }),
  maxBodyBytes: integerSetting({
    flag: "max-body-bytes",
    env: "SIGNIN_MAX_BODY_BYTES",
    valueName: "<bytes>",
    description: "largest accepted token request body",
    min: 1024,
    max: 1024 * 1024,
    defaultValue: defaultLimits.maxBodyBytes,
  }),
  tokenRequestBurst: integerSetting({
    flag: "token-burst",
    env: "SIGNIN_TOKEN_BURST",
    valueName: "<count>",
    description: "token requests one client source (an IPv4 address, an IPv6 /64, loopback) may send at once",
    min: 1,
    max: 10_000_000,
    defaultValue: defaultLimits.tokenRequestBurst,
  }),
  tokenRequestsPerSecond: integerSetting({
    flag: "token-rate",
    env: "SIGNIN_TOKEN_RATE",
    valueName: "<per-second>",
    description: "token requests per second one client source may sustain after its burst",
    min: 1,
    max: 10_000_000,
    defaultValue: defaultLimits.tokenRequestsPerSecond,
  }),
  store: setting({
    flag: "store",
    env: "SIGNIN_STORE",
    valueName: "<store>",
    description:
      "where codes, refresh claims, DPoP proofs and revocations live: sqlite (default, <data-dir>/store.sqlite), " +
      "sqlite:<path>, memory (nothing survives a restart), redis://host:port/db, rediss://..., " +
      "or redis+cluster://host:port,host:port",
    schema: storeSchema,
  }),
  sqliteSynchronous: setting({
    flag: "sqlite-synchronous",
    env: "SIGNIN_SQLITE_SYNCHRONOUS",
    valueName: "<level>",
    description:
      "SQLite durability: normal (default; survives a crash or kill -9 of the service) or full " +
      "(also survives power loss; one fsync per write)",
    schema: z
      .enum(sqliteSynchronousLevels, { message: `expected one of ${sqliteSynchronousLevels.join(", ")}` })
      .optional()
      .transform((value) => value ?? "normal"),
  }),
  storeTimeoutMs: integerSetting({
    flag: "store-timeout",
    env: "SIGNIN_STORE_TIMEOUT_MS",
    valueName: "<ms>",
    description:
      "longest a store call may take before the request fails with 503 (Redis: the whole call; SQLite: waiting for another process's lock)",
    min: 50,
    max: 60_000,
    defaultValue: 2000,
  }),
  storeMaxEntries: integerSetting({
    flag: "store-max-entries",
    env: "SIGNIN_STORE_MAX_ENTRIES",
    valueName: "<count>",
    description: "capacity of the memory store (--store memory)",
    min: 1000,
    max: 10_000_000,
    defaultValue: 100_000,
  }),
};

export type TokenServiceSettings = SettingsValues<typeof tokenServiceSettings>;

export const resolveTokenServiceSettings = (sources: Parameters<typeof resolveSettings>[1]): TokenServiceSettings =>
  resolveSettings(tokenServiceSettings, sources);

/** The limits part of the settings, in the shape TokenService takes. */
export const limitsFrom = (settings: TokenServiceSettings): TokenServiceLimits => ({
  ...defaultLimits,
  dpopIatWindowSeconds: settings.dpopIatWindowSeconds,
  authorizationCodeTtlSeconds: settings.authorizationCodeTtlSeconds,
  sessionMaxSeconds: settings.sessionMaxSeconds,
  credentialsLifetimeSeconds: settings.credentialsLifetimeSeconds,
  refreshRepeatWindowSeconds: settings.refreshRepeatWindowSeconds,
  maxBodyBytes: settings.maxBodyBytes,
  tokenRequestBurst: settings.tokenRequestBurst,
  tokenRequestsPerSecond: settings.tokenRequestsPerSecond,
});
