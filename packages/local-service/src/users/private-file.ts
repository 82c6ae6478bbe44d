import { randomBytes } from "node:crypto";
import { mkdir, open, rename, unlink, type FileHandle } from "node:fs/promises";
import { basename, dirname, join } from "node:path";

import { UsersFileError } from "./users-file-error.js";

/*
 * Files only their owner may read or write: they hold password hashes. Writes replace the file
 * atomically (temp file in the same directory, fsync, rename), so a crash or a concurrent reader
 * sees either the old or the new content, never a torn one.
 */

// POSIX permission bits mean nothing on Windows (node reports 0o666/0o444 there).
const checksPermissions = process.platform !== "win32";

/** The file's content, or undefined if it does not exist. Refuses a file others can reach. */
export const readPrivateFile = async (path: string): Promise<string | undefined> => {
  let handle: FileHandle;
  try {
    handle = await open(path, "r");
  } catch (error) {
    if (errorCode(error) === "ENOENT") return undefined;
    throw error;
  }
  try {
    // fstat on the open handle, so the checked file is the one read.
    const stats = await handle.stat();
    if (!stats.isFile()) throw new UsersFileError(`${path} is not a regular file`);
    if (checksPermissions && (stats.mode & 0o077) !== 0) {
      throw new UsersFileError(
        `${path} holds password hashes but other users can access it (mode ${octal(stats.mode)}); run: chmod 600 ${path}`,
      );
    }
    return await handle.readFile("utf8");
  } finally {
    await handle.close();
  }
};

/** Replaces `path` with a 0600 file holding `content`, creating its directory (0700) if needed. */
export const writePrivateFile = async (path: string, content: string): Promise<void> => {
  const directory = dirname(path);
  await mkdir(directory, { recursive: true, mode: 0o700 });
  const temp = join(directory, `.${basename(path)}.${randomBytes(6).toString("hex")}.tmp`);
  try {
    const handle = await open(temp, "wx", 0o600);
    try {
      // The umask may have removed bits from the creation mode; the owner needs exactly rw.
      if (checksPermissions) await handle.chmod(0o600);
      await handle.writeFile(content, "utf8");
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, path);
  } catch (error) {
    await unlink(temp).catch(() => undefined);
    throw error;
  }
  await syncDirectory(directory);
};

// Makes the rename itself durable. Directories cannot be opened for fsync on Windows.
const syncDirectory = async (directory: string): Promise<void> => {
  if (!checksPermissions) return;
  const handle = await open(directory, "r");
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
};

export const errorCode = (error: unknown): string | undefined =>
  error instanceof Error && "code" in error && typeof error.code === "string" ? error.code : undefined;

const octal = (mode: number): string => (mode & 0o777).toString(8).padStart(4, "0");
