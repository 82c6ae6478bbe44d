import { type JSONWebKeySet, type JWTPayload, SignJWT, createLocalJWKSet, jwtVerify } from "jose";

import type { Keyring, SigningKey } from "../keys/keyring.js";

/**
 * A resource-scoped access token: what CreateOAuth2TokenWithIAM, CreateBearerToken and
 * CreateOAuth2TokenWithTokenExchange return, and what IntrospectOAuth2TokenWithIAM recognises.
 */
export interface AccessTokenClaims {
  /** `sub`: the principal the token stands for. */
  readonly principalArn: string;
  /** `account_id`: the principal's 12-digit account. */
  readonly accountId: string;
  /** `aud`: the service the token is for, e.g. `aws-mcp.amazonaws.com`. */
  readonly resource: string;
  /** `client_id`: who asked for the token (for the IAM grants, the calling principal itself). */
  readonly clientId: string;
  /** `sid`: the login session whose credentials asked for it; revoking that session ends the token. */
  readonly sessionId?: string | undefined;
  /** `scope`: space-separated IAM policy ARNs the token is scoped down by (token exchange only). */
  readonly scope?: string | undefined;
  /** `jti` */
  readonly tokenId: string;
  /** ms; `iat` and `nbf` */
  readonly issuedAt: number;
  /** ms; `exp` */
  readonly expiresAt: number;
}

/** The model's limit on an access token (OAuthAccessToken length 1–4096). */
export const MAX_ACCESS_TOKEN_LENGTH = 4096;

/** The prefix the model gives Sign-In access tokens (IntrospectionToken, `^ASO[AR]...`). */
export const ACCESS_TOKEN_PREFIX = "ASOA";

/**
 * RFC 9068 §2.1: "Resource servers MUST verify that the typ header value is "at+jwt" or
 * "application/at+jwt" and reject tokens carrying any other type value." Our ID tokens are typed
 * `JWT`, so neither kind of token can pass for the other.
 */
const ACCESS_TOKEN_TYPE = "at+jwt";

/*
 * Wire format: `ASOA` followed by an ES256 JWS (RFC 9068, the JWT profile for access tokens) in
 * compact serialization with each `.` written as `/`. The model's IntrospectionToken pattern
 * (`^ASO[AR][A-Za-z0-9+/=_\-]+$`) allows no `.`, and `/` never occurs in base64url, so the
 * mapping is one-to-one. A resource server recovers the JWT with {@link accessTokenJws} (or the
 * same two string operations) and verifies it with the service's JWKS (/.well-known/jwks.json)
 * like any RFC 9068 token: `typ` at+jwt, `iss` the service, `aud` itself.
 */

/** The JWS inside an access token in its wire form, or undefined if `token` is not one. */
export const accessTokenJws = (token: string): string | undefined => {
  if (!token.startsWith(ACCESS_TOKEN_PREFIX)) return undefined;
  const body = token.slice(ACCESS_TOKEN_PREFIX.length);
  return body.includes(".") ? undefined : body.replaceAll("/", ".");
};

const toWire = (jws: string): string => ACCESS_TOKEN_PREFIX + jws.replaceAll(".", "/");

