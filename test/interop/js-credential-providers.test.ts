/**
 * The AWS SDK for JavaScript v3 credential providers, unmodified, refreshing an `aws login`
 * session against the project's service: `fromLoginCredentials` and the default Node.js chain
 * (`fromNodeProviderChain`, which reaches the login provider through the profile's
 * `login_session`), in 3.936.0, the first release with Sign-In, and in the newest release.
 *
 * The session comes from the project's own login command, which leaves the same cache file and
 * profile as `aws login`. A refresh happens because the cached credentials are close to expiry
 * (the SDK refreshes within 5 minutes of `expiresAt`), which the tests arrange with `expireIn`.
 */
import { setTimeout as sleep } from "node:timers/promises";

import * as newestProviders from "@aws-sdk/credential-providers";
import {
  RevokeOAuth2TokenWithIAMCommand,
  ListSessionsCommand,
  BatchRevokeSessionsCommand,
  SigninClient,
} from "@open-signin/client";
import * as oldestProviders from "@aws-sdk/credential-providers-oldest";
import type { AwsCredentialIdentity, Logger } from "@smithy/types";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";

import { ClientHome, type LoginCache } from "./support/client-home.js";
import { claim } from "./support/compatibility.js";
import { InteropService } from "./support/interop-service.js";
import {
  compareVersions,
  installedVersion,
  resolvedVersionOf,
  stubClientEnvironment,
} from "./support/js/sdk-environment.js";
import { loginWithOpenSignin } from "./support/open-signin-login.js";

/** The profile the login writes `login_session` into. */
const PROFILE = "interop";

/**
 * What the login provider says when the service refuses a refresh with AccessDeniedException,
 * by its `error` code. Read from the dist code of @aws-sdk/credential-provider-login 3.936.0 and
 * 3.972.93: the text is the same in both, and both throw it as a CredentialsProviderError with
 * tryNextLink false whatever the cached credentials' expiry.
 */
const ACCESS_DENIED_MESSAGES = {
  TOKEN_EXPIRED: "Your session has expired. Please reauthenticate.",
  USER_CREDENTIALS_CHANGED:
    "Unable to refresh credentials because of a change in your password. Please reauthenticate with your new password.",
  INSUFFICIENT_PERMISSIONS:
    "Unable to refresh credentials due to insufficient permissions. You may be missing permission for the 'CreateOAuth2Token' action.",
} as const;

/** The message and text of the service's injected 500, as the SDK prints the error. */
const SERVER_ERROR = "InternalServerException: The service could not process the request.";

interface ProviderOptions {
  readonly profile?: string;
  readonly ignoreCache?: boolean;
  readonly logger?: Logger;
}
type CredentialProvider = () => Promise<AwsCredentialIdentity>;

interface ProvidersRelease {
  readonly label: string;
  /** The @aws-sdk/credential-providers release under test. */
  readonly version: string;
  /** The @aws-sdk/credential-provider-login it loads, which holds the refresh logic. */
  readonly loginVersion: string;
  readonly fromLoginCredentials: (init: ProviderOptions) => CredentialProvider;
  readonly fromNodeProviderChain: (init: ProviderOptions) => CredentialProvider;
}

const releases: readonly ProvidersRelease[] = [
  {
    label: "oldest",
    version: installedVersion("@aws-sdk/credential-providers-oldest"),
    loginVersion: resolvedVersionOf("@aws-sdk/credential-providers-oldest", "@aws-sdk/credential-provider-login"),
    fromLoginCredentials: oldestProviders.fromLoginCredentials,
    fromNodeProviderChain: oldestProviders.fromNodeProviderChain,
  },
  {
    label: "newest",
    version: installedVersion("@aws-sdk/credential-providers"),
    loginVersion: resolvedVersionOf("@aws-sdk/credential-providers", "@aws-sdk/credential-provider-login"),
    fromLoginCredentials: newestProviders.fromLoginCredentials,
    fromNodeProviderChain: newestProviders.fromNodeProviderChain,
  },
];

