import { createHash } from "node:crypto";

import { requiredJwkMembers, type PublicJwk } from "./public-jwk.js";

export type { PublicJwk } from "./public-jwk.js";

/**
 * RFC 7638 SHA-256 thumbprint, base64url without padding: the DPoP `jkt` (RFC 9449 §6.1) that
 * refresh tokens are bound to. Members other than the required ones never affect the result.
 */
export function jwkThumbprint(jwk: PublicJwk): string {
  // requiredJwkMembers builds its result in lexicographic member order and JSON.stringify emits
  // no whitespace, which together are exactly the RFC 7638 §3 canonical form.
  const canonical = JSON.stringify(requiredJwkMembers(jwk));
  return createHash("sha256").update(canonical, "utf8").digest("base64url");
}
