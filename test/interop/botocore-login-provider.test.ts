/**
 * botocore's own login credential provider (LoginProvider + LoginCredentialFetcher) against the
 * service: a plain `botocore.session.Session()` resolving the `login_session` profile that
 * `open-signin login` wrote, refreshing from the login cache file, mapping the service's errors to
 * its own exceptions, and retrying through faults. Both pinned botocore versions run every case.
 */
import { setTimeout as sleep } from "node:timers/promises";

import { afterAll, beforeAll, describe, expect, it } from "vitest";

import {
  type BotocoreAttempt,
  type BotocoreError,
  type LoginProviderRun,
  createTokenWithSigninClient,
  decodeProof,
  refreshWithLoginProvider,
  surveyDpopEncoding,
} from "./python/botocore-runner.js";
import { ClientHome, type LoginCache } from "./support/client-home.js";
import { claim } from "./support/compatibility.js";
import { InteropService, type InteropUser } from "./support/interop-service.js";
import { loginWithOpenSignin } from "./support/open-signin-login.js";

const CLIENT = "botocore (login credential provider)";

// botocore/exceptions.py, identical in 1.41.0 and 1.44.8: what a user sees when a refresh fails.
const REFRESH_REQUIRED_MESSAGE =
  "Your session has expired or credentials have changed. Please reauthenticate using 'aws login'.";
const INSUFFICIENT_PERMISSIONS_MESSAGE =
  "Unable to create or refresh login credentials due to insufficient permissions. " +
  "You may be missing permission for the 'signin:CreateOAuth2Token' action.";

/**
 * Whether the version's DPoP builder pads r and s to 32 bytes each. 1.41.0 does not (awscrt's
 * `decode_der_signature` strips leading zero bytes); 1.44.8 uses `decode_der_signature_to_padded_pair`.
 */
const padsDpopSignature = { "botocore-oldest": false, "botocore-newest": true } as const;

type RetryMode = "legacy" | "standard";

/**
 * botocore's retry modes, read from its source. legacy: 5 attempts, retries any 500 and any 429.
 * standard: 3 attempts, retries a 500, but a 429 only when its error code is unmodeled or modeled
 * as retryable; TooManyRequestsError is modeled and not marked retryable, so it is not retried
 * (1.41.0's standard mode has no 429 rule at all). 1.41.0 defaults to legacy, 1.44.8 to standard.
 */
const retryModes = {
  legacy: { maxAttempts: 5, retriesModeledThrottle: true },
  standard: { maxAttempts: 3, retriesModeledThrottle: false },
} as const;
const defaultRetryMode: Record<"botocore-oldest" | "botocore-newest", RetryMode> = {
  "botocore-oldest": "legacy",
  "botocore-newest": "standard",
};

