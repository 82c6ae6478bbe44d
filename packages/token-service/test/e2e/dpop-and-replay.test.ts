/**
 * DPoP at the token endpoint (RFC 9449): the proof checks as a client meets them over HTTP, replay
 * protection, and the retry behaviour of botocore, which re-sends the identical proof.
 * The verifier's own unit tests (test/dpop) go through each check in depth.
 */

import { afterEach, beforeEach, describe, expect, it } from "vitest";

import { generateKeyPair } from "../../src/keys/generate-key-pair.js";
import { signJws } from "../support/dpop-client.js";
import { TokenServiceHarness } from "../support/token-service-harness.js";

let harness: TokenServiceHarness;
afterEach(() => harness.close());

const expectInvalidProof = (response: Awaited<ReturnType<TokenServiceHarness["post"]>>, message: RegExp) => {
  expect(response.status).toBe(400);
  expect(response.headers.get("x-amzn-errortype")).toBe("ValidationException");
  expect(response.json.error).toBe("INVALID_REQUEST");
  expect(response.json.message).toMatch(/^Invalid DPoP proof: /);
  expect(response.json.message).toMatch(message);
};

describe("DPoP proof checks at /v1/token", () => {
  beforeEach(async () => {
    harness = await TokenServiceHarness.start();
  });

  const codeRequest = async () => ({ grantType: "authorization_code", ...(await harness.issueCode()) });
  const now = () => Math.floor(Date.now() / 1000);

  it.each<[string, (key: ReturnType<TokenServiceHarness["dpopKey"]>, url: string) => string, RegExp]>([
    ["a wrong typ", (key, url) => key.proof(url, { header: { typ: "JWT" } }), /typ/],
    [
      "alg none",
      (key, url) => {
        const proof = key.proof(url, { header: { alg: "none" } });
        return proof.slice(0, proof.lastIndexOf(".") + 1);
      },
      /alg|signature|malformed|three/i,
    ],
    [
      "alg HS256 with a symmetric key",
      (_key, url) => {
        const encode = (value: object) => Buffer.from(JSON.stringify(value)).toString("base64url");
        return `${encode({ typ: "dpop+jwt", alg: "HS256", jwk: { kty: "oct", k: "c2VjcmV0" } })}.${encode({ jti: "x", htm: "POST", htu: url, iat: now() })}.c2ln`;
      },
      /alg/i,
    ],
    [
      "a private key in the jwk",
      (key, url) => {
        const d = (key.privateKey.export({ format: "jwk" }) as { d: string }).d;
        return key.proof(url, { header: { jwk: { ...key.publicJwk, d } } });
      },
      /private/i,
    ],
    [
      "a bad signature",
      (key, url) => {
        const proof = key.proof(url);
        const signature = Buffer.from(proof.split(".")[2]!, "base64url");
        signature[10] = signature[10]! ^ 0xff;
        return `${proof.split(".").slice(0, 2).join(".")}.${signature.toString("base64url")}`;
      },
      /signature/i,
    ],
    ["an htm mismatch", (key, url) => key.proof(url, { method: "GET" }), /htm/],
    ["an htu with another path", (key, url) => key.proof(url.replace("/v1/token", "/v1/other")), /htu/],
    [
      "an htu with another port",
      (key, url) => key.proof(url.replace(/:(\d+)\//, (_m, port: string) => `:${Number(port) + 1}/`)),
      /htu/,
    ],
    ["an htu with another host", (key, url) => key.proof(url.replace("127.0.0.1", "127.0.0.2")), /htu/],
    ["an htu with another scheme", (key, url) => key.proof(url.replace("http:", "https:")), /htu/],
    ["a stale iat", (key, url) => key.proof(url, { iat: now() - 301 }), /iat/],
    ["a future iat", (key, url) => key.proof(url, { iat: now() + 301 }), /iat/],
  ])("refuses %s", async (_case, makeProof, message) => {
    const key = harness.dpopKey();
    expectInvalidProof(await harness.post(await codeRequest(), { dpop: makeProof(key, harness.tokenUrl) }), message);
  });

  it("refuses two DPoP headers", async () => {
    const key = harness.dpopKey();
    expectInvalidProof(
      await harness.post(await codeRequest(), { dpop: [key.proof(harness.tokenUrl), key.proof(harness.tokenUrl)] }),
      /one|single|exactly/i,
    );
  });

  it("accepts an iat at the edge of the window, and a configurable window", async () => {
    const key = harness.dpopKey();
    expect(
      (await harness.post(await codeRequest(), { dpop: key.proof(harness.tokenUrl, { iat: now() - 295 }) })).status,
    ).toBe(200);
    await harness.close();
    harness = await TokenServiceHarness.start({ limits: { dpopIatWindowSeconds: 30 } });
    expectInvalidProof(
      await harness.post(await codeRequest(), { dpop: key.proof(harness.tokenUrl, { iat: now() - 60 }) }),
      /iat/,
    );
  });

  it.each([
    ["ES384", "ec", { namedCurve: "P-384" }],
    ["ES512", "ec", { namedCurve: "P-521" }],
  ] as const)("accepts a proof signed with %s", async (alg, type, options) => {
    const { privateKey, publicKey } = generateKeyPair(type, options);
    const proof = signJws(
      { typ: "dpop+jwt", alg, jwk: publicKey.export({ format: "jwk" }) },
      { jti: crypto.randomUUID(), htm: "POST", htu: harness.tokenUrl, iat: now() },
      privateKey,
    );
    const response = await harness.post(await codeRequest(), { dpop: proof });
    expect(response.status, response.text).toBe(200);
  });
});

describe("replay protection", () => {
  beforeEach(async () => {
    harness = await TokenServiceHarness.start();
  });

  it("a proof replayed after a successful code exchange mints nothing", async () => {
    const key = harness.dpopKey();
    const request = { grantType: "authorization_code", ...(await harness.issueCode()) };
    const proof = key.proof(harness.tokenUrl);
    expect((await harness.post(request, { dpop: proof })).status).toBe(200);
    const replay = await harness.post(request, { dpop: proof });
    expect(replay.status).toBe(400);
    expect(replay.json.accessToken).toBeUndefined();
  });

  it("a refresh proof replayed with the same token returns the same response, minting nothing new", async () => {
    const { key, tokens } = await harness.signIn();
    const request = {
      clientId: "arn:aws:signin:::devtools/same-device",
      grantType: "refresh_token",
      refreshToken: tokens.refreshToken,
    };
    const proof = key.proof(harness.tokenUrl);
    const first = await harness.post(request, { dpop: proof });
    const replay = await harness.post(request, { dpop: proof });
    expect(first.status).toBe(200);
    expect({ ...replay.json, expiresIn: 0 }).toEqual({ ...first.json, expiresIn: 0 });
  });

  it("a code exchange's proof cannot serve the first refresh of the session it started", async () => {
    const key = harness.dpopKey();
    const proof = key.proof(harness.tokenUrl);
    const exchanged = await harness.post(
      { grantType: "authorization_code", ...(await harness.issueCode()) },
      { dpop: proof },
    );
    expect(exchanged.status).toBe(200);
    const replayed = await harness.post(
      {
        clientId: "arn:aws:signin:::devtools/same-device",
        grantType: "refresh_token",
        refreshToken: exchanged.json.refreshToken,
      },
      { dpop: proof },
    );
    expectInvalidProof(replayed, /already been used/);
  });

  it("a proof can never serve a different request, not even in another session of the same key", async () => {
    const { key, tokens } = await harness.signIn();
    // A second session bound to the same key.
    const secondGrant = await harness.issueCode();
    const second = {
      tokens: (
        await harness.post({ grantType: "authorization_code", ...secondGrant }, { dpop: key.proof(harness.tokenUrl) })
      ).json as { refreshToken: string },
    };
    const proof = key.proof(harness.tokenUrl);
    expect((await harness.refresh(tokens.refreshToken, key)).status).toBe(200); // consumes a different proof
    const first = await harness.post(
      {
        clientId: "arn:aws:signin:::devtools/same-device",
        grantType: "refresh_token",
        refreshToken: tokens.refreshToken,
      },
      { dpop: proof },
    );
    expect(first.status).toBe(200);
    // Same proof, other body: refused before any grant logic runs.
    const reused = await harness.post(
      {
        clientId: "arn:aws:signin:::devtools/same-device",
        grantType: "refresh_token",
        refreshToken: second.tokens.refreshToken,
      },
      { dpop: proof },
    );
    expectInvalidProof(reused, /already been used/);
  });
});

describe("retries with the identical proof, as botocore sends them", () => {
  it("succeed after an injected 500 on a code exchange", async () => {
    harness = await TokenServiceHarness.start({ faultProxy: true });
    const key = harness.dpopKey();
    const request = { grantType: "authorization_code", ...(await harness.issueCode()) };
    const proof = key.proof(harness.tokenUrl);
    harness.faults.failNextRequests("server-error");

    const failed = await harness.post(request, { dpop: proof });
    expect([failed.status, failed.headers.get("x-amzn-errortype"), failed.json.error]).toEqual([
      500,
      "InternalServerException",
      "server_error",
    ]);
    const retried = await harness.post(request, { dpop: proof });
    expect(retried.status).toBe(200);
    expect(retried.json.idToken).toBeDefined();
  });

  it("get the one consistent refresh result when the first response was lost (500 after success, then 429)", async () => {
    harness = await TokenServiceHarness.start({ faultProxy: true });
    const { key, tokens } = await harness.signIn();
    const request = {
      clientId: "arn:aws:signin:::devtools/same-device",
      grantType: "refresh_token",
      refreshToken: tokens.refreshToken,
    };
    const proof = key.proof(harness.tokenUrl);
    harness.faults.failNextResponses("server-error", "throttle");

    expect((await harness.post(request, { dpop: proof })).status).toBe(500);
    const throttled = await harness.post(request, { dpop: proof });
    expect([throttled.status, throttled.headers.get("x-amzn-errortype")]).toEqual([429, "TooManyRequestsError"]);
    const third = await harness.post(request, { dpop: proof });
    const fourth = await harness.post(request, { dpop: proof });
    expect(third.status).toBe(200);
    expect(fourth.text).toBe(third.text);

    // The rotated token from that one result is the session's next token.
    expect((await harness.refresh(third.json.refreshToken as string, key)).status).toBe(200);
  });
});
