import { DpopProofError } from "./dpop-proof-error.js";
import { ownMember, type JsonObject } from "./json-object.js";

export interface DpopProofClaims {
  readonly jti: string;
  readonly htm: string;
  readonly htu: string;
  readonly iat: number;
}

// A UUID is 36 characters; the bound keeps replay-ledger input small whatever a client sends.
const MAX_JTI_LENGTH = 256;

/**
 * The claims RFC 9449 §4.2 requires. `ath` and `nonce` are not expected at the token endpoint and,
 * like any other claim, are ignored.
 */
export function proofClaims(payload: JsonObject): DpopProofClaims {
  const jti = ownMember(payload, "jti");
  if (typeof jti !== "string" || jti.length === 0 || jti.length > MAX_JTI_LENGTH) {
    throw invalidClaims(`DPoP proof jti must be a non-empty string of at most ${MAX_JTI_LENGTH} characters`);
  }
  const htm = ownMember(payload, "htm");
  if (typeof htm !== "string" || htm.length === 0) {
    throw invalidClaims("DPoP proof htm must be the HTTP method");
  }
  const htu = ownMember(payload, "htu");
  if (typeof htu !== "string" || htu.length === 0) {
    throw invalidClaims("DPoP proof htu must be the request URI");
  }
  const iat = ownMember(payload, "iat");
  if (typeof iat !== "number" || !Number.isSafeInteger(iat)) {
    throw invalidClaims("DPoP proof iat must be an integer number of seconds since the epoch");
  }
  return { jti, htm, htu, iat };
}

const invalidClaims = (message: string): DpopProofError => new DpopProofError("invalid-claims", message);
