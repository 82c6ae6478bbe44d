import { z } from "zod";

import type { Clock } from "../runtime/clock.js";
import type { AtomicStore } from "../store/atomic-store.js";
import { parseStoredRecord } from "../store/stored-record.js";
import type { SealedBox } from "../tokens/sealed-box.js";
import type { TokenOutput } from "./token-minter.js";

/**
 * What happened to a refresh token before, which is what makes refresh "idempotent within the
 * validity window": the first use mints and publishes its response (sealed, since it holds
 * credentials and the next refresh token) in one atomic write; concurrent and later uses get that
 * same response back until the window ends, and are refused after it.
 *
 * There is no claim before minting: concurrent first uses each mint, and the first to publish is
 * the answer they all return (the others' credentials are never handed out). So a request cut off
 * at any point leaves either nothing (its retry mints) or a complete answer (its retry repeats
 * it), never a claim that blocks retries, and a first use costs one store write.
 *
 * Per token id, the store holds one of:
 *   answered  — the sealed response, the end of its repeat window and when its credentials
 *               expire; kept exactly as long as the window (a use after it is recognised as reuse
 *               by the session's chain, see refresh-chains.ts, not by this record);
 *   released  — the record was forgotten once the chain moved past the token (a 1 ms marker, as
 *               the store has no delete), or, from an earlier version, a claim given back;
 *   pending   — only from an earlier version, which claimed a token before minting (30 s TTL).
 */
export type PriorUse =
  | { readonly state: "unused" }
  | { readonly state: "pending" }
  | {
      readonly state: "answered";
      readonly output: TokenOutput;
      readonly repeatableUntil: number;
      /** When the credentials in `output` expire (ms): a repeat reports the time left, not the original expiresIn. */
      readonly credentialsExpireAt: number;
    };

const pendingRecord = z.object({ s: z.literal("pending") });
const releasedRecord = z.object({ s: z.literal("released") });
const answeredRecord = z.object({
  s: z.literal("answered"),
  /** ms */
  until: z.number(),
  /** ms: when the credentials in the response expire. */
  x: z.number(),
  /** SealedBox("stored-response") of the JSON TokenOutput. */
  r: z.string(),
});
const refreshRecord = z.discriminatedUnion("s", [pendingRecord, releasedRecord, answeredRecord]);
type ReleasedRecord = z.infer<typeof releasedRecord>;
type AnsweredRecord = z.infer<typeof answeredRecord>;

export class RefreshResponses {
  constructor(
    private readonly store: AtomicStore,
    private readonly box: SealedBox,
    private readonly clock: Clock,
  ) {}

  async read(tokenId: string): Promise<PriorUse> {
    const raw = await this.store.get(key(tokenId));
    if (raw === undefined) return { state: "unused" };
    const record = parseStoredRecord(refreshRecord, raw, "refresh token use");
    if (record.s === "released") return { state: "unused" };
    if (record.s === "pending") return { state: "pending" };
    const output = this.box.openJson(record.r);
    if (output === undefined) throw new Error("a stored refresh response does not open with any held key");
    return {
      state: "answered",
      output: output as TokenOutput,
      repeatableUntil: record.until,
      credentialsExpireAt: record.x,
    };
  }

  /**
   * Publishes a first use's response, kept until its repeat window ends, if no response for
   * `tokenId` is there yet. Atomic: of concurrent publications exactly one returns true; the
   * others read the winner's with {@link read}.
   */
  async publish(
    tokenId: string,
    output: TokenOutput,
    repeatableUntil: number,
    credentialsExpireAt: number,
  ): Promise<boolean> {
    const record: AnsweredRecord = {
      s: "answered",
      until: repeatableUntil,
      x: credentialsExpireAt,
      r: this.box.sealJson(output),
    };
    const text = JSON.stringify(record);
    const ttl = Math.max(1, repeatableUntil - this.clock.now());
    if (await this.store.putIfAbsent(key(tokenId), text, ttl)) return true;
    // A forgotten record, or a claim an earlier version gave back: the token counts as unused here,
    // and the chain (checked by the caller after publishing) says whether it may still mint.
    return this.store.compareAndSet(key(tokenId), RELEASED, text, ttl);
  }

  /**
   * Drops a token's record once its chain has moved past it: nothing may repeat it any more. The
   * store has no delete (keys leave by their TTL), so the record is cut to a millisecond; nothing
   * is read first, since whatever the record holds, it is no longer wanted.
   */
  async forget(tokenId: string): Promise<void> {
    await this.store.set(key(tokenId), RELEASED, 1);
  }
}

const RELEASED = JSON.stringify({ s: "released" } satisfies ReleasedRecord);

const key = (tokenId: string): string => `refresh:${tokenId}`;
