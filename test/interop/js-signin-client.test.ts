/**
 * The AWS SDK for JavaScript v3 Sign-In client (`@aws-sdk/nested-clients/signin`, the client the
 * JS login credential provider uses), unmodified, against the project's service: both grants of
 * CreateOAuth2Token and every modeled error, for the newest release and for 3.936.0, the first
 * with Sign-In. The client has no DPoP support of its own; a middleware added to its stack, as
 * the login provider adds one, supplies the proof.
 */
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";

import * as newestSdk from "@aws-sdk/nested-clients/signin";
import * as oldestSdk from "@aws-sdk/nested-clients-oldest/signin";
import type { ResponseMetadata } from "@smithy/types";

import { ClientHome } from "./support/client-home.js";
import { claim } from "./support/compatibility.js";
import { InteropService, type InteropUser } from "./support/interop-service.js";
import {
  type AuthorizationCode,
  SAME_DEVICE_CLIENT_ID,
  authorizationCodeFor,
} from "./support/js/authorization-code.js";
import { DpopKey, addDpopMiddleware } from "./support/js/dpop-middleware.js";
import { installedVersion, stubClientEnvironment } from "./support/js/sdk-environment.js";

const CLIENT = "@aws-sdk/nested-clients/signin (SigninClient)";

type TokenInput = newestSdk.CreateOAuth2TokenCommandInput["tokenInput"];
type TokenOutput = NonNullable<newestSdk.CreateOAuth2TokenCommandOutput["tokenOutput"]>;

/** A modeled error as both releases shape it. */
interface ModeledError extends Error {
  readonly $fault: "client" | "server";
  readonly $metadata: ResponseMetadata;
  readonly error?: string | undefined;
}
type ErrorClass = abstract new (...args: never[]) => ModeledError;

/**
 * One release of the package, reduced to what the tests do with it. The two releases' client
 * types differ (their resolved configurations do), so each is wired up with its own classes.
 */
interface SigninRelease {
  readonly label: string;
  readonly version: string;
  readonly createOAuth2Token: (
    config: { region: string; endpoint: string; maxAttempts?: number },
    key: DpopKey,
    tokenInput: TokenInput,
  ) => Promise<{ readonly $metadata: ResponseMetadata; readonly tokenOutput?: TokenOutput | undefined }>;
  readonly errors: Record<
    "AccessDeniedException" | "ValidationException" | "TooManyRequestsError" | "InternalServerException",
    ErrorClass
  >;
}

const releases: readonly SigninRelease[] = [
  {
    label: "newest",
    version: installedVersion("@aws-sdk/nested-clients"),
    createOAuth2Token: async (config, key, tokenInput) => {
      const client = new newestSdk.SigninClient(config);
      addDpopMiddleware(client.middlewareStack, key);
      try {
        return await client.send(new newestSdk.CreateOAuth2TokenCommand({ tokenInput }));
      } finally {
        client.destroy();
      }
    },
    errors: newestSdk,
  },
  {
    label: "oldest",
    version: installedVersion("@aws-sdk/nested-clients-oldest"),
    createOAuth2Token: async (config, key, tokenInput) => {
      const client = new oldestSdk.SigninClient(config);
      addDpopMiddleware(client.middlewareStack, key);
      try {
        return await client.send(new oldestSdk.CreateOAuth2TokenCommand({ tokenInput }));
      } finally {
        client.destroy();
      }
    },
    errors: oldestSdk,
  },
];

/** The rejection of `promise`, which must be an instance of `type`. */
async function rejectionOf<T>(promise: Promise<unknown>, type: abstract new (...args: never[]) => T): Promise<T> {
  const outcome = await promise.then(
    (value) => ({ resolved: value }),
    (error: unknown) => ({ rejected: error }),
  );
  if (!("rejected" in outcome)) throw new Error(`expected a ${type.name}, the call succeeded`);
  expect(outcome.rejected).toBeInstanceOf(type);
  return outcome.rejected as T;
}

const idTokenClaims = (idToken: string): Record<string, unknown> =>
  JSON.parse(Buffer.from(idToken.split(".")[1] ?? "", "base64url").toString("utf8")) as Record<string, unknown>;

/**
 * Credentials as the service must issue them: temporary (ASIA…) SigV4 credentials for 900 s. A
 * retry that gets the answer of a lost response is told the time those credentials have left.
 */
function expectIssuedCredentials(output: TokenOutput): void {
  expect(output.tokenType).toBe("aws_sigv4");
  expect(output.expiresIn).toBeGreaterThanOrEqual(880);
  expect(output.expiresIn).toBeLessThanOrEqual(900);
  expect(output.accessToken?.accessKeyId).toMatch(/^ASIA[A-Z0-9]{16}$/);
  expect(output.accessToken?.secretAccessKey).toMatch(/^.{40}$/);
  expect(output.accessToken?.sessionToken).toEqual(expect.any(String));
  expect(output.refreshToken).toEqual(expect.any(String));
  expect(output.refreshToken!.length).toBeLessThanOrEqual(2048);
}

