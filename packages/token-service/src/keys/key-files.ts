import { randomBytes } from "node:crypto";
import { link, mkdir, open, readdir, rename, stat, unlink, type FileHandle } from "node:fs/promises";
import { join } from "node:path";

import type { JWK } from "jose";

import type { EncryptionKeyMaterial, KeyringMaterial, SigningKeyMaterial } from "./key-set.js";
import { isKid } from "./kid.js";
import { KeyringError } from "./keyring.js";

/*
 * Layout of the key directory, `<dataDir>/keys/` (mode 0700):
 *
 *   active.json              {"version":1,"signingKid":"<kid>","encryptionKid":"<kid>"}
 *   signing-<kid>.json       {"version":1,"kid":"<kid>","alg":"ES256","createdAt":<ms>,
 *                             "privateJwk":{"kty":"EC","crv":"P-256","x":…,"y":…,"d":…}}
 *   encryption-<kid>.json    {"version":1,"kid":"<kid>","createdAt":<ms>,"secret":"<base64url, 32 bytes>"}
 *
 * Every file is mode 0600 and replaced atomically (temp file in the same directory, fsync,
 * rename), so a crash leaves either the old or the new file, never a torn one. Leftover `*.tmp`
 * files from an interrupted write are ignored. A key stays until it is retired; active.json
 * decides which keys new tokens use.
 */

const KEYS_DIRECTORY = "keys";
export const ACTIVE_FILE = "active.json";
const FORMAT_VERSION = 1;
const SIGNING_FILE = /^signing-([A-Za-z0-9_-]{1,64})\.json$/;
const ENCRYPTION_FILE = /^encryption-([A-Za-z0-9_-]{1,64})\.json$/;
const TEMP_SUFFIX = ".tmp";

export const signingFileName = (kid: string): string => `signing-${kid}.json`;
export const encryptionFileName = (kid: string): string => `encryption-${kid}.json`;

export interface ActiveKids {
  readonly signingKid: string;
  readonly encryptionKid: string;
}

// POSIX permission bits mean nothing on Windows (node reports 0o666/0o444 there).
const checksPermissions = process.platform !== "win32";

/** Creates the key directory (0700) if needed and refuses one that others can reach. */
export const ensureKeysDirectory = async (dataDir: string): Promise<string> => {
  const directory = join(dataDir, KEYS_DIRECTORY);
  await mkdir(directory, { recursive: true, mode: 0o700 });
  const stats = await stat(directory);
  if (!stats.isDirectory()) throw new KeyringError(`${directory} is not a directory`);
  if (checksPermissions && (stats.mode & 0o077) !== 0) {
    throw new KeyringError(`Key directory ${directory} ${reachableByOthers(stats.mode)}; run: chmod 700 ${directory}`);
  }
  return directory;
};

/**
 * What the key directory holds: nothing yet (the first start), key files without active.json (a
 * first start in progress in another process, or a damaged directory), or a complete keyring.
 */
export type KeyDirectoryContents =
  | { readonly state: "empty" }
  | { readonly state: "incomplete" }
  | { readonly state: "ready"; readonly material: Required<KeyringMaterial> };

/** Reads every key in the directory, refusing files that others can read or that are corrupt. */
export const readKeyDirectory = async (directory: string): Promise<KeyDirectoryContents> => {
  const names = (await readdir(directory)).filter((name) => !name.endsWith(TEMP_SUFFIX)).sort();
  const signing: SigningKeyMaterial[] = [];
  const encryption: EncryptionKeyMaterial[] = [];
  let active: ActiveKids | undefined;
  for (const name of names) {
    const path = join(directory, name);
    const signingMatch = SIGNING_FILE.exec(name);
    const encryptionMatch = ENCRYPTION_FILE.exec(name);
    if (name !== ACTIVE_FILE && signingMatch === null && encryptionMatch === null) continue;
    const content = await readKeyFile(path);
    // Retired, or cleaned up by a process that lost a concurrent first start, since readdir.
    if (content === VANISHED) continue;
    if (name === ACTIVE_FILE) active = parseActive(path, content);
    else if (signingMatch?.[1] !== undefined) signing.push(parseSigning(path, signingMatch[1], content));
    else if (encryptionMatch?.[1] !== undefined) encryption.push(parseEncryption(path, encryptionMatch[1], content));
  }
  if (active === undefined) return { state: signing.length === 0 && encryption.length === 0 ? "empty" : "incomplete" };
  const missing = !signing.some((entry) => entry.kid === active.signingKid)
    ? signingFileName(active.signingKid)
    : !encryption.some((entry) => entry.kid === active.encryptionKid)
      ? encryptionFileName(active.encryptionKid)
      : undefined;
  if (missing !== undefined) {
    throw new KeyringError(`${join(directory, ACTIVE_FILE)} names an active key whose file ${missing} is missing`);
  }
  return {
    state: "ready",
    material: { signing, encryption, activeSigningKid: active.signingKid, activeEncryptionKid: active.encryptionKid },
  };
};

export const serializeSigning = (entry: SigningKeyMaterial): string =>
  JSON.stringify({
    version: FORMAT_VERSION,
    kid: entry.kid,
    alg: "ES256",
    createdAt: entry.createdAt,
    privateJwk: entry.privateJwk,
  });

export const serializeEncryption = (entry: EncryptionKeyMaterial): string =>
  JSON.stringify({
    version: FORMAT_VERSION,
    kid: entry.kid,
    createdAt: entry.createdAt,
    secret: Buffer.from(entry.secret).toString("base64url"),
  });

export const serializeActive = (active: ActiveKids): string =>
  JSON.stringify({ version: FORMAT_VERSION, signingKid: active.signingKid, encryptionKid: active.encryptionKid });

