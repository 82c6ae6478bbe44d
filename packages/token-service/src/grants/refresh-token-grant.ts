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
import type { SessionActivity } from "../sessions/session-activity.js";
import type { SessionRevocations } from "../sessions/session-revocations.js";
import type { RefreshTokenClaims, RefreshTokenCodec } from "../tokens/refresh-token.js";
import { type ChainState, ProofRateExceeded, type ReadChain, type RefreshChains } from "./refresh-chains.js";
import type { PriorUse, RefreshResponses } from "./refresh-responses.js";
import type { TokenMinter, TokenOutput } from "./token-minter.js";

export interface RefreshTokenRequest {
  readonly clientId: string;
  readonly refreshToken: string;
}

/** The proof a request carried and what identifies the request (method, URI, body). */
export interface ProofUse {
  readonly proof: VerifiedDpopProof;
  readonly fingerprint: string;
}

/** Records a proof for its key (refresh-chains.ts); a key out of proofs for this second is asked to retry. */
export async function recordProof(chains: RefreshChains, { proof, fingerprint }: ProofUse): Promise<void> {
  try {
    await chains.recordProof(proof.jkt, proof, fingerprint);
  } catch (error) {
    if (error instanceof ProofRateExceeded)
      throw tooManyRequests("Too many requests with this DPoP key. Retry shortly.");
    throw error;
  }
}

// Compare-and-set updates that lose a race re-read and try again; more than this many in a row
// means the key or session is being hammered, and the client is asked to retry.
const CONFLICT_ATTEMPTS = 64;

async function retryOnConflict(attempt: () => Promise<boolean>): Promise<void> {
  for (let i = 0; i < CONFLICT_ATTEMPTS; i++) {
    if (await attempt()) return;
    await new Promise((resolve) => setImmediate(resolve));
  }
  throw tooManyRequests("Too many concurrent refreshes. Retry shortly.");
}

/**
 * The refresh_token grant (RFC 6749 §6) with rotation and DPoP binding (RFC 9449 §5).
 *
 * Every refresh returns a new refresh token and no ID token. The session's chain (refresh-chains.ts)
 * says which token may mint (the newest) and which may be repeated (the one just rotated away from).
 * A repeat inside the repeat window (by default the lifetime of the credentials that response
 * carried) returns the same credentials and refresh token, with `expiresIn` telling the time they
 * have left, after the same principal checks as a first use: client retries after a lost response
 * are safe. Any other use of an old token means it leaked or a client misbehaves: the whole session
 * is revoked.
 *
 * Store use per session is constant: the chain entry, and the stored answer of the previous token
 * only while its window lasts. A first use writes twice: its answer, then the chain's move.
 */
export class RefreshTokenGrant {
  constructor(
    private readonly deps: {
      readonly refreshTokens: RefreshTokenCodec;
      readonly responses: RefreshResponses;
      readonly chains: RefreshChains;
      readonly revocations: SessionRevocations;
      /** Told of each accepted refresh (the session's last use); never makes the refresh wait. */
      readonly activity: SessionActivity;
      readonly principals: PrincipalDirectory;
      readonly minter: TokenMinter;
      readonly clock: Clock;
      /** Overrides the repeat window; by default it is the issued credentials' lifetime. */
      readonly repeatWindowMs?: number | undefined;
    },
  ) {}

  async exchange(request: RefreshTokenRequest, use: ProofUse): Promise<TokenOutput> {
    const { refreshTokens, revocations, clock } = this.deps;

    // Everything up to the chain is read-only: a caller without a token we sealed stores nothing.
    const token = refreshTokens.decode(request.refreshToken);
    if (!token) throw invalidRequest("The refresh token is invalid.");
    if (token.clientId !== request.clientId) {
      throw invalidRequest("The refresh token was not issued to this clientId.");
    }
    // RFC 9449 §5: only the holder of the key the token is bound to (cnf.jkt) may use it.
    if (token.jkt !== use.proof.jkt) {
      throw invalidRequest("The DPoP proof is not signed by the key this refresh token is bound to.");
    }
    if (clock.now() >= token.sessionExpiresAt) {
      throw tokenExpired("The login session has reached its maximum lifetime. Sign in again.");
    }
    if (await revocations.isRevoked(token.sessionId)) {
      throw tokenExpired("The login session was revoked. Sign in again.");
    }

    const { position, chain } = await this.admit(token, use);
    if (position === "older") return this.reuse(token);
    const output = await (position === "head" ? this.answerHead(token, chain) : this.answerPrevious(token));
    this.deps.activity.used(token.sessionId);
    return output;
  }

  /** Records the proof for its key, then says where the token stands in its session's chain. */
  private async admit(
    token: RefreshTokenClaims,
    use: ProofUse,
  ): Promise<{ position: "head" | "previous" | "older"; chain: ReadChain }> {
    const { chains, clock } = this.deps;
    await recordProof(chains, use);
    for (let attempt = 0; attempt < CONFLICT_ATTEMPTS; attempt++) {
      const current = await chains.read(token.sessionId);
      if (current) return { position: positionOf(current.state, token.tokenId), chain: current };
      await chains.start(token.sessionId, token.tokenId, token.sessionExpiresAt, clock.now());
    }
    // The chain entry expires with the session: only a session ending right now gets here.
    throw tokenExpired("The login session has reached its maximum lifetime. Sign in again.");
  }

