import type { IamCaller } from "./iam-caller.js";
import type { Clock } from "../runtime/clock.js";
import type { RefreshTokenCodec } from "../tokens/refresh-token.js";

/** What a revocation did, for the service's own log; the caller always gets the same empty answer. */
export type RevocationOutcome = "revoked" | "not-ours" | "other-account" | "session-ended";

/**
 * RevokeOAuth2TokenWithIAM (RFC 7009): ends the login session a refresh token belongs to, and with
 * it the whole rotation chain, because every token of the chain carries that session and the
 * refresh grant refuses a revoked session with 401 TOKEN_EXPIRED. The revocation marker lives in
 * the shared store, so every node refuses the session from then on.
 *
 * The answer is the same empty 200 whatever the token was. RFC 7009 §2.2: "invalid tokens do not
 * cause an error response since the client cannot handle such an error in a reasonable way", and
 * AWS documents the operation as idempotent: "revoking an already-revoked, expired, or otherwise
 * invalid token returns 200 OK with an empty body".
 *
 * A caller may end only sessions of its own account. A token of another account is left alone and
 * answered like an unknown one: AWS's introspection documentation puts "owned by a different
 * account" with "unknown, expired, revoked, malformed" tokens, and an error here would confirm to
 * the caller that the token is live elsewhere.
 *
 * Only refresh tokens are accepted: the model's RevocationToken pattern (`^ASOR…`) refuses an
 * access token (`ASOA…`) with a ValidationException before this runs.
 */
export class RefreshTokenRevocation {
  constructor(
    private readonly deps: {
      readonly refreshTokens: RefreshTokenCodec;
      /** Ends the session for every later refresh, on every node (TokenService.revokeSession). */
      readonly revokeSession: (sessionId: string) => Promise<void>;
      readonly clock: Clock;
    },
  ) {}

  async revoke(caller: IamCaller, token: string): Promise<RevocationOutcome> {
    const claims = this.deps.refreshTokens.decode(token);
    if (!claims) return "not-ours";
    if (accountOf(claims.principalArn) !== caller.accountId) return "other-account";
    // A session past its maximum lifetime is refused by the grant anyway; nothing to record.
    if (this.deps.clock.now() >= claims.sessionExpiresAt) return "session-ended";
    await this.deps.revokeSession(claims.sessionId);
    return "revoked";
  }
}

/** The account of an IAM ARN (`arn:partition:service:region:account:resource`). */
export const accountOf = (arn: string): string | undefined => arn.split(":")[4];
