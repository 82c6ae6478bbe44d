import { calculateJwkThumbprint } from "jose";
import { describe, expect, it } from "vitest";

import { jwkThumbprint, type PublicJwk } from "../../src/dpop/jwk-thumbprint.js";
import { generateKeyPair } from "../../src/keys/generate-key-pair.js";
import { InvalidJwkError } from "../../src/dpop/public-jwk.js";

// RFC 7638 §3.1.
const rfc7638RsaKey = {
  kty: "RSA",
  n:
    "0vx7agoebGcQSuuPiLJXZptN9nndrQmbXEps2aiAFbWhM78LhWx4cbbfAAtVT86zwu1RK7aPFFxuhDR1L6tSoc_BJECPebWKRXjBZCiFV4n3oknjhMstn6" +
    "4tZ_2W-5JsGY4Hc5n9yBXArwl93lqt7_RN5w6Cf0h4QyQ5v-65YGjQR0_FDW2QvzqY368QQMicAtaSqzs8KJZgnYb9c7d0zgdAZHzu6qMQvRL5hajrn1n91" +
    "CbOpbISD08qNLyrdkt-bFTWhAI4vMQFh6WeZu0fM4lFd2NcRwr3XPksINHaQ-G_xBniIqbw0Ls1jF44-csFCur-kEgU8awapJzKnqDKgw",
  e: "AQAB",
  alg: "RS256",
  kid: "2011-04-29",
} as const;

// RFC 9449 §4.1 example proof key; its jkt appears in §6.1 and §7.1.
const rfc9449EcKey = {
  kty: "EC",
  x: "l8tFrhx-34tV3hRICRDY9zCkDlpBhF42UQUfWVAWBFs",
  y: "9VE4jf_Ok_o64zbTTlcuNJajHmt6v9TDVrU0CdvGRDA",
  crv: "P-256",
} as const;
const rfc9449Jkt = "0ZcOCORZNYy-DWpqq30jZyJGHTN0d2HglBV3uiguA4I";

/** Widens a test JWK so that it can carry members the type leaves out, as network input does. */
const asPublicJwk = (jwk: Record<string, unknown>): PublicJwk => jwk as unknown as PublicJwk;

describe("jwkThumbprint", () => {
  it("matches the RFC 7638 §3.1 RSA example", () => {
    expect(jwkThumbprint(rfc7638RsaKey)).toBe("NzbLsXh8uDCcd-6MNwXF4W_7noWXFZAfHkxZsRGC9Xs");
  });

  it("matches the RFC 9449 example EC key's jkt", () => {
    expect(jwkThumbprint(rfc9449EcKey)).toBe(rfc9449Jkt);
  });

  it("ignores member order and non-required members", () => {
    const reordered = asPublicJwk({ crv: "P-256", y: rfc9449EcKey.y, x: rfc9449EcKey.x, kty: "EC" });
    const decorated = asPublicJwk({ ...rfc9449EcKey, d: "private", kid: "key-1", alg: "ES256", use: "sig" });
    expect(jwkThumbprint(reordered)).toBe(rfc9449Jkt);
    expect(jwkThumbprint(decorated)).toBe(rfc9449Jkt);
  });

  it("depends on every required member", () => {
    const otherY = asPublicJwk({ ...rfc9449EcKey, y: rfc9449EcKey.x });
    expect(jwkThumbprint(otherY)).not.toBe(rfc9449Jkt);
  });

  it.each([
    ["P-256", { namedCurve: "P-256" }],
    ["P-384", { namedCurve: "P-384" }],
    ["P-521", { namedCurve: "P-521" }],
  ] as const)("agrees with jose for random %s keys", async (_name, options) => {
    for (let i = 0; i < 5; i++) {
      const jwk = generateKeyPair("ec", options).publicKey.export({ format: "jwk" });
      expect(jwkThumbprint(asPublicJwk(jwk))).toBe(await calculateJwkThumbprint({ ...jwk }, "sha256"));
    }
  });

  it("agrees with jose for random Ed25519 and RSA keys", async () => {
    const ed = generateKeyPair("ed25519").publicKey.export({ format: "jwk" });
    const rsa = generateKeyPair("rsa", { modulusLength: 2048 }).publicKey.export({ format: "jwk" });
    expect(jwkThumbprint(asPublicJwk(ed))).toBe(await calculateJwkThumbprint({ ...ed }, "sha256"));
    expect(jwkThumbprint(asPublicJwk(rsa))).toBe(await calculateJwkThumbprint({ ...rsa }, "sha256"));
  });

  it.each([
    ["an unsupported kty", { kty: "oct", k: "c2VjcmV0" }, /kty/],
    ["a missing kty", { x: rfc9449EcKey.x, y: rfc9449EcKey.y, crv: "P-256" }, /kty/],
    ["a missing y", { kty: "EC", x: rfc9449EcKey.x, crv: "P-256" }, /member y/],
    ["a numeric e", { kty: "RSA", n: rfc7638RsaKey.n, e: 65537 }, /member e/],
    ["an empty crv", { kty: "OKP", crv: "", x: rfc9449EcKey.x }, /member crv/],
  ])("rejects a JWK with %s", (_name, jwk, message) => {
    expect(() => jwkThumbprint(asPublicJwk(jwk))).toThrow(InvalidJwkError);
    expect(() => jwkThumbprint(asPublicJwk(jwk))).toThrow(message);
  });

  it("rejects values that are not JSON objects", () => {
    expect(() => jwkThumbprint(null as unknown as PublicJwk)).toThrow(InvalidJwkError);
    expect(() => jwkThumbprint([] as unknown as PublicJwk)).toThrow(InvalidJwkError);
  });

  it("does not read members from the prototype chain", () => {
    const inherited = Object.assign(Object.create({ y: rfc9449EcKey.y }) as object, {
      kty: "EC",
      x: rfc9449EcKey.x,
      crv: "P-256",
    });
    expect(() => jwkThumbprint(inherited as PublicJwk)).toThrow(/member y/);
  });
});
