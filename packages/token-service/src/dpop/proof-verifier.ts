import { createPublicKey, verify as verifySignature, type KeyObject } from "node:crypto";

import { epochSeconds, type Clock } from "../runtime/clock.js";
import { parseCompactJws, decodeJsonSegment } from "./compact-jws.js";
import { dpopAlgorithm, SUPPORTED_DPOP_ALGORITHMS, type DpopAlgorithm } from "./dpop-algorithms.js";
import { DpopProofError } from "./dpop-proof-error.js";
import { htuMatchesRequest } from "./htu.js";
import { ownMember, type JsonObject } from "./json-object.js";
import { jwkThumbprint } from "./jwk-thumbprint.js";
import { LruCache } from "./lru-cache.js";
import { proofClaims } from "./proof-claims.js";
import { proofPublicJwk } from "./proof-jwk.js";
import type { PublicJwk } from "./public-jwk.js";

export { DpopProofError } from "./dpop-proof-error.js";

/** The request a proof is presented with, as this server received it. */
export interface DpopRequest {
  readonly method: string;
  /** The request's URL at one of the service's origins; its path is what `htu` must name. */
  readonly url: URL;
  /** Every origin of the service, any of which `htu` may name. Default: `url`'s origin. */
  readonly origins?: readonly string[];
}

export interface VerifiedDpopProof {
  /** RFC 7638 thumbprint of the proof key: what refresh tokens are bound to. */
  readonly jkt: string;
  readonly jti: string;
  readonly iat: number;
  readonly htm: string;
  readonly htu: string;
  readonly alg: string;
  readonly publicJwk: PublicJwk;
}

export type PublicKeyImporter = (jwk: PublicJwk) => KeyObject;

export interface DpopProofVerifierOptions {
  readonly clock: Clock;
  /** How far `iat` may lie from now, either way. Defaults to {@link DEFAULT_DPOP_IAT_WINDOW_SECONDS}. */
  readonly iatWindowSeconds?: number;
  /** Imported keys kept, by thumbprint. Defaults to 1000. */
  readonly keyCacheSize?: number;
  /** Turns a checked JWK into a key; replaceable so tests can observe the cache. */
  readonly importKey?: PublicKeyImporter;
}

// Covers client clock skew and botocore re-sending the same proof through its retries (reference §11).
const DEFAULT_DPOP_IAT_WINDOW_SECONDS = 300;

// Real proofs are about 450 characters (ES512 under 1 KiB); the bound caps work done on junk.
const MAX_DPOP_PROOF_LENGTH = 4096;

const DEFAULT_KEY_CACHE_SIZE = 1000;

// We understand no JWS extensions (RFC 7515 §4.1.11) and never fetch keys from elsewhere: the proof
// must carry its own key in `jwk`.
const unsupportedHeaderParameters = ["crit", "jku", "x5u", "x5c"] as const;

export const importPublicJwk: PublicKeyImporter = (jwk) => createPublicKey({ key: { ...jwk }, format: "jwk" });

/**
 * Verifies a DPoP proof for the token endpoint (RFC 9449 §4.3). Synchronous because every step,
 * including node:crypto signature verification, is. Replay is the ledger's job, not this class's.
 */
export class DpopProofVerifier {
  private readonly clock: Clock;
  private readonly iatWindowSeconds: number;
  private readonly importKey: PublicKeyImporter;
  private readonly keys: LruCache<string, KeyObject>;

  constructor(options: DpopProofVerifierOptions) {
    this.clock = options.clock;
    this.iatWindowSeconds = options.iatWindowSeconds ?? DEFAULT_DPOP_IAT_WINDOW_SECONDS;
    if (!Number.isSafeInteger(this.iatWindowSeconds) || this.iatWindowSeconds < 1) {
      throw new RangeError("iatWindowSeconds must be a positive integer");
    }
    this.importKey = options.importKey ?? importPublicJwk;
    this.keys = new LruCache(options.keyCacheSize ?? DEFAULT_KEY_CACHE_SIZE);
  }

  verify(dpopHeader: string | readonly string[] | undefined, request: DpopRequest): VerifiedDpopProof {
    const jws = parseCompactJws(singleProof(dpopHeader));
    const header = jws.protectedHeader;

    if (ownMember(header, "typ") !== "dpop+jwt") {
      throw new DpopProofError("unsupported-type", "DPoP proof typ must be dpop+jwt");
    }
    const algorithm = dpopAlgorithm(ownMember(header, "alg"));
    if (algorithm === undefined) {
      throw new DpopProofError(
        "unsupported-algorithm",
        `DPoP proof alg must be one of ${SUPPORTED_DPOP_ALGORITHMS.join(", ")}`,
      );
    }
    rejectUnsupportedHeaderParameters(header);

    const publicJwk = proofPublicJwk(ownMember(header, "jwk"), algorithm);
    const jkt = jwkThumbprint(publicJwk);
    const key = this.publicKey(jkt, publicJwk, algorithm);
    if (!signatureIsValid(algorithm, key, jws.signingInput, jws.signature)) {
      throw new DpopProofError("invalid-signature", "DPoP proof signature does not verify with its jwk");
    }

    const claims = proofClaims(decodeJsonSegment(jws.encodedPayload, "payload"));
    // RFC 9110 §9.1: methods are case-sensitive, so `post` is not `POST`.
    if (claims.htm !== request.method) {
      throw new DpopProofError("method-mismatch", "DPoP proof htm does not match the request method");
    }
    if (!htuMatchesRequest(claims.htu, request.url, request.origins)) {
      throw new DpopProofError("url-mismatch", "DPoP proof htu does not match the request URI");
    }
    this.requireFreshIat(claims.iat);

    return { jkt, jti: claims.jti, iat: claims.iat, htm: claims.htm, htu: claims.htu, alg: algorithm.alg, publicJwk };
  }

