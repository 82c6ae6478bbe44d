/**
 * botocore's generated signin client (`create_o_auth2_token`) against the service: both grants,
 * with the DPoP proof added by botocore's own before-call handler as its login provider and
 * `aws login` add it, and every modeled error deserialized into botocore's modeled exception.
 * The authorization code comes from signing in through the service's pages, as a person does.
 */
import { createPublicKey, randomInt } from "node:crypto";

import { afterAll, beforeAll, describe, expect, it } from "vitest";

import {
  BrowserSession,
  CliLikeClient,
  decodeLikeTheCli,
  formTokenIn,
} from "../../packages/local-service/test/support/local-service.js";
import {
  type SigninClientRun,
  type TokenInput,
  type TokenOutput,
  createTokenWithSigninClient,
  decodeProof,
  newDpopKeyPem,
} from "./python/botocore-runner.js";
import { ClientHome } from "./support/client-home.js";
import { claim } from "./support/compatibility.js";
import { InteropService, type InteropUser } from "./support/interop-service.js";

const CLIENT = "botocore (signin client)";
const SAME_DEVICE = "arn:aws:signin:::devtools/same-device";
const CROSS_DEVICE = "arn:aws:signin:::devtools/cross-device";

type AuthorizationCodeInput = Extract<TokenInput, { grantType: "authorization_code" }>;

