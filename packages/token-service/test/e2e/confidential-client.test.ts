/**
 * Confidential clients sign the token request with SigV4 using credentials this service issued;
 * their principal needs signin:ExchangeToken. The request is signed here exactly as the AWS SDKs
 * sign (with @smithy/signature-v4).
 */
import { Hash } from "@smithy/hash-node";
import { HttpRequest } from "@smithy/protocol-http";
import { SignatureV4 } from "@smithy/signature-v4";
import { afterEach, beforeEach, describe, expect, it } from "vitest";

import { SigninAction } from "../../src/principals/principal-directory.js";
import { ManualClock } from "../support/manual-clock.js";
import { type TokenBody, TokenServiceHarness, principal, sendRequest } from "../support/token-service-harness.js";

const BOT = "arn:aws:iam::111122223333:user/ci-bot";

let harness: TokenServiceHarness;
beforeEach(async () => {
  harness = await TokenServiceHarness.start();
  harness.principals.put(
    principal(BOT, { allowedActions: new Set([SigninAction.CreateOAuth2Token, SigninAction.ExchangeToken]) }),
  );
});
afterEach(() => harness.close());

async function signedRefresh(
  credentials: TokenBody["accessToken"],
  body: object,
  dpop: string,
  tamper: (request: HttpRequest) => void = () => {},
  signingDate = new Date(),
) {
  const url = new URL(harness.tokenUrl);
  const request = new HttpRequest({
    method: "POST",
    protocol: url.protocol,
    hostname: url.hostname,
    port: Number(url.port),
    path: url.pathname,
    headers: { host: url.host, "content-type": "application/json" },
    body: JSON.stringify(body),
  });
  const signer = new SignatureV4({
    credentials,
    region: "us-east-1",
    service: "signin",
    sha256: Hash.bind(null, "sha256"),
  });
  const signed = (await signer.sign(request, { signingDate })) as HttpRequest;
  tamper(signed);
  const response = await sendRequest(harness.tokenUrl, "POST", { ...signed.headers, dpop }, signed.body as string);
  return { ...response, json: JSON.parse(response.text) as Record<string, unknown> };
}

describe("confidential (SigV4-signed) clients", () => {
  it("are accepted when the signer may signin:ExchangeToken", async () => {
    const bot = await harness.signIn({ principalArn: BOT });
    const alice = await harness.signIn();
    const response = await signedRefresh(
      bot.tokens.accessToken,
      { clientId: alice.clientId, grantType: "refresh_token", refreshToken: alice.tokens.refreshToken },
      alice.key.proof(harness.tokenUrl),
    );
    expect(response.status, response.text).toBe(200);
  });

  it("are refused with 403 INSUFFICIENT_PERMISSIONS without signin:ExchangeToken", async () => {
    const alice = await harness.signIn();
    const response = await signedRefresh(
      alice.tokens.accessToken,
      { clientId: alice.clientId, grantType: "refresh_token", refreshToken: alice.tokens.refreshToken },
      alice.key.proof(harness.tokenUrl),
    );
    expect([response.status, response.json.error, response.json.message]).toEqual([
      403,
      "INSUFFICIENT_PERMISSIONS",
      "The principal is not allowed to perform signin:ExchangeToken.",
    ]);
  });

  it.each<[string, (request: HttpRequest) => void, RegExp]>([
    [
      "a body changed after signing",
      (r) => void (r.body = String(r.body).replace("refresh_token", "refresh_token ")),
      /does not match|grantType/,
    ],
    [
      "a wrong signature",
      (r) =>
        void (r.headers["authorization"] = r.headers["authorization"]!.replace(/Signature=\w{4}/, "Signature=0000")),
      /does not match/,
    ],
    ["an unknown session token", (r) => void (r.headers["x-amz-security-token"] = "v1.unknown.AAAA"), /did not issue/],
    ["a missing date", (r) => void delete r.headers["x-amz-date"], /X-Amz-Date/],
    ["an old date", (r) => void (r.headers["x-amz-date"] = "20200101T000000Z"), /too old/],
    [
      "another service's scope",
      (r) => void (r.headers["authorization"] = r.headers["authorization"]!.replace("/signin/", "/sts/")),
      /scoped to the signin service/,
    ],
  ])("are refused with 400 for %s", async (_case, tamper, message) => {
    const bot = await harness.signIn({ principalArn: BOT });
    const alice = await harness.signIn();
    const response = await signedRefresh(
      bot.tokens.accessToken,
      { clientId: alice.clientId, grantType: "refresh_token", refreshToken: alice.tokens.refreshToken },
      alice.key.proof(harness.tokenUrl),
      tamper,
    );
    expect(response.status, response.text).toBe(400);
    expect(response.json.message).toMatch(message);
  });

  it("whose credentials expired are refused with 400", async () => {
    await harness.close();
    const clock = ManualClock.followingRealTime();
    harness = await TokenServiceHarness.start({ clock });
    harness.principals.put(
      principal(BOT, { allowedActions: new Set([SigninAction.CreateOAuth2Token, SigninAction.ExchangeToken]) }),
    );
    const bot = await harness.signIn({ principalArn: BOT });
    const alice = await harness.signIn();
    clock.advance(901_000);
    // Signed at the service's "now", so that only the credentials' expiry is wrong.
    const response = await signedRefresh(
      bot.tokens.accessToken,
      { clientId: alice.clientId, grantType: "refresh_token", refreshToken: alice.tokens.refreshToken },
      alice.key.proof(harness.tokenUrl),
      () => {},
      new Date(clock.now()),
    );
    expect([response.status, response.json.error]).toEqual([400, "INVALID_REQUEST"]);
    expect(response.json.message).toMatch(/or that have expired/);
  });
});
