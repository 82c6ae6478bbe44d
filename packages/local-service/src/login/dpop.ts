import { createPrivateKey, createPublicKey, generateKeyPairSync, randomUUID, sign, type KeyObject } from "node:crypto";

/** The public half of a P-256 key as a DPoP header carries it (RFC 9449 §4.2). */
export interface EcPublicJwk {
  readonly kty: "EC";
  readonly crv: "P-256";
  readonly x: string;
  readonly y: string;
}

/**
 * A fresh P-256 private key. Every login gets its own; the refresh token is bound to it.
 *
 * Imported from the generated DER rather than taken from the generation job: on Node 20 the job's
 * own key object can freeze the thread when a garbage collection finalizes the job while the key
 * is being exported or used (see token-service's keys/generate-key-pair.ts; login is a client and
 * does not import the service's code).
 */
export const generateDpopKey = (): KeyObject => {
  const { privateKey } = generateKeyPairSync("ec", {
    namedCurve: "P-256",
    publicKeyEncoding: { type: "spki", format: "der" },
    privateKeyEncoding: { type: "pkcs8", format: "der" },
  });
  return createPrivateKey({ key: privateKey, format: "der", type: "pkcs8" });
};

export function publicJwkOf(privateKey: KeyObject): EcPublicJwk {
  const jwk = createPublicKey(privateKey).export({ format: "jwk" });
  if (jwk.kty !== "EC" || jwk.crv !== "P-256" || jwk.x === undefined || jwk.y === undefined) {
    throw new Error("A DPoP key must be an EC P-256 key");
  }
  return { kty: "EC", crv: "P-256", x: jwk.x, y: jwk.y };
}

export interface DpopProofClaims {
  /** HTTP method of the request the proof accompanies. */
  readonly method: string;
  /** Target URI of that request, without query or fragment. */
  readonly htu: string;
  /** Milliseconds since the epoch; default Date.now(). */
  readonly now?: number;
  readonly jti?: string;
}

/**
 * A DPoP proof (RFC 9449 §4) as the AWS SDKs send it: ES256 compact JWS whose header carries the
 * public key, and claims jti, htm, htu and iat only (no nonce, no ath).
 */
export function dpopProof(privateKey: KeyObject, claims: DpopProofClaims): string {
  const header = { typ: "dpop+jwt", alg: "ES256", jwk: publicJwkOf(privateKey) };
  const payload = {
    jti: claims.jti ?? randomUUID(),
    htm: claims.method,
    htu: claims.htu,
    iat: Math.floor((claims.now ?? Date.now()) / 1000),
  };
  const signingInput = `${base64url(JSON.stringify(header))}.${base64url(JSON.stringify(payload))}`;
  // JWS wants the raw 64-byte r‖s (RFC 7518 §3.4), not node's default DER.
  const signature = sign("sha256", Buffer.from(signingInput, "ascii"), { key: privateKey, dsaEncoding: "ieee-p1363" });
  return `${signingInput}.${signature.toString("base64url")}`;
}

/**
 * The key as the AWS CLI stores it in `dpopKey`: SEC1 PEM (`BEGIN EC PRIVATE KEY`, 64-column
 * lines, trailing newline). Every SDK reads this form as well as PKCS#8.
 */
export function sec1Pem(privateKey: KeyObject): string {
  const pem = privateKey.export({ type: "sec1", format: "pem" });
  return typeof pem === "string" ? pem : pem.toString("ascii");
}

const base64url = (text: string): string => Buffer.from(text, "utf8").toString("base64url");