describe.each(["botocore-oldest", "botocore-newest"] as const)("%s: login credential provider", (environment) => {
  let service: InteropService;
  const homes: ClientHome[] = [];

  beforeAll(async () => {
    service = await InteropService.start();
  });
  afterAll(async () => {
    await service.close();
    await Promise.all(homes.map((home) => home.remove()));
  });

  /** A user signed in with `open-signin login`, on a fresh client machine. */
  async function signedIn(on: InteropService = service): Promise<{ home: ClientHome; user: InteropUser }> {
    const home = await ClientHome.create();
    homes.push(home);
    const user = await on.createUser();
    await loginWithOpenSignin(on, home, user);
    return { home, user };
  }

  /** One botocore process resolving credentials, after moving the cached expiry within 5 minutes. */
  async function refreshNearExpiry(home: ClientHome, on: InteropService = service): Promise<LoginProviderRun> {
    await home.expireIn(60);
    return refreshWithLoginProvider(environment, home.env(on.url));
  }

  it("refreshes near expiry: new credentials, rotated refresh token, both written to the cache", async (context) => {
    const { home } = await signedIn();
    const before = await home.readCache();

    const run = await refreshNearExpiry(home);
    claim(context, { client: CLIENT, version: run.botocoreVersion, covers: "refresh" });

    expect(run.error).toBeUndefined();
    expect(run.method).toBe("login");
    expectNewCredentials(run, before);
    expect(run.attempts).toHaveLength(1);
    expectRefreshRequest(run.attempts[0]!, before, service.url);
    expect(run.attempts[0]!.status).toBe(200);

    const after = await home.readCache();
    expect(after.refreshToken).not.toBe(before.refreshToken);
    expect(after.refreshToken.length).toBeGreaterThan(0);
    expect(after.accessToken).toMatchObject({ ...run.credentials, accountId: before.accessToken.accountId });
    // botocore computes expiresAt from the response's expiresIn (900 s) and writes it to the cache.
    const lifetime = Date.parse(after.accessToken.expiresAt) - Date.now();
    expect(lifetime).toBeGreaterThan(880_000);
    expect(lifetime).toBeLessThanOrEqual(901_000);
    // Fields a refresh must not touch.
    expect(after).toMatchObject({
      clientId: before.clientId,
      idToken: before.idToken,
      dpopKey: before.dpopKey,
      tokenType: before.tokenType,
    });
  });

  it("refreshes repeatedly, rotating the refresh token each time, and not while credentials are fresh", async (context) => {
    const { home } = await signedIn();
    const seenKeys = new Set<string>([(await home.readCache()).accessToken.accessKeyId]);
    const seenTokens = new Set<string>([(await home.readCache()).refreshToken]);

    for (let round = 0; round < 4; round++) {
      const before = await home.readCache();
      const run = await refreshNearExpiry(home);
      if (round === 0) claim(context, { client: CLIENT, version: run.botocoreVersion, covers: "repeated refreshes" });
      expect(run.error).toBeUndefined();
      expectNewCredentials(run, before);
      expectRefreshRequest(run.attempts[0]!, before, service.url);
      const after = await home.readCache();
      expect(seenKeys.has(run.credentials!.accessKeyId)).toBe(false);
      expect(seenTokens.has(after.refreshToken)).toBe(false);
      seenKeys.add(run.credentials!.accessKeyId);
      seenTokens.add(after.refreshToken);
    }

    // With 15 minutes left (expiresIn 900 > botocore's 5-minute threshold) no call is made.
    const cached = await home.readCache();
    const idle = await refreshWithLoginProvider(environment, home.env(service.url));
    expect(idle.error).toBeUndefined();
    expect(idle.attempts).toHaveLength(0);
    expect(idle.credentials?.accessKeyId).toBe(cached.accessToken.accessKeyId);
  });

  it("expired session: TOKEN_EXPIRED becomes botocore's LoginRefreshRequired", async (context) => {
    const shortLived = await InteropService.start({ sessionMaxSeconds: 3 });
    try {
      const { home } = await signedIn(shortLived);
      const before = await home.readCache();
      await sleep(3_500);

      const run = await refreshNearExpiry(home, shortLived);
      claim(context, { client: CLIENT, version: run.botocoreVersion, covers: "expired session: TOKEN_EXPIRED" });

      expectLoginError(run, "LoginRefreshRequired", REFRESH_REQUIRED_MESSAGE);
      expectAccessDenied(run.error!.cause, "TOKEN_EXPIRED", 401);
      await expectCacheUntouched(home, before);
    } finally {
      await shortLived.close();
    }
  });

  it("changed password: USER_CREDENTIALS_CHANGED becomes botocore's LoginRefreshRequired", async (context) => {
    const { home, user } = await signedIn();
    const before = await home.readCache();
    await service.admin.changePassword(user.userName, "a-changed-interop-password");

    const run = await refreshNearExpiry(home);
    claim(context, {
      client: CLIENT,
      version: run.botocoreVersion,
      covers: "changed password: USER_CREDENTIALS_CHANGED",
    });

    expectLoginError(run, "LoginRefreshRequired", REFRESH_REQUIRED_MESSAGE);
    expectAccessDenied(run.error!.cause, "USER_CREDENTIALS_CHANGED", 403);
    await expectCacheUntouched(home, before);
  });

  it("revoked sessions: TOKEN_EXPIRED becomes botocore's LoginRefreshRequired", async (context) => {
    const { home, user } = await signedIn();
    const before = await home.readCache();
    await service.admin.revokeSessions(user.userName);

    const run = await refreshNearExpiry(home);
    claim(context, { client: CLIENT, version: run.botocoreVersion, covers: "revoked session: TOKEN_EXPIRED" });

    expectLoginError(run, "LoginRefreshRequired", REFRESH_REQUIRED_MESSAGE);
    expectAccessDenied(run.error!.cause, "TOKEN_EXPIRED", 401);
    await expectCacheUntouched(home, before);
  });

  it("missing permission: INSUFFICIENT_PERMISSIONS becomes botocore's LoginInsufficientPermissions", async (context) => {
    const { home, user } = await signedIn();
    const before = await home.readCache();
    await service.admin.setPermissions(user.userName, ["signin:AuthorizeOAuth2Access"]);

    const run = await refreshNearExpiry(home);
    claim(context, {
      client: CLIENT,
      version: run.botocoreVersion,
      covers: "missing permission: INSUFFICIENT_PERMISSIONS",
    });

    expectLoginError(run, "LoginInsufficientPermissions", INSUFFICIENT_PERMISSIONS_MESSAGE);
    expectAccessDenied(run.error!.cause, "INSUFFICIENT_PERMISSIONS", 403);
    await expectCacheUntouched(home, before);
  });

  it(`DPoP proofs: ${padsDpopSignature[environment] ? "always a 64-byte signature" : "about 1 in 128 with a 63-byte signature, which the service accepts"}`, async (context) => {
    // 3000 draws: the chance of seeing no short signature from an unpadded encoder is below 1e-10.
    const survey = await surveyDpopEncoding(environment, { proofs: 3000, htu: `${service.url}/v1/token` });
    const short = Object.entries(survey.signatureBytes).filter(([bytes]) => bytes !== "64");

    if (padsDpopSignature[environment]) {
      claim(context, { client: CLIENT, version: survey.botocoreVersion, covers: "DPoP signature encoding" });
      expect(survey.signatureBytes).toEqual({ "64": 3000 });
      return;
    }
    claim(context, {
      client: CLIENT,
      version: survey.botocoreVersion,
      covers: "DPoP signature encoding: ~1/128 proofs with a 63-byte signature, accepted",
    });
    expect(short.length).toBeGreaterThan(0);
    for (const [bytes] of short) expect(["62", "63"]).toContain(bytes);
    const example = survey.shortSignatureExamples["63"]!;
    expect(decodeProof(example).signatureBytes).toBe(63);

    // The service reads such a signature with r or s padded back (the same integers), so the proof
    // passes and the request fails only on its made-up refresh token.
    const home = await ClientHome.create();
    homes.push(home);
    const answered = await createTokenWithSigninClient(environment, home.env(service.url), {
      dpopProof: example,
      tokenInput: { clientId: "arn:aws:signin:::devtools/same-device", grantType: "refresh_token", refreshToken: "x" },
    });
    expect(answered.error).toMatchObject({
      class: "ValidationException",
      clientError: { code: "ValidationException", error: "INVALID_REQUEST", httpStatus: 400 },
    });
    expect(answered.error?.clientError?.message).toBe("The refresh token is invalid.");
  });

  describe("retries", () => {
    const defaultMode = defaultRetryMode[environment];

    /** A botocore process resolving credentials in `mode` (AWS_RETRY_MODE when not the default). */
    const refreshIn = (home: ClientHome, mode: RetryMode): Promise<LoginProviderRun> =>
      refreshWithLoginProvider(environment, {
        ...home.env(service.url),
        ...(mode === defaultMode ? {} : { AWS_RETRY_MODE: mode }),
      });

    /**
     * After a refresh whose first response was lost, the service must give the same refresh
     * token the same answer: replaying it (same key, a new proof) through botocore's signin client
     * must return exactly the credentials and the next refresh token the provider ended up with.
     */
    async function expectSameAnswerForPredecessor(
      home: ClientHome,
      predecessor: LoginCache,
      credentials: LoginProviderRun["credentials"],
    ): Promise<void> {
      const replay = await createTokenWithSigninClient(environment, home.env(service.url), {
        dpopKey: predecessor.dpopKey,
        tokenInput: {
          clientId: predecessor.clientId,
          grantType: "refresh_token",
          refreshToken: predecessor.refreshToken,
        },
      });
      expect(replay.error).toBeUndefined();
      expect(replay.tokenOutput?.accessToken).toEqual(credentials);
      expect(replay.tokenOutput?.refreshToken).toBe((await home.readCache()).refreshToken);
    }

    /** The session goes on normally afterwards: the rotated token refreshes again. */
    async function expectSessionContinues(home: ClientHome): Promise<void> {
      const before = await home.readCache();
      const next = await refreshNearExpiry(home);
      expect(next.error).toBeUndefined();
      expectNewCredentials(next, before);
    }

    it(`retries two 500s with the identical DPoP proof (${defaultMode} retry mode, the default) and gets one consistent result`, async (context) => {
      const { home } = await signedIn();
      const before = await home.readCache();
      const injected = service.faults.injected;

      await home.expireIn(60);
      service.faults.failNextResponses("server-error", "server-error");
      const run = await refreshIn(home, defaultMode);
      claim(context, {
        client: CLIENT,
        version: run.botocoreVersion,
        covers: "retry with identical DPoP proof after 500",
      });

      expect(run.error).toBeUndefined();
      expect(service.faults.injected - injected).toBe(2);
      expect(run.attempts.map((attempt) => attempt.status)).toEqual([500, 500, 200]);
      expectIdenticalAttempts(run.attempts, defaultMode);
      expectNewCredentials(run, before);
      expect((await home.readCache()).accessToken).toMatchObject({ ...run.credentials });

      await expectSameAnswerForPredecessor(home, before, run.credentials);
      await expectSessionContinues(home);
    });

    for (const mode of ["legacy", "standard"] as const) {
      const { retriesModeledThrottle } = retryModes[mode];
      const configured = mode === defaultMode ? "the default" : "AWS_RETRY_MODE";
      it(`500 then 429 in ${mode} retry mode (${configured}): ${retriesModeledThrottle ? "both retried" : "the 429 is not retried"}`, async (context) => {
        const { home } = await signedIn();
        const before = await home.readCache();
        const injected = service.faults.injected;

        await home.expireIn(60);
        service.faults.failNextResponses("server-error", "throttle");
        const run = await refreshIn(home, mode);
        expect(service.faults.injected - injected).toBe(2);
        expectIdenticalAttempts(run.attempts, mode);
        const suffix = mode === defaultMode ? "" : ` (${configured}=${mode})`;

        if (retriesModeledThrottle) {
          claim(context, {
            client: CLIENT,
            version: run.botocoreVersion,
            covers: `retry with identical DPoP proof after 500 and 429${suffix}`,
          });
          expect(run.error).toBeUndefined();
          expect(run.attempts.map((attempt) => attempt.status)).toEqual([500, 429, 200]);
          expectNewCredentials(run, before);
          await expectSameAnswerForPredecessor(home, before, run.credentials);
        } else {
          claim(context, {
            client: CLIENT,
            version: run.botocoreVersion,
            covers: `429 not retried, next refresh consistent${suffix}`,
          });
          // botocore's provider maps only AccessDeniedException; the ClientError reaches the caller.
          expect(run.attempts.map((attempt) => attempt.status)).toEqual([500, 429]);
          expect(run.error).toMatchObject({
            class: "TooManyRequestsError",
            clientError: { code: "TooManyRequestsError", error: "INVALID_REQUEST", httpStatus: 429, retryAttempts: 1 },
          });
          await expectCacheUntouched(home, before);

          // The next resolution sends the same refresh token with a new proof and gets the
          // response the service produced for the first attempt.
          const again = await refreshIn(home, mode);
          expect(again.error).toBeUndefined();
          expect(again.attempts.map((attempt) => attempt.status)).toEqual([200]);
          expect(decodeProof(again.attempts[0]!.dpop!).payload.jti).not.toBe(
            decodeProof(run.attempts[0]!.dpop!).payload.jti,
          );
          expectNewCredentials(again, before);
          await expectSameAnswerForPredecessor(home, before, again.credentials);
        }
        await expectSessionContinues(home);
      });
    }

    const { maxAttempts } = retryModes[defaultMode];
    it(`gives up after ${maxAttempts} attempts (${defaultMode} retry mode); the next refresh gets the result of the first`, async (context) => {
      const { home } = await signedIn();
      const before = await home.readCache();
      const injected = service.faults.injected;

      await home.expireIn(60);
      service.faults.failNextResponses(...Array.from({ length: maxAttempts }, () => "server-error" as const));
      const run = await refreshIn(home, defaultMode);
      claim(context, {
        client: CLIENT,
        version: run.botocoreVersion,
        covers: `${maxAttempts} attempts on 500, then consistent next refresh`,
      });

      expect(service.faults.injected - injected).toBe(maxAttempts);
      expect(run.attempts.map((attempt) => attempt.status)).toEqual(Array(maxAttempts).fill(500));
      expectIdenticalAttempts(run.attempts, defaultMode);
      expect(run.error).toMatchObject({
        class: "InternalServerException",
        clientError: {
          code: "InternalServerException",
          // The model's SERVER_ERROR enum value is lowercase on the wire.
          error: "server_error",
          httpStatus: 500,
          retryAttempts: maxAttempts - 1,
        },
      });
      await expectCacheUntouched(home, before);

      const again = await refreshIn(home, defaultMode);
      expect(again.error).toBeUndefined();
      expect(again.attempts.map((attempt) => attempt.status)).toEqual([200]);
      expectNewCredentials(again, before);
      await expectSameAnswerForPredecessor(home, before, again.credentials);
      await expectSessionContinues(home);
    });
  });
});

