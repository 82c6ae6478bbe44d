/**
 * Finding 10 of the security hardening issue: a DPoP proof with a small-order Ed25519 key
 * (x = 0x01 followed by 31 zero bytes, the identity point) and an identity-point signature verified,
 * so anyone could make "proofs" for that key without holding a private key. EdDSA is no longer
 * accepted at all: no real client sends it (every capture and the protocol notes show ES256 only),
 * and the EC curves left are of prime order, with points validated on import.
 */
import { createPublicKey } from "node:crypto";

import { afterEach, beforeEach, describe, expect, it } from "vitest";

import { generateKeyPair } from "../../src/keys/generate-key-pair.js";
import { signJws } from "../support/dpop-client.js";
import { TokenServiceHarness } from "../support/token-service-harness.js";

let harness: TokenServiceHarness;
beforeEach(async () => {
  harness = await TokenServiceHarness.start();
});
afterEach(() => harness.close());

const now = () => Math.floor(Date.now() / 1000);
const encode = (value: object) => Buffer.from(JSON.stringify(value)).toString("base64url");

async function exchangeWith(proof: string) {
  return harness.post({ grantType: "authorization_code", ...(await harness.issueCode()) }, { dpop: proof });
}

describe("finding 10: no proof without a private key", () => {
  it("finding 10: a small-order Ed25519 key with an identity-point signature is refused", async () => {
    const identity = Buffer.concat([Buffer.from([1]), Buffer.alloc(31)]);
    const input = `${encode({ typ: "dpop+jwt", alg: "EdDSA", jwk: { kty: "OKP", crv: "Ed25519", x: identity.toString("base64url") } })}.${encode(
      { jti: crypto.randomUUID(), htm: "POST", htu: harness.tokenUrl, iat: now() },
    )}`;
    const signature = Buffer.concat([identity, Buffer.alloc(32)]).toString("base64url");
    const response = await exchangeWith(`${input}.${signature}`);
    expect(response.status).toBe(400);
    expect(response.headers.get("x-amzn-errortype")).toBe("ValidationException");
    expect(response.json.message).toMatch(/^Invalid DPoP proof: /);
  });

  it("finding 10: EdDSA proofs are refused even with a sound key (no real client sends them)", async () => {
    const { privateKey, publicKey } = generateKeyPair("ed25519");
    const proof = signJws(
      { typ: "dpop+jwt", alg: "EdDSA", jwk: publicKey.export({ format: "jwk" }) },
      { jti: crypto.randomUUID(), htm: "POST", htu: harness.tokenUrl, iat: now() },
      privateKey,
    );
    const response = await exchangeWith(proof);
    expect(response.status).toBe(400);
    expect(response.json.message).toMatch(/alg must be one of ES256, ES384, ES512$/);
  });

  it("finding 10: an EC coordinate spelled as x + p (non-canonical) is refused", async () => {
    // A P-256 point with a small x, so that x + p still fits in 32 bytes.
    const p = 2n ** 256n - 2n ** 224n + 2n ** 192n + 2n ** 96n - 1n;
    const b = 0x5ac635d8aa3a93e7b3ebbd55769886bc651d06b0cc53b0f63bce3c3e27d2604bn;
    const mod = (a: bigint) => ((a % p) + p) % p;
    const power = (base: bigint, exponent: bigint) => {
      let result = 1n;
      for (base = mod(base); exponent > 0n; exponent >>= 1n, base = mod(base * base))
        if (exponent & 1n) result = mod(result * base);
      return result;
    };
    let x = 1n;
    let y = 0n;
    for (; ; x++) {
      const rhs = mod(x ** 3n - 3n * x + b);
      y = power(rhs, (p + 1n) / 4n);
      if (mod(y * y) === rhs) break;
    }
    const b64 = (n: bigint) => Buffer.from(n.toString(16).padStart(64, "0"), "hex").toString("base64url");
    expect(() =>
      createPublicKey({ key: { kty: "EC", crv: "P-256", x: b64(x), y: b64(y) }, format: "jwk" }),
    ).not.toThrow();
    const jwk = { kty: "EC", crv: "P-256", x: b64(x + p), y: b64(y) };
    const input = `${encode({ typ: "dpop+jwt", alg: "ES256", jwk })}.${encode({ jti: "j", htm: "POST", htu: harness.tokenUrl, iat: now() })}`;
    const response = await exchangeWith(`${input}.${Buffer.alloc(64, 1).toString("base64url")}`);
    expect(response.status).toBe(400);
    expect(response.json.message).toMatch(/jwk/);
  });
});
