import { randomUUID } from "node:crypto";
import { open, readFile, stat, unlink, type FileHandle } from "node:fs/promises";
import { setTimeout as sleep } from "node:timers/promises";

import { errorCode } from "../files/atomic-file.js";
import { UsersFileError } from "./users-file-error.js";

export interface FileLockOptions {
  /** How long to wait for another holder before giving up. */
  readonly timeoutMs: number;
  /** A lock untouched for this long belongs to a writer that crashed; holders keep it for milliseconds. */
  readonly staleMs: number;
}

export const DEFAULT_FILE_LOCK_OPTIONS: FileLockOptions = { timeoutMs: 5_000, staleMs: 30_000 };

const FIRST_RETRY_MS = 5;
const LONGEST_RETRY_MS = 100;

/**
 * Runs `operation` while holding `lockPath`, an exclusive lock between processes: the lock is a
 * file created with O_EXCL, so exactly one creator succeeds, and it holds a random token so that a
 * holder only ever removes its own lock.
 */
export const withFileLock = async <T>(
  lockPath: string,
  options: FileLockOptions,
  operation: () => Promise<T>,
): Promise<T> => {
  const token = await acquire(lockPath, options);
  try {
    return await operation();
  } finally {
    await release(lockPath, token);
  }
};

const acquire = async (lockPath: string, options: FileLockOptions): Promise<string> => {
  const token = `${process.pid} ${randomUUID()}`;
  const deadline = Date.now() + options.timeoutMs;
  for (let delay = FIRST_RETRY_MS; ; delay = Math.min(delay * 2, LONGEST_RETRY_MS)) {
    if (await createExclusively(lockPath, token)) return token;
    if (await breakIfStale(lockPath, token, options.staleMs)) continue;
    if (Date.now() >= deadline) {
      throw new UsersFileError(
        `Timed out waiting for ${lockPath}: another process is changing the users file. ` +
          `If no other open-signin command is running, delete ${lockPath}.`,
      );
    }
    // Jitter keeps waiters that started together from retrying in lockstep.
    await sleep(delay * (0.5 + Math.random()));
  }
};

const createExclusively = async (path: string, token: string): Promise<boolean> => {
  let handle: FileHandle;
  try {
    handle = await open(path, "wx", 0o600);
  } catch (error) {
    if (errorCode(error) === "EEXIST") return false;
    throw error;
  }
  try {
    await handle.writeFile(token, "utf8");
  } finally {
    await handle.close();
  }
  return true;
};

/**
 * Removes a lock left by a crashed writer. Waiters that find it stale at the same moment must not
 * each remove it: the second removal could delete the lock the first one has just taken. So
 * breaking is itself serialized by a second lock, and the holder of that one checks staleness
 * again before removing. (A crash while breaking leaves the break lock, which goes stale too.)
 */
const breakIfStale = async (lockPath: string, token: string, staleMs: number): Promise<boolean> => {
  if (!(await isStale(lockPath, staleMs))) return false;
  const breakPath = `${lockPath}.break`;
  if (!(await createExclusively(breakPath, token))) {
    if (await isStale(breakPath, staleMs)) await removeIfPresent(breakPath);
    return false;
  }
  try {
    if (!(await isStale(lockPath, staleMs))) return false;
    await removeIfPresent(lockPath);
    return true;
  } finally {
    await removeIfPresent(breakPath);
  }
};

// File times come from the wall clock, so staleness is judged against the wall clock too.
const isStale = async (path: string, staleMs: number): Promise<boolean> => {
  try {
    return Date.now() - (await stat(path)).mtimeMs >= staleMs;
  } catch (error) {
    if (errorCode(error) === "ENOENT") return false;
    throw error;
  }
};

const release = async (lockPath: string, token: string): Promise<void> => {
  const holder = await readFile(lockPath, "utf8").catch(() => undefined);
  // Not ours any more only if we held it past staleMs and another process broke it.
  if (holder === token) await removeIfPresent(lockPath);
};

const removeIfPresent = async (path: string): Promise<void> => {
  try {
    await unlink(path);
  } catch (error) {
    if (errorCode(error) !== "ENOENT") throw error;
  }
};
