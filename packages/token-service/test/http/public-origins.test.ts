import { describe, expect, it } from "vitest";

import { PublicOrigins, isLoopbackAddress } from "../../src/http/public-origins.js";
import { clientSource } from "../../src/limits/client-source.js";

describe("PublicOrigins.forListener", () => {
  it("finding 1: on loopback without --public-url, exactly the three loopback origins of the bound port", () => {
    for (const address of ["127.0.0.1", "::1", "127.0.0.5", "::ffff:127.0.0.1"]) {
      expect(PublicOrigins.forListener([], address, 4321).origins).toEqual([
        "http://127.0.0.1:4321",
        "http://localhost:4321",
        "http://[::1]:4321",
      ]);
    }
  });

  it("finding 1: --public-url values replace the defaults, normalized", () => {
    expect(PublicOrigins.forListener(["HTTPS://Signin.Example:443", "http://a.test"], "127.0.0.1", 1).origins).toEqual([
      "https://signin.example",
      "http://a.test",
    ]);
  });

  it("finding 1: every interface without --public-url is a configuration error; one address is its own origin", () => {
    expect(() => PublicOrigins.forListener([], "0.0.0.0", 8080)).toThrow(/--public-url/);
    expect(() => PublicOrigins.forListener([], "::", 8080)).toThrow(/--public-url/);
    expect(PublicOrigins.forListener([], "192.0.2.7", 8080).origins).toEqual(["http://192.0.2.7:8080"]);
    expect(PublicOrigins.forListener([], "2001:db8::7", 8080).origins).toEqual(["http://[2001:db8::7]:8080"]);
  });

  it("finding 1: an https origin on its default port accepts Host with and without :443", () => {
    const origins = new PublicOrigins(["https://signin.example"]);
    expect(origins.resolve(["signin.example"], "/v1/token")).toMatchObject({ ok: true });
    expect(origins.resolve(["signin.example:443"], "/v1/token")).toMatchObject({ ok: true });
    expect(origins.resolve(["signin.example:80"], "/v1/token")).toMatchObject({ ok: false, status: 421 });
    expect(origins.resolve(["signin.example"], "http://signin.example/v1/token")).toMatchObject({
      ok: false,
      status: 421,
    });
  });

  it("recognises loopback addresses", () => {
    expect(["127.0.0.1", "127.255.0.9", "::1", "::ffff:127.0.0.1"].every(isLoopbackAddress)).toBe(true);
    expect(["10.0.0.1", "::", "0.0.0.0", "::ffff:10.0.0.1", "128.0.0.1"].some(isLoopbackAddress)).toBe(false);
  });
});

describe("clientSource", () => {
  it("finding 6: counts the loopback network and each IPv6 /64 as one source", () => {
    expect(new Set(["127.0.0.1", "127.0.0.2", "127.9.9.9", "::1", "::ffff:127.0.0.3"].map(clientSource)).size).toBe(1);
    expect(clientSource("2001:db8:1:2:aaaa::1")).toBe(clientSource("2001:db8:1:2:bbbb:cccc:dddd:eeee"));
    expect(clientSource("2001:db8:1:2::1")).not.toBe(clientSource("2001:db8:1:3::1"));
    expect(clientSource("::ffff:192.0.2.1")).toBe("192.0.2.1");
    expect(clientSource("192.0.2.1")).not.toBe(clientSource("192.0.2.2"));
  });
});
