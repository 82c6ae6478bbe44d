import { createHash, type Hash } from "node:crypto";

import type { AtomicStore } from "../store/atomic-store.js";
import { DpopProofError } from "./dpop-proof-error.js";
import type { VerifiedDpopProof } from "./proof-verifier.js";

/** `first`: the proof had not been seen. `repeat`: the same request was sent again with it (a retry). */
export type ProofUse = "first" | "repeat";

// Stores shared across processes may disagree slightly on the time.
const CLOCK_MARGIN_SECONDS = 60;

// A reservation can be attempted only twice before we call the proof used: the second attempt
// covers a reservation that expired between our putIfAbsent and get.
const RESERVATION_ATTEMPTS = 2;

/**
 * Replay protection (RFC 9449 §11.1) that lets retries through: botocore sends the identical proof
 * again after a 429, a 5xx or a network failure, so a proof is bound to the first request it came
 * with, and only a different request is refused. Reservations are never released.
 */
export class DpopProofLedger {
  private readonly reservationTtlMs: number;

  constructor(
    private readonly store: AtomicStore,
    options: { readonly iatWindowSeconds: number },
  ) {
    if (!Number.isSafeInteger(options.iatWindowSeconds) || options.iatWindowSeconds < 1) {
      throw new RangeError("iatWindowSeconds must be a positive integer");
    }
    // A proof is first accepted as early as iat - window and last as late as iat + window.
    this.reservationTtlMs = (2 * options.iatWindowSeconds + CLOCK_MARGIN_SECONDS) * 1000;
  }

  async reserve(proof: Pick<VerifiedDpopProof, "jkt" | "jti">, requestFingerprint: string): Promise<ProofUse> {
    const key = reservationKey(proof.jkt, proof.jti);
    for (let attempt = 0; attempt < RESERVATION_ATTEMPTS; attempt++) {
      if (await this.store.putIfAbsent(key, requestFingerprint, this.reservationTtlMs)) {
        return "first";
      }
      const reservedFor = await this.store.get(key);
      if (reservedFor === requestFingerprint) return "repeat";
      if (reservedFor !== undefined) break;
    }
    throw new DpopProofError("replayed", "DPoP proof has already been used");
  }
}

/**
 * Identifies a request for {@link DpopProofLedger.reserve}: SHA-256 (hex) over the method, the
 * request URI and the exact body bytes. Each field is length-prefixed so that no two different
 * requests encode alike.
 */
export function requestFingerprint(method: string, htu: string, body: Uint8Array): string {
  const hash = createHash("sha256");
  for (const field of [Buffer.from(method, "utf8"), Buffer.from(htu, "utf8"), body]) {
    updateWithLengthPrefix(hash, field);
  }
  return hash.digest("hex");
}

// Hashing keeps keys short whatever the jti, and the prefix keeps them apart from other store users.
function reservationKey(jkt: string, jti: string): string {
  const hash = createHash("sha256");
  updateWithLengthPrefix(hash, Buffer.from(jkt, "utf8"));
  updateWithLengthPrefix(hash, Buffer.from(jti, "utf8"));
  return `dpop:${hash.digest("base64url")}`;
}

function updateWithLengthPrefix(hash: Hash, field: Uint8Array): void {
  const length = Buffer.alloc(8);
  length.writeBigUInt64BE(BigInt(field.byteLength));
  hash.update(length).update(field);
}
