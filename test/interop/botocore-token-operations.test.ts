/**
 * botocore 1.44.8's generated signin client calling the IAM token operations against the service,
 * signing with credentials obtained by logging in to it (`open-signin login`, read back from the
 * login cache): CreateOAuth2TokenWithIAM, CreateBearerToken, CreateOAuth2TokenWithTokenExchange
 * (unsigned, as the model says), IntrospectOAuth2TokenWithIAM and RevokeOAuth2TokenWithIAM, each
 * refusal deserialized into botocore's modeled exception, and the revoked session reported by
 * botocore's login provider at its next refresh. botocore 1.41.0's model has none of these
 * operations, so only the newest environment runs.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import {
  type SigningCredentials,
  type TokenOperationRun,
  callTokenOperation,
  refreshWithLoginProvider,
} from "./python/botocore-runner.js";
import { ClientHome } from "./support/client-home.js";
import { claim } from "./support/compatibility.js";
import { InteropService, type InteropUser } from "./support/interop-service.js";
import { loginWithOpenSignin } from "./support/open-signin-login.js";

const CLIENT = "botocore (signin client)";
const ENVIRONMENT = "botocore-newest";
const TOKEN_ACTIONS = [
  "signin:AuthorizeOAuth2Access",
  "signin:CreateOAuth2Token",
  "signin:CreateBearerToken",
  "signin:RevokeOAuth2Token",
  "signin:IntrospectOAuth2Token",
];

describe("botocore-newest: signin client, IAM token operations", () => {
  let service: InteropService;
  const homes: ClientHome[] = [];

  beforeAll(async () => {
    service = await InteropService.start();
  });
  afterAll(async () => {
    await service.close();
    await Promise.all(homes.map((home) => home.remove()));
  });

  /** A user logged in with `open-signin login` on a fresh client machine, and the credentials it got. */
  async function loggedIn(permissions: readonly string[] = TOKEN_ACTIONS) {
    const home = await ClientHome.create();
    homes.push(home);
    const user: InteropUser = await service.createUser(permissions);
    await loginWithOpenSignin(service, home, user);
    const cache = await home.readCache();
    const credentials: SigningCredentials = {
      accessKeyId: cache.accessToken.accessKeyId,
      secretAccessKey: cache.accessToken.secretAccessKey,
      sessionToken: cache.accessToken.sessionToken,
    };
    return { home, user, credentials, refreshToken: cache.refreshToken };
  }

  const call = (
    home: ClientHome,
    operation: string,
    params: Record<string, unknown>,
    credentials?: SigningCredentials,
  ): Promise<TokenOperationRun> =>
    callTokenOperation(ENVIRONMENT, home.env(service.url), {
      operation,
      params,
      ...(credentials ? { credentials } : {}),
    });

  const expectModeledError = (run: TokenOperationRun, code: string, error: string, status: number): void => {
    expect(run.error?.clientError, JSON.stringify(run)).toMatchObject({ code, error, httpStatus: status });
    expect(run.error?.class).toBe(code);
  };

  it("CreateOAuth2TokenWithIAM: a Bearer access token for the resource", async (context) => {
    const { home, credentials } = await loggedIn();
    const run = await call(
      home,
      "CreateOAuth2TokenWithIAM",
      { grantType: "client_credentials", resource: "aws-mcp.amazonaws.com" },
      credentials,
    );
    claim(context, { client: CLIENT, version: run.botocoreVersion, covers: "CreateOAuth2TokenWithIAM" });
    expect(run.error, JSON.stringify(run.error)).toBeUndefined();
    expect(run.signed).toBe(true);
    expect(run.response).toMatchObject({
      accessToken: expect.stringMatching(/^ASOA/),
      tokenType: "Bearer",
      expiresIn: expect.any(Number),
    });
    expect(run.response!["expiresIn"]).toBeLessThanOrEqual(900);
  });

  it("CreateBearerToken: durationSeconds, and the modeled ValidationException above 12 hours", async (context) => {
    const { home, credentials } = await loggedIn();
    const run = await call(
      home,
      "CreateBearerToken",
      { grantType: "client_credentials", resource: "ecr.amazonaws.com", durationSeconds: 600 },
      credentials,
    );
    claim(context, { client: CLIENT, version: run.botocoreVersion, covers: "CreateBearerToken" });
    expect(run.error, JSON.stringify(run.error)).toBeUndefined();
    expect(run.response).toMatchObject({ tokenType: "Bearer", expiresIn: 600 });

    const tooLong = await call(
      home,
      "CreateBearerToken",
      { grantType: "client_credentials", resource: "ecr.amazonaws.com", durationSeconds: 43_201 },
      credentials,
    );
    expectModeledError(tooLong, "ValidationException", "INVALID_REQUEST", 400);
    expect(tooLong.error!.clientError!.message).toMatch(/^durationSeconds /);
  });

  it("CreateOAuth2TokenWithTokenExchange: unsigned; an access token of the service for another resource", async (context) => {
    const { home, credentials } = await loggedIn();
    const issued = await call(
      home,
      "CreateOAuth2TokenWithIAM",
      { grantType: "client_credentials", resource: "aws-mcp.amazonaws.com" },
      credentials,
    );
    const run = await call(home, "CreateOAuth2TokenWithTokenExchange", {
      grantType: "urn:ietf:params:oauth:grant-type:token-exchange",
      subjectToken: issued.response!["accessToken"],
      subjectTokenType: "urn:ietf:params:oauth:token-type:jwt",
      resource: "glue.amazonaws.com",
    });
    claim(context, { client: CLIENT, version: run.botocoreVersion, covers: "CreateOAuth2TokenWithTokenExchange" });
    expect(run.error, JSON.stringify(run.error)).toBeUndefined();
    expect(run.signed).toBe(false);
    expect(run.response).toMatchObject({
      accessToken: expect.stringMatching(/^ASOA/),
      issuedTokenType: "urn:ietf:params:oauth:token-type:access_token",
      tokenType: "Bearer",
    });
  });

  it("CreateOAuth2TokenWithTokenExchange: a token from elsewhere is botocore's InvalidGrantException", async (context) => {
    const { home, refreshToken } = await loggedIn();
    const run = await call(home, "CreateOAuth2TokenWithTokenExchange", {
      grantType: "urn:ietf:params:oauth:grant-type:token-exchange",
      subjectToken: refreshToken,
      subjectTokenType: "urn:ietf:params:oauth:token-type:jwt",
      resource: "glue.amazonaws.com",
    });
    claim(context, {
      client: CLIENT,
      version: run.botocoreVersion,
      covers: "token exchange refusal: InvalidGrantException",
    });
    expectModeledError(run, "InvalidGrantException", "invalid_grant", 400);
  });

  it("IntrospectOAuth2TokenWithIAM: claims for a token of the caller's account, only active: false for an unknown one", async (context) => {
    const admin = await loggedIn();
    const alice = await loggedIn();
    const run = await call(
      admin.home,
      "IntrospectOAuth2TokenWithIAM",
      { token: alice.refreshToken },
      admin.credentials,
    );
    claim(context, { client: CLIENT, version: run.botocoreVersion, covers: "IntrospectOAuth2TokenWithIAM" });
    expect(run.error, JSON.stringify(run.error)).toBeUndefined();
    expect(run.response).toMatchObject({
      active: true,
      tokenType: "refresh_token",
      sub: alice.user.arn,
      accountId: "000000000000",
      clientId: "arn:aws:signin:::devtools/same-device",
    });

    const garbage = await call(
      admin.home,
      "IntrospectOAuth2TokenWithIAM",
      { token: "ASORnot-a-token" },
      admin.credentials,
    );
    expect(garbage.response).toEqual({ active: false });
  });

  it("RevokeOAuth2TokenWithIAM: then botocore's login provider reports the expired session at its next refresh", async (context) => {
    const admin = await loggedIn();
    const alice = await loggedIn();
    const run = await call(admin.home, "RevokeOAuth2TokenWithIAM", { token: alice.refreshToken }, admin.credentials);
    claim(context, { client: CLIENT, version: run.botocoreVersion, covers: "RevokeOAuth2TokenWithIAM" });
    expect(run.error, JSON.stringify(run.error)).toBeUndefined();
    expect([run.httpStatus, run.response]).toEqual([200, {}]);

    await alice.home.expireIn(60);
    const refresh = await refreshWithLoginProvider(ENVIRONMENT, alice.home.env(service.url));
    expect(refresh.error?.class).toBe("LoginRefreshRequired");
    expect(refresh.error?.cause?.clientError).toMatchObject({ error: "TOKEN_EXPIRED", httpStatus: 401 });
  });

  it("RevokeOAuth2TokenWithIAM: an access token is the modeled ValidationException naming token", async (context) => {
    const { home, credentials } = await loggedIn();
    const issued = await call(
      home,
      "CreateOAuth2TokenWithIAM",
      { grantType: "client_credentials", resource: "aws-mcp.amazonaws.com" },
      credentials,
    );
    const run = await call(home, "RevokeOAuth2TokenWithIAM", { token: issued.response!["accessToken"] }, credentials);
    claim(context, { client: CLIENT, version: run.botocoreVersion, covers: "revocation refusal: ValidationException" });
    expectModeledError(run, "ValidationException", "INVALID_REQUEST", 400);
    expect(run.error!.clientError!.message).toMatch(/^token /);
  });

  it("a principal without the permission: AccessDeniedException INSUFFICIENT_PERMISSIONS", async (context) => {
    const { home, credentials, refreshToken } = await loggedIn([
      "signin:AuthorizeOAuth2Access",
      "signin:CreateOAuth2Token",
    ]);
    const run = await call(home, "IntrospectOAuth2TokenWithIAM", { token: refreshToken }, credentials);
    claim(context, {
      client: CLIENT,
      version: run.botocoreVersion,
      covers: "missing IAM permission: INSUFFICIENT_PERMISSIONS",
    });
    expectModeledError(run, "AccessDeniedException", "INSUFFICIENT_PERMISSIONS", 403);
  });
});
