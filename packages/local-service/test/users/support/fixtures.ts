import { randomBytes } from "node:crypto";
import { stat } from "node:fs/promises";

import type { UserRecord } from "../../../src/users/users-file.js";

export const fileMode = async (path: string): Promise<number> => (await stat(path)).mode & 0o777;

// POSIX permission bits mean nothing on Windows.
export const onWindows = process.platform === "win32";

/** A well-formed hash that no password matches: for tests about the file, not about passwords. */
export const placeholderHash = (): string =>
  `scrypt$1024$8$1$${randomBytes(16).toString("base64url")}$${randomBytes(32).toString("base64url")}`;

export const userRecord = (userName: string, accountId = "111122223333"): UserRecord => ({
  accountId,
  userName,
  passwordHash: placeholderHash(),
  permissions: ["signin:AuthorizeOAuth2Access"],
  credentialVersion: 1,
  createdAt: "2025-01-01T00:00:00.000Z",
});
