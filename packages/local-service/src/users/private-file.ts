import { open, type FileHandle } from "node:fs/promises";

import { errorCode, posix as checksPermissions, writeFileAtomically } from "../files/atomic-file.js";

import { UsersFileError } from "./users-file-error.js";

/*
 * Files only their owner may read or write: they hold password hashes. Writes replace the file
 * atomically (temp file in the same directory, fsync, rename), so a crash or a concurrent reader
 * sees either the old or the new content, never a torn one.
 */

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
export const writePrivateFile = (path: string, content: string): Promise<void> =>
  writeFileAtomically(path, content, 0o600);

const octal = (mode: number): string => (mode & 0o777).toString(8).padStart(4, "0");
