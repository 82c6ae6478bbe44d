/**
 * The IAM token operations end to end, over real HTTP with the generated client signing with
 * SigV4 (credentials this service issued at sign-in): CreateOAuth2TokenWithIAM, CreateBearerToken,
 * CreateOAuth2TokenWithTokenExchange, RevokeOAuth2TokenWithIAM and IntrospectOAuth2TokenWithIAM.
 * Success, each refusal, bad input (the modeled ValidationException naming the member, never a
 * 500) and a missing IAM permission (403 INSUFFICIENT_PERMISSIONS).
 */
import {
  CreateBearerTokenCommand,
  CreateOAuth2TokenWithIAMCommand,
  CreateOAuth2TokenWithTokenExchangeCommand,
  GetSessionCommand,
  IntrospectOAuth2TokenWithIAMCommand,
  RevokeOAuth2TokenWithIAMCommand,
  SigninClient,
} from "@open-signin/client";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";

import { createRemoteJWKSet, decodeJwt, jwtVerify } from "jose";
import { afterEach, beforeEach, describe, expect, it } from "vitest";

import { StaticKeyring } from "../../src/keys/static-keyring.js";
import { SigninAction } from "../../src/principals/principal-directory.js";
import { SqliteStore } from "../../src/store/sqlite-store.js";
import { accessTokenJws } from "../../src/tokens/access-token.js";
import {
  ALICE,
  type TokenBody,
  TokenServiceHarness,
  principal,
  sendRequest,
} from "../support/token-service-harness.js";

const ADMIN = "arn:aws:iam::111122223333:user/admin";
const APP = "arn:aws:iam::111122223333:user/mcp-app";
const OUTSIDER = "arn:aws:iam::444455556666:user/outsider";
const ISSUER = "https://signin.test/signin";

const IAM_ACTIONS = [
  SigninAction.CreateOAuth2Token,
  SigninAction.AuthorizeOAuth2Access,
  SigninAction.CreateBearerToken,
  SigninAction.RevokeOAuth2Token,
  SigninAction.IntrospectOAuth2Token,
  SigninAction.GetSession,
];

let harness: TokenServiceHarness;
beforeEach(async () => {
  harness = await TokenServiceHarness.start();
  for (const arn of [ADMIN, APP, OUTSIDER])
    harness.principals.put(principal(arn, { allowedActions: new Set(IAM_ACTIONS) }));
});
afterEach(() => harness.close());

/** The generated client, signing with the credentials a sign-in of `arn` returned. */
async function clientFor(arn: string): Promise<{ client: SigninClient; tokens: TokenBody }> {
  const { tokens } = await harness.signIn({ principalArn: arn });
  const client = new SigninClient({
    region: "us-east-1",
    // Every operation to the harness, whatever endpoint the rule set would pick for it.
    endpointProvider: () => ({ url: new URL(harness.url) }),
    maxAttempts: 1,
    credentials: tokens.accessToken,
    // SigV4 dates follow the service's clock, which tests move forward.
    systemClockOffset: harness.clock.now() - Date.now(),
  });
  return { client, tokens };
}

/** The modeled error a command failed with, as the generated client deserialized it. */
async function refusal(promise: Promise<unknown>) {
  try {
    await promise;
  } catch (error) {
    const e = error as { name: string; error?: string; message: string; $metadata: { httpStatusCode?: number } };
    return { name: e.name, error: e.error, message: e.message, status: e.$metadata.httpStatusCode };
  }
  throw new Error("expected the service to refuse");
}