describe.each(["botocore-oldest", "botocore-newest"] as const)("%s: signin client", (environment) => {
  let service: InteropService;
  let home: ClientHome;

  beforeAll(async () => {
    service = await InteropService.start();
    // The signin client reads only the endpoint override from here; no login cache is involved.
    home = await ClientHome.create();
  });
  afterAll(async () => {
    await service.close();
    await home.remove();
  });

  const createToken = (request: Parameters<typeof createTokenWithSigninClient>[2]): Promise<SigninClientRun> =>
    createTokenWithSigninClient(environment, home.env(service.url), request);

  /**
   * Signs `user` in through the authorize page with the CLI's PKCE parameters and returns what
   * the CLI would redeem: same-device reads the code off the redirect to its loopback callback
   * (nothing needs to listen there), cross-device decodes the verification code the page shows.
   */
  async function authorizationCode(
    user: InteropUser,
    flow: "same-device" | "cross-device" = "same-device",
  ): Promise<AuthorizationCodeInput> {
    const clientId = flow === "same-device" ? SAME_DEVICE : CROSS_DEVICE;
    const redirectUri =
      flow === "same-device"
        ? `http://127.0.0.1:${randomInt(49152, 65535)}/oauth/callback`
        : `${service.url}/v1/sessions/confirmation`;
    const cli = new CliLikeClient(service.url, clientId, redirectUri);
    const browser = new BrowserSession();
    const page = await browser.get(cli.authorizeUrl());
    expect(page.status).toBe(200);
    const signedIn = await browser.postForm(`${service.url}/v1/authorize`, {
      form_token: formTokenIn(page.body),
      username: user.userName,
      password: user.password,
    });
    expect(signedIn.status).toBe(302);
    const location = new URL(String(signedIn.headers.location), service.url);

    let received: { state: string | null; code: string | null };
    if (flow === "same-device") {
      expect(`${location.origin}${location.pathname}`).toBe(redirectUri);
      received = { state: location.searchParams.get("state"), code: location.searchParams.get("code") };
    } else {
      const confirmation = await browser.get(location.href);
      const shown = /<output id="verification-code"[^>]*>([^<]+)<\/output>/.exec(confirmation.body)?.[1];
      received = decodeLikeTheCli(shown ?? "");
    }
    expect(received.state).toBe(cli.state);
    expect(received.code).toEqual(expect.any(String));
    return {
      clientId,
      grantType: "authorization_code",
      code: received.code!,
      codeVerifier: cli.verifier,
      redirectUri,
    };
  }

  /** A user signed in and their code redeemed with botocore: a refresh token and its key. */
  async function redeemedSession(user: InteropUser): Promise<{ dpopKey: string; tokens: TokenOutput }> {
    const dpopKey = newDpopKeyPem();
    const run = await createToken({ dpopKey, tokenInput: await authorizationCode(user) });
    expect(run.error).toBeUndefined();
    return { dpopKey, tokens: run.tokenOutput! };
  }

  const refreshInput = (refreshToken: string): TokenInput => ({
    clientId: SAME_DEVICE,
    grantType: "refresh_token",
    refreshToken,
  });

  it.for(["same-device", "cross-device"] as const)(
    "authorization_code grant (%s): credentials, ID token and refresh token",
    async (flow, context) => {
      const user = await service.createUser();
      const dpopKey = newDpopKeyPem();
      const tokenInput = await authorizationCode(user, flow);

      const run = await createToken({ dpopKey, tokenInput });
      claim(context, {
        client: CLIENT,
        version: run.botocoreVersion,
        covers: flow === "same-device" ? "authorization_code grant" : "authorization_code grant (cross-device)",
      });

      expect(run.error).toBeUndefined();
      expectTokenOutput(run.tokenOutput);
      const idToken = run.tokenOutput!.idToken;
      expect(idToken).toEqual(expect.any(String));
      expect(idToken!.length).toBeLessThanOrEqual(4096);
      const [, payload] = idToken!.split(".");
      expect(JSON.parse(Buffer.from(payload!, "base64url").toString("utf8"))).toMatchObject({ sub: user.arn });

      // The request as botocore sent it: unsigned JSON with every member, and a DPoP proof
      // carrying the public half of the key the refresh token is now bound to.
      expect(run.attempts).toHaveLength(1);
      const [attempt] = run.attempts;
      expect(attempt!.url).toBe(`${service.url}/v1/token`);
      expect(attempt!.hasAuthorization).toBe(false);
      expect(JSON.parse(attempt!.body)).toEqual(tokenInput);
      const proof = decodeProof(attempt!.dpop!);
      const { x, y } = createPublicKey(dpopKey).export({ format: "jwk" });
      expect(proof.header).toEqual({ typ: "dpop+jwt", alg: "ES256", jwk: { kty: "EC", x, y, crv: "P-256" } });
      expect(proof.payload).toMatchObject({ htm: "POST", htu: `${service.url}/v1/token` });

      // A code is single-use: redeeming it again is a ValidationException.
      const again = await createToken({ dpopKey, tokenInput });
      expectModeledError(again, "ValidationException", "INVALID_REQUEST", 400);
    },
  );

  it("authorization_code grant with a key fresh from awscrt, as `aws login` signs it; the cached key refreshes", async (context) => {
    const user = await service.createUser();
    const run = await createToken({
      freshAwscrtKey: { shortCoordinate: false },
      tokenInput: await authorizationCode(user),
    });
    claim(context, {
      client: CLIENT,
      version: run.botocoreVersion,
      covers: "authorization_code grant, fresh awscrt key",
    });

    expect(run.error).toBeUndefined();
    expectTokenOutput(run.tokenOutput);
    const refreshed = await createToken({
      dpopKey: run.dpopKey!,
      tokenInput: refreshInput(run.tokenOutput!.refreshToken),
    });
    expect(refreshed.error).toBeUndefined();
    expectTokenOutput(refreshed.tokenOutput);
  });

  /*
   * awscrt reports a freshly generated key's public coordinates without leading zero bytes, so for
   * about 1 `aws login` in 128 the code exchange's proof carries a 31-byte x or y (RFC 7518 wants
   * 32), while every later refresh loads the key from the cache and sends the padded 32-byte form.
   * The service pads the short form back, so the token is bound to the key itself and the cached
   * key's refreshes match it.
   */
  it("authorization_code grant with an awscrt key whose x or y has a leading zero byte (1 `aws login` in 128)", async (context) => {
    const user = await service.createUser();
    const run = await createToken({
      freshAwscrtKey: { shortCoordinate: true },
      tokenInput: await authorizationCode(user),
    });
    claim(context, {
      client: CLIENT,
      version: run.botocoreVersion,
      covers: "authorization_code grant, awscrt key with a short coordinate",
    });
    const { jwk } = decodeProof(run.attempts[0]!.dpop!).header;
    const coordinateBytes = [jwk.x, jwk.y].map((c) => Buffer.from(c ?? "", "base64url").length);
    // 31 bytes, or fewer when the next byte is zero too.
    expect(Math.min(...coordinateBytes)).toBeLessThan(32);

    expect(run.error).toBeUndefined();
    expectTokenOutput(run.tokenOutput);
    const refreshed = await createToken({
      dpopKey: run.dpopKey!,
      tokenInput: refreshInput(run.tokenOutput!.refreshToken),
    });
    expect(refreshed.error).toBeUndefined();
    // The refresh proves the same key in its padded spelling, and the binding holds.
    expect(decodeProof(refreshed.attempts[0]!.dpop!).header.jwk).not.toEqual(jwk);
    expectTokenOutput(refreshed.tokenOutput);
  });

  it("refresh_token grant: new credentials and a rotated refresh token, no ID token", async (context) => {
    const user = await service.createUser();
    const { dpopKey, tokens } = await redeemedSession(user);

    const first = await createToken({ dpopKey, tokenInput: refreshInput(tokens.refreshToken) });
    claim(context, { client: CLIENT, version: first.botocoreVersion, covers: "refresh_token grant" });

    expect(first.error).toBeUndefined();
    expectTokenOutput(first.tokenOutput);
    expect(first.tokenOutput).not.toHaveProperty("idToken");
    expect(first.tokenOutput!.refreshToken).not.toBe(tokens.refreshToken);
    expect(first.tokenOutput!.accessToken.accessKeyId).not.toBe(tokens.accessToken.accessKeyId);
    expect(JSON.parse(first.attempts[0]!.body)).toEqual(refreshInput(tokens.refreshToken));

    // The rotated token works in turn.
    const second = await createToken({ dpopKey, tokenInput: refreshInput(first.tokenOutput!.refreshToken) });
    expect(second.error).toBeUndefined();
    expectTokenOutput(second.tokenOutput);
    expect(second.tokenOutput!.refreshToken).not.toBe(first.tokenOutput!.refreshToken);
    expect(second.tokenOutput!.accessToken.accessKeyId).not.toBe(first.tokenOutput!.accessToken.accessKeyId);
  });

  it("an unknown authorization code: ValidationException, INVALID_REQUEST, 400", async (context) => {
    const user = await service.createUser();
    const tokenInput = { ...(await authorizationCode(user)), code: "not-a-code-this-service-issued" };

    const run = await createToken({ dpopKey: newDpopKeyPem(), tokenInput });
    claim(context, { client: CLIENT, version: run.botocoreVersion, covers: "ValidationException: INVALID_REQUEST" });

    expectModeledError(run, "ValidationException", "INVALID_REQUEST", 400);
  });

  it("a refresh token presented with another key's proof: ValidationException, INVALID_REQUEST, 400", async (context) => {
    const user = await service.createUser();
    const { tokens } = await redeemedSession(user);

    const run = await createToken({ dpopKey: newDpopKeyPem(), tokenInput: refreshInput(tokens.refreshToken) });
    claim(context, { client: CLIENT, version: run.botocoreVersion, covers: "DPoP key binding: ValidationException" });

    expectModeledError(run, "ValidationException", "INVALID_REQUEST", 400);
  });

  const accessDenied = [
    {
      what: "revoked sessions",
      change: (user: InteropUser) => service.admin.revokeSessions(user.userName),
      error: "TOKEN_EXPIRED",
      status: 401,
    },
    {
      what: "changed password",
      change: (user: InteropUser) => service.admin.changePassword(user.userName, "a-changed-interop-password"),
      error: "USER_CREDENTIALS_CHANGED",
      status: 403,
    },
    {
      what: "missing permission",
      change: (user: InteropUser) => service.admin.setPermissions(user.userName, ["signin:AuthorizeOAuth2Access"]),
      error: "INSUFFICIENT_PERMISSIONS",
      status: 403,
    },
  ];
  for (const { what, change, error, status } of accessDenied) {
    it(`${what}: AccessDeniedException, ${error}, ${status}`, async (context) => {
      const user = await service.createUser();
      const { dpopKey, tokens } = await redeemedSession(user);
      await change(user);

      const run = await createToken({ dpopKey, tokenInput: refreshInput(tokens.refreshToken) });
      claim(context, { client: CLIENT, version: run.botocoreVersion, covers: `AccessDeniedException: ${error}` });

      expectModeledError(run, "AccessDeniedException", error, status);
    });
  }
});

