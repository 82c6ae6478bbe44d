import { readFile, rm } from "node:fs/promises";
import { join } from "node:path";

import {
  BatchRevokeSessionsCommand,
  GetSessionCommand,
  ListSessionsCommand,
  type ListSessionsCommandInput,
  RevokeOAuth2TokenWithIAMCommand,
  SigninClient,
  SigninServiceException,
} from "@open-signin/client";

import { awsConfigFilePath, readProfileValues, readTextFile } from "../login/aws-config-file.js";
import { loginCacheDirectory, loginCacheFileName } from "../login/login-cache.js";

/**
 * The CLI's admin commands (`sessions list|get|revoke`) and `logout`, calling the running service
 * through the generated client. They sign (SigV4) with the credentials of a login: the profile's
 * `login_session` names the login cache file that `open-signin login` or `aws login` wrote, and
 * its `accessToken` holds the credentials. Those last 15 minutes; once expired, any AWS command
 * with the profile (or a new login) refreshes them.
 */
export interface SigninApiOptions {
  readonly endpointUrl: string;
  readonly profile: string;
  readonly region: string;
  readonly env: NodeJS.ProcessEnv;
  readonly out: (line: string) => void;
  readonly now?: () => number;
}

interface LoginCache {
  readonly path: string;
  readonly credentials: { accessKeyId: string; secretAccessKey: string; sessionToken: string; expiresAt: string };
  readonly refreshToken: string;
}

export class SigninApiError extends Error {
  override readonly name = "SigninApiError";
}

async function loginCacheOf(options: SigninApiOptions): Promise<LoginCache> {
  const config = (await readTextFile(awsConfigFilePath(options.env))) ?? "";
  const loginSession = readProfileValues(config, options.profile)?.get("login_session");
  if (!loginSession) {
    throw new SigninApiError(`Profile ${options.profile} has no login_session: sign in first (open-signin login).`);
  }
  const path = join(loginCacheDirectory(options.env), loginCacheFileName(loginSession));
  let parsed: { accessToken?: LoginCache["credentials"]; refreshToken?: string };
  try {
    parsed = JSON.parse(await readFile(path, "utf8")) as typeof parsed;
  } catch {
    throw new SigninApiError(`No readable login cache for profile ${options.profile} (${path}): sign in again.`);
  }
  if (!parsed.accessToken || typeof parsed.refreshToken !== "string") {
    throw new SigninApiError(`The login cache ${path} is not one a login wrote.`);
  }
  return { path, credentials: parsed.accessToken, refreshToken: parsed.refreshToken };
}

function clientFor(options: SigninApiOptions, cache: LoginCache): SigninClient {
  const now = options.now ?? Date.now;
  if (Date.parse(cache.credentials.expiresAt) <= now()) {
    throw new SigninApiError(
      `The credentials of profile ${options.profile} expired at ${cache.credentials.expiresAt}; ` +
        "refresh them with any AWS command using the profile, or sign in again.",
    );
  }
  const url = new URL(options.endpointUrl);
  return new SigninClient({
    region: options.region,
    // AWS's endpoint rules send the session operations to signin.{Region}.api.aws even when an
    // endpoint is configured; this service serves them at its own URL.
    endpointProvider: () => ({ url }),
    credentials: {
      accessKeyId: cache.credentials.accessKeyId,
      secretAccessKey: cache.credentials.secretAccessKey,
      sessionToken: cache.credentials.sessionToken,
    },
    maxAttempts: 2,
  });
}

export async function listSessions(options: SigninApiOptions, input: ListSessionsCommandInput): Promise<void> {
  const client = clientFor(options, await loginCacheOf(options));
  const output = await call(client.send(new ListSessionsCommand(input)));
  options.out(JSON.stringify({ items: output.items, nextToken: output.nextToken }, null, 2));
}

export async function getSession(options: SigninApiOptions, sessionArn: string, principalArn?: string): Promise<void> {
  const client = clientFor(options, await loginCacheOf(options));
  const output = await call(client.send(new GetSessionCommand({ sessionArn, principalArn })));
  const { $metadata: _metadata, ...session } = output;
  options.out(JSON.stringify(session, null, 2));
}

export async function revokeSessions(
  options: SigninApiOptions,
  sessionArns: readonly string[],
  extra: { principalArn?: string | undefined; reason?: string | undefined },
): Promise<boolean> {
  const client = clientFor(options, await loginCacheOf(options));
  const output = await call(client.send(new BatchRevokeSessionsCommand({ sessionArns: [...sessionArns], ...extra })));
  for (const { sessionArn } of output.revokedSessions ?? []) options.out(`revoked ${sessionArn}`);
  for (const error of output.errors ?? [])
    options.out(`not revoked ${error.sessionArn}: ${error.code} ${error.message}`);
  return (output.errors ?? []).length === 0;
}

/**
 * Ends the profile's login on the service (RevokeOAuth2TokenWithIAM on its refresh token: the
 * whole session can no longer be refreshed), then removes the login cache file. AWS CLI v2's
 * `aws logout` only removes the file. Whatever the service answered, the file is removed; the
 * output says whether the session was also ended on the service.
 */
export async function logout(options: SigninApiOptions): Promise<boolean> {
  const cache = await loginCacheOf(options);
  let revoked = false;
  try {
    await call(clientFor(options, cache).send(new RevokeOAuth2TokenWithIAMCommand({ token: cache.refreshToken })));
    revoked = true;
    options.out("The login session was ended on the service: its refresh token can no longer be used.");
  } catch (error) {
    options.out(
      `The service did not end the login session (${error instanceof Error ? error.message : String(error)}); ` +
        "it stays usable on the service until it expires.",
    );
  }
  await rm(cache.path, { force: true });
  options.out(`Removed the login cache ${cache.path}.`);
  return revoked;
}

async function call<T>(request: Promise<T>): Promise<T> {
  try {
    return await request;
  } catch (error) {
    if (error instanceof SigninServiceException) {
      const refusal = `${error.name} (${error.$metadata.httpStatusCode ?? "?"}): ${error.message}`;
      throw new SigninApiError(`${refusal}${permissionHint(error)}`);
    }
    throw error;
  }
}

/**
 * What to do about INSUFFICIENT_PERMISSIONS: the local service's users start with only the sign-in
 * actions, so the first `sessions` command a newcomer runs is refused.
 */
function permissionHint(error: SigninServiceException): string {
  if ((error as { error?: unknown }).error !== "INSUFFICIENT_PERMISSIONS") return "";
  const action = /\b(signin:[A-Za-z0-9]+)/.exec(error.message)?.[1] ?? "<action>";
  return (
    `\nTo allow it, on the machine that runs the service: npx open-signin users set-permissions <userName> ` +
    `<the actions the user keeps> ${action} (the list replaces the user's permissions; ` +
    "npx open-signin users list shows them)."
  );
}