describe("CreateOAuth2TokenWithIAM", () => {
  it("issues a Bearer access token for the caller that verifies with the service's JWKS", async () => {
    const { client } = await clientFor(APP);
    const output = await client.send(
      new CreateOAuth2TokenWithIAMCommand({ grantType: "client_credentials", resource: "aws-mcp.amazonaws.com" }),
    );
    // What is left of the 900 s credentials, in whole seconds.
    expect(output).toMatchObject({ tokenType: "Bearer", expiresIn: expect.toBeOneOf([899, 900]) });
    expect(output.accessToken).toMatch(/^ASOA[A-Za-z0-9+/=_-]+$/);
    const jwks = createRemoteJWKSet(new URL(`${harness.url}/.well-known/jwks.json`));
    const { payload, protectedHeader } = await jwtVerify(accessTokenJws(output.accessToken!)!, jwks, {
      issuer: ISSUER,
      audience: "aws-mcp.amazonaws.com",
      typ: "at+jwt",
    });
    expect(protectedHeader.alg).toBe("ES256");
    expect(payload).toMatchObject({ sub: APP, client_id: APP, account_id: "111122223333" });
    expect(payload.exp! - payload.iat!).toBe(output.expiresIn);
  });

  it("refuses a principal without the permission with 403 INSUFFICIENT_PERMISSIONS", async () => {
    const { client } = await clientFor(APP);
    // signin:CreateOAuth2Token is also what signing in needs; it is taken away afterwards.
    harness.principals.put(principal(APP, { allowedActions: new Set([SigninAction.AuthorizeOAuth2Access]) }));
    expect(
      await refusal(
        client.send(
          new CreateOAuth2TokenWithIAMCommand({ grantType: "client_credentials", resource: "aws-mcp.amazonaws.com" }),
        ),
      ),
    ).toMatchObject({ name: "AccessDeniedException", error: "INSUFFICIENT_PERMISSIONS", status: 403 });
  });

  it.each([
    [{ grantType: "authorization_code", resource: "aws-mcp.amazonaws.com" }, "grantType", "INVALID_REQUEST"],
    [{ grantType: "client_credentials", resource: "" }, "resource", "INVALID_REQUEST"],
    [{ grantType: "client_credentials", resource: "https://aws-mcp.amazonaws.com/mcp" }, "resource", "invalid_target"],
    [{ grantType: "client_credentials" }, "resource", "INVALID_REQUEST"],
  ])("answers bad input %j with a ValidationException naming %s", async (input, member, code) => {
    const { client } = await clientFor(APP);
    const answer = await refusal(client.send(new CreateOAuth2TokenWithIAMCommand(input as never)));
    expect(answer).toMatchObject({ name: "ValidationException", error: code, status: 400 });
    expect(answer.message).toMatch(new RegExp(`^${member} `));
  });
});

describe("CreateBearerToken", () => {
  it("issues a 12-hour bearer token by default and durationSeconds when asked", async () => {
    const { client } = await clientFor(APP);
    const byDefault = await client.send(
      new CreateBearerTokenCommand({ grantType: "client_credentials", resource: "ecr.amazonaws.com" }),
    );
    expect(byDefault).toMatchObject({ tokenType: "Bearer", expiresIn: 43_200 });
    const short = await client.send(
      new CreateBearerTokenCommand({
        grantType: "client_credentials",
        resource: "ecr.amazonaws.com",
        durationSeconds: 300,
      }),
    );
    expect(short.expiresIn).toBe(300);
  });

  it.each([
    [{ durationSeconds: 300.5 }, "durationSeconds"],
    [{ durationSeconds: 299 }, "durationSeconds"],
    [{ durationSeconds: 43_201 }, "durationSeconds"],
    [{ resource: "ECR" }, "resource"],
  ])("answers %j with a ValidationException naming %s", async (change, member) => {
    const { client } = await clientFor(APP);
    const answer = await refusal(
      client.send(
        new CreateBearerTokenCommand({ grantType: "client_credentials", resource: "ecr.amazonaws.com", ...change }),
      ),
    );
    expect(answer).toMatchObject({ name: "ValidationException", status: 400 });
    expect(answer.message).toMatch(new RegExp(`^${member} `));
  });
});

