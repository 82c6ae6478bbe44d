import type { AuthorizationCodes, RedeemedBinding } from "../codes/authorization-codes.js";
import type { DpopProofLedger } from "../dpop/proof-ledger.js";
import { verifyPkce } from "../pkce/pkce.js";
import {
  type PrincipalDirectory,
  SigninAction,
  isAllowed,
  isSessionRevoked,
} from "../principals/principal-directory.js";
import type { Clock } from "../runtime/clock.js";
import type { RandomSource } from "../runtime/random.js";
import {
  authorizationCodeExpired,
  insufficientPermissions,
  invalidRequest,
  tokenExpired,
  userCredentialsChanged,
} from "../errors/protocol-errors.js";
import type { SessionActivity } from "../sessions/session-activity.js";
import type { SessionRevocations } from "../sessions/session-revocations.js";
import { sessionArn } from "../sessions/session-arn.js";
import type { RefreshChains } from "./refresh-chains.js";
import { type ProofUse, recordProof } from "./refresh-token-grant.js";
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
      /** RFC 9449 §11.1 replay protection; a proof is reserved only for a request that names a live code. */
      readonly proofLedger: DpopProofLedger;
      /** The per-key proof record refreshes check: the exchange's proof must not serve the first refresh. */
      readonly chains: RefreshChains;
      readonly revocations: SessionRevocations;
      /** Where the session this grant starts is recorded for ListSessions and GetSession. */
      readonly activity: SessionActivity;
      /** The Region in session ARNs. */
      readonly region: string;
      readonly principals: PrincipalDirectory;
      readonly minter: TokenMinter;
      readonly clock: Clock;
      readonly random: RandomSource;
      /** Maximum lifetime of a login session, however often it is refreshed. */
      readonly sessionMaxMs: number;
    },
  ) {}

  async exchange(request: AuthorizationCodeRequest, { proof, fingerprint }: ProofUse): Promise<TokenOutput> {
    const { codes, proofLedger, chains, revocations, principals, minter, random, sessionMaxMs } = this.deps;

    // §4.1.3: the code must be one we issued, still valid, and never used before. §4.1.2: "If an
    // authorization code is used more than once, the authorization server MUST deny the request
    // and SHOULD revoke (when possible) all tokens previously issued based on that authorization
    // code." We revoke only for a presentation that would otherwise have been valid for the code
    // (its client, redirect URI and PKCE verifier): anyone who merely saw a used code (in a log, a
    // browser history) must not be able to end the session of the person who redeemed it.
    const lookup = await codes.lookup(request.code);
    switch (lookup.status) {
      case "unknown":
        throw invalidRequest("The authorization code is invalid.");
      case "redeemed":
        if (presentationMatches(lookup.binding, request)) await revocations.revoke(lookup.sessionId);
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

    // Only now, with a live code matched by its client, redirect URI and verifier, is the proof
    // worth remembering: a request that got this far is its client's.
    await proofLedger.reserve(proof, fingerprint);
    await recordProof(chains, { proof, fingerprint });

    // The code stands for a sign-in that happened at signedInAt with the password of that time:
    // the same principal checks as every refresh of the session it starts.
    const principal = await principals.findPrincipal(binding.principalArn);
    if (!principal) throw invalidRequest("The authorization code is invalid.");
    if (isSessionRevoked(principal, binding.signedInAt)) {
      throw tokenExpired("The sessions of this principal were revoked after this sign-in. Sign in again.");
    }
    if (principal.credentialVersion !== binding.credentialVersion) throw userCredentialsChanged();
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

    try {
      // RFC 9449 §5: the session, and every refresh token in it, is bound to the proof's key.
      const output = await minter.mint(
        {
          sessionId,
          principalArn: principal.arn,
          clientId: request.clientId,
          jkt: proof.jkt,
          startedAt: binding.signedInAt,
          expiresAt: binding.signedInAt + sessionMaxMs,
          credentialVersion: binding.credentialVersion,
        },
        { withIdToken: true },
      );
      // Recorded before the tokens go out, so that a session a client holds is always listed.
      await this.deps.activity.started({
        sessionId,
        sessionArn: sessionArn(this.deps.region, principal.accountId, sessionId),
        accountId: principal.accountId,
        principalArn: principal.arn,
        clientId: request.clientId,
        clientType: "CLI",
        issuedAt: binding.signedInAt,
        expiresAt: binding.signedInAt + sessionMaxMs,
        status: "ACTIVE",
        issuedInRegion: this.deps.region,
      });
      return output;
    } catch (error) {
      // Nothing was handed out: give the code back so that the client's retry can succeed.
      await redemption.undo();
      throw error;
    }
  }
}

/** Whether a request for a used code is one its rightful client could have sent: client, redirect URI and verifier. */
const presentationMatches = (binding: RedeemedBinding, request: AuthorizationCodeRequest): boolean =>
  binding.clientId === request.clientId &&
  binding.redirectUri === request.redirectUri &&
  verifyPkce(request.codeVerifier, binding.codeChallenge);
