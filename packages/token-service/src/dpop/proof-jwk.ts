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
  requireCoordinate(jwk, "x", algorithm);
  if (algorithm.kty === "EC") {
    requireCoordinate(jwk, "y", algorithm);
  }
  return requiredJwkMembers(jwk);
}

/**
 * Requires the exact, canonical base64url encoding of a full-length coordinate. Node would accept
 * padded or short forms of the same key, and each spelling would hash to a different thumbprint.
 */
function requireCoordinate(jwk: JsonObject, name: "x" | "y", algorithm: DpopAlgorithm): void {
  const value = ownMember(jwk, name);
  const canonical =
    typeof value === "string" &&
    /^[A-Za-z0-9_-]+$/.test(value) &&
    Buffer.from(value, "base64url").length === algorithm.coordinateBytes &&
    Buffer.from(value, "base64url").toString("base64url") === value;
  if (!canonical) {
    throw invalidKey(
      `DPoP proof jwk ${name} must be the ${algorithm.coordinateBytes}-byte coordinate in unpadded base64url`,
    );
  }
}

const invalidKey = (message: string): DpopProofError => new DpopProofError("invalid-key", message);
