import { createHash } from "node:crypto";

import type { Clock } from "../runtime/clock.js";
import { type RandomSource, randomToken } from "../runtime/random.js";
import type { AtomicStore } from "../store/atomic-store.js";

/** What an authorization code was issued for; the token request must match all of it. */
export interface CodeBinding {
  readonly clientId: string;
  /** Compared byte for byte at redemption. */
  readonly redirectUri: string;
  /** BASE64URL-NOPAD(SHA256(code_verifier)), 43 characters. */
  readonly codeChallenge: string;
  /** The principal that signed in. */
  readonly principalArn: string;
}

export interface IssuedCode {
  readonly code: string;
  readonly expiresAt: number;
}

/** The state of a presented code, in the order RFC 6749 §4.1.3 and §4.1.2 make us care. */
export type CodeLookup =
  | { readonly status: "unknown" }
  /** Presented before: every token issued from it must be revoked. */
  | { readonly status: "redeemed"; readonly sessionId: string }
  | { readonly status: "expired" }
  | {
      readonly status: "redeemable";
      readonly binding: CodeBinding;
      readonly redeem: (sessionId: string) => Promise<Redemption>;
    };

type Redemption =
  /** This request owns the code now. `undo` puts it back if issuing tokens fails, so a retry can succeed. */
  | { readonly won: true; readonly undo: () => Promise<void> }
  /** Another request redeemed it first; that one's session (if known) must be revoked. */
  | { readonly won: false; readonly sessionId: string | undefined };

interface IssuedRecord extends CodeBinding {
  readonly state: "issued";
  readonly expiresAt: number;
}
interface RedeemedRecord {
  readonly state: "redeemed";
  readonly sessionId: string;
}
type CodeRecord = IssuedRecord | RedeemedRecord;

export interface AuthorizationCodeOptions {
  /** How long a code can be redeemed. Default 300 s (RFC 6749 suggests at most 10 minutes). */
  readonly ttlSeconds?: number;
  /** How long a redeemed code is remembered, to detect reuse: as long as its tokens could live. */
  readonly reuseDetectionSeconds: number;
}

/**
 * Issues single-use authorization codes and redeems them atomically. This is the API the browser
 * sign-in flow calls after a person signs in; the authorization_code grant redeems.
 *
 * Codes are 256-bit random values. The store keeps only their SHA-256, so a leaked store does not
 * leak redeemable codes.
 */
export class AuthorizationCodes {
  private readonly ttlMs: number;
  private readonly reuseDetectionMs: number;

  constructor(
    private readonly store: AtomicStore,
    private readonly clock: Clock,
    private readonly random: RandomSource,
    options: AuthorizationCodeOptions,
  ) {
    this.ttlMs = (options.ttlSeconds ?? 300) * 1000;
    this.reuseDetectionMs = options.reuseDetectionSeconds * 1000;
  }

  async issue(binding: CodeBinding): Promise<IssuedCode> {
    const code = randomToken(this.random, 32);
    const expiresAt = this.clock.now() + this.ttlMs;
    const record: IssuedRecord = { state: "issued", ...pick(binding), expiresAt };
    // Kept past its expiry so that a late redemption hears "expired" rather than "unknown".
    const stored = await this.store.putIfAbsent(
      codeKey(code),
      JSON.stringify(record),
      this.ttlMs + EXPIRED_CODE_MEMORY_MS,
    );
    if (!stored) throw new Error("authorization code collision"); // 2^-256: a broken RandomSource
    return { code, expiresAt };
  }

  async lookup(code: string): Promise<CodeLookup> {
    const key = codeKey(code);
    const raw = await this.store.get(key);
    if (raw === undefined) return { status: "unknown" };
    const record = JSON.parse(raw) as CodeRecord;
    if (record.state === "redeemed") return { status: "redeemed", sessionId: record.sessionId };
    if (this.clock.now() >= record.expiresAt) return { status: "expired" };
    return {
      status: "redeemable",
      binding: pick(record),
      redeem: async (sessionId) => {
        const redeemed = JSON.stringify({ state: "redeemed", sessionId } satisfies RedeemedRecord);
        if (await this.store.compareAndSet(key, raw, redeemed, this.reuseDetectionMs)) {
          const remainingMs = Math.max(1, record.expiresAt + EXPIRED_CODE_MEMORY_MS - this.clock.now());
          return {
            won: true,
            undo: async () => void (await this.store.compareAndSet(key, redeemed, raw, remainingMs)),
          };
        }
        const winner = await this.store.get(key);
        const current = winner === undefined ? undefined : (JSON.parse(winner) as CodeRecord);
        return { won: false, sessionId: current?.state === "redeemed" ? current.sessionId : undefined };
      },
    };
  }
}

const EXPIRED_CODE_MEMORY_MS = 60 * 60 * 1000;

const codeKey = (code: string): string => `code:${createHash("sha256").update(code).digest("hex")}`;

const pick = ({ clientId, redirectUri, codeChallenge, principalArn }: CodeBinding): CodeBinding => ({
  clientId,
  redirectUri,
  codeChallenge,
  principalArn,
});
