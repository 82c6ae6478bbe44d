import type { RefreshChains } from "../grants/refresh-chains.js";
import { type PrincipalDirectory, isSessionRevoked } from "../principals/principal-directory.js";
import type { Clock } from "../runtime/clock.js";
import { accountOf } from "./refresh-token-revocation.js";
import { ACCESS_TOKEN_PREFIX, type AccessTokenCodec } from "../tokens/access-token.js";
import { REFRESH_TOKEN_PREFIX, type RefreshTokenClaims, type RefreshTokenCodec } from "../tokens/refresh-token.js";
import type { AccessTokenStatus } from "./access-token-status.js";
import type { IamCaller } from "./iam-caller.js";

/** The RFC 7662 §2.2 answer, in the model's member names (IntrospectOAuth2TokenWithIAMResponse). */
export interface Introspection {
  readonly active: boolean;
  readonly clientId?: string;
  readonly tokenType?: "access_token" | "refresh_token";
  readonly exp?: number;
  readonly iat?: number;
  readonly nbf?: number;
  readonly sub?: string;
  readonly aud?: string;
  readonly iss?: string;
  readonly jti?: string;
  readonly accountId?: string;
  readonly signinSession?: string;
}

/**
 * "When the supplied token is unknown, expired, revoked, malformed, or owned by a different
 * account, the response contains only {"active": false} with all other claims omitted." (AWS's
 * IntrospectOAuth2TokenWithIAM reference). RFC 7662 §2.2 allows no more: "If the introspection
 * call is properly authorized but the token is not active, does not exist on this server, or the
 * protected resource is not allowed to introspect this particular token, then the authorization
 * server MUST return an introspection response with the "active" field set to "false"."
 */
const INACTIVE: Introspection = Object.freeze({ active: false });

/**
 * IntrospectOAuth2TokenWithIAM: says whether a refresh token or an access token this service
 * issued is active for the caller's account, and if so what it stands for.
 *
 * The token's prefix says its kind, so `token_type_hint` changes nothing: "The server checks
 * both token types regardless of the hint" (model). A refresh token is active while its session
 * lasts and is not revoked, its principal still holds the same credentials, and it is the newest
 * token of its rotation chain (an older one would end the session if used). An access token is
 * active while its signature, issuer and lifetime verify and AccessTokenStatus says it is in force.
 *
 * `userId` (the "UserId" of sts:GetCallerIdentity) is never returned: this service knows
 * principals by ARN only and does not make such ids up. `resource` is documented as "Only present
 * for refresh token introspection", for refresh tokens scoped to a resource; this service's
 * refresh tokens are not, so it is omitted too.
 */
export class TokenIntrospection {
  constructor(
    private readonly deps: {
      readonly refreshTokens: RefreshTokenCodec;
      readonly accessTokens: AccessTokenCodec;
      readonly accessTokenStatus: AccessTokenStatus;
      readonly isSessionRevoked: (sessionId: string) => Promise<boolean>;
      readonly chains: Pick<RefreshChains, "read">;
      readonly principals: PrincipalDirectory;
      readonly clock: Clock;
      /** `iss` of every token this service issues. */
      readonly issuer: string;
      /** The ARN of a login session, as the session operations name it. */
      readonly sessionArn: (accountId: string, sessionId: string) => string;
    },
  ) {}

  async introspect(caller: IamCaller, token: string): Promise<Introspection> {
    if (token.startsWith(REFRESH_TOKEN_PREFIX)) return this.refreshToken(caller, token);
    if (token.startsWith(ACCESS_TOKEN_PREFIX)) return this.accessToken(caller, token);
    return INACTIVE;
  }

  private async refreshToken(caller: IamCaller, token: string): Promise<Introspection> {
    const claims = this.deps.refreshTokens.decode(token);
    if (!claims || accountOf(claims.principalArn) !== caller.accountId) return INACTIVE;
    if (!(await this.isRefreshTokenActive(claims))) return INACTIVE;
    const iat = seconds(claims.issuedAt);
    return {
      active: true,
      tokenType: "refresh_token",
      clientId: claims.clientId,
      sub: claims.principalArn,
      iss: this.deps.issuer,
      jti: claims.tokenId,
      iat,
      nbf: iat,
      exp: seconds(claims.sessionExpiresAt),
      accountId: caller.accountId,
      signinSession: this.deps.sessionArn(caller.accountId, claims.sessionId),
    };
  }

  private async isRefreshTokenActive(claims: RefreshTokenClaims): Promise<boolean> {
    const { chains, principals, clock } = this.deps;
    if (clock.now() >= claims.sessionExpiresAt) return false;
    if (await this.deps.isSessionRevoked(claims.sessionId)) return false;
    const principal = await principals.findPrincipal(claims.principalArn);
    if (!principal || isSessionRevoked(principal, claims.sessionStartedAt)) return false;
    if (principal.credentialVersion !== claims.credentialVersion) return false;
    // No chain yet means the session has not refreshed: its first token is the newest.
    const chain = await chains.read(claims.sessionId);
    return chain === undefined || chain.state.head === claims.tokenId;
  }

  private async accessToken(caller: IamCaller, token: string): Promise<Introspection> {
    const claims = await this.deps.accessTokens.verify(token, this.deps.clock.now());
    if (!claims || claims.accountId !== caller.accountId) return INACTIVE;
    if (!(await this.deps.accessTokenStatus.isActive(claims))) return INACTIVE;
    const iat = seconds(claims.issuedAt);
    return {
      active: true,
      tokenType: "access_token",
      clientId: claims.clientId,
      sub: claims.principalArn,
      aud: claims.resource,
      iss: this.deps.issuer,
      jti: claims.tokenId,
      iat,
      nbf: iat,
      exp: seconds(claims.expiresAt),
      accountId: claims.accountId,
      ...(claims.sessionId === undefined
        ? {}
        : { signinSession: this.deps.sessionArn(claims.accountId, claims.sessionId) }),
    };
  }
}

const seconds = (ms: number): number => Math.floor(ms / 1000);
