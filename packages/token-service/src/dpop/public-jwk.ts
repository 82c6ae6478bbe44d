import { isJsonObject, ownMember, type JsonObject } from "./json-object.js";

/**
 * The members of a public JWK that identify the key (RFC 7638 §3.2), declared in lexicographic
 * order so that serializing an object built from them yields the canonical thumbprint input.
 */
interface EcPublicJwk {
  readonly crv: string;
  readonly kty: "EC";
  readonly x: string;
  readonly y: string;
}

interface OkpPublicJwk {
  readonly crv: string;
  readonly kty: "OKP";
  readonly x: string;
}

interface RsaPublicJwk {
  readonly e: string;
  readonly kty: "RSA";
  readonly n: string;
}

export type PublicJwk = EcPublicJwk | OkpPublicJwk | RsaPublicJwk;

export class InvalidJwkError extends Error {
  override readonly name = "InvalidJwkError";
}

/**
 * Copies the identifying members of `jwk` into a fresh object, in RFC 7638 order, dropping every
 * other member (`d`, `kid`, `alg`, ...). Callers receive JWKs from the network or from decrypted
 * tokens, so the shape is checked at run time rather than trusted from the static type.
 */
export function requiredJwkMembers(jwk: unknown): PublicJwk {
  if (!isJsonObject(jwk)) {
    throw new InvalidJwkError("JWK must be a JSON object");
  }
  const kty = ownMember(jwk, "kty");
  switch (kty) {
    case "EC":
      return { crv: stringMember(jwk, "crv"), kty, x: stringMember(jwk, "x"), y: stringMember(jwk, "y") };
    case "OKP":
      return { crv: stringMember(jwk, "crv"), kty, x: stringMember(jwk, "x") };
    case "RSA":
      return { e: stringMember(jwk, "e"), kty, n: stringMember(jwk, "n") };
    default:
      throw new InvalidJwkError("JWK kty must be EC, OKP or RSA");
  }
}

function stringMember(jwk: JsonObject, name: string): string {
  const value = ownMember(jwk, name);
  if (typeof value !== "string" || value.length === 0) {
    throw new InvalidJwkError(`JWK member ${name} must be a non-empty string`);
  }
  return value;
}