/** Replaces `name` atomically with a 0600 file holding `content`. */
export const writeFileAtomically = async (directory: string, name: string, content: string): Promise<void> => {
  const temp = await writeTempFile(directory, name, content);
  try {
    await rename(temp, join(directory, name));
  } catch (error) {
    await removeIfPresent(temp);
    throw error;
  }
  await syncDirectory(directory);
};

/**
 * Creates `name` with `content` only if it does not exist, atomically: a hard link fails on an
 * existing target, unlike rename. Returns false when another process created it first.
 */
export const createFileExclusively = async (directory: string, name: string, content: string): Promise<boolean> => {
  const temp = await writeTempFile(directory, name, content);
  try {
    await link(temp, join(directory, name));
  } catch (error) {
    if (isErrnoException(error) && error.code === "EEXIST") return false;
    throw error;
  } finally {
    await removeIfPresent(temp);
  }
  await syncDirectory(directory);
  return true;
};

export const removeIfPresent = async (path: string): Promise<void> => {
  try {
    await unlink(path);
  } catch (error) {
    if (!(isErrnoException(error) && error.code === "ENOENT")) throw error;
  }
};

const VANISHED = Symbol("vanished");

const readKeyFile = async (path: string): Promise<unknown> => {
  let handle: FileHandle;
  try {
    // Check the opened file itself, so a swap between the check and the read cannot slip through.
    handle = await open(path, "r");
  } catch (error) {
    if (isErrnoException(error) && error.code === "ENOENT") return VANISHED;
    throw error;
  }
  let text: string;
  try {
    const stats = await handle.stat();
    if (!stats.isFile()) throw new KeyringError(`Key file ${path} is not a regular file`);
    if (checksPermissions && (stats.mode & 0o077) !== 0) {
      throw new KeyringError(`Key file ${path} ${reachableByOthers(stats.mode)}; run: chmod 600 ${path}`);
    }
    text = await handle.readFile("utf8");
  } finally {
    await handle.close();
  }
  try {
    return JSON.parse(text) as unknown;
  } catch {
    // JSON.parse's own message quotes the input, which here is key material.
    throw new KeyringError(`Key file ${path} is not valid JSON`);
  }
};

const parseActive = (path: string, value: unknown): ActiveKids => {
  const record = asRecord(path, value);
  if (record.version !== FORMAT_VERSION || !isKid(record.signingKid) || !isKid(record.encryptionKid)) {
    throw corrupt(path);
  }
  return { signingKid: record.signingKid, encryptionKid: record.encryptionKid };
};

const parseSigning = (path: string, kid: string, value: unknown): SigningKeyMaterial => {
  const record = asRecord(path, value);
  const jwk = record.privateJwk;
  if (
    record.version !== FORMAT_VERSION ||
    record.kid !== kid ||
    record.alg !== "ES256" ||
    !isTimestamp(record.createdAt) ||
    typeof jwk !== "object" ||
    jwk === null ||
    Array.isArray(jwk)
  ) {
    throw corrupt(path);
  }
  const { kty, crv, x, y, d } = jwk as Record<string, unknown>;
  if (kty !== "EC" || crv !== "P-256" || typeof x !== "string" || typeof y !== "string" || typeof d !== "string") {
    throw corrupt(path);
  }
  const privateJwk: JWK = { kty, crv, x, y, d };
  return { kid, privateJwk, createdAt: record.createdAt };
};

const parseEncryption = (path: string, kid: string, value: unknown): EncryptionKeyMaterial => {
  const record = asRecord(path, value);
  if (
    record.version !== FORMAT_VERSION ||
    record.kid !== kid ||
    !isTimestamp(record.createdAt) ||
    typeof record.secret !== "string" ||
    !/^[A-Za-z0-9_-]{43}$/.test(record.secret)
  ) {
    throw corrupt(path);
  }
  const secret = Buffer.from(record.secret, "base64url");
  if (secret.length !== 32 || secret.toString("base64url") !== record.secret) throw corrupt(path);
  return { kid, secret, createdAt: record.createdAt };
};

const asRecord = (path: string, value: unknown): Record<string, unknown> => {
  if (typeof value !== "object" || value === null || Array.isArray(value)) throw corrupt(path);
  return value as Record<string, unknown>;
};

const isTimestamp = (value: unknown): value is number => Number.isSafeInteger(value) && (value as number) >= 0;

const corrupt = (path: string): KeyringError => new KeyringError(`Key file ${path} is malformed`);

const writeTempFile = async (directory: string, name: string, content: string): Promise<string> => {
  // Temp names only need to be unique on this machine and never leave it, so they come from the
  // OS rather than the injected RandomSource: a seeded source would repeat them across processes.
  const temp = join(directory, `.${name}.${randomBytes(8).toString("hex")}${TEMP_SUFFIX}`);
  const handle = await open(temp, "wx", 0o600);
  try {
    // The creation mode is filtered by the umask; set it explicitly so the file is exactly 0600.
    await handle.chmod(0o600);
    await handle.writeFile(content, "utf8");
    await handle.sync();
  } catch (error) {
    await handle.close();
    await removeIfPresent(temp);
    throw error;
  }
  await handle.close();
  return temp;
};

/** Makes a rename durable. Best effort: some platforms cannot open or fsync a directory. */
const syncDirectory = async (directory: string): Promise<void> => {
  try {
    const handle = await open(directory, "r");
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
    // The rename itself has happened; only its durability across a power loss is weaker here.
  }
};

const reachableByOthers = (mode: number): string =>
  `is accessible by group or others (mode 0${(mode & 0o777).toString(8)})`;

const isErrnoException = (error: unknown): error is NodeJS.ErrnoException =>
  error instanceof Error && typeof (error as NodeJS.ErrnoException).code === "string";
