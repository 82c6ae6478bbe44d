import { createRequire } from "node:module";

import { vi } from "vitest";

import type { ClientHome } from "../client-home.js";

const require = createRequire(import.meta.url);

/** The version of an installed package, as the compatibility table must state it. */
export const installedVersion = (packageName: string): string =>
  (require(`${packageName}/package.json`) as { version: string }).version;

/**
 * The version of `dependency` that `packageName` actually loads: the oldest credential providers
 * carry their own nested copies of the login provider and the Sign-In client.
 */
export const resolvedVersionOf = (packageName: string, dependency: string): string =>
  (createRequire(require.resolve(packageName))(`${dependency}/package.json`) as { version: string }).version;

/** Numeric comparison of dotted versions ("3.972.75" < "3.972.93" < "3.1175.0"). */
export function compareVersions(a: string, b: string): number {
  const left = a.split(".").map(Number);
  const right = b.split(".").map(Number);
  for (let i = 0; i < Math.max(left.length, right.length); i++) {
    const difference = (left[i] ?? 0) - (right[i] ?? 0);
    if (difference !== 0) return difference;
  }
  return 0;
}

// Variables of the machine running the suite that would change what the SDK does: other
// credentials or profiles, retry settings, a global endpoint override.
const INTERFERING = [
  "AWS_PROFILE",
  "AWS_DEFAULT_PROFILE",
  "AWS_ACCESS_KEY_ID",
  "AWS_SECRET_ACCESS_KEY",
  "AWS_SESSION_TOKEN",
  "AWS_DEFAULT_REGION",
  "AWS_ENDPOINT_URL",
  "AWS_MAX_ATTEMPTS",
  "AWS_RETRY_MODE",
  "AWS_WEB_IDENTITY_TOKEN_FILE",
  "AWS_ROLE_ARN",
  "AWS_CONTAINER_CREDENTIALS_RELATIVE_URI",
  "AWS_CONTAINER_CREDENTIALS_FULL_URI",
];

/**
 * Points the SDK, which reads `process.env`, at the client machine `home` and the service at
 * `serviceUrl`. Undo with `vi.unstubAllEnvs()`.
 */
export function stubClientEnvironment(home: ClientHome, serviceUrl: string, extra: Record<string, string> = {}): void {
  for (const name of INTERFERING) vi.stubEnv(name, undefined);
  // Never ask EC2 instance metadata, should a provider chain fall through to it.
  vi.stubEnv("AWS_EC2_METADATA_DISABLED", "true");
  for (const [name, value] of Object.entries({ ...home.env(serviceUrl), ...extra })) vi.stubEnv(name, value);
}
