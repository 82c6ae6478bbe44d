import { createECDH, createPrivateKey, type KeyObject } from "node:crypto";

import type { JWK } from "jose";

import type { RandomSource } from "../runtime/random.js";
import { KeyringError, type SigningKey } from "./keyring.js";

/** The order n of the P-256 group; a private scalar must lie in [1, n-1]. */
const P256_ORDER = BigInt("0xffffffff00000000ffffffffffffffffbce6faada7179e84f3b9cac2fc632551");
const SCALAR_BYTES = 32;

/**
 * A fresh P-256 private key as a JWK. node:crypto cannot generate a key pair from caller-supplied
 * randomness, so the scalar is drawn from the RandomSource (rejection sampling keeps it uniform,
 * FIPS 186-5 A.2.2) and node's ECDH computes the public point. This is what lets a seeded
 * RandomSource reproduce the whole keyring.
 */
export const generateSigningJwk = (random: RandomSource): JWK => {
  for (;;) {
    const scalar = random.bytes(SCALAR_BYTES);
    if (!isValidScalar(scalar)) continue;
    return { kty: "EC", crv: "P-256", ...publicPointOf(scalar), d: scalar.toString("base64url") };
  }
};

/**
 * Builds a SigningKey from a private JWK. node:crypto trusts the x/y of an imported JWK without
 * checking them against d, so the public point is recomputed from d and a JWK that disagrees is
 * refused: it is corrupt, and publishing its x/y would advertise a key no signature verifies with.
 */
export const signingKeyFromJwk = (kid: string, privateJwk: JWK): SigningKey => {
  if (privateJwk.kty !== "EC" || privateJwk.crv !== "P-256" || typeof privateJwk.d !== "string") {
    throw new KeyringError(`Signing key ${kid} is not a P-256 private key`);
  }
  const scalar = Buffer.from(privateJwk.d, "base64url");
  if (!isValidScalar(scalar) || scalar.toString("base64url") !== privateJwk.d) {
    throw new KeyringError(`Signing key ${kid} is not a valid P-256 private key`);
  }
  const { x, y } = publicPointOf(scalar);
  if (x !== privateJwk.x || y !== privateJwk.y) {
    throw new KeyringError(`Signing key ${kid} has a public point that does not match its private key`);
  }
  let privateKey: KeyObject;
  try {
    privateKey = createPrivateKey({ key: { kty: "EC", crv: "P-256", x, y, d: privateJwk.d }, format: "jwk" });
  } catch {
    throw new KeyringError(`Signing key ${kid} is not a valid P-256 private key`);
  }
  const publicJwk: JWK = Object.freeze({ kty: "EC", crv: "P-256", x, y, kid, alg: "ES256", use: "sig" });
  return Object.freeze({ kid, alg: "ES256", privateKey, publicJwk });
};

const isValidScalar = (scalar: Buffer): boolean => {
  if (scalar.length !== SCALAR_BYTES) return false;
  const value = BigInt(`0x${scalar.toString("hex")}`);
  return value !== 0n && value < P256_ORDER;
};

/** x and y of d·G, base64url, via node's ECDH (which does the scalar multiplication). */
const publicPointOf = (scalar: Buffer): { x: string; y: string } => {
  const ecdh = createECDH("prime256v1");
  ecdh.setPrivateKey(scalar);
  const point = ecdh.getPublicKey(null, "uncompressed");
  return {
    x: point.subarray(1, 1 + SCALAR_BYTES).toString("base64url"),
    y: point.subarray(1 + SCALAR_BYTES).toString("base64url"),
  };
};

/** The private JWK of a signing key, for persisting it. */
export const privateJwkOf = (key: SigningKey): JWK => {
  const { x, y, d } = key.privateKey.export({ format: "jwk" });
  if (x === undefined || y === undefined || d === undefined) throw new Error("a signing key must be an EC private key");
  return { kty: "EC", crv: "P-256", x, y, d };
};
