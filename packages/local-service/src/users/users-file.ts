import { mkdir, stat } from "node:fs/promises";
import { dirname } from "node:path";

import { DEFAULT_FILE_LOCK_OPTIONS, withFileLock, type FileLockOptions } from "./file-lock.js";
import { errorCode } from "../files/atomic-file.js";
import { readPrivateFile, writePrivateFile } from "./private-file.js";
import {
  EMPTY_USERS_DOCUMENT,
  serializeUsersDocument,
  validateUsersDocument,
  type UsersDocument,
} from "./users-document.js";
import { UsersFileError } from "./users-file-error.js";

export type { UserRecord, UsersDocument } from "./users-document.js";
export { UsersFileError } from "./users-file-error.js";

export interface UsersFileOptions {
  /** How long `update` waits for another writer (default 5 s). */
  readonly lockTimeoutMs?: number;
  /** Age after which a lock is taken to be left by a crashed writer (default 30 s). */
  readonly staleLockMs?: number;
}

/**
 * The users file (mode 0600), shared by the running service, which reads it, and CLI commands in
 * other processes, which change it. `update` is an atomic read-modify-write across processes.
 */
export class UsersFile {
  readonly path: string;
  readonly #lock: FileLockOptions;

  constructor(path: string, options: UsersFileOptions = {}) {
    this.path = path;
    this.#lock = {
      timeoutMs: options.lockTimeoutMs ?? DEFAULT_FILE_LOCK_OPTIONS.timeoutMs,
      staleMs: options.staleLockMs ?? DEFAULT_FILE_LOCK_OPTIONS.staleMs,
    };
  }

  /** The current document; an empty one if the file does not exist yet. */
  async read(): Promise<UsersDocument> {
    const content = await readPrivateFile(this.path);
    if (content === undefined) return EMPTY_USERS_DOCUMENT;
    let value: unknown;
    try {
      value = JSON.parse(content);
    } catch (error) {
      throw new UsersFileError(`${this.path} is not valid JSON${jsonErrorLocation(content, error)}`);
    }
    const result = validateUsersDocument(value);
    if (!result.ok) throw new UsersFileError(`${this.path}: ${result.problem}`);
    return result.document;
  }

  /**
   * Applies `change` to the current document and writes the result, holding the lock throughout so
   * that concurrent writers in any process apply their changes one after another. `change` should
   * be quick (hash passwords before calling); returning `current` itself writes nothing. What it
   * returns is validated like a file read from disk, so an invalid document is never written.
   */
  async update(change: (current: UsersDocument) => UsersDocument): Promise<UsersDocument> {
    await mkdir(dirname(this.path), { recursive: true, mode: 0o700 });
    return withFileLock(`${this.path}.lock`, this.#lock, async () => {
      const current = await this.read();
      const next = change(current);
      if (next === current) return current;
      const result = validateUsersDocument(next);
      if (!result.ok) throw new UsersFileError(`Refusing to write ${this.path}: ${result.problem}`);
      await writePrivateFile(this.path, serializeUsersDocument(result.document));
      return result.document;
    });
  }

  /**
   * Changes whenever the file is replaced or edited, undefined while it does not exist. Every write
   * renames a new file into place, so the inode alone usually tells; times and size catch edits in
   * place. Nanosecond times, because two writes can land within the same millisecond.
   */
  async stamp(): Promise<string | undefined> {
    try {
      const stats = await stat(this.path, { bigint: true });
      return `${stats.dev}:${stats.ino}:${stats.size}:${stats.mtimeNs}:${stats.ctimeNs}`;
    } catch (error) {
      if (errorCode(error) === "ENOENT") return undefined;
      throw error;
    }
  }
}

/**
 * Where JSON.parse stopped, as line and column. Its message itself is not used: V8 quotes the text
 * around the error, which here could be a password hash.
 */
const jsonErrorLocation = (content: string, error: unknown): string => {
  const position = error instanceof Error ? /at position (\d+)/.exec(error.message)?.[1] : undefined;
  if (position === undefined) return "";
  const before = content.slice(0, Number(position)).split("\n");
  return ` (line ${before.length}, column ${(before.at(-1)?.length ?? 0) + 1})`;
};