describe("CreateOAuth2TokenWithTokenExchange", () => {
  it("trades an access token for one for another service, unsigned, no longer than the subject token", async () => {
    const { client } = await clientFor(APP);
    const { accessToken } = await client.send(
      new CreateOAuth2TokenWithIAMCommand({ grantType: "client_credentials", resource: "aws-mcp.amazonaws.com" }),
    );
    harness.clock.advance(60_000);
    const anonymous = new SigninClient({ region: "us-east-1", endpoint: harness.url, maxAttempts: 1 });
    const output = await anonymous.send(
      new CreateOAuth2TokenWithTokenExchangeCommand({
        grantType: "urn:ietf:params:oauth:grant-type:token-exchange",
        subjectToken: accessToken,
        subjectTokenType: "urn:ietf:params:oauth:token-type:jwt",
        resource: "glue.amazonaws.com",
      }),
    );
    expect(output).toMatchObject({
      tokenType: "Bearer",
      issuedTokenType: "urn:ietf:params:oauth:token-type:access_token",
    });
    const jwks = createRemoteJWKSet(new URL(`${harness.url}/.well-known/jwks.json`));
    const { payload } = await jwtVerify(accessTokenJws(output.accessToken!)!, jwks, {
      issuer: ISSUER,
      audience: "glue.amazonaws.com",
      currentDate: new Date(harness.clock.now()),
    });
    expect(payload).toMatchObject({ sub: APP, client_id: APP });
    // It ends when the subject token ends (to the second), never later; 60 s of it were used up.
    const subjectExp = decodeJwt(accessTokenJws(accessToken!)!).exp!;
    expect(payload.exp).toBeOneOf([subjectExp - 1, subjectExp]);
    expect(payload.exp! - payload.iat!).toBe(output.expiresIn);
    expect(output.expiresIn).toBeLessThanOrEqual(840);
  });

  it("refuses tokens it did not issue as access tokens with InvalidGrantException", async () => {
    const { tokens } = await clientFor(APP);
    const anonymous = new SigninClient({ region: "us-east-1", endpoint: harness.url, maxAttempts: 1 });
    const exchange = (subjectToken: string) =>
      refusal(
        anonymous.send(
          new CreateOAuth2TokenWithTokenExchangeCommand({
            grantType: "urn:ietf:params:oauth:grant-type:token-exchange",
            subjectToken,
            subjectTokenType: "urn:ietf:params:oauth:token-type:jwt",
            resource: "glue.amazonaws.com",
          }),
        ),
      );
    for (const subjectToken of [tokens.idToken!, tokens.refreshToken, "eyJhbGciOiJub25lIn0.e30.", "ASOAforged"]) {
      expect(await exchange(subjectToken)).toMatchObject({
        name: "InvalidGrantException",
        error: "invalid_grant",
        status: 400,
      });
    }
  });
});

describe("RevokeOAuth2TokenWithIAM", () => {
  it("ends the whole refresh chain: every later refresh gets 401 TOKEN_EXPIRED", async () => {
    const { client } = await clientFor(ADMIN);
    const alice = await harness.signIn();
    const first = await harness.refresh(alice.tokens.refreshToken, alice.key);
    expect(first.status).toBe(200);
    const newest = first.json.refreshToken as string;

    // Revoking the oldest token of the chain ends the session, newest token included.
    const output = await client.send(new RevokeOAuth2TokenWithIAMCommand({ token: alice.tokens.refreshToken }));
    expect(output.$metadata.httpStatusCode).toBe(200);
    for (const token of [newest, alice.tokens.refreshToken]) {
      const refused = await harness.refresh(token, alice.key);
      expect([refused.status, refused.json.error]).toEqual([401, "TOKEN_EXPIRED"]);
    }
  });

  it("answers 200 {} for unknown, already revoked, expired and other accounts' tokens", async () => {
    const { client } = await clientFor(ADMIN);
    const { client: outsider } = await clientFor(OUTSIDER);
    const alice = await harness.signIn();
    const send = (c: SigninClient, token: string) => c.send(new RevokeOAuth2TokenWithIAMCommand({ token }));

    expect((await send(outsider, alice.tokens.refreshToken)).$metadata.httpStatusCode).toBe(200);
    expect((await harness.refresh(alice.tokens.refreshToken, alice.key)).status).toBe(200);

    expect((await send(client, "ASORunknown")).$metadata.httpStatusCode).toBe(200);
    const later = await harness.signIn();
    await send(client, later.tokens.refreshToken);
    expect((await send(client, later.tokens.refreshToken)).$metadata.httpStatusCode).toBe(200);
    const expiring = await harness.signIn();
    harness.clock.advance(12 * 3_600_000);
    const { client: laterClient } = await clientFor(ADMIN);
    expect((await send(laterClient, expiring.tokens.refreshToken)).$metadata.httpStatusCode).toBe(200);
  });

  it("refuses an access token with the modeled ValidationException naming token", async () => {
    const { client } = await clientFor(ADMIN);
    const { accessToken } = await client.send(
      new CreateOAuth2TokenWithIAMCommand({ grantType: "client_credentials", resource: "aws-mcp.amazonaws.com" }),
    );
    for (const token of [accessToken!, "", "v1.abc.def"]) {
      const answer = await refusal(client.send(new RevokeOAuth2TokenWithIAMCommand({ token })));
      expect(answer).toMatchObject({ name: "ValidationException", error: "INVALID_REQUEST", status: 400 });
      expect(answer.message).toMatch(/^token /);
    }
  });

  it("refuses a principal without the permission with 403 INSUFFICIENT_PERMISSIONS", async () => {
    harness.principals.put(principal(ADMIN));
    const { client } = await clientFor(ADMIN);
    const alice = await harness.signIn();
    expect(
      await refusal(client.send(new RevokeOAuth2TokenWithIAMCommand({ token: alice.tokens.refreshToken }))),
    ).toMatchObject({ name: "AccessDeniedException", error: "INSUFFICIENT_PERMISSIONS", status: 403 });
    expect((await harness.refresh(alice.tokens.refreshToken, alice.key)).status).toBe(200);
  });
});

