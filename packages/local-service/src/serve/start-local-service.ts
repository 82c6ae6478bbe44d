import { mkdir } from "node:fs/promises";

import {
  FileKeyring,
  HttpServer,
  type Logger,
  MemoryStore,
  SealedBox,
  TokenService,
  type Clock,
  createLogger,
  cryptoRandom,
  limitsFrom,
  sendJson,
  systemClock,
} from "@open-signin/token-service";

import { UserAdmin } from "../users/user-admin.js";
import { UserDirectory } from "../users/user-directory.js";
import { UsersFile } from "../users/users-file.js";
import { FormTokens } from "../web/form-token.js";
import { SignInAttempts } from "../web/sign-in-attempts.js";
import { SignInRoutes } from "../web/sign-in-routes.js";
import { staticAssetRoutes } from "../web/static-assets.js";
import type { LocalServiceSettings } from "./local-service-settings.js";

export interface LocalServiceHandle {
  /** The origin clients use, e.g. http://127.0.0.1:8080 */
  readonly url: string;
  /** Set when this start created the development user; its password is shown once. */
  readonly developmentUser: { readonly userName: string; readonly password: string; readonly arn: string } | undefined;
  readonly tokenService: TokenService;
  /** Finishes in-flight requests, then stops. */
  close(): Promise<void>;
}

export interface StartOptions {
  readonly logger?: Logger;
  /** Defaults to the system clock; tests move time to expire forms, codes and sessions. */
  readonly clock?: Clock;
}

/**
 * Runs the local Sign-In service: keys in the data directory, the embedded in-memory store, users
 * from the users file, the token endpoint, the browser sign-in and confirmation pages, /healthz.
 */
export async function startLocalService(
  settings: LocalServiceSettings,
  options: StartOptions = {},
): Promise<LocalServiceHandle> {
  const logger = options.logger ?? createLogger({ level: settings.logLevel });
  const clock = options.clock ?? systemClock;

  await mkdir(settings.dataDir, { recursive: true, mode: 0o700 });
  const keyring = await FileKeyring.open(settings.dataDir, { clock });
  const usersFile = new UsersFile(settings.usersFile);
  const created = await new UserAdmin(usersFile, { clock }).ensureDevelopmentUser();
  const users = new UserDirectory(usersFile);
  const store = new MemoryStore({ clock, maxEntries: settings.storeMaxEntries });

  const server = new HttpServer({ routes: [], logger, clock });
  const base = await server.listen(settings.port, settings.host);
  const url = settings.publicUrl ?? base.origin;

  const tokenService = new TokenService({
    issuer: `${url}/signin`,
    keyring,
    store,
    principals: users,
    clock,
    random: cryptoRandom,
    logger,
    limits: limitsFrom(settings),
  });
  const signIn = new SignInRoutes({
    codes: tokenService.authorizationCodes,
    users,
    formTokens: new FormTokens(new SealedBox(keyring, "form-token", cryptoRandom), clock),
    attempts: new SignInAttempts({ clock }),
    logger,
    publicOrigins: settings.publicUrl ? [settings.publicUrl] : [],
  });
  server.mount([
    ...tokenService.routes(),
    ...signIn.routes(),
    ...staticAssetRoutes(),
    { path: "/healthz", methods: { GET: (_request, response) => sendJson(response, 200, { status: "ok" }) } },
  ]);
  logger.info(
    { event: "started", url, dataDir: settings.dataDir, usersFile: settings.usersFile },
    "local Sign-In service started",
  );

  return {
    url,
    developmentUser: created.created
      ? { userName: created.userName, password: created.password, arn: created.arn }
      : undefined,
    tokenService,
    close: async () => {
      await server.close();
      await store.close();
      logger.info({ event: "stopped" }, "local Sign-In service stopped");
    },
  };
}
