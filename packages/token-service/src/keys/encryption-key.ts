import { createSecretKey, hkdfSync, type KeyObject } from "node:crypto";

export const ENCRYPTION_SECRET_BYTES = 32;

const AES_256_KEY_BYTES = 32;

/**
 * HKDF-SHA256 from a master secret to the AES-256 key of one purpose. The kid is the salt and the
 * purpose is in the info, so every (secret, purpose) pair yields an independent key: compromising
 * or misusing one purpose's key reveals nothing about another's.
 */
export const deriveEncryptionKey = (secret: Uint8Array, kid: string, purpose: string): KeyObject =>
  createSecretKey(
    Buffer.from(hkdfSync("sha256", secret, Buffer.from(kid, "utf8"), `open-signin/${purpose}`, AES_256_KEY_BYTES)),
  );
