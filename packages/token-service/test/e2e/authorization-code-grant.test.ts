/**
 * The authorization_code grant end to end: the generated client over HTTP, a DPoP proof per
 * request, and each way a code exchange can fail.
 */
import { AccessDeniedException, ValidationException } from "@open-signin/client";
import { createLocalJWKSet, jwtVerify } from "jose";
import { afterEach, beforeEach, describe, expect, it } from "vitest";

import {
  ALICE,
  CROSS_DEVICE,
  CreateOAuth2TokenCommand,
  SAME_DEVICE,
  TokenServiceHarness,
  principal,
} from "../support/token-service-harness.js";
import { ManualClock } from "../support/manual-clock.js";

let harness: TokenServiceHarness;
beforeEach(async () => {
  harness = await TokenServiceHarness.start();
});
afterEach(() => harness.close());

const exchange = (key: ReturnType<TokenServiceHarness["dpopKey"]>, tokenInput: Record<string, string>) =>
  harness
    .client(key)
    .send(new CreateOAuth2TokenCommand({ tokenInput: { grantType: "authorization_code", ...tokenInput } as never }));

const failure = (promise: Promise<unknown>) =>
  promise.then(
    () => expect.fail("expected the exchange to fail"),
    (error: unknown) =>
      error as { name: string; error?: string; message: string; $metadata: { httpStatusCode?: number } },
  );

