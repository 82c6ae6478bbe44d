import type { AddressInfo } from "node:net";

import {
  FileKeyring,
  HttpServer,
  type Logger,
  SealedBox,
  ServiceMetrics,
  ClientAddresses,
  TokenService,
  type Clock,
  type OpenedStore,
  type Route,
  createLogger,
  cryptoRandom,
  describeStore,
  limitsFrom,
  openStore,
  sendJson,
  systemClock,
  timeAsyncMethods,
} from "@open-signin/token-service";

import { UserAdmin } from "../users/user-admin.js";
import { UserDirectory } from "../users/user-directory.js";
import { UsersFile } from "../users/users-file.js";
import { type AttemptLimiter, MemoryAttemptLimiter } from "../web/attempt-limiter.js";
import { BrowserCookies } from "../web/browser-cookies.js";
import { FormTokens } from "../web/form-token.js";
import { PasswordCheckQueue } from "../web/password-check-queue.js";
import { DEFAULT_SIGN_IN_LIMITS } from "../web/sign-in-limits.js";
import { SignInRoutes } from "../web/sign-in-routes.js";
import { StoreAttemptLimiter } from "../web/store-attempt-limiter.js";
import { staticAssetRoutes } from "../web/static-assets.js";
import { prepareDataDirectory } from "./data-directory.js";
import type { LocalServiceSettings } from "./local-service-settings.js";

export interface LocalServiceHandle {
  /** The origin clients use, e.g. http://127.0.0.1:8080 */
  readonly url: string;
  /** The TCP port actually bound (differs from the origins' when behind a proxy, or picked with port 0). */
  readonly port: number;
  /** Set when this start created the development user; its password is shown once. */
  readonly developmentUser: { readonly userName: string; readonly password: string; readonly arn: string } | undefined;
  readonly tokenService: TokenService;
  /** Where GET /metrics is served (loopback only), when `--metrics-port` is set. */
  readonly metricsUrl: string | undefined;
  /** Finishes in-flight requests, then stops. */
  close(): Promise<void>;
}

export interface StartOptions {
  readonly logger?: Logger;
  /** Defaults to the system clock; tests move time to expire forms, codes and sessions. */
  readonly clock?: Clock;
  /** How often the key directory is checked for keys rotated elsewhere; tests shorten it. */
  readonly keysReloadIntervalMs?: number;
}

/**
 * Every node checks the shared key directory this often, so a rotation made with `open-signin
 * keys rotate` (or by another node) signs on every node within this time, without a restart.
 */
export const KEYS_RELOAD_INTERVAL_MS = 15_000;

/**
 * `GET /readyz`: 200 while the store answers, 503 otherwise (a load balancer then sends traffic to
 * other nodes). `/healthz` stays a pure liveness check, so an orchestrator does not restart a node
 * for a store outage that a restart cannot fix.
 */
function readinessRoute(store: OpenedStore, timeoutMs: number): Route {
  return {
    path: "/readyz",
    methods: {
      GET: async (_request, response) => {
        try {
          await Promise.race([
            store.ping(),
            new Promise((_, reject) => setTimeout(() => reject(new Error("timeout")), timeoutMs).unref()),
          ]);
          sendJson(response, 200, { status: "ready" });
        } catch {
          sendJson(response, 503, { status: "store unavailable" }, { "retry-after": "2" });
        }
      },
    },
  };
}

/**
 * Runs the local Sign-In service: keys in the data directory, the store (SQLite by default), users
 * from the users file, the token endpoint, the browser sign-in and confirmation pages, /healthz.
 */
