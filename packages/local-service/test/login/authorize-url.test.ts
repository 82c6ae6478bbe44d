import { describe, expect, it } from "vitest";

import { authorizeUrl, baseUrlOf, pythonQuote } from "../../src/login/authorize-url.js";
import { codeChallengeOf } from "../../src/login/pkce.js";
import { CROSS_DEVICE_CLIENT_ID, SAME_DEVICE_CLIENT_ID } from "../../src/protocol/client-ids.js";

describe("authorizeUrl", () => {
  it("reproduces the reference example byte for byte", () => {
    expect(
      authorizeUrl({
        baseUrl: "http://127.0.0.1:8080",
        clientId: SAME_DEVICE_CLIENT_ID,
        state: "8f8e2f8c-4b6e-4d3a-9a51-1b2c3d4e5f60",
        codeChallenge: codeChallengeOf("a".repeat(64)),
        redirectUri: "http://127.0.0.1:53037/oauth/callback",
      }),
    ).toBe(
      "http://127.0.0.1:8080/v1/authorize?response_type=code&client_id=arn%3Aaws%3Asignin%3A%3A%3Adevtools%2Fsame-device&state=8f8e2f8c-4b6e-4d3a-9a51-1b2c3d4e5f60&code_challenge_method=SHA-256&scope=openid&redirect_uri=http%3A%2F%2F127.0.0.1%3A53037%2Foauth%2Fcallback&code_challenge=_-BU_nrgy23GXDr5th1SCfQ5hR20PQulmXM33xVGaOs",
    );
  });

  it("builds the cross-device URL with the confirmation page as redirect_uri", () => {
    const url = authorizeUrl({
      baseUrl: "https://us-east-1.signin.aws.amazon.com",
      clientId: CROSS_DEVICE_CLIENT_ID,
      state: "s",
      codeChallenge: "c",
      redirectUri: "https://us-east-1.signin.aws.amazon.com/v1/sessions/confirmation",
    });
    expect(url).toBe(
      "https://us-east-1.signin.aws.amazon.com/v1/authorize?response_type=code" +
        "&client_id=arn%3Aaws%3Asignin%3A%3A%3Adevtools%2Fcross-device&state=s&code_challenge_method=SHA-256" +
        "&scope=openid&redirect_uri=https%3A%2F%2Fus-east-1.signin.aws.amazon.com%2Fv1%2Fsessions%2Fconfirmation" +
        "&code_challenge=c",
    );
  });
});

describe("pythonQuote", () => {
  it.each([
    ["-._~", "-._~"],
    ["AZaz09", "AZaz09"],
    ["!'()*", "%21%27%28%29%2A"],
    [" +/:?#[]@&=$,;", "%20%2B%2F%3A%3F%23%5B%5D%40%26%3D%24%2C%3B"],
    ["%", "%25"],
    ["é✓", "%C3%A9%E2%9C%93"],
    ["\u{1f600}", "%F0%9F%98%80"],
  ])("quotes %j like urllib.parse.quote(value, safe='-._~')", (value, expected) => {
    expect(pythonQuote(value)).toBe(expected);
  });
});

describe("baseUrlOf", () => {
  it.each([
    ["http://127.0.0.1:8080", "http://127.0.0.1:8080"],
    ["http://127.0.0.1:8080/", "http://127.0.0.1:8080"],
    ["http://127.0.0.1:8080/prefix/deeper?x=1#y", "http://127.0.0.1:8080"],
    ["https://us-east-1.signin.aws.amazon.com", "https://us-east-1.signin.aws.amazon.com"],
    // urlparse keeps the netloc as written: default port and case included.
    ["HTTP://LocalHost:80/x", "http://LocalHost:80"],
    ["http://[::1]:9000/p", "http://[::1]:9000"],
  ])("keeps only scheme://netloc of %s", (endpoint, base) => {
    expect(baseUrlOf(endpoint)).toBe(base);
  });

  it("refuses something that is not an absolute URL", () => {
    expect(() => baseUrlOf("127.0.0.1:8080")).toThrow(/absolute URL/);
    expect(() => baseUrlOf("/v1/token")).toThrow(/absolute URL/);
  });
});
