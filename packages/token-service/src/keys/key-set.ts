import type { KeyObject } from "node:crypto";

import type { JWK } from "jose";

import type { Clock } from "../runtime/clock.js";
import type { RandomSource } from "../runtime/random.js";
import { deriveEncryptionKey, ENCRYPTION_SECRET_BYTES } from "./encryption-key.js";
import { isKid, newKid } from "./kid.js";
import { KeyringError, type Keyring, type SigningKey } from "./keyring.js";
import { generateSigningJwk, privateJwkOf, signingKeyFromJwk } from "./signing-key.js";

export interface SigningKeyMaterial {
  readonly kid: string;
  /** P-256 private JWK (kty, crv, x, y, d). */
  readonly privateJwk: JWK;
  /** ms since the epoch; orders the inactive keys, newest first. */
  readonly createdAt: number;
}

export interface EncryptionKeyMaterial {
  readonly kid: string;
  /** The 32-byte master secret that per-purpose keys are derived from. */
  readonly secret: Uint8Array;
  readonly createdAt: number;
}

/** Everything a keyring holds. The active kids default to the first key of each list. */
export interface KeyringMaterial {
  readonly signing: readonly SigningKeyMaterial[];
  readonly encryption: readonly EncryptionKeyMaterial[];
  readonly activeSigningKid?: string;
  readonly activeEncryptionKid?: string;
}

interface HeldSigningKey {
  readonly key: SigningKey;
  readonly createdAt: number;
}

interface HeldEncryptionKey {
  readonly secret: Buffer;
  readonly createdAt: number;
}

/** A new signing key and a new encryption secret, drawn in that order from `random`. */
export const generateKeyPairMaterial = (
  random: RandomSource,
  clock: Clock,
): { signing: SigningKeyMaterial; encryption: EncryptionKeyMaterial } => {
  const createdAt = clock.now();
  const signing = { kid: newKid(random), privateJwk: generateSigningJwk(random), createdAt };
  const encryption = { kid: newKid(random), secret: random.bytes(ENCRYPTION_SECRET_BYTES), createdAt };
  return { signing, encryption };
};

/**
 * An immutable, validated set of keys: the in-memory engine behind StaticKeyring and FileKeyring.
 * Changes produce a new KeySet, so a keyring can persist a change first and swap its KeySet only
 * once that succeeded, and readers never observe a half-applied rotation.
 */
export class KeySet implements Keyring {
  readonly #signing: ReadonlyMap<string, HeldSigningKey>;
  readonly #encryption: ReadonlyMap<string, HeldEncryptionKey>;
  readonly #activeSigningKid: string;
  readonly #activeEncryptionKid: string;
  readonly #signingOrder: readonly SigningKey[];
  readonly #derived = new Map<string, KeyObject>();

  constructor(material: KeyringMaterial) {
    const signing = new Map<string, HeldSigningKey>();
    for (const entry of material.signing) {
      checkEntry("signing", entry.kid, entry.createdAt, signing);
      signing.set(entry.kid, { key: signingKeyFromJwk(entry.kid, entry.privateJwk), createdAt: entry.createdAt });
    }
    const encryption = new Map<string, HeldEncryptionKey>();
    for (const entry of material.encryption) {
      checkEntry("encryption", entry.kid, entry.createdAt, encryption);
      if (entry.secret.length !== ENCRYPTION_SECRET_BYTES) {
        throw new KeyringError(`Encryption key ${entry.kid} is not ${ENCRYPTION_SECRET_BYTES} bytes long`);
      }
      encryption.set(entry.kid, { secret: Buffer.from(entry.secret), createdAt: entry.createdAt });
    }
    const activeSigningKid = material.activeSigningKid ?? material.signing[0]?.kid;
    if (activeSigningKid === undefined || !signing.has(activeSigningKid)) {
      throw new KeyringError("The active signing key is not among the signing keys");
    }
    const activeEncryptionKid = material.activeEncryptionKid ?? material.encryption[0]?.kid;
    if (activeEncryptionKid === undefined || !encryption.has(activeEncryptionKid)) {
      throw new KeyringError("The active encryption key is not among the encryption keys");
    }
    this.#signing = signing;
    this.#encryption = encryption;
    this.#activeSigningKid = activeSigningKid;
    this.#activeEncryptionKid = activeEncryptionKid;
    this.#signingOrder = [...signing.values()]
      .sort((a, b) => rank(a.key.kid === activeSigningKid, a.createdAt, b.key.kid === activeSigningKid, b.createdAt))
      .map((held) => held.key);
  }