const providerKinds = ["fromLoginCredentials", "fromNodeProviderChain"] as const;
type ProviderKind = (typeof providerKinds)[number];

// Titles as plain strings: vitest would quote `$label`-style object fields.
const cases = releases.flatMap((release) =>
  providerKinds.map(
    (kind) =>
      [`${kind} ${release.version} (credential-provider-login ${release.loginVersion})`, release, kind] as const,
  ),
);

/** A CredentialsProviderError as both releases shape it. */
interface ProviderError extends Error {
  readonly tryNextLink?: boolean;
}

async function rejectionOf(promise: Promise<unknown>): Promise<ProviderError> {
  const outcome = await promise.then(
    (value) => ({ resolved: value }),
    (error: unknown) => ({ rejected: error }),
  );
  if (!("rejected" in outcome)) throw new Error("expected the provider to fail, it returned credentials");
  expect(outcome.rejected).toBeInstanceOf(Error);
  return outcome.rejected as ProviderError;
}

/** A logger that keeps the provider's warnings. */
function recordingLogger(): { logger: Logger; warnings: string[] } {
  const warnings: string[] = [];
  const ignore = () => {};
  return {
    warnings,
    logger: {
      debug: ignore,
      info: ignore,
      error: ignore,
      warn: (...content: unknown[]) => warnings.push(content.join(" ")),
    },
  };
}

