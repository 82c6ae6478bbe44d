import type { DpopAlgorithm } from "./dpop-algorithms.js";
import { DpopProofError } from "./dpop-proof-error.js";
import { isJsonObject, ownMember, type JsonObject } from "./json-object.js";
import { requiredJwkMembers, type PublicJwk } from "./public-jwk.js";

// RFC 7518 §6.2.2, §6.3.2 and §6.4: members that only a private or symmetric key has.
const privateKeyMembers = ["d", "p", "q", "dp", "dq", "qi", "oth", "k"] as const;

/**
 * Checks the `jwk` header of a proof (RFC 9449 §4.3 checks 5 and 7) and returns its identifying
 * members. Import into node:crypto still has to validate the point itself.
 */
export function proofPublicJwk(jwk: unknown, algorithm: DpopAlgorithm): PublicJwk {
  if (!isJsonObject(jwk)) {
    throw invalidKey("DPoP proof header must carry the public key as a jwk object");
  }
  if (privateKeyMembers.some((name) => Object.hasOwn(jwk, name))) {
    throw invalidKey("DPoP proof jwk must be a public key; it contains private key material");
  }
  if (ownMember(jwk, "kty") !== algorithm.kty || ownMember(jwk, "crv") !== algorithm.crv) {
    throw invalidKey(
      `DPoP proof alg ${algorithm.alg} requires a jwk with kty ${algorithm.kty} and crv ${algorithm.crv}`,
    );
  }
  const declaredAlg = ownMember(jwk, "alg");
  if (declaredAlg !== undefined && declaredAlg !== algorithm.alg) {
    throw invalidKey("DPoP proof jwk alg does not match the header alg");
  }
  const x = coordinate(jwk, "x", algorithm);
  const y = coordinate(jwk, "y", algorithm);
  return requiredJwkMembers({ ...jwk, x, y });
}

/**
 * A coordinate in its one canonical spelling: unpadded base64url of exactly `coordinateBytes`
 * bytes. Every other spelling of the same key would hash to another thumbprint, so the binding of
 * a refresh token (cnf.jkt) depends on this.
 *
 * An EC coordinate that arrives with its leading zero bytes dropped is padded back: `aws login`
 * (AWS CLI v2) exports a fresh awscrt key that way about once in 128 logins, while its later
 * refreshes send the same key padded. Anything else that is not canonical is refused.
 */
function coordinate(jwk: JsonObject, name: "x" | "y", algorithm: DpopAlgorithm): string {
  const value = ownMember(jwk, name);
  const bytes =
    typeof value === "string" && /^[A-Za-z0-9_-]+$/.test(value) ? Buffer.from(value, "base64url") : undefined;
  const canonicalBase64url = bytes !== undefined && bytes.toString("base64url") === value;
  const acceptedLength = bytes !== undefined && bytes.length > 0 && bytes.length <= algorithm.coordinateBytes;
  // Below the field prime: x + p names the same point as x but would hash to another thumbprint.
  // node:crypto refuses such keys too; checked here so that the thumbprint never depends on it.
  const inField = bytes !== undefined && BigInt(`0x${bytes.toString("hex") || "0"}`) < algorithm.fieldPrime;
  if (!bytes || !canonicalBase64url || !acceptedLength || !inField) {
    throw invalidKey(
      `DPoP proof jwk ${name} must be the ${algorithm.coordinateBytes}-byte coordinate in unpadded base64url`,
    );
  }
  return Buffer.concat([Buffer.alloc(algorithm.coordinateBytes - bytes.length), bytes]).toString("base64url");
}

const invalidKey = (message: string): DpopProofError => new DpopProofError("invalid-key", message);