/** Signs and verifies access tokens with the keyring's signing keys, the ones the JWKS publishes. */
export class AccessTokenCodec {
  readonly #keyring: Keyring;
  readonly #issuer: string;
  #verificationKeys: { readonly from: readonly SigningKey[]; readonly keys: ReturnType<typeof createLocalJWKSet> } = {
    from: [],
    keys: createLocalJWKSet({ keys: [] }),
  };

  constructor(keyring: Keyring, options: { readonly issuer: string }) {
    if (options.issuer.length === 0) throw new TypeError("An access token issuer is required");
    this.#keyring = keyring;
    this.#issuer = options.issuer;
  }

  async sign(claims: AccessTokenClaims): Promise<string> {
    const issuedAt = toSeconds(claims.issuedAt, "issuedAt");
    const expiresAt = toSeconds(claims.expiresAt, "expiresAt");
    if (expiresAt <= issuedAt) throw new RangeError("An access token must expire after it is issued");
    const key = this.#keyring.activeSigningKey();
    const payload: JWTPayload = { client_id: claims.clientId, account_id: claims.accountId };
    if (claims.sessionId !== undefined) payload["sid"] = claims.sessionId;
    if (claims.scope !== undefined) payload["scope"] = claims.scope;
    const jws = await new SignJWT(payload)
      .setProtectedHeader({ alg: key.alg, typ: ACCESS_TOKEN_TYPE, kid: key.kid })
      .setIssuer(this.#issuer)
      .setSubject(claims.principalArn)
      .setAudience(claims.resource)
      .setJti(claims.tokenId)
      .setIssuedAt(issuedAt)
      .setNotBefore(issuedAt)
      .setExpirationTime(expiresAt)
      .sign(key.privateKey);
    const token = toWire(jws);
    if (token.length > MAX_ACCESS_TOKEN_LENGTH) {
      throw new RangeError(
        `The access token would be ${token.length} characters, over the limit of ${MAX_ACCESS_TOKEN_LENGTH}`,
      );
    }
    return token;
  }

  /**
   * The claims of an access token this service signed that is valid at `now` (ms), or undefined for
   * anything else: another issuer or key, another token type, a bad signature, expired or not yet
   * valid, or missing claims. Accepts the wire form and the bare JWS.
   */
  async verify(token: string, now: number): Promise<AccessTokenClaims | undefined> {
    if (typeof token !== "string" || token.length > MAX_ACCESS_TOKEN_LENGTH) return undefined;
    const jws = token.startsWith(ACCESS_TOKEN_PREFIX) ? accessTokenJws(token) : token;
    if (jws === undefined) return undefined;
    let payload: JWTPayload;
    try {
      ({ payload } = await jwtVerify(jws, this.#keys(), {
        issuer: this.#issuer,
        typ: ACCESS_TOKEN_TYPE,
        algorithms: ["ES256"],
        currentDate: new Date(now),
        requiredClaims: ["sub", "aud", "jti", "iat", "exp"],
        clockTolerance: 0,
      }));
    } catch {
      return undefined;
    }
    return claimsOf(payload);
  }

  /** The public keys of every signing key the keyring holds, rebuilt only after a rotation. */
  #keys(): ReturnType<typeof createLocalJWKSet> {
    const current = this.#keyring.signingKeys();
    if (current !== this.#verificationKeys.from) {
      const jwks: JSONWebKeySet = { keys: current.map((key) => ({ ...key.publicJwk })) };
      this.#verificationKeys = { from: current, keys: createLocalJWKSet(jwks) };
    }
    return this.#verificationKeys.keys;
  }
}

function claimsOf(payload: JWTPayload): AccessTokenClaims | undefined {
  const { sub, aud, jti, iat, exp, client_id: clientId, account_id: accountId, sid, scope } = payload;
  if (
    !isNonEmptyString(sub) ||
    !isNonEmptyString(aud) ||
    !isNonEmptyString(jti) ||
    !isNonEmptyString(clientId) ||
    !isNonEmptyString(accountId) ||
    !Number.isSafeInteger(iat) ||
    !Number.isSafeInteger(exp) ||
    (sid !== undefined && !isNonEmptyString(sid)) ||
    (scope !== undefined && !isNonEmptyString(scope))
  ) {
    return undefined;
  }
  return {
    principalArn: sub,
    accountId,
    resource: aud,
    clientId,
    sessionId: sid,
    scope,
    tokenId: jti,
    issuedAt: (iat as number) * 1000,
    expiresAt: (exp as number) * 1000,
  };
}

const toSeconds = (ms: number, name: string): number => {
  if (!Number.isSafeInteger(ms) || ms < 0) throw new RangeError(`${name} must be a time in whole milliseconds`);
  return Math.floor(ms / 1000);
};

const isNonEmptyString = (value: unknown): value is string => typeof value === "string" && value.length > 0;