  activeSigningKey(): SigningKey {
    // The constructor guarantees the active key is first.
    return this.#signingOrder[0] as SigningKey;
  }

  signingKeys(): readonly SigningKey[] {
    return this.#signingOrder;
  }

  activeEncryptionKid(): string {
    return this.#activeEncryptionKid;
  }

  encryptionKey(purpose: string, kid: string): KeyObject | undefined {
    const cacheKey = JSON.stringify([kid, purpose]);
    const cached = this.#derived.get(cacheKey);
    if (cached !== undefined) return cached;
    const held = this.#encryption.get(kid);
    if (held === undefined) return undefined;
    const derived = deriveEncryptionKey(held.secret, kid, purpose);
    this.#derived.set(cacheKey, derived);
    return derived;
  }

  hasKid(kid: string): boolean {
    return this.#signing.has(kid) || this.#encryption.has(kid);
  }

  isActive(kid: string): boolean {
    return kid === this.#activeSigningKid || kid === this.#activeEncryptionKid;
  }

  /** Adds the given keys and makes them the active ones. */
  withActive(signing: SigningKeyMaterial, encryption: EncryptionKeyMaterial): KeySet {
    const current = this.material();
    return new KeySet({
      signing: [signing, ...current.signing],
      encryption: [encryption, ...current.encryption],
      activeSigningKid: signing.kid,
      activeEncryptionKid: encryption.kid,
    });
  }

  /** Drops a non-active key of either kind. */
  without(kid: string): KeySet {
    if (this.isActive(kid)) throw new KeyringError(`Key ${kid} is active; rotate before retiring it`);
    if (!this.hasKid(kid)) throw new KeyringError(`No key with id ${kid}`);
    const current = this.material();
    return new KeySet({
      signing: current.signing.filter((entry) => entry.kid !== kid),
      encryption: current.encryption.filter((entry) => entry.kid !== kid),
      activeSigningKid: this.#activeSigningKid,
      activeEncryptionKid: this.#activeEncryptionKid,
    });
  }

  /** The raw material, e.g. to persist it. Holds secrets: never log it. */
  material(): Required<KeyringMaterial> {
    return {
      signing: [...this.#signing.values()].map(({ key, createdAt }) => ({
        kid: key.kid,
        privateJwk: privateJwkOf(key),
        createdAt,
      })),
      encryption: [...this.#encryption.entries()].map(([kid, { secret, createdAt }]) => ({
        kid,
        secret: Buffer.from(secret),
        createdAt,
      })),
      activeSigningKid: this.#activeSigningKid,
      activeEncryptionKid: this.#activeEncryptionKid,
    };
  }
}

const checkEntry = (kind: string, kid: string, createdAt: number, held: ReadonlyMap<string, unknown>): void => {
  if (!isKid(kid)) throw new KeyringError(`A ${kind} key has an invalid key id`);
  if (held.has(kid)) throw new KeyringError(`Duplicate ${kind} key id ${kid}`);
  if (!Number.isSafeInteger(createdAt) || createdAt < 0) {
    throw new KeyringError(`The ${kind} key ${kid} has an invalid creation time`);
  }
};

/** Active first, then newest first. */
const rank = (aActive: boolean, aCreated: number, bActive: boolean, bCreated: number): number =>
  aActive !== bActive ? (aActive ? -1 : 1) : bCreated - aCreated;

/**
 * A keyring that answers from its current KeySet. Subclasses decide how that set is loaded and
 * changed (in memory, or persisted first), and swap `keys` only once a change has succeeded.
 */
export abstract class KeySetKeyring implements Keyring {
  protected constructor(protected keys: KeySet) {}

  activeSigningKey(): SigningKey {
    return this.keys.activeSigningKey();
  }

  signingKeys(): readonly SigningKey[] {
    return this.keys.signingKeys();
  }

  activeEncryptionKid(): string {
    return this.keys.activeEncryptionKid();
  }

  encryptionKey(purpose: string, kid: string): KeyObject | undefined {
    return this.keys.encryptionKey(purpose, kid);
  }
}
