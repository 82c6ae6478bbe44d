import { createCipheriv, createDecipheriv } from "node:crypto";

import { isKid } from "../keys/kid.js";
import type { Keyring } from "../keys/keyring.js";
import type { RandomSource } from "../runtime/random.js";

/*
 * Sealed token format:
 *
 *   v1.<kid>.<base64url( iv (12 bytes) ‖ ciphertext ‖ GCM tag (16 bytes) )>
 *
 * - AES-256-GCM under the key derived for this box's purpose from encryption secret <kid>
 *   (Keyring.encryptionKey), so any kid the keyring still holds opens, across rotations;
 * - the AAD is JSON ["v1", purpose, kid], binding the version, the purpose and the kid: a token
 *   sealed for "refresh-token" never opens as a "session-token", even if the keys were shared;
 * - iv: 12 bytes from the RandomSource. Random 96-bit nonces stay safe for far more than the 2^32
 *   messages per key that NIST SP 800-38D allows; rotate the encryption key well before that.
 *
 * The kid and the length of the payload are visible; nothing else is.
 */

const VERSION = "v1";
const IV_BYTES = 12;
const TAG_BYTES = 16;
const BASE64URL = /^[A-Za-z0-9_-]+$/;

export class SealedBox {
  readonly #keyring: Keyring;
  readonly #purpose: string;
  readonly #random: RandomSource;

  constructor(keyring: Keyring, purpose: string, random: RandomSource) {
    if (purpose.length === 0) throw new TypeError("A SealedBox needs a purpose");
    this.#keyring = keyring;
    this.#purpose = purpose;
    this.#random = random;
  }

  get purpose(): string {
    return this.#purpose;
  }

  seal(payload: Uint8Array | string): string {
    const kid = this.#keyring.activeEncryptionKid();
    const key = this.#keyring.encryptionKey(this.#purpose, kid);
    if (key === undefined) throw new Error(`The keyring has no secret for its active encryption key ${kid}`);
    const iv = this.#random.bytes(IV_BYTES);
    const cipher = createCipheriv("aes-256-gcm", key, iv, { authTagLength: TAG_BYTES });
    cipher.setAAD(this.#aad(kid));
    const plaintext = typeof payload === "string" ? Buffer.from(payload, "utf8") : payload;
    const body = Buffer.concat([iv, cipher.update(plaintext), cipher.final(), cipher.getAuthTag()]);
    return `${VERSION}.${kid}.${body.toString("base64url")}`;
  }

  /** The payload, or undefined for anything that is not a token this box sealed and still can open. */
  open(token: string): Buffer | undefined {
    if (typeof token !== "string") return undefined;
    const parts = token.split(".");
    if (parts.length !== 3) return undefined;
    const [version, kid, encoded] = parts as [string, string, string];
    if (version !== VERSION || !isKid(kid) || !BASE64URL.test(encoded)) return undefined;
    const body = Buffer.from(encoded, "base64url");
    // Reject non-canonical base64url (stray trailing bits) so that a token has exactly one spelling.
    if (body.length < IV_BYTES + TAG_BYTES || body.toString("base64url") !== encoded) return undefined;
    const key = this.#keyring.encryptionKey(this.#purpose, kid);
    if (key === undefined) return undefined;
    try {
      const decipher = createDecipheriv("aes-256-gcm", key, body.subarray(0, IV_BYTES), { authTagLength: TAG_BYTES });
      decipher.setAAD(this.#aad(kid));
      decipher.setAuthTag(body.subarray(body.length - TAG_BYTES));
      const plaintext = decipher.update(body.subarray(IV_BYTES, body.length - TAG_BYTES));
      return Buffer.concat([plaintext, decipher.final()]);
    } catch {
      return undefined;
    }
  }

  /** Seals `value` as JSON. */
  sealJson(value: unknown): string {
    return this.seal(JSON.stringify(value));
  }

  /** The JSON value sealed in `token`, or undefined if it does not open or does not parse. */
  openJson(token: string): unknown {
    const plaintext = this.open(token);
    if (plaintext === undefined) return undefined;
    try {
      return JSON.parse(plaintext.toString("utf8")) as unknown;
    } catch {
      return undefined;
    }
  }

  #aad(kid: string): Buffer {
    return Buffer.from(JSON.stringify([VERSION, this.#purpose, kid]), "utf8");
  }
}