describe("RevokeOAuth2TokenWithIAM on one node", () => {
  it("is seen by every node sharing the store", async () => {
    const directory = await mkdtemp(join(tmpdir(), "revoke-nodes-"));
    const keyring = StaticKeyring.generate();
    const nodes = await Promise.all(
      [0, 1].map(() =>
        TokenServiceHarness.start({
          keyring,
          store: new SqliteStore(join(directory, "state.sqlite"), { sweepIntervalMs: 0 }),
        }),
      ),
    );
    try {
      for (const node of nodes) node.principals.put(principal(ADMIN, { allowedActions: new Set(IAM_ACTIONS) }));
      const [first, second] = nodes as [TokenServiceHarness, TokenServiceHarness];
      const alice = await first.signIn();
      const { tokens } = await second.signIn({ principalArn: ADMIN });
      const admin = new SigninClient({
        region: "us-east-1",
        endpoint: second.url,
        maxAttempts: 1,
        credentials: tokens.accessToken,
      });
      await admin.send(new RevokeOAuth2TokenWithIAMCommand({ token: alice.tokens.refreshToken }));
      const refused = await first.refresh(alice.tokens.refreshToken, alice.key);
      expect([refused.status, refused.json.error]).toEqual([401, "TOKEN_EXPIRED"]);
    } finally {
      await Promise.all(nodes.map((node) => node.close()));
      await rm(directory, { recursive: true, force: true });
    }
  });
});

describe("IntrospectOAuth2TokenWithIAM", () => {
  it("returns the claims of an active refresh token and access token of the caller's account", async () => {
    const { client } = await clientFor(ADMIN);
    const alice = await harness.signIn();
    const refresh = await client.send(
      new IntrospectOAuth2TokenWithIAMCommand({ token: alice.tokens.refreshToken, tokenTypeHint: "refresh_token" }),
    );
    expect(refresh).toMatchObject({
      active: true,
      tokenType: "refresh_token",
      clientId: "arn:aws:signin:::devtools/same-device",
      sub: ALICE,
      iss: ISSUER,
      accountId: "111122223333",
      signinSession: expect.stringMatching(/^arn:aws:signin:[a-z0-9-]*:111122223333:session\/[0-9a-f-]{36}$/),
    });
    expect(refresh.aud).toBeUndefined();
    // signin_session names the session as the session operations do.
    const session = await client.send(
      new GetSessionCommand({ sessionArn: refresh.signinSession, principalArn: ALICE }),
    );
    expect(session.sessionArn).toBe(refresh.signinSession);

    const { client: app } = await clientFor(APP);
    const { accessToken } = await app.send(
      new CreateOAuth2TokenWithIAMCommand({ grantType: "client_credentials", resource: "aws-mcp.amazonaws.com" }),
    );
    const access = await client.send(new IntrospectOAuth2TokenWithIAMCommand({ token: accessToken }));
    expect(access).toMatchObject({
      active: true,
      tokenType: "access_token",
      clientId: APP,
      sub: APP,
      aud: "aws-mcp.amazonaws.com",
      iss: ISSUER,
      accountId: "111122223333",
    });
    expect(access.exp! - access.iat!).toBeOneOf([899, 900]);
  });

  it("answers only active: false for other accounts', revoked, rotated and unknown tokens", async () => {
    const { client } = await clientFor(ADMIN);
    const { client: outsider } = await clientFor(OUTSIDER);
    const alice = await harness.signIn();
    const inactive = async (c: SigninClient, token: string) => {
      const output = await c.send(new IntrospectOAuth2TokenWithIAMCommand({ token }));
      const { $metadata, ...claims } = output;
      expect($metadata.httpStatusCode).toBe(200);
      return claims;
    };
    expect(await inactive(outsider, alice.tokens.refreshToken)).toEqual({ active: false });
    expect(await inactive(client, "ASORunknown")).toEqual({ active: false });
    expect(await inactive(client, "ASOAunknown")).toEqual({ active: false });
    const rotated = await harness.refresh(alice.tokens.refreshToken, alice.key);
    expect(await inactive(client, alice.tokens.refreshToken)).toEqual({ active: false });
    await client.send(new RevokeOAuth2TokenWithIAMCommand({ token: rotated.json.refreshToken as string }));
    expect(await inactive(client, rotated.json.refreshToken as string)).toEqual({ active: false });
  });

  it("answers a token that is not ASOA/ASOR with a ValidationException naming token, and a bad hint naming tokenTypeHint", async () => {
    const { client, tokens } = await clientFor(ADMIN);
    const garbage = await refusal(client.send(new IntrospectOAuth2TokenWithIAMCommand({ token: tokens.idToken! })));
    expect(garbage).toMatchObject({
      name: "ValidationException",
      status: 400,
      message: expect.stringMatching(/^token /),
    });
    const hint = await refusal(
      client.send(new IntrospectOAuth2TokenWithIAMCommand({ token: "ASORx", tokenTypeHint: "id_token" })),
    );
    expect(hint).toMatchObject({
      name: "ValidationException",
      status: 400,
      message: expect.stringMatching(/^tokenTypeHint /),
    });
  });

  it("refuses a principal without the permission with 403 INSUFFICIENT_PERMISSIONS", async () => {
    harness.principals.put(principal(ADMIN));
    const { client } = await clientFor(ADMIN);
    expect(await refusal(client.send(new IntrospectOAuth2TokenWithIAMCommand({ token: "ASORx" })))).toMatchObject({
      name: "AccessDeniedException",
      error: "INSUFFICIENT_PERMISSIONS",
      status: 403,
    });
  });
});

