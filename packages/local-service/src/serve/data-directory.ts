import { mkdir, stat } from "node:fs/promises";

/** The data directory cannot be used safely; the message says why and what to do. */
class DataDirectoryError extends Error {
  override readonly name = "DataDirectoryError";
}

// POSIX owners and permission bits mean nothing on Windows.
const posix = process.platform !== "win32";

/**
 * Creates the data directory (0700) or checks the one that exists: it holds the signing and
 * encryption keys and usually the users file, so it must be a directory owned by the user running
 * the service that nobody else can list or enter. One that fails is refused, not repaired: a
 * directory someone else owns or could write to may already hold files they planted, which no
 * chmod undoes.
 */
export async function prepareDataDirectory(path: string): Promise<void> {
  await mkdir(path, { recursive: true, mode: 0o700 });
  const stats = await stat(path);
  if (!stats.isDirectory()) throw new DataDirectoryError(`The data directory ${path} is not a directory.`);
  if (!posix) return;
  const uid = process.getuid?.();
  if (uid !== undefined && stats.uid !== uid) {
    throw new DataDirectoryError(
      `The data directory ${path} belongs to user id ${stats.uid}, not to the user running the service (${uid}). ` +
        `Use a directory of your own (--data-dir), or, if it is yours: chown -R ${uid} ${path}`,
    );
  }
  if ((stats.mode & 0o077) !== 0) {
    const mode = (stats.mode & 0o777).toString(8).padStart(4, "0");
    throw new DataDirectoryError(
      `The data directory ${path} holds keys but other users can access it (mode ${mode}). ` +
        `Check that nobody else has put files in it, then run: chmod 700 ${path}`,
    );
  }
}
