import { randomUUID, sign, type JsonWebKey, type KeyObject } from "node:crypto";

import { generateKeyPair } from "../../../src/keys/generate-key-pair.js";

/** The JS SDK capture's target and time (reference wire-captures.json). */
export const TOKEN_URL = "http://127.0.0.1:18777/v1/token";
export const NOW_SECONDS = 1_795_720_544;
export const NOW_MS = NOW_SECONDS * 1000;

export type TestAlgorithm = "ES256" | "ES384" | "ES512" | "EdDSA";

export interface TestKey {
  readonly alg: TestAlgorithm;
  readonly privateKey: KeyObject;
  readonly publicKey: KeyObject;
  /** As Node exports it: kty, x, y, crv, which is also botocore's member order. */
  readonly publicJwk: JsonWebKey;
}

const curves = { ES256: "P-256", ES384: "P-384", ES512: "P-521" } as const;
const digests = { ES256: "sha256", ES384: "sha384", ES512: "sha512" } as const;

export function generateTestKey(alg: TestAlgorithm = "ES256"): TestKey {
  const { privateKey, publicKey } =
    alg === "EdDSA" ? generateKeyPair("ed25519") : generateKeyPair("ec", { namedCurve: curves[alg] });
  return { alg, privateKey, publicKey, publicJwk: publicKey.export({ format: "jwk" }) };
}

export const proofHeader = (key: TestKey): Record<string, unknown> => ({
  typ: "dpop+jwt",
  alg: key.alg,
  jwk: key.publicJwk,
});

export const proofClaims = (overrides: Record<string, unknown> = {}): Record<string, unknown> => ({
  jti: randomUUID(),
  htm: "POST",
  htu: TOKEN_URL,
  iat: NOW_SECONDS,
  ...overrides,
});

export const base64UrlJson = (value: unknown): string =>
  Buffer.from(typeof value === "string" ? value : JSON.stringify(value), "utf8").toString("base64url");

export interface SignOptions {
  /** ECDSA signature encoding; JWS requires ieee-p1363 (raw r‖s). */
  readonly dsaEncoding?: "ieee-p1363" | "der";
  /** Signs with this key instead of the one whose jwk is in the header. */
  readonly signingKey?: TestKey;
}

/**
 * A compact JWS signed over exactly the given header and payload. Either may be passed as a JSON
 * string to control member order and whitespace byte for byte.
 */
export function signProof(key: TestKey, header: unknown, payload: unknown, options: SignOptions = {}): string {
  const signer = options.signingKey ?? key;
  const signingInput = `${base64UrlJson(header)}.${base64UrlJson(payload)}`;
  const data = Buffer.from(signingInput, "ascii");
  const signature =
    signer.alg === "EdDSA"
      ? sign(null, data, signer.privateKey)
      : sign(digests[signer.alg], data, {
          key: signer.privateKey,
          dsaEncoding: options.dsaEncoding ?? "ieee-p1363",
        });
  return `${signingInput}.${signature.toString("base64url")}`;
}

/** A valid proof for POST {@link TOKEN_URL} at {@link NOW_SECONDS}, with optional claim overrides. */
export const validProof = (key: TestKey, claims: Record<string, unknown> = {}): string =>
  signProof(key, proofHeader(key), proofClaims(claims));