describe("authorization_code grant", () => {
  it("returns credentials, aws_sigv4, 900 s, a refresh token and an ID token", async () => {
    const key = harness.dpopKey();
    const grant = await harness.issueCode();
    const { tokenOutput: output, $metadata } = await exchange(key, grant);
    const tokenOutput = output!;

    expect($metadata.httpStatusCode).toBe(200);
    expect(tokenOutput.tokenType).toBe("aws_sigv4");
    expect(tokenOutput.expiresIn).toBe(900);
    expect(tokenOutput.accessToken!.accessKeyId).toMatch(/^ASIA[A-Z2-7]{16}$/);
    expect(tokenOutput.accessToken!.secretAccessKey).toMatch(/^[A-Za-z0-9+/]{40}$/);
    expect(tokenOutput.accessToken!.sessionToken!.length).toBeGreaterThan(20);
    expect(tokenOutput.refreshToken!.length).toBeLessThanOrEqual(2048);

    // The ID token: signed (ES256, kid), verifiable with the published JWKS, naming the principal.
    const jwks = (await (await fetch(`${harness.url}/.well-known/jwks.json`)).json()) as { keys: object[] };
    const { payload, protectedHeader } = await jwtVerify(tokenOutput.idToken!, createLocalJWKSet(jwks as never), {
      issuer: "https://signin.test/signin",
      audience: SAME_DEVICE,
    });
    expect(protectedHeader).toMatchObject({ alg: "ES256", typ: "JWT" });
    expect(protectedHeader.kid).toBeTypeOf("string");
    expect(payload).toMatchObject({ sub: ALICE, session_arn: ALICE });
    expect(payload.exp! - payload.iat!).toBe(900);

    // The same way the AWS CLI reads it: no verification, account id from the 5th ARN field.
    const claims = JSON.parse(Buffer.from(tokenOutput.idToken!.split(".")[1]!, "base64url").toString()) as {
      sub: string;
    };
    expect(claims.sub.split(":")[4]).toBe("111122223333");
  });

  it("binds the session to the proof's key: the refresh token works with that key only", async () => {
    const key = harness.dpopKey();
    const { tokenOutput } = await exchange(key, await harness.issueCode());
    expect((await harness.refresh(tokenOutput!.refreshToken!, key)).status).toBe(200);
    const other = await harness.refresh(tokenOutput!.refreshToken!, harness.dpopKey());
    expect(other.status).toBe(400);
  });

  it("works for the cross-device client with its confirmation redirect", async () => {
    const grant = await harness.issueCode({
      clientId: CROSS_DEVICE,
      redirectUri: `${harness.url}/v1/sessions/confirmation`,
    });
    const { tokenOutput } = await exchange(harness.dpopKey(), grant);
    expect(tokenOutput!.idToken).toBeDefined();
  });

  describe("fails", () => {
    it("for an unknown code: 400 INVALID_REQUEST", async () => {
      const grant = await harness.issueCode();
      const error = await failure(exchange(harness.dpopKey(), { ...grant, code: "not-a-code" }));
      expect(error).toBeInstanceOf(ValidationException);
      expect([error.error, error.$metadata.httpStatusCode]).toEqual(["INVALID_REQUEST", 400]);
      expect(error.message).toBe("The authorization code is invalid.");
    });

    it("for an expired code: 401 AUTHCODE_EXPIRED", async () => {
      const clock = ManualClock.followingRealTime();
      await harness.close();
      harness = await TokenServiceHarness.start({ clock });
      const grant = await harness.issueCode();
      clock.advance(301_000);
      const error = await failure(exchange(harness.dpopKey(), grant));
      expect(error).toBeInstanceOf(AccessDeniedException);
      expect([error.error, error.$metadata.httpStatusCode]).toEqual(["AUTHCODE_EXPIRED", 401]);
    });

    it("for a code issued to the other client: 400", async () => {
      const grant = await harness.issueCode({ clientId: CROSS_DEVICE });
      const error = await failure(exchange(harness.dpopKey(), { ...grant, clientId: SAME_DEVICE }));
      expect([error.name, error.error, error.$metadata.httpStatusCode]).toEqual([
        "ValidationException",
        "INVALID_REQUEST",
        400,
      ]);
      expect(error.message).toMatch(/not issued to this clientId/);
    });

    it.each([
      ["a different port", "http://127.0.0.1:53038/oauth/callback"],
      ["a trailing slash", "http://127.0.0.1:53037/oauth/callback/"],
      ["localhost for 127.0.0.1", "http://localhost:53037/oauth/callback"],
    ])("for a redirect URI with %s: 400", async (_case, redirectUri) => {
      const grant = await harness.issueCode();
      const error = await failure(exchange(harness.dpopKey(), { ...grant, redirectUri }));
      expect([error.error, error.$metadata.httpStatusCode]).toEqual(["INVALID_REQUEST", 400]);
      expect(error.message).toMatch(/redirectUri does not match/);
    });

    it("for a wrong PKCE verifier: 400", async () => {
      const grant = await harness.issueCode();
      const error = await failure(exchange(harness.dpopKey(), { ...grant, codeVerifier: "w".repeat(64) }));
      expect([error.error, error.$metadata.httpStatusCode]).toEqual(["INVALID_REQUEST", 400]);
      expect(error.message).toMatch(/codeVerifier does not match/);
    });

    it("does not use the code up on a mismatch, so the rightful client can still redeem it", async () => {
      const grant = await harness.issueCode();
      await failure(exchange(harness.dpopKey(), { ...grant, codeVerifier: "w".repeat(64) }));
      const { tokenOutput } = await exchange(harness.dpopKey(), grant);
      expect(tokenOutput!.refreshToken).toBeDefined();
    });

    it("for a principal without signin:CreateOAuth2Token: 403 INSUFFICIENT_PERMISSIONS", async () => {
      harness.principals.put(principal(ALICE, { allowedActions: new Set() }));
      const error = await failure(exchange(harness.dpopKey(), await harness.issueCode()));
      expect(error).toBeInstanceOf(AccessDeniedException);
      expect([error.error, error.$metadata.httpStatusCode]).toEqual(["INSUFFICIENT_PERMISSIONS", 403]);
      expect(error.message).toBe("The principal is not allowed to perform signin:CreateOAuth2Token.");
    });

    it.each(["code", "redirectUri", "codeVerifier"])("without %s: 400 naming it", async (member) => {
      const grant: Record<string, string> = { ...(await harness.issueCode()) };
      delete grant[member];
      const error = await failure(exchange(harness.dpopKey(), grant));
      expect([error.error, error.$metadata.httpStatusCode]).toEqual(["INVALID_REQUEST", 400]);
      expect(error.message).toBe(`${member} is required for grantType authorization_code.`);
    });

    it("without a DPoP proof: 400", async () => {
      const grant = await harness.issueCode();
      const response = await harness.post({ grantType: "authorization_code", ...grant });
      expect(response.status).toBe(400);
      expect(response.headers.get("x-amzn-errortype")).toBe("ValidationException");
      expect(response.json).toEqual({
        error: "INVALID_REQUEST",
        message: expect.stringMatching(/^Invalid DPoP proof: /),
      });
    });
  });
});
