/**
 * A JWS algorithm accepted for DPoP proofs, with everything needed to check that the proof's key
 * fits it and to verify its signature with node:crypto.
 */
export interface DpopAlgorithm {
  readonly alg: string;
  readonly kty: "EC";
  readonly crv: string;
  /** Bytes of each public-key coordinate (`x` and `y`), RFC 7518 §6.2.1.2. */
  readonly coordinateBytes: number;
  /** The curve's field prime: a canonical coordinate is below it. */
  readonly fieldPrime: bigint;
  /** Exact JWS signature length: raw r‖s (RFC 7518 §3.4). */
  readonly signatureBytes: number;
  /** Digest for crypto.verify. */
  readonly digest: "sha256" | "sha384" | "sha512";
  /** What node:crypto reports for an imported key of this kind. */
  readonly keyType: "ec";
  readonly namedCurve: string;
}

// Asymmetric only: `none` and HMAC algorithms prove nothing about a key the client holds
// (RFC 9449 §4.3 check 5). ECDSA on the NIST prime-order curves only, whose points node:crypto
// validates on import (on the curve, coordinates below the prime; no small subgroups exist).
// RSA and EdDSA are left out because no real client sends them: `aws login`, botocore and the JS
// SDK all sign with ES256 (reference signin-protocol.md §6 and wire-captures.json). EdDSA was
// dropped rather than patched after the attack run of the security hardening issue (finding 10)
// got a proof with a small-order Ed25519 key and an identity-point signature accepted: a key
// class no client needs is not worth validating point by point.
const algorithms: readonly DpopAlgorithm[] = [
  {
    alg: "ES256",
    kty: "EC",
    crv: "P-256",
    coordinateBytes: 32,
    fieldPrime: 2n ** 256n - 2n ** 224n + 2n ** 192n + 2n ** 96n - 1n,
    signatureBytes: 64,
    digest: "sha256",
    keyType: "ec",
    namedCurve: "prime256v1",
  },
  {
    alg: "ES384",
    kty: "EC",
    crv: "P-384",
    coordinateBytes: 48,
    fieldPrime: 2n ** 384n - 2n ** 128n - 2n ** 96n + 2n ** 32n - 1n,
    signatureBytes: 96,
    digest: "sha384",
    keyType: "ec",
    namedCurve: "secp384r1",
  },
  {
    alg: "ES512",
    kty: "EC",
    crv: "P-521",
    coordinateBytes: 66,
    fieldPrime: 2n ** 521n - 1n,
    signatureBytes: 132,
    digest: "sha512",
    keyType: "ec",
    namedCurve: "secp521r1",
  },
];

const byName = new Map(algorithms.map((algorithm) => [algorithm.alg, algorithm]));

export const SUPPORTED_DPOP_ALGORITHMS: readonly string[] = algorithms.map((algorithm) => algorithm.alg);

export const dpopAlgorithm = (alg: unknown): DpopAlgorithm | undefined =>
  typeof alg === "string" ? byName.get(alg) : undefined;
