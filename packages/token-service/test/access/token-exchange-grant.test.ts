import { describe, expect, it } from "vitest";

import { AccessTokenIssuer } from "../../src/access/access-token-issuer.js";
import { AccessTokenStatus } from "../../src/access/access-token-status.js";
import { TokenExchangeGrant } from "../../src/access/token-exchange-grant.js";
import { StaticKeyring } from "../../src/keys/static-keyring.js";
import { InMemoryPrincipalDirectory, SigninAction } from "../../src/principals/principal-directory.js";
import { cryptoRandom } from "../../src/runtime/random.js";
import { AccessTokenCodec, type AccessTokenClaims } from "../../src/tokens/access-token.js";
import { ManualClock } from "../support/manual-clock.js";

const ISSUER = "https://signin.test/signin";
const ALICE = "arn:aws:iam::111122223333:user/alice";
const GRANT = "urn:ietf:params:oauth:grant-type:token-exchange";
const JWT = "urn:ietf:params:oauth:token-type:jwt";
const policy = (n: number) => `arn:aws:iam::111122223333:policy/p${n}`;

const setup = () => {
  const clock = new ManualClock();
  const keyring = StaticKeyring.generate();
  const codec = new AccessTokenCodec(keyring, { issuer: ISSUER });
  const principals = new InMemoryPrincipalDirectory([
    {
      arn: ALICE,
      accountId: "111122223333",
      credentialVersion: 1,
      allowedActions: new Set([SigninAction.CreateOAuth2Token]),
    },
  ]);
  const revoked = new Set<string>();
  const grant = new TokenExchangeGrant({
    accessTokens: codec,
    status: new AccessTokenStatus({ principals, isSessionRevoked: async (id) => revoked.has(id) }),
    issuer: new AccessTokenIssuer({ codec, clock, random: cryptoRandom }),
    clock,
  });
  const subject = (changes: Partial<AccessTokenClaims> = {}) =>
    codec.sign({
      principalArn: ALICE,
      accountId: "111122223333",
      resource: "aws-mcp.amazonaws.com",
      clientId: ALICE,
      sessionId: "s1",
      tokenId: "t1",
      issuedAt: clock.now(),
      expiresAt: clock.now() + 3_600_000,
      ...changes,
    });
  const exchange = async (subjectToken: string, changes: object = {}) =>
    grant.exchange({
      grantType: GRANT,
      subjectToken,
      subjectTokenType: JWT,
      resource: "glue.amazonaws.com",
      ...changes,
    });
  return { clock, codec, principals, revoked, subject, exchange };
};

const refusal = async (promise: Promise<unknown>) => {
  try {
    await promise;
  } catch (error) {
    const { name, error: code, message } = error as { name: string; error: string; message: string };
    return { name, error: code, message };
  }
  throw new Error("expected a refusal");
};

describe("TokenExchangeGrant", () => {
  it("keeps principal, client and session, re-audiences, and never outlasts the subject token", async () => {
    const { subject, exchange, codec, clock } = setup();
    const token = await subject({ expiresAt: clock.now() + 600_000 });
    clock.advance(100_000);
    const exchanged = await exchange(token);
    expect(exchanged).toMatchObject({
      tokenType: "Bearer",
      issuedTokenType: "urn:ietf:params:oauth:token-type:access_token",
      expiresIn: 500,
    });
    expect(await codec.verify(exchanged.accessToken, clock.now())).toMatchObject({
      principalArn: ALICE,
      clientId: ALICE,
      sessionId: "s1",
      resource: "glue.amazonaws.com",
      expiresAt: clock.now() + 500_000,
    });
  });

  it("lasts at most an hour", async () => {
    const { subject, exchange } = setup();
    expect((await exchange(await subject())).expiresIn).toBe(3600);
  });

  it("carries the union of the subject's and the requested session policies, at most 10", async () => {
    const { subject, exchange, codec, clock } = setup();
    const scoped = await subject({ scope: `${policy(1)} ${policy(2)}` });
    const exchanged = await exchange(scoped, { scope: `${policy(2)} ${policy(3)}` });
    expect((await codec.verify(exchanged.accessToken, clock.now()))!.scope).toBe(
      `${policy(1)} ${policy(2)} ${policy(3)}`,
    );

    const many = Array.from({ length: 9 }, (_, i) => policy(i + 10)).join(" ");
    expect(await refusal(exchange(scoped, { scope: many }))).toMatchObject({
      name: "InvalidScopeException",
      error: "invalid_scope",
    });
    for (const scope of ["s3:GetObject", `${policy(1)}  ${policy(2)}`, "arn:aws:iam::111122223333:role/admin"]) {
      expect(await refusal(exchange(scoped, { scope })), scope).toMatchObject({ name: "InvalidScopeException" });
    }
  });

  it("refuses subject tokens that are not active access tokens of this service with invalid_grant", async () => {
    const { subject, exchange, clock, revoked, principals } = setup();
    const foreign = await new AccessTokenCodec(StaticKeyring.generate(), { issuer: ISSUER }).sign({
      principalArn: ALICE,
      accountId: "111122223333",
      resource: "aws-mcp.amazonaws.com",
      clientId: ALICE,
      tokenId: "t",
      issuedAt: clock.now(),
      expiresAt: clock.now() + 60_000,
    });
    const expiring = await subject({ expiresAt: clock.now() + 1_500 });
    const ofRevokedSession = await subject({ sessionId: "s2" });
    revoked.add("s2");
    const ofRemovedPrincipal = await subject();
    clock.advance(1_000);
    const tokens = [foreign, "ASOAjunk", "abcd", ofRevokedSession];
    for (const token of tokens) {
      expect(await refusal(exchange(token)), token.slice(0, 10)).toMatchObject({
        name: "InvalidGrantException",
        error: "invalid_grant",
      });
    }
    // Its exp (whole seconds) has come.
    expect(await refusal(exchange(expiring))).toMatchObject({ name: "InvalidGrantException" });
    principals.remove(ALICE);
    expect(await refusal(exchange(ofRemovedPrincipal))).toMatchObject({ name: "InvalidGrantException" });
  });

  it("names the member for missing or unsupported parameters", async () => {
    const { subject, exchange } = setup();
    const token = await subject();
    expect(
      await refusal(exchange(token, { subjectTokenType: "urn:ietf:params:oauth:token-type:access_token" })),
    ).toMatchObject({
      name: "ValidationException",
      message: expect.stringMatching(/^subjectTokenType /),
    });
    expect(await refusal(exchange(token, { resource: undefined }))).toMatchObject({
      message: expect.stringMatching(/^resource /),
    });
    expect(await refusal(exchange(token, { resource: "https://glue" }))).toMatchObject({ error: "invalid_target" });
    expect(await refusal(exchange(token, { grantType: "urn:ietf:params:oauth:grant-type:jwt-bearer" }))).toMatchObject({
      name: "ValidationException",
      error: "unsupported_grant_type",
    });
  });
});
