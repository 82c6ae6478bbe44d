import { createHash } from "node:crypto";

import { DpopProofError } from "../dpop/dpop-proof-error.js";
import type { AtomicStore } from "../store/atomic-store.js";

/**
 * Where a login session's refresh-token rotation stands, in one store entry per session (kept until
 * the session ends, whatever its number of refreshes):
 *
 * - `head`: the one token whose use mints (the newest issued);
 * - `previous`: the token just rotated away from, whose stored answer may be repeated inside the
 *   repeat window; every older token is reuse.
 */
export interface ChainState {
  readonly head: string;
  readonly previous?: string;
}

/**
 * The DPoP proofs a key has used most recently on refreshes, in one store entry per key: replay
 * protection (RFC 9449 §11.1) without one store entry per proof. A refresh must carry a proof whose
 * `iat` is not older than the newest one its key has used, and a proof of that same second serves
 * only the request it first came with (an identical retry, as botocore sends, is that request). At
 * most {@link MAX_PROOFS_PER_SECOND} proofs of one second are remembered; a key refreshing faster
 * is asked to retry. Kept per key, not per session, so a proof cannot move to another session of
 * the same key either.
 */
interface RecentProofs {
  /** Newest proof `iat` (seconds) seen for this key. */
  readonly iat: number;
  /** Proofs of that second: [hash of jti, hash of the request it came with]. */
  readonly proofs: readonly (readonly [string, string])[];
}

export interface ReadChain {
  readonly state: ChainState;
  /** The stored text, for compare-and-set. */
  readonly raw: string;
}

const MAX_PROOFS_PER_SECOND = 64;

// Compare-and-set updates that lose a race re-read and try again, this many times at most.
const CONFLICT_ATTEMPTS = 64;

/** Thrown when a key has used its proofs for the current second; the client retries shortly. */
export class ProofRateExceeded extends Error {
  override readonly name = "ProofRateExceeded";
}

export class RefreshChains {
  constructor(
    private readonly store: AtomicStore,
    /** How long a key's proof record outlives its last use: as long as a proof can be accepted. */
    private readonly proofMemoryMs: number,
  ) {}

  async read(sessionId: string): Promise<ReadChain | undefined> {
    const raw = await this.store.get(key(sessionId));
    return raw === undefined ? undefined : { state: JSON.parse(raw) as ChainState, raw };
  }

  /**
   * Records a proof for key `jkt` (see {@link RecentProofs}), retrying when a concurrent request
   * changed the record. Throws DpopProofError for a replay, ProofRateExceeded when the key used up
   * its proofs of this second or keeps losing races.
   */
  async recordProof(
    jkt: string,
    proof: { readonly iat: number; readonly jti: string },
    fingerprint: string,
  ): Promise<void> {
    for (let attempt = 0; attempt < CONFLICT_ATTEMPTS; attempt++) {
      if (await this.admitProof(jkt, proof, fingerprint)) return;
      await new Promise((resolve) => setImmediate(resolve));
    }
    throw new ProofRateExceeded();
  }

  /** Admits a proof for key `jkt` (see {@link RecentProofs}); false if the record changed meanwhile (retry). */
  private async admitProof(
    jkt: string,
    proof: { readonly iat: number; readonly jti: string },
    fingerprint: string,
  ): Promise<boolean> {
    const proofKey = `dpop-recent:${shortHash(jkt)}`;
    const raw = await this.store.get(proofKey);
    const current: RecentProofs = raw === undefined ? { iat: 0, proofs: [] } : (JSON.parse(raw) as RecentProofs);
    const next = JSON.stringify(admitProof(current, proof, fingerprint));
    if (next === raw) return true;
    return raw === undefined
      ? this.store.putIfAbsent(proofKey, next, this.proofMemoryMs)
      : this.store.compareAndSet(proofKey, raw, next, this.proofMemoryMs);
  }

  /**
   * Starts the chain at `head` if the session has none yet (its first refresh, or a store that
   * lost its state, which then behaves as it did before the loss). Atomic: of concurrent starts one wins.
   */
  async start(sessionId: string, head: string, keepUntil: number, now: number): Promise<void> {
    const state: ChainState = { head };
    await this.store.putIfAbsent(key(sessionId), JSON.stringify(state), ttl(keepUntil, now));
  }

  /** Replaces `current` with `next`; false if the chain changed in between (re-read and retry). */
  async replace(
    sessionId: string,
    current: ReadChain,
    next: ChainState,
    keepUntil: number,
    now: number,
  ): Promise<boolean> {
    const text = JSON.stringify(next);
    if (text === current.raw) return true;
    return this.store.compareAndSet(key(sessionId), current.raw, text, ttl(keepUntil, now));
  }
}

/**
 * The record after admitting a proof, or a DpopProofError if it is older than the key's newest
 * proof or was used with another request. `fingerprint` identifies the request (method, URI, body).
 */
function admitProof(
  state: RecentProofs,
  proof: { readonly iat: number; readonly jti: string },
  fingerprint: string,
): RecentProofs {
  const jti = shortHash(proof.jti);
  const request = shortHash(fingerprint);
  if (proof.iat < state.iat) {
    throw new DpopProofError("replayed", "DPoP proof is older than one this key already used; send a fresh proof");
  }
  if (proof.iat > state.iat) return { ...state, iat: proof.iat, proofs: [[jti, request]] };
  const seen = state.proofs.find(([usedJti]) => usedJti === jti);
  if (seen) {
    if (seen[1] !== request) throw new DpopProofError("replayed", "DPoP proof has already been used");
    return state;
  }
  if (state.proofs.length >= MAX_PROOFS_PER_SECOND) throw new ProofRateExceeded();
  return { ...state, proofs: [...state.proofs, [jti, request]] };
}

const key = (sessionId: string): string => `refresh-chain:${sessionId}`;
const ttl = (keepUntil: number, now: number): number => Math.max(1, Math.ceil(keepUntil - now));
const shortHash = (value: string): string => createHash("sha256").update(value).digest("base64url").slice(0, 22);
