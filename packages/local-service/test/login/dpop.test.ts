import { createPrivateKey, createPublicKey } from "node:crypto";

import { describe, expect, it } from "vitest";

import { dpopProof, generateDpopKey, publicJwkOf, sec1Pem } from "../../src/login/dpop.js";
import { decodeProof, jwkThumbprint } from "./support/fake-token-endpoint.js";

describe("dpopProof", () => {
  const key = generateDpopKey();

  it("is an ES256 compact JWS that verifies against the jwk in its header", () => {
    const proof = dpopProof(key, { method: "POST", htu: "http://127.0.0.1:8080/v1/token", now: 1_700_000_000_999 });
    expect(proof.split(".")).toHaveLength(3);
    expect(proof).toMatch(/^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]{86}$/);
    const decoded = decodeProof(proof);
    expect(decoded.signatureValid).toBe(true);
    expect(decoded.header).toEqual({ typ: "dpop+jwt", alg: "ES256", jwk: publicJwkOf(key) });
    expect(Object.keys(decoded.header.jwk ?? {})).toEqual(["kty", "crv", "x", "y"]);
    expect(decoded.payload).toEqual({
      jti: expect.stringMatching(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/),
      htm: "POST",
      htu: "http://127.0.0.1:8080/v1/token",
      iat: 1_700_000_000,
    });
  });

  it("fails verification under another key, and uses a new jti every time", () => {
    const proof = dpopProof(key, { method: "POST", htu: "https://example.test/v1/token" });
    const [header = "", payload = "", signature = ""] = proof.split(".");
    const otherKey = generateDpopKey();
    const otherHeader = Buffer.from(
      JSON.stringify({ typ: "dpop+jwt", alg: "ES256", jwk: publicJwkOf(otherKey) }),
    ).toString("base64url");
    expect(decodeProof(`${otherHeader}.${payload}.${signature}`).signatureValid).toBe(false);
    expect(decodeProof(`${header}.${payload}.${signature}`).signatureValid).toBe(true);
    const second = dpopProof(key, { method: "POST", htu: "https://example.test/v1/token" });
    expect(decodeProof(second).payload.jti).not.toBe(decodeProof(proof).payload.jti);
  });

  it("carries x and y as 32-byte coordinates", () => {
    const jwk = publicJwkOf(key);
    expect(Buffer.from(jwk.x, "base64url")).toHaveLength(32);
    expect(Buffer.from(jwk.y, "base64url")).toHaveLength(32);
  });
});

describe("sec1Pem", () => {
  it("is the CLI's SEC1 PEM: EC PRIVATE KEY armour, 64-column lines, trailing newline", () => {
    const key = generateDpopKey();
    const pem = sec1Pem(key);
    const lines = pem.split("\n");
    expect(lines[0]).toBe("-----BEGIN EC PRIVATE KEY-----");
    expect(lines.at(-2)).toBe("-----END EC PRIVATE KEY-----");
    expect(lines.at(-1)).toBe("");
    const body = lines.slice(1, -2);
    for (const line of body.slice(0, -1)) expect(line).toHaveLength(64);
    expect(body.at(-1)!.length).toBeLessThanOrEqual(64);
    expect(body.join("")).toMatch(/^[A-Za-z0-9+/]+=*$/);
  });

  it("round-trips through createPrivateKey to the same key", () => {
    const key = generateDpopKey();
    const reloaded = createPrivateKey(sec1Pem(key));
    expect(reloaded.asymmetricKeyType).toBe("ec");
    expect(reloaded.asymmetricKeyDetails?.namedCurve).toBe("prime256v1");
    expect(jwkThumbprint(createPublicKey(reloaded).export({ format: "jwk" }))).toBe(jwkThumbprint(publicJwkOf(key)));
    // A proof signed with the reloaded key verifies against the original public key.
    const proof = decodeProof(dpopProof(reloaded, { method: "POST", htu: "https://x.test/v1/token" }));
    expect(proof.signatureValid).toBe(true);
    expect(proof.jkt).toBe(jwkThumbprint(publicJwkOf(key)));
  });
});
