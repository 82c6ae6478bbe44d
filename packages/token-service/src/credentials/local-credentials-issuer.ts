import { createHash, timingSafeEqual } from "node:crypto";

import type { Keyring } from "../keys/keyring.js";
import { systemClock, type Clock } from "../runtime/clock.js";
import type { RandomSource } from "../runtime/random.js";
import { SealedBox } from "../tokens/sealed-box.js";
import type { CredentialsIssuer, CredentialsRequest, IssuedCredentials } from "./credentials-issuer.js";

/** Credentials recovered from a session token, e.g. to verify a SigV4 request signed with them. */
export interface ResolvedCredentials {
  accessKeyId: string;
  secretAccessKey: string;
  principalArn: string;
  sessionId: string;
  /** ms */
  expiresAt: number;
}

const SESSION_TOKEN_PURPOSE = "session-token";

/** `ASIA` (AWS's prefix for temporary keys) + 16 characters of RFC 4648 base32, like AWS key ids. */
export const ACCESS_KEY_ID_PATTERN = /^ASIA[A-Z2-7]{16}$/;
/** 40 characters of standard base64 without padding, like AWS secret keys. */
export const SECRET_ACCESS_KEY_PATTERN = /^[A-Za-z0-9+/]{40}$/;

const BASE32_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
// 10 bytes = 80 bits = exactly 16 base32 characters; 30 bytes = exactly 40 base64 characters.
const ACCESS_KEY_ID_RANDOM_BYTES = 10;
const SECRET_RANDOM_BYTES = 30;
const PAYLOAD_VERSION = 1;

/**
 * The default issuer: self-contained credentials that need no storage. The session token is a
 * SealedBox (purpose "session-token") holding
 *
 *   [1, accessKeyId, secretAccessKey, principalArn, sessionId, expiresAt]
 *
 * so that, given the access key id and session token of a SigV4 request, this service alone can
 * recover the secret to check the signature, and who signed it until when. The token is opaque to
 * clients (`v1.<kid>.<base64url>`; SDKs send it verbatim as X-Amz-Security-Token) and opens only
 * while the keyring still holds its encryption key.
 */
export class LocalCredentialsIssuer implements CredentialsIssuer {
  readonly #box: SealedBox;
  readonly #random: RandomSource;
  readonly #clock: Clock;

  constructor(options: { keyring: Keyring; random: RandomSource; clock?: Clock }) {
    this.#box = new SealedBox(options.keyring, SESSION_TOKEN_PURPOSE, options.random);
    this.#random = options.random;
    this.#clock = options.clock ?? systemClock;
  }

  async issue({ principalArn, sessionId, expiresAt }: CredentialsRequest): Promise<IssuedCredentials> {
    if (principalArn.length === 0 || sessionId.length === 0) {
      throw new TypeError("Credentials need a principal ARN and a session id");
    }
    if (!Number.isSafeInteger(expiresAt) || expiresAt <= this.#clock.now()) {
      throw new RangeError("Credentials must expire at a future time in whole milliseconds");
    }
    const accessKeyId = `ASIA${base32(this.#random.bytes(ACCESS_KEY_ID_RANDOM_BYTES))}`;
    const secretAccessKey = this.#random.bytes(SECRET_RANDOM_BYTES).toString("base64");
    const sessionToken = this.#box.seal(
      JSON.stringify([PAYLOAD_VERSION, accessKeyId, secretAccessKey, principalArn, sessionId, expiresAt]),
    );
    return { accessKeyId, secretAccessKey, sessionToken, expiresAt };
  }

  /**
   * The credentials behind a session token, or undefined if the token does not open, was issued
   * with a different access key id, or has expired.
   */
  resolve(accessKeyId: string, sessionToken: string): ResolvedCredentials | undefined {
    if (typeof accessKeyId !== "string") return undefined;
    const value = this.#box.openJson(sessionToken);
    if (!Array.isArray(value) || value.length !== 6 || value[0] !== PAYLOAD_VERSION) return undefined;
    const [, sealedKeyId, secretAccessKey, principalArn, sessionId, expiresAt] = value as unknown[];
    if (
      typeof sealedKeyId !== "string" ||
      typeof secretAccessKey !== "string" ||
      typeof principalArn !== "string" ||
      typeof sessionId !== "string" ||
      !Number.isSafeInteger(expiresAt)
    ) {
      return undefined;
    }
    if (!equalInConstantTime(sealedKeyId, accessKeyId)) return undefined;
    if (this.#clock.now() >= (expiresAt as number)) return undefined;
    return { accessKeyId: sealedKeyId, secretAccessKey, principalArn, sessionId, expiresAt: expiresAt as number };
  }
}

const base32 = (bytes: Buffer): string => {
  let output = "";
  let buffer = 0;
  let bits = 0;
  for (const byte of bytes) {
    buffer = (buffer << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      bits -= 5;
      output += BASE32_ALPHABET[(buffer >>> bits) & 31];
    }
    buffer &= (1 << bits) - 1;
  }
  if (bits > 0) output += BASE32_ALPHABET[(buffer << (5 - bits)) & 31];
  return output;
};

/** Compares digests so that neither the length nor the first differing character leaks. */
const equalInConstantTime = (a: string, b: string): boolean =>
  timingSafeEqual(createHash("sha256").update(a, "utf8").digest(), createHash("sha256").update(b, "utf8").digest());
