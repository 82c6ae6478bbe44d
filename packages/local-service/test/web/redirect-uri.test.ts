import { describe, expect, it } from "vitest";

import { checkRedirectUri } from "../../src/web/redirect-uri.js";

const SAME = "arn:aws:signin:::devtools/same-device";
const CROSS = "arn:aws:signin:::devtools/cross-device";
const ORIGINS = ["http://127.0.0.1:8080"];

describe("redirect URI rules", () => {
  it.each([
    "http://127.0.0.1:53037/oauth/callback",
    "http://127.0.0.1:1/oauth/callback",
    "http://127.0.0.1:65535/oauth/callback",
  ])("same-device accepts the loopback callback on any port: %s", (uri) => {
    expect(checkRedirectUri(SAME, uri, ORIGINS)).toEqual({ ok: true, kind: "loopback" });
  });

  it.each([
    ["a foreign host", "http://evil.test:53037/oauth/callback"],
    ["https on loopback", "https://127.0.0.1:53037/oauth/callback"],
    ["localhost", "http://localhost:53037/oauth/callback"],
    ["a localhost lookalike", "http://localhost.evil.test:53037/oauth/callback"],
    ["an IP lookalike subdomain", "http://127.0.0.1.evil.test:53037/oauth/callback"],
    ["another loopback address", "http://127.0.0.2:53037/oauth/callback"],
    ["IPv6 loopback", "http://[::1]:53037/oauth/callback"],
    ["an encoded IP", "http://2130706433:53037/oauth/callback"],
    ["userinfo before the host", "http://127.0.0.1:53037@evil.test/oauth/callback"],
    ["userinfo with a fake host", "http://evil.test@127.0.0.1:53037/oauth/callback"],
    ["a backslash trick", "http://127.0.0.1:53037\\@evil.test/oauth/callback"],
    ["no port", "http://127.0.0.1/oauth/callback"],
    ["port 0", "http://127.0.0.1:0/oauth/callback"],
    ["port too large", "http://127.0.0.1:65536/oauth/callback"],
    ["a leading-zero port", "http://127.0.0.1:053037/oauth/callback"],
    ["another path", "http://127.0.0.1:53037/oauth/callback/../../evil"],
    ["a query string", "http://127.0.0.1:53037/oauth/callback?next=http://evil.test"],
    ["a fragment", "http://127.0.0.1:53037/oauth/callback#x"],
    ["percent-encoding", "http://127.0.0.1:53037/oauth%2Fcallback"],
    ["upper-case scheme", "HTTP://127.0.0.1:53037/oauth/callback"],
    ["trailing whitespace", "http://127.0.0.1:53037/oauth/callback "],
    ["the confirmation page", "http://127.0.0.1:8080/v1/sessions/confirmation"],
  ])("same-device refuses %s", (_case, uri) => {
    expect(checkRedirectUri(SAME, uri, ORIGINS).ok).toBe(false);
  });

  it("cross-device accepts only this service's confirmation page", () => {
    expect(checkRedirectUri(CROSS, "http://127.0.0.1:8080/v1/sessions/confirmation", ORIGINS)).toEqual({
      ok: true,
      kind: "confirmation",
    });
    for (const uri of [
      "http://evil.test/v1/sessions/confirmation",
      "http://127.0.0.1:8081/v1/sessions/confirmation",
      "http://127.0.0.1:8080/v1/sessions/confirmation?x=1",
      "http://127.0.0.1:8080@evil.test/v1/sessions/confirmation",
      "http://127.0.0.1:53037/oauth/callback",
    ]) {
      expect(checkRedirectUri(CROSS, uri, ORIGINS).ok, uri).toBe(false);
    }
  });

  it("refuses unknown clients whatever the redirect", () => {
    expect(
      checkRedirectUri("arn:aws:signin:::devtools/other", "http://127.0.0.1:53037/oauth/callback", ORIGINS).ok,
    ).toBe(false);
  });
});
