import { createHash, timingSafeEqual } from "node:crypto";

// RFC 7636 §4.1: 43 to 128 unreserved characters.
const codeVerifierPattern = /^[A-Za-z0-9._~-]{43,128}$/;

// An unpadded base64url SHA-256 digest is 43 characters. The AWS CLI cuts the single `=` of the
// padded form, but a client that keeps it is tolerated.
const codeChallengePattern = /^([A-Za-z0-9_-]{43})=?$/;

export const isValidCodeVerifier = (verifier: unknown): verifier is string =>
  typeof verifier === "string" && codeVerifierPattern.test(verifier);

/** RFC 7636 §4.2 S256: BASE64URL-NOPAD(SHA256(ASCII(code_verifier))). */
export function s256Challenge(verifier: string): string {
  // UTF-8 equals ASCII for every valid verifier, and unlike Node's "ascii" it never maps two
  // different strings to the same bytes.
  return createHash("sha256").update(verifier, "utf8").digest("base64url");
}

/**
 * The 43-character form of a code challenge, or undefined if it cannot be the S256 digest of any
 * verifier. The last character carries 2 padding bits that must be zero, so a non-canonical
 * encoding is refused here rather than failing every later verification.
 */
export function normalizeCodeChallenge(challenge: unknown): string | undefined {
  if (typeof challenge !== "string") return undefined;
  const digits = codeChallengePattern.exec(challenge)?.[1];
  if (digits === undefined) return undefined;
  return Buffer.from(digits, "base64url").toString("base64url") === digits ? digits : undefined;
}

/** Whether `verifier` is valid and hashes to `challenge`, compared in constant time. */
export function verifyPkce(verifier: string, challenge: string): boolean {
  if (!isValidCodeVerifier(verifier)) return false;
  // Hashing both sides yields equal-length inputs for timingSafeEqual, so neither a length check
  // nor the comparison reveals how the two strings differ.
  return timingSafeEqual(sha256(s256Challenge(verifier)), sha256(challenge));
}

const sha256 = (text: string): Buffer => createHash("sha256").update(text, "utf8").digest();
