import { systemClock, type Clock } from "../runtime/clock.js";
import { cryptoRandom, type RandomSource } from "../runtime/random.js";
import { generateKeyPairMaterial, KeySet, KeySetKeyring, type KeyringMaterial } from "./key-set.js";

/**
 * A keyring held only in memory: for tests, and for embedders that keep key material in their own
 * secret store and hand it over at start-up. Tokens it issues die with the process unless the
 * embedder persists {@link StaticKeyring.material}.
 */
export class StaticKeyring extends KeySetKeyring {
  readonly #random: RandomSource;
  readonly #clock: Clock;

  constructor(material: KeyringMaterial, options: { random?: RandomSource; clock?: Clock } = {}) {
    super(new KeySet(material));
    this.#random = options.random ?? cryptoRandom;
    this.#clock = options.clock ?? systemClock;
  }

  /** A keyring with one fresh key of each kind; a seeded `random` makes it reproducible. */
  static generate(options: { random?: RandomSource; clock?: Clock } = {}): StaticKeyring {
    const { signing, encryption } = generateKeyPairMaterial(
      options.random ?? cryptoRandom,
      options.clock ?? systemClock,
    );
    return new StaticKeyring({ signing: [signing], encryption: [encryption] }, options);
  }

  /** New active keys; the previous ones stay for verification and decryption until retired. */
  rotate(): { signingKid: string; encryptionKid: string } {
    const { signing, encryption } = generateKeyPairMaterial(this.#random, this.#clock);
    this.keys = this.keys.withActive(signing, encryption);
    return { signingKid: signing.kid, encryptionKid: encryption.kid };
  }

  /** Drops a non-active key: what it signed stops verifying, what it sealed stops opening. */
  retire(kid: string): void {
    this.keys = this.keys.without(kid);
  }

  /** The raw key material, including secrets. */
  material(): Required<KeyringMaterial> {
    return this.keys.material();
  }
}