function expectTokenOutput(output: TokenOutput | undefined): void {
  expect(output).toMatchObject({ tokenType: "aws_sigv4", expiresIn: 900 });
  expect(output!.accessToken.accessKeyId).toMatch(/^ASIA[A-Z2-7]{16}$/);
  expect(output!.accessToken.secretAccessKey.length).toBeGreaterThanOrEqual(40);
  expect(output!.accessToken.sessionToken.length).toBeGreaterThan(0);
  // The model bounds the refresh token to 1..2048 characters.
  expect(output!.refreshToken.length).toBeGreaterThan(0);
  expect(output!.refreshToken.length).toBeLessThanOrEqual(2048);
}

/** The modeled exception botocore raised: its class, Error.Code, the `error` member and the status. */
function expectModeledError(run: SigninClientRun, className: string, error: string, httpStatus: number): void {
  expect(run.tokenOutput).toBeUndefined();
  expect(run.error).toMatchObject({
    class: className,
    module: "botocore.errorfactory",
    clientError: { code: className, error, httpStatus, retryAttempts: 0 },
  });
  expect(run.error?.mro).toContain("ClientError");
  expect(run.error?.clientError?.message.length).toBeGreaterThan(0);
  expect(run.attempts.map((attempt) => attempt.status)).toEqual([httpStatus]);
}
