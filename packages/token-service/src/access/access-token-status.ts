import { type PrincipalDirectory, isSessionRevoked } from "../principals/principal-directory.js";
import type { AccessTokenClaims } from "../tokens/access-token.js";

/**
 * Whether an access token whose signature and lifetime verified is still in force: its principal
 * exists and has not had its sessions revoked since the token was issued, and the login session it
 * came from (if any) is not revoked. Introspection reports it; token exchange requires it.
 *
 * A resource server that verifies the JWT itself sees none of this and accepts the token until it
 * expires, as AWS documents for its own: "Revoking a refresh token does not invalidate access
 * tokens that were previously issued using that refresh token. Existing access tokens remain valid
 * until they expire" (RevokeOAuth2TokenWithIAM reference). Asking this service is the way to learn
 * of a revocation sooner.
 */
export class AccessTokenStatus {
  constructor(
    private readonly deps: {
      readonly principals: PrincipalDirectory;
      readonly isSessionRevoked: (sessionId: string) => Promise<boolean>;
    },
  ) {}

  async isActive(claims: AccessTokenClaims): Promise<boolean> {
    const principal = await this.deps.principals.findPrincipal(claims.principalArn);
    // Sessions revoked at or after the token was issued began before it: the token goes with them.
    if (!principal || isSessionRevoked(principal, claims.issuedAt)) return false;
    return claims.sessionId === undefined || !(await this.deps.isSessionRevoked(claims.sessionId));
  }
}
