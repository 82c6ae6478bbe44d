import { describe, expect, it } from "vitest";

import { AccessTokenIssuer } from "../../src/access/access-token-issuer.js";
import { BearerTokenGrant } from "../../src/access/bearer-token.js";
import { IamAccessTokenGrant } from "../../src/access/iam-access-token.js";
import type { IamCaller } from "../../src/access/iam-caller.js";
import { serviceResource } from "../../src/access/resource.js";
import { StaticKeyring } from "../../src/keys/static-keyring.js";
import { cryptoRandom } from "../../src/runtime/random.js";
import { AccessTokenCodec } from "../../src/tokens/access-token.js";
import { ManualClock } from "../support/manual-clock.js";

const ISSUER = "https://signin.test/signin";

const setup = () => {
  const clock = new ManualClock();
  const codec = new AccessTokenCodec(StaticKeyring.generate(), { issuer: ISSUER });
  const issuer = new AccessTokenIssuer({ codec, clock, random: cryptoRandom });
  const caller: IamCaller = {
    principalArn: "arn:aws:iam::111122223333:user/alice",
    accountId: "111122223333",
    credentialsExpireAt: clock.now() + 900_000,
    sessionId: "0e9d8c7b-6a59-4483-9271-605f4e3d2c1b",
  };
  return {
    clock,
    codec,
    caller,
    iam: new IamAccessTokenGrant({ issuer, clock }),
    bearer: new BearerTokenGrant({ issuer }),
  };
};

const errorOf = async (promise: Promise<unknown>) => {
  try {
    await promise;
  } catch (error) {
    const { name, error: code, message } = error as { name: string; error: string; message: string };
    return { name, error: code, message };
  }
  throw new Error("expected a refusal");
};

describe("CreateOAuth2TokenWithIAM (client credentials grant)", () => {
  it("issues a token for the caller, scoped to the resource, for what is left of its credentials", async () => {
    const { iam, caller, codec, clock } = setup();
    const issued = await iam.issue(caller, { resource: "aws-mcp.amazonaws.com" });
    expect(issued).toMatchObject({ tokenType: "Bearer", expiresIn: 900 });
    expect(await codec.verify(issued.accessToken, clock.now())).toMatchObject({
      principalArn: caller.principalArn,
      clientId: caller.principalArn,
      accountId: "111122223333",
      resource: "aws-mcp.amazonaws.com",
      sessionId: caller.sessionId,
      issuedAt: clock.now(),
      expiresAt: clock.now() + 900_000,
    });
  });

  it("lasts at most one hour, whatever the credentials' lifetime (model: min of session validity and 3600)", async () => {
    const { iam, caller, clock } = setup();
    const long = { ...caller, credentialsExpireAt: clock.now() + 12 * 3_600_000 };
    expect((await iam.issue(long, { resource: "aws-mcp.amazonaws.com" })).expiresIn).toBe(3600);
    clock.advance(899_500);
    await expect(errorOf(iam.issue(caller, { resource: "aws-mcp.amazonaws.com" }))).resolves.toMatchObject({
      name: "AccessDeniedException",
      error: "TOKEN_EXPIRED",
    });
  });

  it("never outlives the credentials, also when issued in the middle of a second", async () => {
    const { iam, caller, codec, clock } = setup();
    clock.advance(400);
    const issued = await iam.issue(caller, { resource: "aws-mcp.amazonaws.com" });
    expect(issued.expiresIn).toBe(899);
    const claims = await codec.verify(issued.accessToken, clock.now());
    expect(claims!.expiresAt).toBeLessThanOrEqual(caller.credentialsExpireAt);
    expect((claims!.expiresAt - claims!.issuedAt) / 1000).toBe(issued.expiresIn);
  });

  it("refuses a resource that is not a service name with invalid_target naming the member", async () => {
    const { iam, caller } = setup();
    for (const resource of ["https://aws-mcp.amazonaws.com/mcp", "AWS-MCP.amazonaws.com", "localhost", "a..b", " "]) {
      await expect(errorOf(iam.issue(caller, { resource })), resource).resolves.toMatchObject({
        name: "ValidationException",
        error: "invalid_target",
        message: expect.stringMatching(/^resource /),
      });
    }
  });
});

describe("CreateBearerToken", () => {
  it("lasts 12 hours by default, beyond the credentials that asked for it", async () => {
    const { bearer, caller, codec, clock } = setup();
    const issued = await bearer.issue(caller, { resource: "ecr.amazonaws.com" });
    expect(issued).toMatchObject({ tokenType: "Bearer", expiresIn: 43_200 });
    expect(await codec.verify(issued.accessToken, clock.now() + 43_199_000)).toMatchObject({
      resource: "ecr.amazonaws.com",
      principalArn: caller.principalArn,
    });
  });

  it("lasts durationSeconds, up to 43200; more is refused naming durationSeconds", async () => {
    const { bearer, caller } = setup();
    expect((await bearer.issue(caller, { resource: "ecr.amazonaws.com", durationSeconds: 300 })).expiresIn).toBe(300);
    expect((await bearer.issue(caller, { resource: "ecr.amazonaws.com", durationSeconds: 43_200 })).expiresIn).toBe(
      43_200,
    );
    await expect(
      errorOf(bearer.issue(caller, { resource: "ecr.amazonaws.com", durationSeconds: 43_201 })),
    ).resolves.toMatchObject({ name: "ValidationException", error: "INVALID_REQUEST", message: /^durationSeconds / });
  });

  it("refuses a resource that is not a service name", async () => {
    const { bearer, caller } = setup();
    await expect(errorOf(bearer.issue(caller, { resource: "ecr" }))).resolves.toMatchObject({
      error: "invalid_target",
    });
  });
});

describe("serviceResource", () => {
  it("accepts service principal names", () => {
    for (const name of ["aws-mcp.amazonaws.com", "glue.amazonaws.com", "ecr.amazonaws.com.cn", "s3.api.aws"]) {
      expect(serviceResource(name)).toBe(name);
    }
  });
});
