import { createHash, randomInt } from "node:crypto";

// RFC 7636 §4.1 unreserved characters, the set the AWS CLI draws from.
const verifierAlphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~";

/** A PKCE code verifier as the AWS CLI makes it: 64 characters drawn uniformly from the unreserved set. */
export function createCodeVerifier(length = 64): string {
  let verifier = "";
  for (let index = 0; index < length; index += 1) verifier += verifierAlphabet[randomInt(verifierAlphabet.length)];
  return verifier;
}

/**
 * The code challenge the AWS CLI sends: base64url(SHA-256(verifier)) with padding, minus its last
 * character. A SHA-256 digest always encodes to 43 characters plus one `=`, so this equals the
 * unpadded RFC 7636 S256 value; it is written the CLI's way to make that dependency visible.
 */
export function codeChallengeOf(verifier: string): string {
  const padded = createHash("sha256").update(verifier, "utf8").digest("base64url").padEnd(44, "=");
  return padded.slice(0, -1);
}
