import type { VerifiedDpopProof } from "../dpop/proof-verifier.js";
import {
  type PrincipalDirectory,
  SigninAction,
  isAllowed,
  isSessionRevoked,
} from "../principals/principal-directory.js";
import type { Clock } from "../runtime/clock.js";
import {
  insufficientPermissions,
  invalidRequest,
  tokenExpired,
  tooManyRequests,
  userCredentialsChanged,
} from "../errors/protocol-errors.js";
import type { SessionRevocations } from "../sessions/session-revocations.js";
import type { RefreshTokenClaims, RefreshTokenCodec } from "../tokens/refresh-token.js";
import type { RefreshResponses } from "./refresh-responses.js";
import type { TokenMinter, TokenOutput } from "./token-minter.js";

export interface RefreshTokenRequest {
  readonly clientId: string;
  readonly refreshToken: string;
}

/**
 * The refresh_token grant (RFC 6749 §6) with rotation and DPoP binding (RFC 9449 §5).
 *
 * Every refresh returns a new refresh token and no ID token. A token's first use is recorded with
 * its response; repeating the same token inside the repeat window (by default the lifetime of the
 * credentials that response carried) returns that very response, which makes client retries after
 * a lost response safe. A use after the window means the token leaked or a client misbehaves: the
 * whole session is revoked.
 */
export class RefreshTokenGrant {
  constructor(
    private readonly deps: {
      readonly refreshTokens: RefreshTokenCodec;
      readonly responses: RefreshResponses;
      readonly revocations: SessionRevocations;
      readonly principals: PrincipalDirectory;
      readonly minter: TokenMinter;
      readonly clock: Clock;
      /** Overrides the repeat window; by default it is the issued credentials' lifetime. */
      readonly repeatWindowMs?: number | undefined;
    },
  ) {}

  async exchange(request: RefreshTokenRequest, proof: VerifiedDpopProof): Promise<TokenOutput> {
    const { refreshTokens, revocations, clock } = this.deps;

    const token = refreshTokens.decode(request.refreshToken);
    if (!token) throw invalidRequest("The refresh token is invalid.");
    if (token.clientId !== request.clientId) {
      throw invalidRequest("The refresh token was not issued to this clientId.");
    }
    // RFC 9449 §5: only the holder of the key the token is bound to (cnf.jkt) may use it.
    if (token.jkt !== proof.jkt) {
      throw invalidRequest("The DPoP proof is not signed by the key this refresh token is bound to.");
    }
    if (clock.now() >= token.sessionExpiresAt) {
      throw tokenExpired("The login session has reached its maximum lifetime. Sign in again.");
    }
    if (await revocations.isRevoked(token.sessionId)) {
      throw tokenExpired("The login session was revoked. Sign in again.");
    }
    return this.answer(token);
  }

  /** Returns the stored response for a repeated token, or mints one for its first use. */
  private async answer(token: RefreshTokenClaims): Promise<TokenOutput> {
    const { responses, revocations, clock } = this.deps;
    for (;;) {
      const prior = await responses.read(token.tokenId);
      if (prior.state === "answered") {
        if (clock.now() < prior.repeatableUntil) return prior.output;
        await revocations.revoke(token.sessionId);
        throw tokenExpired("The refresh token was already used. Sign in again.");
      }
      if (prior.state === "pending") {
        const settled = await responses.awaitSettled(token.tokenId);
        if (settled.state === "pending")
          throw tooManyRequests("A refresh with this token is in progress. Retry shortly.");
        continue;
      }
      await this.checkPrincipal(token);
      if (await responses.claim(token.tokenId)) return this.mintFirstResponse(token);
      // Lost the race for the claim: loop and read what the winner stored.
    }
  }

  /** The principal must still exist, hold the same credentials and keep the permission. */
  private async checkPrincipal(token: RefreshTokenClaims): Promise<void> {
    const principal = await this.deps.principals.findPrincipal(token.principalArn);
    if (!principal) throw tokenExpired("The principal of this login session no longer exists.");
    if (isSessionRevoked(principal, token.sessionStartedAt)) {
      throw tokenExpired("The login session was revoked. Sign in again.");
    }
    if (principal.credentialVersion !== token.credentialVersion) throw userCredentialsChanged();
    if (!isAllowed(principal, SigninAction.CreateOAuth2Token)) {
      throw insufficientPermissions(SigninAction.CreateOAuth2Token);
    }
  }

  private async mintFirstResponse(token: RefreshTokenClaims): Promise<TokenOutput> {
    const { responses, minter, clock, repeatWindowMs } = this.deps;
    let output: TokenOutput;
    try {
      output = await minter.mint(
        {
          sessionId: token.sessionId,
          principalArn: token.principalArn,
          clientId: token.clientId,
          jkt: token.jkt,
          startedAt: token.sessionStartedAt,
          expiresAt: token.sessionExpiresAt,
          credentialVersion: token.credentialVersion,
        },
        { withIdToken: false },
      );
    } catch (error) {
      await responses.release(token.tokenId);
      throw error;
    }
    const repeatableUntil = clock.now() + (repeatWindowMs ?? output.expiresIn! * 1000);
    await responses.answer(token.tokenId, output, repeatableUntil, token.sessionExpiresAt);
    return output;
  }
}