  /**
   * The newest token: mints, then publishes the answer (refresh-responses.ts). A use that loses
   * the publication to a concurrent one returns the winner's answer instead of its own, so every
   * concurrent use of the head gets the same credentials and refresh token.
   */
  private async answerHead(token: RefreshTokenClaims, chain: ReadChain): Promise<TokenOutput> {
    const { responses } = this.deps;
    await this.checkPrincipal(token);
    const minted = await this.mint(token);
    for (let attempt = 0; attempt < CONFLICT_ATTEMPTS; attempt++) {
      if (await responses.publish(token.tokenId, minted.output, minted.repeatableUntil, minted.credentialsExpireAt)) {
        if (!(await this.advance(token, minted.refreshTokenId, chain))) return this.reuse(token);
        return minted.output;
      }
      const prior = await responses.read(token.tokenId);
      if (prior.state === "answered") {
        // Another use published first. If it was cut off (its node killed, the store gone) before
        // moving the chain on, that move is finished here (a no-op once done), or the refresh
        // token in the answer, the session's newest, would be taken for reuse and revoke the session.
        await this.advance(token, this.deps.refreshTokens.decode(prior.output.refreshToken!)!.tokenId, chain);
        return this.repeat(token, prior);
      }
      if (prior.state === "pending") {
        // A claim left by an earlier version of this service, which minted after claiming; it
        // lapses within 30 s.
        throw tooManyRequests("A refresh with this token is in progress. Retry shortly.");
      }
      // The record lapsed between the two calls (a forgotten token's 1 ms marker): publish again,
      // and the chain decides whether this token may still mint.
    }
    throw tooManyRequests("Too many concurrent refreshes. Retry shortly.");
  }

  /** The token just rotated away from: its answer again while the window lasts, reuse after it. */
  private async answerPrevious(token: RefreshTokenClaims): Promise<TokenOutput> {
    const prior = await this.deps.responses.read(token.tokenId);
    if (prior.state !== "answered") return this.reuse(token);
    return this.repeat(token, prior);
  }

  private async repeat(token: RefreshTokenClaims, prior: PriorUse & { state: "answered" }): Promise<TokenOutput> {
    const now = this.deps.clock.now();
    if (now >= prior.repeatableUntil) return this.reuse(token);
    // A repeat hands out credentials just as a first use does, so it passes the same checks.
    await this.checkPrincipal(token);
    const expiresIn = Math.max(1, Math.floor((prior.credentialsExpireAt - now) / 1000));
    return { ...prior.output, expiresIn };
  }

  private async reuse(token: RefreshTokenClaims): Promise<never> {
    await this.deps.revocations.revoke(token.sessionId);
    throw tokenExpired("The refresh token was already used. Sign in again.");
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

  /** The first use's answer, not yet published: see answerHead. */
  private async mint(token: RefreshTokenClaims): Promise<MintedAnswer> {
    const { minter, clock, repeatWindowMs } = this.deps;
    const { output, refreshTokenId } = await minter.mintWithTokenId(
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
    const now = clock.now();
    const credentialsExpireAt = now + output.expiresIn! * 1000;
    // A repeat must hand out credentials with at least a second left; a window set longer than
    // their lifetime ends when they expire.
    const repeatableUntil = Math.min(now + (repeatWindowMs ?? output.expiresIn! * 1000), credentialsExpireAt - 1000);
    return { output, refreshTokenId, repeatableUntil: Math.max(now + 1, repeatableUntil), credentialsExpireAt };
  }

  /**
   * Moves the chain from `token` to the token just minted; the token before `token` can no longer
   * repeat, so its stored answer is dropped in the same step. `admitted` is the chain as admit()
   * read it: the first compare-and-set tries it, and only a conflict re-reads. Returns false if
   * the chain has moved past `token` to a token other than `minted`: `token` is no longer the
   * newest, so an answer minted for it must not be handed out.
   */
  private async advance(token: RefreshTokenClaims, minted: string, admitted: ReadChain): Promise<boolean> {
    const { chains, responses, clock } = this.deps;
    let known: ReadChain | undefined = admitted;
    let current: ReadChain | undefined;
    await retryOnConflict(async () => {
      current = known ?? (await chains.read(token.sessionId));
      known = undefined;
      if (!current || current.state.head !== token.tokenId) return true;
      const next: ChainState = { head: minted, previous: token.tokenId };
      const { previous } = current.state;
      // The record of `previous` is dropped together with the move (one store round trip for
      // both). Dropping it even when the move loses a race is right: whatever moved the chain
      // instead moved it past `token`, so `previous` is older than the previous token either way.
      const [moved] = await Promise.all([
        chains.replace(token.sessionId, current, next, token.sessionExpiresAt, clock.now()),
        previous === undefined ? undefined : responses.forget(previous),
      ]);
      return moved;
    });
    // No chain: the session ended meanwhile, and the chain entry with it; its checks already passed.
    return current === undefined || current.state.head === token.tokenId || current.state.head === minted;
  }
}

interface MintedAnswer {
  readonly output: TokenOutput;
  readonly refreshTokenId: string;
  readonly repeatableUntil: number;
  readonly credentialsExpireAt: number;
}

const positionOf = (state: ChainState, tokenId: string): "head" | "previous" | "older" =>
  state.head === tokenId ? "head" : state.previous === tokenId ? "previous" : "older";