function expectNewCredentials(run: LoginProviderRun, before: LoginCache): void {
  expect(run.credentials?.accessKeyId).toMatch(/^ASIA[A-Z2-7]{16}$/);
  expect(run.credentials?.accessKeyId).not.toBe(before.accessToken.accessKeyId);
  expect(run.credentials?.secretAccessKey).not.toBe(before.accessToken.secretAccessKey);
  expect(run.credentials?.sessionToken).not.toBe(before.accessToken.sessionToken);
  expect(run.credentials?.secretAccessKey.length).toBeGreaterThanOrEqual(40);
  expect(run.credentials?.sessionToken.length).toBeGreaterThan(0);
}

/** What botocore put on the wire: unsigned JSON refresh request with a DPoP proof of the cache's key. */
function expectRefreshRequest(attempt: BotocoreAttempt, cache: LoginCache, serviceUrl: string): void {
  expect(attempt.url).toBe(`${serviceUrl}/v1/token`);
  expect(attempt.hasAuthorization).toBe(false);
  expect(JSON.parse(attempt.body)).toEqual({
    clientId: cache.clientId,
    grantType: "refresh_token",
    refreshToken: cache.refreshToken,
  });
  const proof = decodeProof(attempt.dpop!);
  expect(proof.header).toMatchObject({ typ: "dpop+jwt", alg: "ES256", jwk: { kty: "EC", crv: "P-256" } });
  expect(proof.payload).toMatchObject({ htm: "POST", htu: `${serviceUrl}/v1/token` });
}