export async function startLocalService(
  settings: LocalServiceSettings,
  options: StartOptions = {},
): Promise<LocalServiceHandle> {
  const logger = options.logger ?? createLogger({ level: settings.logLevel });
  const clock = options.clock ?? systemClock;

  await prepareDataDirectory(settings.dataDir);
  const keyring = await FileKeyring.open(settings.dataDir, { clock });
  const usersFile = new UsersFile(settings.usersFile);
  const created = await new UserAdmin(usersFile, { clock }).ensureDevelopmentUser();
  const users = new UserDirectory(usersFile);
  // Loaded now, so that no request pays for the first read.
  await users.hasUser("");
  // Opened before the port, so a store that cannot be used stops the start with its message.
  const store = await openStore(settings.store, {
    dataDir: settings.dataDir,
    clock,
    maxEntries: settings.storeMaxEntries,
    sqliteSynchronous: settings.sqliteSynchronous,
    timeoutMs: settings.storeTimeoutMs,
  });

  const metrics = new ServiceMetrics();
  const server = new HttpServer({ routes: [], logger, clock, publicUrls: settings.publicUrls, metrics });
  try {
    await server.listen(settings.port, settings.host);
  } catch (error) {
    users.close();
    await store.close();
    throw error;
  }
  const url = server.origins.primary;
  const stopKeyReload = keyring.reloadWhenChanged(options.keysReloadIntervalMs ?? KEYS_RELOAD_INTERVAL_MS, (error) =>
    logger.error(
      { event: "keys-reload-failed", err: error },
      "could not re-read the key directory; the keys already loaded stay in use",
    ),
  );

  const clientAddresses = new ClientAddresses(settings.trustedProxies);
  const tokenService = new TokenService({
    issuer: `${url}/signin`,
    keyring,
    store,
    principals: users,
    clock,
    random: cryptoRandom,
    logger,
    limits: limitsFrom(settings),
    ...(store.rateLimits ? { rateLimitStore: store.rateLimits } : {}),
    // Sessions are catalogued in the same store, so every node lists and revokes the same ones.
    sessions: store.sessions,
    clientAddresses,
    metrics,
  });
  const signIn = new SignInRoutes({
    codes: tokenService.authorizationCodes,
    users,
    formTokens: new FormTokens(new SealedBox(keyring, "form-token", cryptoRandom), clock),
    cookies: new BrowserCookies({
      browserBox: new SealedBox(keyring, "sign-in-browser", cryptoRandom),
      deviceBox: new SealedBox(keyring, "sign-in-device", cryptoRandom),
      clock,
    }),
    attempts: attemptLimiterFor(store, metrics, clock),
    limits: {
      ...DEFAULT_SIGN_IN_LIMITS,
      perUser: { ...DEFAULT_SIGN_IN_LIMITS.perUser, freeAttempts: settings.signInUserAttempts },
      perTrustedBrowser: { ...DEFAULT_SIGN_IN_LIMITS.perTrustedBrowser, freeAttempts: settings.signInUserAttempts },
    },
    passwordChecks: new PasswordCheckQueue({
      concurrency: settings.passwordChecks,
      maxWaiting: settings.passwordQueue,
    }),
    logger,
    metrics,
    clientAddresses,
    publicOrigins: server.origins.origins,
  });
  server.mount([
    ...tokenService.routes(),
    ...signIn.routes(),
    ...staticAssetRoutes(),
    { path: "/healthz", methods: { GET: (_request, response) => sendJson(response, 200, { status: "ok" }) } },
    readinessRoute(store, settings.storeTimeoutMs),
  ]);
  let metricsServer: { server: HttpServer; url: URL } | undefined;
  try {
    if (settings.metricsPort !== undefined)
      metricsServer = await listenForMetrics(metrics, settings.metricsPort, logger);
  } catch (error) {
    stopKeyReload();
    await server.close();
    users.close();
    await store.close();
    throw error;
  }
  const metricsUrl = metricsServer === undefined ? undefined : `${metricsServer.url.origin}/metrics`;
  const storeDescription = describeStore(settings.store, settings.dataDir);
  logger.info(
    {
      event: "started",
      url,
      metrics: metricsUrl,
      dataDir: settings.dataDir,
      usersFile: settings.usersFile,
      store: storeDescription,
    },
    "local Sign-In service started",
  );
  if (settings.store.kind === "memory") {
    logger.warn(
      { event: "volatile-store", store: storeDescription },
      "the memory store keeps codes, refresh-token use and session revocations in this process only: " +
        "nothing survives a restart, and a refresh token already used works again afterwards",
    );
  }

  return {
    url,
    port: (server.server.address() as AddressInfo).port,
    developmentUser: created.created
      ? { userName: created.userName, password: created.password, arn: created.arn }
      : undefined,
    tokenService,
    metricsUrl,
    close: async () => {
      stopKeyReload();
      await Promise.all([server.close(), metricsServer?.server.close()]);
      users.close();
      await store.close();
      logger.info({ event: "stopped" }, "local Sign-In service stopped");
    },
  };
}

/**
 * Sign-in attempt limits live where the rest of the state does: in a shared store (SQLite, Redis)
 * every node counts against one allowance; with the memory store, in this process.
 */
function attemptLimiterFor(store: OpenedStore, metrics: ServiceMetrics, clock: Clock): AttemptLimiter {
  if (store.attemptCounts === undefined) return new MemoryAttemptLimiter({ clock });
  return new StoreAttemptLimiter(
    timeAsyncMethods(store.attemptCounts, metrics, ["countAttempt", "uncountAttempt", "forgetAttempts"]),
  );
}

/**
 * GET /metrics on its own listener, bound to 127.0.0.1: the numbers (traffic, failures, store
 * health) are for the operator's scraper, not for the internet, and a separate port keeps them out
 * of the public API's paths and out of its own request counts.
 */
async function listenForMetrics(
  metrics: ServiceMetrics,
  port: number,
  logger: Logger,
): Promise<{ server: HttpServer; url: URL }> {
  const server = new HttpServer({
    logger,
    routes: [
      {
        path: "/metrics",
        methods: {
          GET: async (_request, response) => {
            const { body, contentType } = await metrics.render();
            response.writeHead(200, { "content-type": contentType, "cache-control": "no-store" }).end(body);
          },
        },
      },
    ],
  });
  return { server, url: await server.listen(port, "127.0.0.1") };
}
