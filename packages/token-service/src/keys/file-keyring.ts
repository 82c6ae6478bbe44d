import { stat } from "node:fs/promises";
import { join } from "node:path";
import { setTimeout } from "node:timers/promises";

import { systemClock, type Clock } from "../runtime/clock.js";
import { cryptoRandom, type RandomSource } from "../runtime/random.js";
import {
  ACTIVE_FILE,
  createFileExclusively,
  encryptionFileName,
  ensureKeysDirectory,
  readKeyDirectory,
  type KeyDirectoryContents,
  removeIfPresent,
  serializeActive,
  serializeEncryption,
  serializeSigning,
  signingFileName,
  writeFileAtomically,
} from "./key-files.js";
import {
  generateKeyPairMaterial,
  KeySet,
  KeySetKeyring,
  type EncryptionKeyMaterial,
  type KeyringMaterial,
  type SigningKeyMaterial,
} from "./key-set.js";
import { KeyringError } from "./keyring.js";

export interface FileKeyringOptions {
  random?: RandomSource;
  clock?: Clock;
}

/**
 * A keyring persisted under `<dataDir>/keys/` (layout in key-files.ts), so that tokens survive a
 * restart. Files are written before the in-memory keys change, so a failed write leaves the
 * keyring as it was. Several processes may share a directory: the first start is race-free, and a
 * process sees keys rotated by another after {@link FileKeyring.reload}.
 */
export class FileKeyring extends KeySetKeyring {
  readonly #directory: string;
  readonly #random: RandomSource;
  readonly #clock: Clock;
  // Serializes rotate/retire/reload so that each builds on the previous one's result.
  #pending: Promise<unknown> = Promise.resolve();

  private constructor(directory: string, keys: KeySet, random: RandomSource, clock: Clock) {
    super(keys);
    this.#directory = directory;
    this.#random = random;
    this.#clock = clock;
  }

  /** Loads the keys, creating the directory and a first pair of keys on the very first start. */
  static async open(dataDir: string, options: FileKeyringOptions = {}): Promise<FileKeyring> {
    const random = options.random ?? cryptoRandom;
    const clock = options.clock ?? systemClock;
    const directory = await ensureKeysDirectory(dataDir);
    const contents = await readSettled(directory);
    const keys =
      contents.state === "ready" ? new KeySet(contents.material) : await initialize(directory, random, clock);
    return new FileKeyring(directory, keys, random, clock);
  }

  /** `<dataDir>/keys`. */
  get directory(): string {
    return this.#directory;
  }

  /** New active keys; the previous ones stay for verification and decryption until retired. */
  rotate(): Promise<{ signingKid: string; encryptionKid: string }> {
    return this.#serialized(async () => {
      const { signing, encryption } = generateKeyPairMaterial(this.#random, this.#clock);
      const next = this.keys.withActive(signing, encryption);
      await writeKeyFiles(this.#directory, signing, encryption);
      await writeFileAtomically(
        this.#directory,
        ACTIVE_FILE,
        serializeActive({ signingKid: signing.kid, encryptionKid: encryption.kid }),
      );
      this.keys = next;
      return { signingKid: signing.kid, encryptionKid: encryption.kid };
    });
  }

