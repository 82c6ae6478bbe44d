/**
 * A JWS algorithm accepted for DPoP proofs, with everything needed to check that the proof's key
 * fits it and to verify its signature with node:crypto.
 */
export interface DpopAlgorithm {
  readonly alg: string;
  readonly kty: "EC" | "OKP";
  readonly crv: string;
  /** Bytes of each public-key coordinate (`x`, and `y` for EC), RFC 7518 §6.2.1.2 / RFC 8037 §2. */
  readonly coordinateBytes: number;
  /** Exact JWS signature length: raw r‖s for ECDSA (RFC 7518 §3.4), 64 bytes for Ed25519. */
  readonly signatureBytes: number;
  /** Digest for crypto.verify; EdDSA hashes internally and takes none. */
  readonly digest: "sha256" | "sha384" | "sha512" | null;
  /** What node:crypto reports for an imported key of this kind. */
  readonly keyType: "ec" | "ed25519";
  readonly namedCurve?: string;
}

// Asymmetric only: `none` and HMAC algorithms prove nothing about a key the client holds
// (RFC 9449 §4.3 check 5). RSA is left out because no client sends it.
const algorithms: readonly DpopAlgorithm[] = [
  {
    alg: "ES256",
    kty: "EC",
    crv: "P-256",
    coordinateBytes: 32,
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
    signatureBytes: 132,
    digest: "sha512",
    keyType: "ec",
    namedCurve: "secp521r1",
  },
  {
    alg: "EdDSA",
    kty: "OKP",
    crv: "Ed25519",
    coordinateBytes: 32,
    signatureBytes: 64,
    digest: null,
    keyType: "ed25519",
  },
];

const byName = new Map(algorithms.map((algorithm) => [algorithm.alg, algorithm]));

export const SUPPORTED_DPOP_ALGORITHMS: readonly string[] = algorithms.map((algorithm) => algorithm.alg);

export const dpopAlgorithm = (alg: unknown): DpopAlgorithm | undefined =>
  typeof alg === "string" ? byName.get(alg) : undefined;
