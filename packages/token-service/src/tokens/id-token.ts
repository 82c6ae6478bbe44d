import { SignJWT, type JWK } from "jose";

import type { Keyring } from "../keys/keyring.js";
import type { Clock } from "../runtime/clock.js";

export interface IdTokenInput {
  principalArn: string;
  clientId: string;
  /** ms */
  issuedAt: number;
  /** Default 900, like the real service. */
  lifetimeSeconds?: number;
}

/** The model's limit on `idToken` (IdToken length 1–4096). */
export const MAX_ID_TOKEN_LENGTH = 4096;

const DEFAULT_LIFETIME_SECONDS = 900;

/**
 * Signs the ID token returned by the authorization_code grant. Clients never verify it: the AWS CLI
 * splits it on ".", base64url-decodes the payload and reads `sub`, which becomes the profile's
 * `login_session` and names the login cache file, and takes the account id from the fifth ":" field
 * of it. So `sub` must be the principal ARN, stable per principal. The signature, `kid` and the
 * JWKS are there for anyone who does want to verify it.
 *
 * Claims: iss (configured issuer), aud (the client id), sub and session_arn (the principal ARN),
 * iat, exp = iat + lifetime. Header: alg ES256 (the real service uses ES384; no client looks), typ
 * JWT, kid of the active signing key.
 */
export class IdTokenSigner {
  readonly #keyring: Keyring;
  readonly #issuer: string;

  /**
   * `clock` is accepted but not consulted: `iat` comes from `IdTokenInput.issuedAt`, so that the
   * caller stamps the ID token, the credentials and the refresh token of one response with one time.
   */
  constructor(keyring: Keyring, options: { issuer: string; clock?: Clock }) {
    if (options.issuer.length === 0) throw new TypeError("An ID token issuer is required");
    this.#keyring = keyring;
    this.#issuer = options.issuer;
  }

  async sign(input: IdTokenInput): Promise<string> {
    const lifetime = input.lifetimeSeconds ?? DEFAULT_LIFETIME_SECONDS;
    if (!Number.isSafeInteger(lifetime) || lifetime <= 0)
      throw new RangeError("lifetimeSeconds must be a positive integer");
    if (!Number.isFinite(input.issuedAt)) throw new RangeError("issuedAt must be a time in milliseconds");
    const issuedAt = Math.floor(input.issuedAt / 1000);
    const key = this.#keyring.activeSigningKey();
    const token = await new SignJWT({ session_arn: input.principalArn })
      .setProtectedHeader({ alg: "ES256", typ: "JWT", kid: key.kid })
      .setIssuer(this.#issuer)
      .setAudience(input.clientId)
      .setSubject(input.principalArn)
      .setIssuedAt(issuedAt)
      .setExpirationTime(issuedAt + lifetime)
      .sign(key.privateKey);
    if (token.length > MAX_ID_TOKEN_LENGTH) {
      throw new RangeError(
        `The ID token would be ${token.length} characters, over the limit of ${MAX_ID_TOKEN_LENGTH}`,
      );
    }
    return token;
  }

  /** The JWKS: every signing key the keyring still holds, so tokens signed before a rotation verify. */
  jwks(): { keys: JWK[] } {
    return { keys: this.#keyring.signingKeys().map((key) => ({ ...key.publicJwk })) };
  }
}