describe("malformed requests", () => {
  const exchange = "/v1/token?x-amz-oauth-token-method=token-exchange";
  const grant = "urn:ietf:params:oauth:grant-type:token-exchange";
  const jwt = "urn:ietf:params:oauth:token-type:jwt";
  it.each([
    ["not JSON", "{", "ValidationException", /JSON/],
    ["a JSON array", "[]", "ValidationException", /JSON object/],
    ["a grant type of the wrong type", '{"grant_type":5}', "ValidationException", /^grantType /],
    [
      "no subject token",
      JSON.stringify({ grant_type: grant, subject_token_type: jwt }),
      "ValidationException",
      /^subjectToken /,
    ],
    [
      "another subject token type",
      JSON.stringify({
        grant_type: grant,
        subject_token: "abcd",
        subject_token_type: "urn:ietf:params:oauth:token-type:id_token",
        resource: "glue.amazonaws.com",
      }),
      "ValidationException",
      /^subjectTokenType /,
    ],
    [
      "no resource",
      JSON.stringify({ grant_type: grant, subject_token: "abcd", subject_token_type: jwt }),
      "ValidationException",
      /^resource /,
    ],
    [
      "a malformed scope",
      JSON.stringify({
        grant_type: grant,
        subject_token: "abcd",
        subject_token_type: jwt,
        resource: "glue.amazonaws.com",
        scope: "s3:* iam:*",
      }),
      "InvalidScopeException",
      /^scope /,
    ],
    [
      "the jwt-bearer grant",
      JSON.stringify({ grant_type: "urn:ietf:params:oauth:grant-type:jwt-bearer", assertion: "abcd" }),
      "ValidationException",
      /^grantType /,
    ],
  ])("to token exchange, %s, get a modeled 400, never a 500", async (_title, body, type, message) => {
    const response = await sendRequest(
      `${harness.url}${exchange}`,
      "POST",
      { "content-type": "application/json" },
      body,
    );
    expect(response.status).toBe(400);
    expect(response.headers.get("x-amzn-errortype")).toBe(type);
    expect((JSON.parse(response.text) as { message: string }).message).toMatch(message);
  });

  it("to a signed operation, without a signature, get a modeled 400 before anything else", async () => {
    for (const path of ["/v1/revoke?x-amz-client-auth-method=iam", "/v1/introspect?x-amz-client-auth-method=iam"]) {
      const response = await sendRequest(
        `${harness.url}${path}`,
        "POST",
        { "content-type": "application/json" },
        '{"token":"ASORx"}',
      );
      expect([response.status, response.headers.get("x-amzn-errortype")]).toEqual([400, "ValidationException"]);
    }
  });
});
