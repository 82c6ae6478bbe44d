import type { AuthorizationCodes } from "../codes/authorization-codes.js";
import type { VerifiedDpopProof } from "../dpop/proof-verifier.js";
import { verifyPkce } from "../pkce/pkce.js";
import { type PrincipalDirectory, SigninAction, isAllowed } from "../principals/principal-directory.js";
import type { Clock } from "../runtime/clock.js";
import type { RandomSource } from "../runtime/random.js";
import { authorizationCodeExpired, insufficientPermissions, invalidRequest } from "../errors/protocol-errors.js";
import type { SessionRevocations } from "../sessions/session-revocations.js";
import type { TokenMinter, TokenOutput } from "./token-minter.js";

export interface AuthorizationCodeRequest {
  readonly clientId: string;
  readonly code: string;
  readonly redirectUri: string;
  readonly codeVerifier: string;
}

/**
 * The authorization_code grant: RFC 6749 §4.1.3 with PKCE (RFC 7636 §4.6), bound to a DPoP key
 * (RFC 9449 §5). Redeeming a code starts a login session.
 */
export class AuthorizationCodeGrant {
  constructor(
    private readonly deps: {
      readonly codes: AuthorizationCodes;
      readonly revocations: SessionRevocations;
      readonly principals: PrincipalDirectory;
      readonly minter: TokenMinter;
      readonly clock: Clock;
      readonly random: RandomSource;
      /** Maximum lifetime of a login session, however often it is refreshed. */
      readonly sessionMaxMs: number;
    },
  ) {}

  async exchange(request: AuthorizationCodeRequest, proof: VerifiedDpopProof): Promise<TokenOutput> {
    const { codes, revocations, principals, minter, clock, random, sessionMaxMs } = this.deps;

    // §4.1.3: the code must be one we issued, still valid, and never used before. A second
    // presentation is refused and, per §4.1.2, every token issued from the code is revoked.
    const lookup = await codes.lookup(request.code);
    switch (lookup.status) {
      case "unknown":
        throw invalidRequest("The authorization code is invalid.");
      case "redeemed":
        await revocations.revoke(lookup.sessionId);
        throw invalidRequest("The authorization code has already been used.");
      case "expired":
        throw authorizationCodeExpired();
    }
    const { binding } = lookup;

    // §4.1.3: issued to this client, with this exact redirect URI.
    if (binding.clientId !== request.clientId) {
      throw invalidRequest("The authorization code was not issued to this clientId.");
    }
    if (binding.redirectUri !== request.redirectUri) {
      throw invalidRequest("redirectUri does not match the one in the authorization request.");
    }
    // RFC 7636 §4.6: the verifier must hash to the challenge sent at authorization.
    if (!verifyPkce(request.codeVerifier, binding.codeChallenge)) {
      throw invalidRequest("codeVerifier does not match the code challenge of the authorization request.");
    }

    const principal = await principals.findPrincipal(binding.principalArn);
    if (!principal) throw invalidRequest("The authorization code is invalid.");
    if (!isAllowed(principal, SigninAction.CreateOAuth2Token)) {
      throw insufficientPermissions(SigninAction.CreateOAuth2Token);
    }

    // Redeem atomically: of concurrent requests for one code exactly one wins; the others are
    // reuse, which revokes the winner's session too.
    const sessionId = random.uuid();
    const redemption = await lookup.redeem(sessionId);
    if (!redemption.won) {
      if (redemption.sessionId) await revocations.revoke(redemption.sessionId);
      throw invalidRequest("The authorization code has already been used.");
    }

    const now = clock.now();
    try {
      // RFC 9449 §5: the session, and every refresh token in it, is bound to the proof's key.
      return await minter.mint(
        {
          sessionId,
          principalArn: principal.arn,
          clientId: request.clientId,
          jkt: proof.jkt,
          startedAt: now,
          expiresAt: now + sessionMaxMs,
          credentialVersion: principal.credentialVersion,
        },
        { withIdToken: true },
      );
    } catch (error) {
      // Nothing was handed out: give the code back so that the client's retry can succeed.
      await redemption.undo();
      throw error;
    }
  }
}