// Titles as plain strings: vitest would quote `$label`-style object fields.
const titled = releases.map((release) => [`SigninClient ${release.version} (${release.label})`, release] as const);

describe.each(titled)("%s", (_title, { version, createOAuth2Token, errors }) => {
  let service: InteropService;
  let home: ClientHome;

  beforeAll(async () => {
    service = await InteropService.start();
  });
  afterAll(async () => {
    await service?.close();
  });
  beforeEach(async () => {
    // The client reads retry and endpoint settings from the environment and the config file:
    // give it an empty client machine rather than the one running the suite.
    home = await ClientHome.create();
    stubClientEnvironment(home, service.url);
  });
  afterEach(async () => {
    vi.unstubAllEnvs();
    await home.remove();
  });

  // A new client per call, as the login provider creates one per refresh.
  const redeem = (key: DpopKey, grant: AuthorizationCode) =>
    createOAuth2Token({ region: "us-east-1", endpoint: service.url }, key, {
      clientId: grant.clientId,
      grantType: "authorization_code",
      code: grant.code,
      codeVerifier: grant.codeVerifier,
      redirectUri: grant.redirectUri,
    });

  const refresh = (key: DpopKey, refreshToken: string, config: { maxAttempts?: number } = {}) =>
    createOAuth2Token({ region: "us-east-1", endpoint: service.url, ...config }, key, {
      clientId: SAME_DEVICE_CLIENT_ID,
      grantType: "refresh_token",
      refreshToken,
    });

  /** A login session of `user` held by this client: the key and its first refresh token. */
  const signIn = async (user: InteropUser) => {
    const key = new DpopKey();
    const output = await redeem(key, await authorizationCodeFor(service, user));
    return { key, refreshToken: output.tokenOutput!.refreshToken! };
  };

  it("redeems an authorization code (authorization_code grant)", async (context) => {
    claim(context, { client: CLIENT, version, covers: "authorization_code grant" });
    const user = await service.createUser();
    const key = new DpopKey();

    const response = await redeem(key, await authorizationCodeFor(service, user));

    expect(response.$metadata.httpStatusCode).toBe(200);
    expectIssuedCredentials(response.tokenOutput!);
    // The ID token names the login session: `aws login` writes its `sub` as login_session.
    expect(idTokenClaims(response.tokenOutput!.idToken!)).toMatchObject({ sub: user.arn });
    expect(key.sent).toHaveLength(1);
    expect(key.sent[0]!.payload).toMatchObject({ htm: "POST", htu: `${service.url}/v1/token` });
  });

  it("refreshes and rotates the refresh token (refresh_token grant)", async (context) => {
    claim(context, { client: CLIENT, version, covers: "refresh_token grant" });
    const user = await service.createUser();
    const key = new DpopKey();
    const first = (await redeem(key, await authorizationCodeFor(service, user))).tokenOutput!;

    const second = await refresh(key, first.refreshToken!);
    const third = await refresh(key, second.tokenOutput!.refreshToken!);

    for (const response of [second, third]) {
      expect(response.$metadata.httpStatusCode).toBe(200);
      expectIssuedCredentials(response.tokenOutput!);
      // A refresh carries no ID token (only the code exchange does).
      expect(response.tokenOutput!.idToken).toBeUndefined();
    }
    const issued = [first, second.tokenOutput!, third.tokenOutput!];
    expect(new Set(issued.map((output) => output.accessToken!.accessKeyId)).size).toBe(3);
    expect(new Set(issued.map((output) => output.refreshToken)).size).toBe(3);
    // One key for the whole session, a new proof for every request.
    expect(new Set(key.sent.map((proof) => JSON.stringify(proof.header.jwk))).size).toBe(1);
    expect(new Set(key.sent.map((proof) => proof.payload.jti)).size).toBe(3);
  });

  it("deserializes a refused request into ValidationException INVALID_REQUEST (400)", async (context) => {
    claim(context, { client: CLIENT, version, covers: "errors: ValidationException INVALID_REQUEST 400" });
    const user = await service.createUser();
    const grant = await authorizationCodeFor(service, user);
    const key = new DpopKey();
    const { tokenOutput } = await redeem(key, grant);

    // One at a time, each awaited as it is made: a refusal started early would reject with nobody
    // listening yet. The refresh goes first, since redeeming the code again revokes its session.
    const refusals = [
      // The refresh token presented with a proof from another key than the one it is bound to.
      () => refresh(new DpopKey(), tokenOutput!.refreshToken!),
      // A code the service never issued.
      () => redeem(new DpopKey(), { ...grant, code: "not-a-code-the-service-issued" }),
      // A code already redeemed: codes are single use.
      () => redeem(new DpopKey(), grant),
    ];
    for (const refusal of refusals) {
      const error = await rejectionOf(refusal(), errors.ValidationException);
      expect(error.name).toBe("ValidationException");
      expect(error.error).toBe("INVALID_REQUEST");
      expect(error.$fault).toBe("client");
      expect(error.$metadata.httpStatusCode).toBe(400);
      expect(error.message).not.toBe("");
      // Client errors are not retried.
      expect(error.$metadata.attempts).toBe(1);
    }
  });

  it("deserializes a revoked session into AccessDeniedException TOKEN_EXPIRED (401)", async (context) => {
    claim(context, { client: CLIENT, version, covers: "errors: AccessDeniedException TOKEN_EXPIRED 401" });
    const user = await service.createUser();
    const session = await signIn(user);
    await service.admin.revokeSessions(user.userName);

    const error = await rejectionOf(refresh(session.key, session.refreshToken), errors.AccessDeniedException);

    expect(error.name).toBe("AccessDeniedException");
    expect(error.error).toBe("TOKEN_EXPIRED");
    expect(error.$fault).toBe("client");
    expect(error.$metadata.httpStatusCode).toBe(401);
    expect(error.$metadata.attempts).toBe(1);
  });

  it("deserializes a changed password into AccessDeniedException USER_CREDENTIALS_CHANGED (403)", async (context) => {
    claim(context, { client: CLIENT, version, covers: "errors: AccessDeniedException USER_CREDENTIALS_CHANGED 403" });
    const user = await service.createUser();
    const session = await signIn(user);
    await service.admin.changePassword(user.userName, "a-brand-new-interop-password");

    const error = await rejectionOf(refresh(session.key, session.refreshToken), errors.AccessDeniedException);

    expect(error.name).toBe("AccessDeniedException");
    expect(error.error).toBe("USER_CREDENTIALS_CHANGED");
    expect(error.$metadata.httpStatusCode).toBe(403);
    expect(error.$metadata.attempts).toBe(1);
  });

  it("deserializes a missing permission into AccessDeniedException INSUFFICIENT_PERMISSIONS (403)", async (context) => {
    claim(context, { client: CLIENT, version, covers: "errors: AccessDeniedException INSUFFICIENT_PERMISSIONS 403" });
    const user = await service.createUser();
    const session = await signIn(user);
    await service.admin.setPermissions(user.userName, ["signin:AuthorizeOAuth2Access"]);

    const error = await rejectionOf(refresh(session.key, session.refreshToken), errors.AccessDeniedException);

    expect(error.name).toBe("AccessDeniedException");
    expect(error.error).toBe("INSUFFICIENT_PERMISSIONS");
    expect(error.$metadata.httpStatusCode).toBe(403);
    expect(error.$metadata.attempts).toBe(1);
  });

  it("deserializes throttling into TooManyRequestsError (429)", async (context) => {
    claim(context, { client: CLIENT, version, covers: "errors: TooManyRequestsError INVALID_REQUEST 429" });
    const session = await signIn(await service.createUser());
    service.faults.failNextResponses("throttle");

    const error = await rejectionOf(
      refresh(session.key, session.refreshToken, { maxAttempts: 1 }),
      errors.TooManyRequestsError,
    );

    expect(error.name).toBe("TooManyRequestsError");
    expect(error.error).toBe("INVALID_REQUEST");
    expect(error.$fault).toBe("client");
    expect(error.$metadata.httpStatusCode).toBe(429);
    expect(error.$metadata.attempts).toBe(1);
  });

  it("deserializes a server fault into InternalServerException server_error (500)", async (context) => {
    claim(context, { client: CLIENT, version, covers: "errors: InternalServerException server_error 500" });
    const session = await signIn(await service.createUser());
    service.faults.failNextResponses("server-error");

    const error = await rejectionOf(
      refresh(session.key, session.refreshToken, { maxAttempts: 1 }),
      errors.InternalServerException,
    );

    expect(error.name).toBe("InternalServerException");
    expect(error.error).toBe("server_error");
    expect(error.$fault).toBe("server");
    expect(error.$metadata.httpStatusCode).toBe(500);
    expect(error.$metadata.attempts).toBe(1);
  });

  it("retries 500 and 429 with its default retry strategy and then succeeds", async (context) => {
    claim(context, { client: CLIENT, version, covers: "retries: 429 and 500" });
    const session = await signIn(await service.createUser());
    const injectedBefore = service.faults.injected;
    const proofsBefore = session.key.sent.length;
    // The service refreshes each time and the response is lost on the way back: the retries
    // present the same refresh token again, which the service must answer, not refuse.
    service.faults.failNextResponses("server-error", "throttle");

    const response = await refresh(session.key, session.refreshToken);

    expect(response.$metadata.httpStatusCode).toBe(200);
    expect(response.$metadata.attempts).toBe(3);
    expect(service.faults.injected - injectedBefore).toBe(2);
    expectIssuedCredentials(response.tokenOutput!);
    const attempts = session.key.sent.slice(proofsBefore);
    expect(attempts).toHaveLength(3);
    expect(new Set(attempts.map((proof) => proof.payload.jti)).size).toBe(3);
    // What the retry finally got is a working session: its refresh token refreshes.
    const next = await refresh(session.key, response.tokenOutput!.refreshToken!);
    expect(next.tokenOutput!.accessToken!.accessKeyId).not.toBe(response.tokenOutput!.accessToken!.accessKeyId);
  });
});
