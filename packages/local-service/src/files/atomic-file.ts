/*
 * Writing files that hold credentials or password hashes: whole-file replacement that readers in
 * other processes can never see half-done, with the permission bits the caller asks for.
 */
import { randomBytes } from "node:crypto";
import { mkdir, open, rename, stat, unlink } from "node:fs/promises";
import { basename, dirname, join } from "node:path";

// POSIX permission bits mean nothing on Windows.
export const posix = process.platform !== "win32";

/**
 * Replaces `path` atomically with `content`: a temp file in the same directory, fsync, rename. A
 * concurrent reader (an SDK refreshing credentials) sees the old file or the new one, never a
 * torn one. `mode` applies to the new file whatever the umask; a missing directory is created
 * 0700 because it holds credentials.
 */
export async function writeFileAtomically(path: string, content: string, mode: number): Promise<void> {
  const directory = dirname(path);
  await mkdir(directory, { recursive: true, mode: 0o700 });
  const temp = join(directory, `.${basename(path)}.${randomBytes(6).toString("hex")}.tmp`);
  try {
    const handle = await open(temp, "wx", mode);
    try {
      if (posix) await handle.chmod(mode);
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
}

/** The permission bits of an existing file, or undefined if there is none. */
export async function existingMode(path: string): Promise<number | undefined> {
  try {
    return (await stat(path)).mode & 0o777;
  } catch (error) {
    if (errorCode(error) === "ENOENT") return undefined;
    throw error;
  }
}

export const errorCode = (error: unknown): string | undefined =>
  error instanceof Error && "code" in error && typeof error.code === "string" ? error.code : undefined;

// Makes the rename itself durable. Directories cannot be opened for fsync on Windows.
const syncDirectory = async (directory: string): Promise<void> => {
  if (!posix) return;
  const handle = await open(directory, "r");
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
};
