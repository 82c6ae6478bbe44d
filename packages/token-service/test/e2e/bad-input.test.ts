/**
 * Bad input of every kind gets the right 4xx and a modeled error (X-Amzn-Errortype plus an
 * {"error","message"} body), in JSON and in form encoding, and nothing crashes or leaks.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { type RawResponse, SAME_DEVICE, TokenServiceHarness, sendRequest } from "../support/token-service-harness.js";

let harness: TokenServiceHarness;
beforeAll(async () => {
  harness = await TokenServiceHarness.start();
});
afterAll(() => harness.close());

const validCode = {
  clientId: SAME_DEVICE,
  grantType: "authorization_code",
  code: "some-code",
  redirectUri: "http://127.0.0.1:53037/oauth/callback",
  codeVerifier: "a".repeat(64),
};
const validRefresh = { clientId: SAME_DEVICE, grantType: "refresh_token", refreshToken: "some-token" };
const snake: Record<string, string> = {
  clientId: "client_id",
  grantType: "grant_type",
  code: "code",
  redirectUri: "redirect_uri",
  codeVerifier: "code_verifier",
  refreshToken: "refresh_token",
};
const asForm = (body: Record<string, string>) =>
  new URLSearchParams(Object.entries(body).map(([name, value]): [string, string] => [snake[name]!, value])).toString();

function expectModeledError(response: RawResponse, status: number, messageMatch?: RegExp) {
  expect(response.status, response.text).toBe(status);
  expect(response.headers.get("content-type")).toBe("application/json");
  expect(response.headers.get("x-amzn-errortype")).toBe("ValidationException");
  expect(response.headers.get("cache-control")).toBe("no-store");
  expect(response.headers.get("x-amzn-requestid")).toMatch(/^[0-9a-f-]{36}$/);
  expect(Object.keys(response.json).sort()).toEqual(["error", "message"]);
  expect(response.json.error).toBe("INVALID_REQUEST");
  if (messageMatch) expect(response.json.message).toMatch(messageMatch);
}

const without = (body: Record<string, string>, member: string) =>
  Object.fromEntries(Object.entries(body).filter(([name]) => name !== member));

describe.each([
  ["JSON", (body: Record<string, string>) => harness.post(JSON.stringify(body))],
  [
    "form",
    (body: Record<string, string>) => harness.post(asForm(body), { contentType: "application/x-www-form-urlencoded" }),
  ],
])("%s bodies", (_encoding, send) => {
  it.each(["clientId", "grantType"])("without %s: 400 naming it", async (member) => {
    expectModeledError(await send(without(validCode, member)), 400, new RegExp(`^${member} is required`));
  });

  it.each(["code", "redirectUri", "codeVerifier"])("authorization_code without %s: 400 naming it", async (member) => {
    expectModeledError(
      await send(without(validCode, member)),
      400,
      new RegExp(`^${member} is required for grantType authorization_code`),
    );
  });

  it("refresh_token without refreshToken: 400 naming it", async () => {
    expectModeledError(
      await send(without(validRefresh, "refreshToken")),
      400,
      /^refreshToken is required for grantType refresh_token/,
    );
  });

  it.each([
    ["code", { ...validCode, code: "c".repeat(513) }, /^code must be 1 to 512 characters long/],
    ["redirectUri", { ...validCode, redirectUri: "r".repeat(2049) }, /^redirectUri must be 1 to 2048 characters long/],
    [
      "codeVerifier (too long)",
      { ...validCode, codeVerifier: "v".repeat(129) },
      /^codeVerifier must be 43 to 128 characters long/,
    ],
    [
      "codeVerifier (too short)",
      { ...validCode, codeVerifier: "v".repeat(42) },
      /^codeVerifier must be 43 to 128 characters long/,
    ],
    ["codeVerifier (bad characters)", { ...validCode, codeVerifier: "v".repeat(42) + "!" }, /^codeVerifier must match/],
    [
      "refreshToken",
      { ...validRefresh, refreshToken: "t".repeat(12_289) },
      /^refreshToken must be 1 to 12288 characters long/,
    ],
    ["clientId", { ...validCode, clientId: "arn:aws:signin:::devtools/other" }, /^clientId must match/],
    ["grantType", { ...validCode, grantType: "client_credentials" }, /^grantType must match/],
  ])("an invalid %s: 400 naming it", async (_member, body, message) => {
    expectModeledError(await send(body), 400, message);
  });
});

describe("JSON bodies of the wrong shape", () => {
  it.each([
    ["a number for clientId", JSON.stringify({ ...validRefresh, clientId: 42 }), /^clientId must be a string/],
    [
      "an object for refreshToken",
      JSON.stringify({ ...validRefresh, refreshToken: {} }),
      /^refreshToken must be a string/,
    ],
    ["a boolean for grantType", JSON.stringify({ ...validRefresh, grantType: true }), /^grantType must be a string/],
    ["an array", JSON.stringify([validRefresh]), /JSON object/],
    ["not JSON", "clientId=x", /not valid JSON/],
    ["truncated JSON", JSON.stringify(validRefresh).slice(0, 20), /not valid JSON/],
    ["an empty body", "", /empty/],
    ["null", "null", /JSON object/],
  ])("%s: 400", async (_case, body, message) => {
    expectModeledError(await harness.post(body), 400, message);
  });

  it("does not echo secrets back", async () => {
    const response = await harness.post(JSON.stringify({ ...validRefresh, refreshToken: 987654321 }));
    expect(response.text).not.toContain("987654321");
    const tooLong = await harness.post(JSON.stringify({ ...validCode, codeVerifier: "S3cretVerifier".repeat(10) }));
    expect(tooLong.text).not.toContain("S3cretVerifier");
  });
});

describe("transport limits", () => {
  it("an oversized body: 413", async () => {
    expectModeledError(
      await harness.post(JSON.stringify({ ...validRefresh, padding: "x".repeat(20_000) })),
      413,
      /exceeds 16384 bytes/,
    );
  });

  it("an oversized body sent without Content-Length (chunked): 413", async () => {
    const chunked = await sendRequest(
      harness.tokenUrl,
      "POST",
      { "content-type": "application/json", "transfer-encoding": "chunked" },
      "x".repeat(40_000),
    );
    expect(chunked.status).toBe(413);
  });

  it.each([
    ["text/plain", 415],
    ["application/xml", 415],
    ["application/json; charset=iso-8859-1", 415],
    ["multipart/form-data; boundary=x", 415],
  ])("content type %s: %i", async (contentType, status) => {
    expectModeledError(
      await harness.post(JSON.stringify(validRefresh), { contentType }),
      status,
      /Unsupported content type/,
    );
  });

  it("an Accept header that excludes JSON: 406 as a modeled error", async () => {
    const response = await harness.post(JSON.stringify(validRefresh), { headers: { accept: "text/html" } });
    expectModeledError(response, 406);
  });

  it("GET /v1/token: 405 JSON", async () => {
    const response = await sendRequest(harness.tokenUrl, "GET", {});
    expect(response.status).toBe(405);
    expect(response.headers.get("allow")).toBe("POST");
    expect(JSON.parse(response.text)).toMatchObject({ error: "INVALID_REQUEST" });
  });

  it("an unknown path: 404 JSON", async () => {
    const response = await sendRequest(`${harness.url}/v2/token`, "POST", {}, "{}");
    expect(response.status).toBe(404);
    expect(JSON.parse(response.text)).toMatchObject({ error: "INVALID_REQUEST" });
  });

  it("throttles a flood from one address: 429 TooManyRequestsError with Retry-After", async () => {
    const small = await TokenServiceHarness.start({ limits: { tokenRequestBurst: 3, tokenRequestsPerSecond: 0.01 } });
    try {
      const statuses: number[] = [];
      let last: RawResponse | undefined;
      for (let i = 0; i < 5; i++) {
        last = await small.post(JSON.stringify(validRefresh));
        statuses.push(last.status);
      }
      expect(statuses).toEqual([400, 400, 400, 429, 429]);
      expect(last!.headers.get("x-amzn-errortype")).toBe("TooManyRequestsError");
      expect(last!.json).toEqual({ error: "INVALID_REQUEST", message: "Too many requests. Retry later." });
      expect(Number(last!.headers.get("retry-after"))).toBeGreaterThanOrEqual(1);
    } finally {
      await small.close();
    }
  });

  it("the service keeps answering after all of that", async () => {
    const { tokens, key } = await harness.signIn();
    expect((await harness.refresh(tokens.refreshToken, key)).status).toBe(200);
  });
});