/**
 * botocore's retries resend the very same request: same body, same DPoP proof (jti and iat). The
 * User-Agent names the retry mode that made them.
 */
function expectIdenticalAttempts(attempts: readonly BotocoreAttempt[], mode: RetryMode): void {
  expect(attempts.length).toBeGreaterThan(1);
  for (const attempt of attempts) {
    expect(attempt.dpop).toBe(attempts[0]!.dpop);
    expect(attempt.body).toBe(attempts[0]!.body);
    expect(attempt.userAgent).toContain(`cfg/retry-mode#${mode}`);
  }
}

function expectLoginError(run: LoginProviderRun, className: string, message: string): void {
  expect(run.credentials).toBeUndefined();
  expect(run.error).toMatchObject({ class: className, module: "botocore.exceptions", message });
  expect(run.error?.mro).toEqual(expect.arrayContaining(["LoginError", "BotoCoreError"]));
}

/** botocore raises its login errors `from` the modeled AccessDeniedException it got. */
function expectAccessDenied(cause: BotocoreError | undefined, error: string, httpStatus: number): void {
  expect(cause).toMatchObject({
    class: "AccessDeniedException",
    clientError: { code: "AccessDeniedException", error, httpStatus, retryAttempts: 0 },
  });
  expect(cause?.clientError?.message.length).toBeGreaterThan(0);
}

async function expectCacheUntouched(home: ClientHome, before: LoginCache): Promise<void> {
  const after = await home.readCache();
  expect(after.refreshToken).toBe(before.refreshToken);
  expect(after.accessToken.accessKeyId).toBe(before.accessToken.accessKeyId);
}