describe.each(cases)("%s", (_title, release, kind: ProviderKind) => {
  const client = `@aws-sdk/credential-providers (${kind})`;
  const { version } = release;
  // ≥3.972.75 (protocol notes §7) reads the cache file from disk before refreshing, where older
  // releases read it through the SDK's per-process file cache (aws/aws-sdk-js-v3#8216 changed
  // that), and keeps using still-valid cached credentials when a refresh fails for any reason
  // other than AccessDeniedException, where older releases fail.
  const rereadsAndFallsBack = compareVersions(release.loginVersion, "3.972.75") >= 0;

  let service: InteropService;
  let home: ClientHome;

  beforeAll(async () => {
    service = await InteropService.start();
  });
  afterAll(async () => {
    await service?.close();
  });
  beforeEach(async () => {
    home = await ClientHome.create();
    useService(service);
  });
  afterEach(async () => {
    vi.unstubAllEnvs();
    await home.remove();
  });

  /** The environment a process on `home` has when `target` is its Sign-In endpoint. */
  const useService = (target: InteropService) =>
    // The chain finds the profile through AWS_PROFILE, fromLoginCredentials through its option.
    stubClientEnvironment(home, target.url, kind === "fromNodeProviderChain" ? { AWS_PROFILE: PROFILE } : {});

  /**
   * Credentials from a new provider, as a new process gets them. `ignoreCache` makes the SDK
   * re-read the config and cache files that the test rewrites between calls.
   */
  const credentials = (options: ProviderOptions = {}): Promise<AwsCredentialIdentity> =>
    kind === "fromLoginCredentials"
      ? release.fromLoginCredentials({ profile: PROFILE, ignoreCache: true, ...options })()
      : release.fromNodeProviderChain({ ignoreCache: true, ...options })();

  const signIn = async (target: InteropService = service) => {
    const user = await target.createUser();
    await loginWithOpenSignin(target, home, user, { profile: PROFILE });
    return user;
  };

  /** The credentials returned are the ones now in the cache file, which expire in 900 s. */
  async function expectRefreshed(
    returned: AwsCredentialIdentity,
    before: LoginCache,
    requestedAt: number,
  ): Promise<LoginCache> {
    const after = await home.readCache();
    expect(returned.accessKeyId).toMatch(/^ASIA[A-Z0-9]{16}$/);
    expect(returned.accessKeyId).not.toBe(before.accessToken.accessKeyId);
    expect(returned.secretAccessKey).not.toBe(before.accessToken.secretAccessKey);
    expect(returned.sessionToken).not.toBe(before.accessToken.sessionToken);
    expect(returned.accountId).toBe("000000000000");
    // expiresIn 900 from the response, counted from the refresh.
    const expiration = returned.expiration!.getTime();
    expect(expiration).toBeGreaterThanOrEqual(requestedAt + 900_000 - 1000);
    expect(expiration).toBeLessThanOrEqual(Date.now() + 900_000);
    expect(after.accessToken).toEqual({
      accessKeyId: returned.accessKeyId,
      secretAccessKey: returned.secretAccessKey,
      sessionToken: returned.sessionToken,
      accountId: "000000000000",
      expiresAt: returned.expiration!.toISOString(),
    });
    // Rotation: the response's new refresh token replaced the used one.
    expect(after.refreshToken).toEqual(expect.any(String));
    expect(after.refreshToken).not.toBe(before.refreshToken);
    // The rest of the session stays as the login left it.
    expect({ ...after, accessToken: undefined, refreshToken: undefined }).toEqual({
      ...before,
      accessToken: undefined,
      refreshToken: undefined,
    });
    return after;
  }

  /** A refusal the SDK must report with its own message, leaving the cache file as it was. */
  async function expectRefusedRefresh(code: keyof typeof ACCESS_DENIED_MESSAGES): Promise<void> {
    // Still valid for a minute: ≥3.972.75 would fall back to these on any failure other than
    // AccessDeniedException, so only a correctly typed refusal makes the provider fail here.
    await home.expireIn(60);
    const before = await home.readCache();

    const error = await rejectionOf(credentials());

    expect(error.name).toBe("CredentialsProviderError");
    expect(error.message).toBe(ACCESS_DENIED_MESSAGES[code]);
    expect(error.tryNextLink).toBe(false);
    expect(await home.readCache()).toEqual(before);
  }

  it("refreshes credentials that are about to expire", async (context) => {
    claim(context, { client, version, covers: "refresh" });
    await signIn();
    await home.expireIn(60);
    const before = await home.readCache();
    const requestedAt = Date.now();

    const returned = await credentials();

    await expectRefreshed(returned, before, requestedAt);
  });

  it("refreshes again and again, each time with the rotated refresh token", async (context) => {
    claim(context, { client, version, covers: "repeated refreshes" });
    await signIn();
    const seenKeys = new Set<string>();
    const seenRefreshTokens = new Set<string>([(await home.readCache()).refreshToken]);

    for (let round = 0; round < 3; round++) {
      await home.expireIn(60);
      const before = await home.readCache();
      const requestedAt = Date.now();
      const returned = await credentials();
      const after = await expectRefreshed(returned, before, requestedAt);
      seenKeys.add(returned.accessKeyId);
      seenRefreshTokens.add(after.refreshToken);
    }

    expect(seenKeys.size).toBe(3);
    expect(seenRefreshTokens.size).toBe(4);
  });

  it("reports an expired session with its own message (TOKEN_EXPIRED)", async (context) => {
    claim(context, { client, version, covers: "expired session: TOKEN_EXPIRED" });
    const shortSessions = await InteropService.start({ sessionMaxSeconds: 3 });
    try {
      useService(shortSessions);
      await signIn(shortSessions);
      const loggedInAt = Date.now();
      // The session began before the login returned; past its 3 s the service must refuse it.
      await sleep(loggedInAt + 3_300 - Date.now());

      await expectRefusedRefresh("TOKEN_EXPIRED");
    } finally {
      await shortSessions.close();
    }
  });

  it("reports a session revoked with RevokeOAuth2TokenWithIAM (TOKEN_EXPIRED)", async (context) => {
    claim(context, { client, version, covers: "session revoked by RevokeOAuth2TokenWithIAM: TOKEN_EXPIRED" });
    const user = await signIn();
    await service.admin.setPermissions(user.userName, [
      "signin:AuthorizeOAuth2Access",
      "signin:CreateOAuth2Token",
      "signin:RevokeOAuth2Token",
    ]);
    // The user ends its own session with the credentials the login cached, as `open-signin logout` does.
    const { accessToken, refreshToken } = await home.readCache();
    const signin = new SigninClient({
      region: "us-east-1",
      endpoint: service.url,
      maxAttempts: 1,
      credentials: {
        accessKeyId: accessToken.accessKeyId,
        secretAccessKey: accessToken.secretAccessKey,
        sessionToken: accessToken.sessionToken,
      },
    });
    await signin.send(new RevokeOAuth2TokenWithIAMCommand({ token: refreshToken }));
    signin.destroy();

    await expectRefusedRefresh("TOKEN_EXPIRED");
  });

  it("reports a session revoked with BatchRevokeSessions (TOKEN_EXPIRED)", async (context) => {
    claim(context, { client, version, covers: "session revoked by BatchRevokeSessions: TOKEN_EXPIRED" });
    const user = await signIn();
    await service.admin.setPermissions(user.userName, [
      "signin:AuthorizeOAuth2Access",
      "signin:CreateOAuth2Token",
      "signin:ListSessions",
      "signin:BatchRevokeSessions",
    ]);
    const { accessToken } = await home.readCache();
    // AWS's endpoint rules send the session operations to signin.{Region}.api.aws even with an
    // endpoint configured: the client is pointed at the service by its endpoint resolution.
    const url = new URL(service.url);
    const signin = new SigninClient({
      region: "us-east-1",
      endpointProvider: () => ({ url }),
      maxAttempts: 1,
      credentials: {
        accessKeyId: accessToken.accessKeyId,
        secretAccessKey: accessToken.secretAccessKey,
        sessionToken: accessToken.sessionToken,
      },
    });
    const { items } = await signin.send(new ListSessionsCommand({}));
    const revoked = await signin.send(new BatchRevokeSessionsCommand({ sessionArns: [items![0]!.sessionArn!] }));
    expect(revoked.errors).toEqual([]);
    signin.destroy();

    await expectRefusedRefresh("TOKEN_EXPIRED");
  });

  it("reports a changed password with its own message (USER_CREDENTIALS_CHANGED)", async (context) => {
    claim(context, { client, version, covers: "changed password: USER_CREDENTIALS_CHANGED" });
    const user = await signIn();
    await service.admin.changePassword(user.userName, "a-brand-new-interop-password");

    await expectRefusedRefresh("USER_CREDENTIALS_CHANGED");
  });

  it("reports a missing permission with its own message (INSUFFICIENT_PERMISSIONS)", async (context) => {
    claim(context, { client, version, covers: "missing permission: INSUFFICIENT_PERMISSIONS" });
    const user = await signIn();
    await service.admin.setPermissions(user.userName, ["signin:AuthorizeOAuth2Access"]);

    await expectRefusedRefresh("INSUFFICIENT_PERMISSIONS");
  });

  it("retries a refresh answered with 500 and 429, then refreshes", async (context) => {
    claim(context, { client, version, covers: "retries: 429 and 500" });
    await signIn();
    await home.expireIn(60);
    const before = await home.readCache();
    const injectedBefore = service.faults.injected;
    // The service refreshes, and the responses are lost: the retries present the same refresh
    // token again, and the service must answer it rather than treat it as reuse.
    service.faults.failNextResponses("server-error", "throttle");
    const requestedAt = Date.now();

    const returned = await credentials();

    expect(service.faults.injected - injectedBefore).toBe(2);
    await expectRefreshed(returned, before, requestedAt);
  });

  it("handles a refresh that fails with 500 on every attempt while the cached credentials are valid", async (context) => {
    claim(context, { client, version, covers: "failed refresh: 500 on every attempt, credentials still valid" });
    await signIn();
    await home.expireIn(60);
    const before = await home.readCache();
    const injectedBefore = service.faults.injected;
    // One per attempt of the SDK's standard retry strategy (3).
    service.faults.failNextResponses("server-error", "server-error", "server-error");
    const { logger, warnings } = recordingLogger();

    const outcome = credentials({ logger });

    if (rereadsAndFallsBack) {
      // ≥3.972.75: the still-valid cached credentials, and a warning.
      const returned = await outcome;
      expect(returned).toMatchObject({
        accessKeyId: before.accessToken.accessKeyId,
        secretAccessKey: before.accessToken.secretAccessKey,
        sessionToken: before.accessToken.sessionToken,
      });
      expect(warnings).toContain(`Failed to refresh token: ${SERVER_ERROR}. Using existing token until expiry.`);
    } else {
      // 3.936.0: the refresh error, with tryNextLink left at true, so the default chain moves on
      // to its other providers and ends with its generic message.
      const error = await rejectionOf(outcome);
      expect(error.name).toBe("CredentialsProviderError");
      expect(error.message).toBe(
        kind === "fromLoginCredentials"
          ? `Failed to refresh token: ${SERVER_ERROR}. Please re-authenticate using aws login`
          : "Could not load credentials from any providers",
      );
      expect(error.tryNextLink).toBe(kind === "fromLoginCredentials");
    }
    expect(service.faults.injected - injectedBefore).toBe(3);
    expect(await home.readCache()).toEqual(before);

    // The service did refresh; the next attempt with the same refresh token gets that answer.
    const requestedAt = Date.now();
    await expectRefreshed(await credentials(), before, requestedAt);
  });

  it("fails a refresh that fails with 500 on every attempt once the cached credentials expired", async (context) => {
    claim(context, { client, version, covers: "failed refresh: 500 on every attempt, credentials expired" });
    await signIn();
    await home.expireIn(-1);
    const before = await home.readCache();
    service.faults.failNextResponses("server-error", "server-error", "server-error");

    const error = await rejectionOf(credentials());

    // Both releases: the refresh error with tryNextLink left at true, which the default chain
    // passes over, ending with its generic message.
    expect(error.name).toBe("CredentialsProviderError");
    expect(error.message).toBe(
      kind === "fromLoginCredentials"
        ? `Failed to refresh token: ${SERVER_ERROR}. Please re-authenticate using aws login`
        : "Could not load credentials from any providers",
    );
    expect(error.tryNextLink).toBe(kind === "fromLoginCredentials");
    expect(await home.readCache()).toEqual(before);

    const requestedAt = Date.now();
    await expectRefreshed(await credentials(), before, requestedAt);
  });

  it("refreshes twice in one process with the SDK's default file caching", async (context) => {
    claim(context, { client, version, covers: "repeated refreshes, default file cache" });
    await signIn();
    await home.expireIn(60);
    const first = await home.readCache();
    let requestedAt = Date.now();
    // The first call reads the files afresh: in this process the project's login client already
    // looked for the config file before the login wrote it, and the SDK's per-process file cache
    // would keep that miss. From here on, the SDK's default caching, as in a long-running app.
    const firstRefresh = await credentials({ ignoreCache: true });
    const afterFirst = await expectRefreshed(firstRefresh, first, requestedAt);

    await home.expireIn(60);
    const second = await home.readCache();
    requestedAt = Date.now();
    const secondRefresh = await credentials({ ignoreCache: false });

    if (rereadsAndFallsBack) {
      // ≥3.972.75 reads the cache file from disk every time: a normal rotation.
      await expectRefreshed(secondRefresh, second, requestedAt);
    } else {
      // 3.936.0 reads the cache file through the SDK's per-process file cache, so the second
      // refresh sends the first, already used, refresh token again. Within the repeat window
      // (the credentials' lifetime) the service answers it with the response it gave before:
      // the same credentials and refresh token, with expiresIn telling the time they have left,
      // so the SDK's expiry is theirs, not a new 900 s.
      expect(secondRefresh).toMatchObject({
        accessKeyId: firstRefresh.accessKeyId,
        secretAccessKey: firstRefresh.secretAccessKey,
        sessionToken: firstRefresh.sessionToken,
      });
      const afterSecond = await home.readCache();
      expect(afterSecond.refreshToken).toBe(afterFirst.refreshToken);
      expect(afterSecond.accessToken.expiresAt).toBe(secondRefresh.expiration!.toISOString());
      expect(Math.abs(secondRefresh.expiration!.getTime() - firstRefresh.expiration!.getTime())).toBeLessThanOrEqual(
        2000,
      );
    }
  });
});
