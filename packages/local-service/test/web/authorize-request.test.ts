import { describe, expect, it } from "vitest";

import { parseAuthorizeRequest } from "../../src/web/authorize-request.js";

const ORIGINS = ["http://127.0.0.1:8080"];
// The AWS CLI's own authorize URL (signin-protocol.md §4.4), verifier 64×"a".
const CLI_URL =
  "http://127.0.0.1:8080/v1/authorize?response_type=code&client_id=arn%3Aaws%3Asignin%3A%3A%3Adevtools%2Fsame-device&state=8f8e2f8c-4b6e-4d3a-9a51-1b2c3d4e5f60&code_challenge_method=SHA-256&scope=openid&redirect_uri=http%3A%2F%2F127.0.0.1%3A53037%2Foauth%2Fcallback&code_challenge=_-BU_nrgy23GXDr5th1SCfQ5hR20PQulmXM33xVGaOs";

const query = (changes: Record<string, string | null> = {}) => {
  const params = new URL(CLI_URL).searchParams;
  for (const [name, value] of Object.entries(changes)) {
    if (value === null) params.delete(name);
    else params.set(name, value);
  }
  return params;
};

describe("GET /v1/authorize parameters", () => {
  it("accepts exactly what the AWS CLI sends", () => {
    expect(parseAuthorizeRequest(new URL(CLI_URL).searchParams, ORIGINS)).toEqual({
      ok: true,
      destination: "loopback",
      request: {
        clientId: "arn:aws:signin:::devtools/same-device",
        redirectUri: "http://127.0.0.1:53037/oauth/callback",
        state: "8f8e2f8c-4b6e-4d3a-9a51-1b2c3d4e5f60",
        codeChallenge: "_-BU_nrgy23GXDr5th1SCfQ5hR20PQulmXM33xVGaOs",
      },
    });
  });

  it("accepts S256 and a challenge with a trailing =", () => {
    const outcome = parseAuthorizeRequest(
      query({ code_challenge_method: "S256", code_challenge: "_-BU_nrgy23GXDr5th1SCfQ5hR20PQulmXM33xVGaOs=" }),
      ORIGINS,
    );
    expect(outcome.ok && outcome.request.codeChallenge).toBe("_-BU_nrgy23GXDr5th1SCfQ5hR20PQulmXM33xVGaOs");
  });

  it.each([
    ["an unknown client", { client_id: "arn:aws:signin:::devtools/web" }],
    ["no client", { client_id: null }],
    ["a foreign redirect", { redirect_uri: "http://evil.test/oauth/callback" }],
    ["no redirect", { redirect_uri: null }],
  ])("shows an error page without redirecting for %s", (_case, changes) => {
    expect(parseAuthorizeRequest(query(changes), ORIGINS)).toMatchObject({ ok: false, redirect: false });
  });

  it.each([
    ["response_type token", { response_type: "token" }, "unsupported_response_type"],
    ["scope profile", { scope: "openid profile" }, "invalid_scope"],
    ["no scope", { scope: null }, "invalid_scope"],
    ["the plain method", { code_challenge_method: "plain" }, "invalid_request"],
    ["a short challenge", { code_challenge: "abc" }, "invalid_request"],
    ["no challenge", { code_challenge: null }, "invalid_request"],
  ])("redirects other errors back with state: %s", (_case, changes, error) => {
    expect(parseAuthorizeRequest(query(changes), ORIGINS)).toMatchObject({
      ok: false,
      redirect: true,
      error,
      state: "8f8e2f8c-4b6e-4d3a-9a51-1b2c3d4e5f60",
      redirectUri: "http://127.0.0.1:53037/oauth/callback",
    });
  });

  it("redirects a missing state without one", () => {
    expect(parseAuthorizeRequest(query({ state: null }), ORIGINS)).toMatchObject({
      ok: false,
      redirect: true,
      error: "invalid_request",
      state: undefined,
    });
  });

  it("refuses repeated parameters", () => {
    const params = query();
    params.append("code_challenge", "x".repeat(43));
    expect(parseAuthorizeRequest(params, ORIGINS)).toMatchObject({
      ok: false,
      redirect: true,
      error: "invalid_request",
    });
    const clients = query();
    clients.append("client_id", "arn:aws:signin:::devtools/same-device");
    expect(parseAuthorizeRequest(clients, ORIGINS)).toMatchObject({ ok: false, redirect: false });
  });
});