  /** Deletes a non-active key: what it signed stops verifying, what it sealed stops opening. */
  retire(kid: string): Promise<void> {
    return this.#serialized(async () => {
      const next = this.keys.without(kid);
      // `without` accepted the kid, so it is a well-formed kid and safe in a file name.
      await removeIfPresent(join(this.#directory, signingFileName(kid)));
      await removeIfPresent(join(this.#directory, encryptionFileName(kid)));
      this.keys = next;
    });
  }

  /** Re-reads the directory, picking up rotations and retirements made by other processes. */
  reload(): Promise<void> {
    return this.#serialized(async () => {
      this.keys = new KeySet(readyMaterial(this.#directory, await readKeyDirectory(this.#directory)));
    });
  }

  /**
   * Picks up rotations and retirements made by other processes (`open-signin keys rotate`, another
   * node) without a restart: every `intervalMs` the directory's stamp (its own mtime, which every
   * create, rename and delete in it changes, and the active file's inode and mtime) is compared with
   * the last one seen, and only a changed stamp costs a re-read. Requests never touch the disk. The
   * new keys replace the old in one assignment, so a request sees either set whole; a re-read that
   * fails (a half-written rotation, a damaged file) is reported to `onError` and the keys in use
   * stay, to be tried again at the next tick. Returns the function that stops the checks.
   */
  reloadWhenChanged(intervalMs: number, onError: (error: unknown) => void): () => void {
    if (!Number.isFinite(intervalMs) || intervalMs <= 0) throw new RangeError("intervalMs must be positive");
    let seen: Promise<string | undefined> = this.#stamp();
    let checking = false;
    const timer = setInterval(() => {
      if (checking) return;
      checking = true;
      void (async () => {
        try {
          const [before, now] = [await seen, await this.#stamp()];
          if (now === before) return;
          await this.reload();
          seen = Promise.resolve(now);
        } catch (error) {
          onError(error);
        } finally {
          checking = false;
        }
      })();
    }, intervalMs);
    timer.unref();
    return () => clearInterval(timer);
  }

  async #stamp(): Promise<string | undefined> {
    try {
      const [directory, active] = await Promise.all([
        stat(this.#directory, { bigint: true }),
        stat(join(this.#directory, ACTIVE_FILE), { bigint: true }),
      ]);
      return `${directory.mtimeNs}:${active.ino}:${active.mtimeNs}:${active.size}`;
    } catch {
      return undefined;
    }
  }

  #serialized<T>(operation: () => Promise<T>): Promise<T> {
    const result = this.#pending.then(operation);
    this.#pending = result.catch(() => undefined);
    return result;
  }
}

const writeKeyFiles = async (
  directory: string,
  signing: SigningKeyMaterial,
  encryption: EncryptionKeyMaterial,
): Promise<void> => {
  await writeFileAtomically(directory, signingFileName(signing.kid), serializeSigning(signing));
  await writeFileAtomically(directory, encryptionFileName(encryption.kid), serializeEncryption(encryption));
};

/**
 * First start. The key files go first and active.json is created exclusively last, so when two
 * processes start together on an empty directory exactly one set of keys becomes active; the loser
 * deletes its own files and adopts the winner's.
 */
const initialize = async (directory: string, random: RandomSource, clock: Clock): Promise<KeySet> => {
  const { signing, encryption } = generateKeyPairMaterial(random, clock);
  const keys = new KeySet({ signing: [signing], encryption: [encryption] });
  await writeKeyFiles(directory, signing, encryption);
  const active = serializeActive({ signingKid: signing.kid, encryptionKid: encryption.kid });
  if (await createFileExclusively(directory, ACTIVE_FILE, active)) return keys;
  await removeIfPresent(join(directory, signingFileName(signing.kid)));
  await removeIfPresent(join(directory, encryptionFileName(encryption.kid)));
  return new KeySet(readyMaterial(directory, await readKeyDirectory(directory)));
};

// Long enough for a concurrent first start to write two small files and link active.json.
const SETTLE_ATTEMPTS = 20;
const SETTLE_DELAY_MS = 50;

/**
 * Reads the directory, waiting briefly while it is "incomplete": that is what a concurrent first
 * start in another process looks like from outside. If active.json stays missing the directory is
 * damaged, and generating new keys would silently orphan every token issued so far, so it fails.
 */
const readSettled = async (directory: string): Promise<KeyDirectoryContents> => {
  for (let attempt = 1; ; attempt++) {
    const contents = await readKeyDirectory(directory);
    if (contents.state !== "incomplete") return contents;
    if (attempt >= SETTLE_ATTEMPTS) {
      throw new KeyringError(`${join(directory, ACTIVE_FILE)} is missing but the directory holds keys; restore it`);
    }
    await setTimeout(SETTLE_DELAY_MS);
  }
};

const readyMaterial = (directory: string, contents: KeyDirectoryContents): Required<KeyringMaterial> => {
  if (contents.state === "ready") return contents.material;
  throw new KeyringError(`${join(directory, ACTIVE_FILE)} is missing from the key directory; restore it`);
};
