import type { KeyObject } from "node:crypto";

import type { JWK } from "jose";

/**
 * An ES256 key that signs ID tokens. `publicJwk` is what the JWKS publishes: the public half only,
 * tagged with `kid`, `alg` and `use: "sig"` so that verifiers select it by the token header.
 */
export interface SigningKey {
  readonly kid: string;
  readonly alg: "ES256";
  readonly privateKey: KeyObject;
  readonly publicJwk: Readonly<JWK>;
}

/**
 * The service's key material. Both kinds of key rotate: new tokens use the active key, while keys
 * that are still held keep verifying (signing keys, through the JWKS) or decrypting (encryption
 * keys, by the kid carried in every sealed token) what was issued before the rotation.
 */
export interface Keyring {
  activeSigningKey(): SigningKey;
  /** Every signing key still held, active first. */
  signingKeys(): readonly SigningKey[];
  activeEncryptionKid(): string;
  /**
   * The AES-256 key for `purpose` derived from the master secret `kid`, or undefined when no such
   * secret is held. Purposes never share a key, so a token sealed for one cannot be opened as
   * another even before the AAD check.
   */
  encryptionKey(purpose: string, kid: string): KeyObject | undefined;
}

/** Thrown for unusable key material or key files; messages name files and kids, never contents. */
export class KeyringError extends Error {
  override readonly name = "KeyringError";
}