  // The thumbprint names the exact key members, and those were validated on first import, so a
  // cache hit can skip createPublicKey and its point validation.
  private publicKey(jkt: string, jwk: PublicJwk, algorithm: DpopAlgorithm): KeyObject {
    const cached = this.keys.get(jkt);
    if (cached !== undefined) return cached;
    const key = importChecked(this.importKey, jwk, algorithm);
    this.keys.set(jkt, key);
    return key;
  }

  private requireFreshIat(iat: number): void {
    const now = epochSeconds(this.clock);
    if (iat < now - this.iatWindowSeconds) {
      throw new DpopProofError(
        "outside-time-window",
        `DPoP proof iat is more than ${this.iatWindowSeconds} seconds in the past; send a fresh proof`,
      );
    }
    if (iat > now + this.iatWindowSeconds) {
      throw new DpopProofError(
        "outside-time-window",
        `DPoP proof iat is more than ${this.iatWindowSeconds} seconds in the future; check the client clock`,
      );
    }
  }
}

function singleProof(dpopHeader: string | readonly string[] | undefined): string {
  let value = dpopHeader;
  if (typeof value !== "string" && value !== undefined) {
    if (value.length > 1) {
      throw new DpopProofError("malformed", "Request must carry exactly one DPoP header");
    }
    value = value[0];
  }
  if (value === undefined || value.length === 0) {
    throw new DpopProofError("malformed", "Request must carry a DPoP proof in the DPoP header");
  }
  if (value.length > MAX_DPOP_PROOF_LENGTH) {
    throw new DpopProofError("malformed", `DPoP proof is longer than ${MAX_DPOP_PROOF_LENGTH} characters`);
  }
  return value;
}

function rejectUnsupportedHeaderParameters(header: JsonObject): void {
  const present = unsupportedHeaderParameters.find((name) => Object.hasOwn(header, name));
  if (present !== undefined) {
    throw new DpopProofError("malformed", `DPoP proof header must not contain ${present}`);
  }
}

function importChecked(importKey: PublicKeyImporter, jwk: PublicJwk, algorithm: DpopAlgorithm): KeyObject {
  let key: KeyObject;
  try {
    key = importKey(jwk);
  } catch {
    throw new DpopProofError("invalid-key", "DPoP proof jwk is not a valid public key");
  }
  const fits =
    key.type === "public" &&
    key.asymmetricKeyType === algorithm.keyType &&
    key.asymmetricKeyDetails?.namedCurve === algorithm.namedCurve;
  if (!fits) {
    throw new DpopProofError("invalid-key", `DPoP proof jwk is not a valid ${algorithm.crv} public key`);
  }
  return key;
}

function signatureIsValid(algorithm: DpopAlgorithm, key: KeyObject, signingInput: Buffer, signature: Buffer): boolean {
  try {
    return ecdsaSignatureReadings(signature, algorithm.signatureBytes / 2).some((candidate) =>
      verifySignature(algorithm.digest, signingInput, { key, dsaEncoding: "ieee-p1363" }, candidate),
    );
  } catch {
    return false;
  }
}

/**
 * The raw r‖s forms a JWS ECDSA signature can stand for. Normally exactly one: RFC 7518 §3.4 fixes
 * both halves at the coordinate size. botocore up to awscrt 0.28 (aws-crt-python#701) drops the
 * leading zero bytes of r and s, so about one proof in 128 from botocore 1.41 is a byte or two
 * short; each split of such a signature is tried with the halves padded back, which accepts the
 * same integers the client signed and nothing else. A DER signature is longer, never shorter, so
 * it is still refused.
 */
function ecdsaSignatureReadings(signature: Buffer, halfBytes: number): Buffer[] {
  if (signature.length === 2 * halfBytes) return [signature];
  const missing = 2 * halfBytes - signature.length;
  if (missing < 1 || missing > 2) return [];
  const pad = (half: Buffer) => Buffer.concat([Buffer.alloc(halfBytes - half.length), half]);
  const readings: Buffer[] = [];
  for (let rBytes = halfBytes - missing; rBytes <= halfBytes; rBytes++) {
    readings.push(Buffer.concat([pad(signature.subarray(0, rBytes)), pad(signature.subarray(rBytes))]));
  }
  return readings;
}
