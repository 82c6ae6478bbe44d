import { type KeyObject, createHash, createPublicKey, randomUUID, sign } from "node:crypto";

import { generateKeyPair } from "../../src/keys/generate-key-pair.js";

/**
 * The client side of DPoP, as the AWS SDKs do it (reference §6): a P-256 key, proofs with
 * `typ: dpop+jwt`, `alg: ES256`, the public JWK in the header, and `jti`, `htm`, `htu`, `iat`.
 */
export class DpopClientKey {
  readonly privateKey: KeyObject;
  readonly publicJwk: { kty: string; crv: string; x: string; y: string };

  /** A fresh key, or `privateKey` when a test needs reproducible proofs. */
  constructor(
    private readonly now: () => number = Date.now,
    privateKey?: KeyObject,
  ) {
    this.privateKey = privateKey ?? generateKeyPair("ec", { namedCurve: "P-256" }).privateKey;
    const jwk = createPublicKey(this.privateKey).export({ format: "jwk" }) as {
      kty: string;
      crv: string;
      x: string;
      y: string;
    };
    this.publicJwk = { kty: jwk.kty, crv: jwk.crv, x: jwk.x, y: jwk.y };
  }

  /** RFC 7638 thumbprint, computed independently of the service's implementation. */
  get jkt(): string {
    const { crv, kty, x, y } = this.publicJwk;
    return createHash("sha256").update(JSON.stringify({ crv, kty, x, y })).digest("base64url");
  }

  proof(
    htu: string,
    options: { method?: string; iat?: number; jti?: string; header?: object; claims?: object } = {},
  ): string {
    const header = { typ: "dpop+jwt", alg: "ES256", jwk: this.publicJwk, ...options.header };
    const payload = {
      jti: options.jti ?? randomUUID(),
      htm: options.method ?? "POST",
      htu,
      iat: options.iat ?? Math.floor(this.now() / 1000),
      ...options.claims,
    };
    return signJws(header, payload, this.privateKey);
  }
}

const digestFor = { ES256: "sha256", ES384: "sha384", ES512: "sha512", EdDSA: null } as const;

/** A compact JWS; `alg` defaults to ES256. ECDSA signatures are raw r‖s, as JWS requires. */
export function signJws(
  header: { alg?: string; [member: string]: unknown },
  payload: object,
  privateKey: KeyObject,
): string {
  const encode = (value: object) => Buffer.from(JSON.stringify(value)).toString("base64url");
  const signingInput = `${encode(header)}.${encode(payload)}`;
  const alg = (header.alg ?? "ES256") as keyof typeof digestFor;
  const signature = sign(digestFor[alg], Buffer.from(signingInput), { key: privateKey, dsaEncoding: "ieee-p1363" });
  return `${signingInput}.${signature.toString("base64url")}`;
}
