import { setTimeout as sleep } from "node:timers/promises";

import { z } from "zod";

import type { Clock } from "../runtime/clock.js";
import type { AtomicStore } from "../store/atomic-store.js";
import { parseStoredRecord } from "../store/stored-record.js";
import type { SealedBox } from "../tokens/sealed-box.js";
import type { TokenOutput } from "./token-minter.js";

/**
 * What happened to a refresh token before, which is what makes refresh "idempotent within the
 * validity window": the first use claims the token and stores its response (sealed, since it holds
 * credentials and the next refresh token); later uses get that same response back until the
 * window ends, and are refused after it.
 *
 * Per token id, the store holds one of:
 *   pending   — a request claimed the token and is minting (short TTL, so a crash frees it);
 *   released  — the claimant failed and gave the claim back; the token counts as unused;
 *   answered  — the sealed response and the end of its repeat window (kept until the session ends,
 *               so a use after the window is recognised as reuse rather than as a first use).
 */
export type PriorUse =
  | { readonly state: "unused" }
  | { readonly state: "pending" }
  | { readonly state: "answered"; readonly output: TokenOutput; readonly repeatableUntil: number };

const pendingRecord = z.object({ s: z.literal("pending") });
const releasedRecord = z.object({ s: z.literal("released") });
const answeredRecord = z.object({
  s: z.literal("answered"),
  /** ms */
  until: z.number(),
  /** SealedBox("stored-response") of the JSON TokenOutput. */
  r: z.string(),
});
const refreshRecord = z.discriminatedUnion("s", [pendingRecord, releasedRecord, answeredRecord]);
type PendingRecord = z.infer<typeof pendingRecord>;
type ReleasedRecord = z.infer<typeof releasedRecord>;
type AnsweredRecord = z.infer<typeof answeredRecord>;

export interface RefreshResponsesOptions {
  /** How long a claim may stay pending before others may take over. */
  readonly pendingTimeoutMs?: number;
  /** How long a concurrent request waits for the claimant's answer. */
  readonly waitTimeoutMs?: number;
}

export class RefreshResponses {
  private readonly pendingTimeoutMs: number;
  private readonly waitTimeoutMs: number;

  constructor(
    private readonly store: AtomicStore,
    private readonly box: SealedBox,
    private readonly clock: Clock,
    options: RefreshResponsesOptions = {},
  ) {
    this.pendingTimeoutMs = options.pendingTimeoutMs ?? 30_000;
    this.waitTimeoutMs = options.waitTimeoutMs ?? 10_000;
  }

  async read(tokenId: string): Promise<PriorUse> {
    const raw = await this.store.get(key(tokenId));
    if (raw === undefined) return { state: "unused" };
    const record = parseStoredRecord(refreshRecord, raw, "refresh token use");
    if (record.s === "released") return { state: "unused" };
    if (record.s === "pending") return { state: "pending" };
    const output = this.box.openJson(record.r);
    if (output === undefined) throw new Error("a stored refresh response does not open with any held key");
    return { state: "answered", output: output as TokenOutput, repeatableUntil: record.until };
  }

  /** Atomically makes this request the one that mints for `tokenId`. */
  async claim(tokenId: string): Promise<boolean> {
    if (await this.store.putIfAbsent(key(tokenId), PENDING, this.pendingTimeoutMs)) return true;
    return this.store.compareAndSet(key(tokenId), RELEASED, PENDING, this.pendingTimeoutMs);
  }

  /** Publishes the claimant's response. `keepUntil` should be the session's end. */
  async answer(tokenId: string, output: TokenOutput, repeatableUntil: number, keepUntil: number): Promise<void> {
    const record: AnsweredRecord = { s: "answered", until: repeatableUntil, r: this.box.sealJson(output) };
    const ttl = Math.max(1, keepUntil - this.clock.now());
    if (!(await this.store.compareAndSet(key(tokenId), PENDING, JSON.stringify(record), ttl))) {
      // The claim timed out and another request took over; its answer stands, ours is dropped.
      throw new Error("refresh claim was lost before the response was stored");
    }
  }

  /** Gives the claim up after a failure, so that a retry can mint. */
  async release(tokenId: string): Promise<void> {
    await this.store.compareAndSet(key(tokenId), PENDING, RELEASED, this.pendingTimeoutMs);
  }

  /** Waits while another request holds the claim; returns what it left behind. */
  async awaitSettled(tokenId: string): Promise<PriorUse> {
    const deadline = this.clock.now() + this.waitTimeoutMs;
    let delayMs = 2;
    for (;;) {
      const use = await this.read(tokenId);
      if (use.state !== "pending" || this.clock.now() >= deadline) return use;
      await sleep(delayMs);
      delayMs = Math.min(delayMs * 2, 50);
    }
  }
}

const PENDING = JSON.stringify({ s: "pending" } satisfies PendingRecord);
const RELEASED = JSON.stringify({ s: "released" } satisfies ReleasedRecord);

const key = (tokenId: string): string => `refresh:${tokenId}`;
