import { createHash } from "node:crypto";
import { join } from "node:path";

import { expandUser, expandVariables, homeDirectory } from "./home-path.js";
import { writeFileAtomically } from "../files/atomic-file.js";

/**
 * The login cache file every SDK reads for a `login_session` profile. Key order follows the AWS
 * CLI; readers look fields up by name.
 */
export interface LoginCacheContents {
  readonly accessToken: {
    readonly accessKeyId: string;
    readonly secretAccessKey: string;
    readonly sessionToken: string;
    readonly accountId: string;
    /** UTC, `YYYY-MM-DDTHH:MM:SSZ` (the CLI's format; no milliseconds). */
    readonly expiresAt: string;
  };
  readonly tokenType: string;
  readonly clientId: string;
  readonly refreshToken: string;
  readonly idToken: string;
  /** The DPoP private key as PEM; refreshes must be signed with it. */
  readonly dpopKey: string;
}

/** `$AWS_LOGIN_CACHE_DIRECTORY` (variables and `~` expanded, as botocore does), else `~/.aws/login/cache`. */
export function loginCacheDirectory(env: NodeJS.ProcessEnv): string {
  const configured = env.AWS_LOGIN_CACHE_DIRECTORY;
  if (configured !== undefined) return expandUser(expandVariables(configured, env), env);
  return join(homeDirectory(env), ".aws", "login", "cache");
}

/** Lowercase hex SHA-256 of the UTF-8 login session (the ID token's `sub`), plus `.json`. */
export function loginCacheFileName(loginSession: string): string {
  return `${createHash("sha256").update(loginSession, "utf8").digest("hex")}.json`;
}

/** Writes the cache file (0600, atomically) and returns its path. */
export async function writeLoginCache(
  directory: string,
  loginSession: string,
  contents: LoginCacheContents,
): Promise<string> {
  const path = join(directory, loginCacheFileName(loginSession));
  // Rebuilt field by field so the file holds exactly these keys in this order, whatever object
  // the caller passed.
  const { accessToken } = contents;
  const document = {
    accessToken: {
      accessKeyId: accessToken.accessKeyId,
      secretAccessKey: accessToken.secretAccessKey,
      sessionToken: accessToken.sessionToken,
      accountId: accessToken.accountId,
      expiresAt: accessToken.expiresAt,
    },
    tokenType: contents.tokenType,
    clientId: contents.clientId,
    refreshToken: contents.refreshToken,
    idToken: contents.idToken,
    dpopKey: contents.dpopKey,
  };
  await writeFileAtomically(path, JSON.stringify(document), 0o600);
  return path;
}

/** A time as the CLI writes `expiresAt`: `%Y-%m-%dT%H:%M:%SZ` in UTC. */
export const formatExpiresAt = (epochMs: number): string => `${new Date(epochMs).toISOString().slice(0, 19)}Z`;
