import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

import { describe, expect, it } from "vitest";

import { normalizeTokenRequestBody, tokenRequestMembers } from "../../src/http/token-request-body.js";

const json = (value: unknown) => Buffer.from(JSON.stringify(value));
const form = (text: string) => Buffer.from(text);
const accepted = (result: ReturnType<typeof normalizeTokenRequestBody>) => {
  if (!result.ok) throw new Error(`rejected: ${result.message}`);
  return JSON.parse(result.json) as Record<string, string>;
};

describe("token request bodies", () => {
  it("lists the model's members in model order with their JSON names", () => {
    // The first published model; test/model/botocore-equivalence.test.ts proves ours matches AWS's current one,
    // whose token request body is unchanged.
    const model = JSON.parse(
      readFileSync(fileURLToPath(new URL("../../../../codegen/baseline/signin.json", import.meta.url)), "utf8"),
    ) as { shapes: Record<string, { members: Record<string, { traits?: Record<string, unknown> }> }> };
    const members = model.shapes["com.amazonaws.signin#CreateOAuth2TokenRequestBody"]!.members;
    const wireNames = Object.entries(members).map(([name, member]) => member.traits?.["smithy.api#jsonName"] ?? name);
    expect(tokenRequestMembers.map((member) => member.json)).toEqual(wireNames);
  });

  it.each([undefined, "application/json", "application/json; charset=utf-8", "Application/JSON;charset=UTF-8"])(
    "accepts JSON with content type %s",
    (contentType) => {
      expect(
        accepted(normalizeTokenRequestBody(contentType, json({ clientId: "c", grantType: "refresh_token" }))),
      ).toEqual({
        clientId: "c",
        grantType: "refresh_token",
      });
    },
  );

  it("transcodes a form body with OAuth snake_case names", () => {
    const body = form(
      "client_id=arn%3Aaws%3Asignin%3A%3A%3Adevtools%2Fsame-device&grant_type=authorization_code&code=abc&redirect_uri=http%3A%2F%2F127.0.0.1%3A1%2Foauth%2Fcallback&code_verifier=v",
    );
    expect(accepted(normalizeTokenRequestBody("application/x-www-form-urlencoded", body))).toEqual({
      clientId: "arn:aws:signin:::devtools/same-device",
      grantType: "authorization_code",
      code: "abc",
      redirectUri: "http://127.0.0.1:1/oauth/callback",
      codeVerifier: "v",
    });
  });

  it("transcodes a form body with camelCase names, and ignores unknown parameters", () => {
    const body = form("clientId=c&grantType=refresh_token&refreshToken=r%2Bs&scope=openid");
    expect(accepted(normalizeTokenRequestBody("application/x-www-form-urlencoded; charset=utf-8", body))).toEqual({
      clientId: "c",
      grantType: "refresh_token",
      refreshToken: "r+s",
    });
  });

  it("puts members in model order whatever order they arrived in", () => {
    const result = normalizeTokenRequestBody(
      "application/json",
      json({ refreshToken: "r", grantType: "g", clientId: "c" }),
    );
    expect(result.ok && result.json).toBe('{"clientId":"c","grantType":"g","refreshToken":"r"}');
  });

  it.each([
    [
      "a repeated form field",
      "application/x-www-form-urlencoded",
      form("client_id=a&client_id=b"),
      400,
      /client_id appears more than once/,
    ],
    [
      "both spellings of a field",
      "application/x-www-form-urlencoded",
      form("grant_type=a&grantType=b"),
      400,
      /grant_type appears more than once/,
    ],
    ["a body that is not JSON", "application/json", form("client_id=a"), 400, /not valid JSON/],
    ["an empty body", "application/json", form(""), 400, /empty/],
    ["a JSON array", "application/json", json(["a"]), 400, /JSON object/],
    ["a JSON string", "application/json", json("a"), 400, /JSON object/],
    ["a number where a string belongs", "application/json", json({ clientId: 42 }), 400, /clientId must be a string/],
    [
      "an object where a string belongs",
      "application/json",
      json({ refreshToken: { a: 1 } }),
      400,
      /refreshToken must be a string/,
    ],
    ["invalid UTF-8", "application/json", Buffer.from([0x7b, 0xff, 0x7d]), 400, /UTF-8/],
    ["text/plain", "text/plain", json({}), 415, /Unsupported content type/],
    ["a non-UTF-8 charset", "application/json; charset=latin1", json({}), 415, /Unsupported content type/],
    ["a malformed media type", "json", json({}), 415, /Unsupported content type/],
  ])("rejects %s", (_case, contentType, body, status, message) => {
    const result = normalizeTokenRequestBody(contentType, body);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.status).toBe(status);
      expect(result.message).toMatch(message);
    }
  });

  it("never echoes a member's value in a rejection", () => {
    const result = normalizeTokenRequestBody("application/json", json({ refreshToken: 123456789 }));
    expect(result.ok || result.message).not.toContain("123456789");
  });
});
