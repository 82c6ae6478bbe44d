import type { SealedBox } from "./sealed-box.js";

export interface RefreshTokenClaims {
  /** Unique per refresh token: the rotation and idempotency key. */
  tokenId: string;
  /** The login session, stable across rotations. */
  sessionId: string;
  /** e.g. arn:aws:iam::111122223333:user/alice */
  principalArn: string;
  /** arn:aws:signin:::devtools/same-device | arn:aws:signin:::devtools/cross-device */
  clientId: string;
  /** `cnf.jkt`: RFC 7638 thumbprint of the client's DPoP key. */
  jkt: string;
  /** ms */
  sessionStartedAt: number;
  /** ms; the session's maximum lifetime (12 h by default), which no rotation extends. */
  sessionExpiresAt: number;
  /** The principal's credential version when the session began. */
  credentialVersion: number;
  /** ms */
  issuedAt: number;
}

/** The model's limit on an incoming `refreshToken` (RefreshToken length 1–12,288 since AWS widened it). */
export const MAX_REFRESH_TOKEN_LENGTH = 12_288;

/**
 * The limit on tokens this service mints: 2048, the RefreshToken length in the first published
 * model. Clients generated from it (botocore 1.41, @aws-sdk/nested-clients 3.936) refuse a longer
 * refresh token before sending it, so tokens stay within the older limit while input may use the
 * newer one.
 */
export const MAX_ISSUED_REFRESH_TOKEN_LENGTH = 2048;

/*
 * Plaintext: a JSON array, positional to stay well inside the 2048-character issuing limit:
 *
 *   [1, tokenId, sessionId, principalArn, clientId, cnf.jkt, sessionStartedAt, sessionExpiresAt,
 *    credentialVersion, issuedAt]
 *
 * The sixth element is the token's confirmation claim, `cnf.jkt` (RFC 9449 §6.1, RFC 7800): the
 * refresh token is bound to the DPoP key with that thumbprint, and a refresh is only honoured with
 * a proof signed by that key. The array is sealed by a SealedBox (purpose "refresh-token"), so the
 * client sees an opaque string it can neither read nor alter.
 *
 * On the wire the sealed `v1.<kid>.<base64url>` is written as `ASOR` followed by the same text with
 * each `.` as `/`: the model says a Sign-In refresh token "starts with `ASOR`"
 * (RevocationToken and IntrospectionToken, `^ASOR[A-Za-z0-9+/=_\-]+$` and `^ASO[AR]...`), so only
 * that spelling can be revoked or introspected. Neither the kid nor base64url uses `/`, so the
 * mapping is one-to-one. Tokens minted before this spelling (bare `v1.…`) still decode, so that
 * sessions begun earlier refresh once more and come back in the new form.
 *
 * Size: the longest IAM user ARN (about 610 characters: 512-character path, 64-character name)
 * with UUID ids makes a token of about 1,200 characters. encode refuses anything over the limit
 * rather than emit a token the clients' model would reject.
 */
const LAYOUT_VERSION = 1;

/** The prefix the model gives Sign-In refresh tokens. */
export const REFRESH_TOKEN_PREFIX = "ASOR";

export class RefreshTokenCodec {
  readonly #box: SealedBox;

  constructor(box: SealedBox) {
    this.#box = box;
  }

  encode(claims: RefreshTokenClaims): string {
    for (const field of STRING_FIELDS) {
      if (!isNonEmptyString(claims[field]))
        throw new TypeError(`Refresh token claim ${field} must be a non-empty string`);
    }
    for (const field of NUMBER_FIELDS) {
      if (!isCount(claims[field])) throw new TypeError(`Refresh token claim ${field} must be a non-negative integer`);
    }
    const token = toWire(
      this.#box.seal(
        JSON.stringify([
          LAYOUT_VERSION,
          claims.tokenId,
          claims.sessionId,
          claims.principalArn,
          claims.clientId,
          claims.jkt,
          claims.sessionStartedAt,
          claims.sessionExpiresAt,
          claims.credentialVersion,
          claims.issuedAt,
        ]),
      ),
    );
    if (token.length > MAX_ISSUED_REFRESH_TOKEN_LENGTH) {
      throw new RangeError(
        `The refresh token would be ${token.length} characters, over the limit of ${MAX_ISSUED_REFRESH_TOKEN_LENGTH}`,
      );
    }
    return token;
  }

  /** The claims, or undefined for a token that does not open or does not have the expected shape. */
  decode(token: string): RefreshTokenClaims | undefined {
    if (typeof token !== "string" || token.length > MAX_REFRESH_TOKEN_LENGTH) return undefined;
    const value = this.#box.openJson(fromWire(token));
    if (!Array.isArray(value) || value.length !== 10 || value[0] !== LAYOUT_VERSION) return undefined;
    const [
      ,
      tokenId,
      sessionId,
      principalArn,
      clientId,
      jkt,
      sessionStartedAt,
      sessionExpiresAt,
      credentialVersion,
      issuedAt,
    ] = value as unknown[];
    if (
      !isNonEmptyString(tokenId) ||
      !isNonEmptyString(sessionId) ||
      !isNonEmptyString(principalArn) ||
      !isNonEmptyString(clientId) ||
      !isNonEmptyString(jkt) ||
      !isCount(sessionStartedAt) ||
      !isCount(sessionExpiresAt) ||
      !isCount(credentialVersion) ||
      !isCount(issuedAt)
    ) {
      return undefined;
    }
    return {
      tokenId,
      sessionId,
      principalArn,
      clientId,
      jkt,
      sessionStartedAt,
      sessionExpiresAt,
      credentialVersion,
      issuedAt,
    };
  }
}

const toWire = (sealed: string): string => REFRESH_TOKEN_PREFIX + sealed.replaceAll(".", "/");

/** The sealed text of a token in either spelling; "" (which never opens) for a mix of the two. */
const fromWire = (token: string): string => {
  if (!token.startsWith(REFRESH_TOKEN_PREFIX)) return token;
  const body = token.slice(REFRESH_TOKEN_PREFIX.length);
  return body.includes(".") ? "" : body.replaceAll("/", ".");
};

const STRING_FIELDS = ["tokenId", "sessionId", "principalArn", "clientId", "jkt"] as const;
const NUMBER_FIELDS = ["sessionStartedAt", "sessionExpiresAt", "credentialVersion", "issuedAt"] as const;

const isNonEmptyString = (value: unknown): value is string => typeof value === "string" && value.length > 0;

const isCount = (value: unknown): value is number => Number.isSafeInteger(value) && (value as number) >= 0;
