import {
  ACCOUNT_ALIAS_RULE,
  ACCOUNT_ID_RULE,
  isValidAccountAlias,
  isValidAccountId,
  isValidUserName,
  USER_NAME_RULE,
  userNameKey,
} from "./iam-names.js";
import { isWellFormedPasswordHash } from "./password-hash.js";
import { isKnownPermission, KNOWN_PERMISSIONS } from "./permissions.js";

/*
 * The users file, as JSON:
 *
 *   {
 *     "version": 1,
 *     "accounts": [{ "id": "111122223333", "alias": "dev" }],
 *     "users": [{ "accountId": "111122223333", "userName": "alice", "passwordHash": "scrypt$…",
 *                 "permissions": ["signin:AuthorizeOAuth2Access"], "credentialVersion": 1,
 *                 "sessionsRevokedAt": 1700000000000, "createdAt": "2025-01-01T00:00:00.000Z" }]
 *   }
 *
 * People may edit it by hand, so it is validated strictly: an unknown key or permission is more
 * likely a typo that would silently change who may sign in than a deliberate extension.
 */

interface AccountRecord {
  /** 12 digits. */
  readonly id: string;
  readonly alias?: string | undefined;
}

export interface UserRecord {
  readonly accountId: string;
  /** IAM rules: 1–64 characters of [A-Za-z0-9+=,.@_-]; unique in the file, ignoring case. */
  readonly userName: string;
  /** `scrypt$N$r$p$salt$hash`, see password-hash.ts. */
  readonly passwordHash: string;
  /** Sign-In actions, e.g. `signin:AuthorizeOAuth2Access`. */
  readonly permissions: readonly string[];
  /** Starts at 1; bumped on every password change, which ends the sessions begun before it. */
  readonly credentialVersion: number;
  /** Milliseconds; sessions that began at or before it are revoked. */
  readonly sessionsRevokedAt?: number | undefined;
  /** ISO 8601. */
  readonly createdAt: string;
}

export interface UsersDocument {
  readonly version: 1;
  readonly accounts: readonly AccountRecord[];
  readonly users: readonly UserRecord[];
}

export const EMPTY_USERS_DOCUMENT: UsersDocument = { version: 1, accounts: [], users: [] };

export type ValidationResult =
  { readonly ok: true; readonly document: UsersDocument } | { readonly ok: false; readonly problem: string };

/**
 * Checks `value` against the format and returns a fresh copy holding only the known fields, in a
 * fixed order, so that what is written back is canonical.
 */
export const validateUsersDocument = (value: unknown): ValidationResult => {
  try {
    return { ok: true, document: parseDocument(value) };
  } catch (error) {
    if (error instanceof Problem) return { ok: false, problem: error.message };
    throw error;
  }
};

export const serializeUsersDocument = (document: UsersDocument): string => `${JSON.stringify(document, null, 2)}\n`;

class Problem extends Error {}

const parseDocument = (value: unknown): UsersDocument => {
  const root = expectObject(value, "the document", ["version", "accounts", "users"], []);
  if (root.version !== 1) throw new Problem(`"version" must be 1`);
  const accounts = expectArray(root.accounts, "accounts").map((entry, index) =>
    parseAccount(entry, `accounts[${index}]`),
  );
  const accountIds = new Set<string>();
  for (const [index, account] of accounts.entries()) {
    if (accountIds.has(account.id)) throw new Problem(`accounts[${index}].id ${account.id} appears more than once`);
    accountIds.add(account.id);
  }
  const users = expectArray(root.users, "users").map((entry, index) => parseUser(entry, `users[${index}]`));
  const userNames = new Map<string, string>();
  for (const [index, user] of users.entries()) {
    const where = `users[${index}]`;
    if (!accountIds.has(user.accountId)) {
      throw new Problem(`${where}.accountId ${user.accountId} is not listed in "accounts"`);
    }
    const existing = userNames.get(userNameKey(user.userName));
    if (existing !== undefined) {
      throw new Problem(
        `${where}.userName "${user.userName}" duplicates "${existing}" (user names are unique, ignoring case)`,
      );
    }
    userNames.set(userNameKey(user.userName), user.userName);
  }
  return { version: 1, accounts, users };
};

const parseAccount = (value: unknown, where: string): AccountRecord => {
  const entry = expectObject(value, where, ["id"], ["alias"]);
  const id = expectString(entry.id, `${where}.id`);
  if (!isValidAccountId(id)) throw new Problem(`${where}.id must be ${ACCOUNT_ID_RULE}`);
  if (entry.alias === undefined) return { id };
  const alias = expectString(entry.alias, `${where}.alias`);
  if (!isValidAccountAlias(alias)) throw new Problem(`${where}.alias must be ${ACCOUNT_ALIAS_RULE}`);
  return { id, alias };
};

const parseUser = (value: unknown, where: string): UserRecord => {
  const entry = expectObject(
    value,
    where,
    ["accountId", "userName", "passwordHash", "permissions", "credentialVersion", "createdAt"],
    ["sessionsRevokedAt"],
  );
  const accountId = expectString(entry.accountId, `${where}.accountId`);
  if (!isValidAccountId(accountId)) throw new Problem(`${where}.accountId must be ${ACCOUNT_ID_RULE}`);
  const userName = expectString(entry.userName, `${where}.userName`);
  if (!isValidUserName(userName)) throw new Problem(`${where}.userName must be ${USER_NAME_RULE}`);
  // The hash itself never goes into a message.
  const passwordHash = expectString(entry.passwordHash, `${where}.passwordHash`);
  if (!isWellFormedPasswordHash(passwordHash)) {
    throw new Problem(`${where}.passwordHash is not a scrypt hash this version can verify`);
  }
  const permissions = parsePermissions(entry.permissions, `${where}.permissions`);
  const credentialVersion = expectInteger(entry.credentialVersion, `${where}.credentialVersion`, 1);
  const createdAt = expectString(entry.createdAt, `${where}.createdAt`);
  if (!isIsoTime(createdAt)) throw new Problem(`${where}.createdAt must be an ISO 8601 time`);
  const user = { accountId, userName, passwordHash, permissions, credentialVersion };
  if (entry.sessionsRevokedAt === undefined) return { ...user, createdAt };
  const sessionsRevokedAt = expectInteger(entry.sessionsRevokedAt, `${where}.sessionsRevokedAt`, 0);
  return { ...user, sessionsRevokedAt, createdAt };
};

const parsePermissions = (value: unknown, where: string): readonly string[] => {
  const permissions = expectArray(value, where).map((entry, index) => expectString(entry, `${where}[${index}]`));
  for (const [index, permission] of permissions.entries()) {
    if (!isKnownPermission(permission)) {
      throw new Problem(`${where}[${index}] "${permission}" is not one of ${KNOWN_PERMISSIONS.join(", ")}`);
    }
    if (permissions.indexOf(permission) !== index) throw new Problem(`${where} lists "${permission}" twice`);
  }
  return permissions;
};

const expectObject = (
  value: unknown,
  where: string,
  required: readonly string[],
  optional: readonly string[],
): Record<string, unknown> => {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    throw new Problem(`${where} must be an object`);
  }
  const entry = value as Record<string, unknown>;
  for (const key of Object.keys(entry)) {
    // A key explicitly set to undefined (by code, never by JSON) is the same as an absent one.
    if (entry[key] === undefined) continue;
    if (!required.includes(key) && !optional.includes(key)) throw new Problem(`${where} has an unknown key "${key}"`);
  }
  for (const key of required) {
    if (entry[key] === undefined) throw new Problem(`${where} is missing "${key}"`);
  }
  return entry;
};

const expectArray = (value: unknown, where: string): readonly unknown[] => {
  if (!Array.isArray(value)) throw new Problem(`${where} must be an array`);
  return value;
};

const expectString = (value: unknown, where: string): string => {
  if (typeof value !== "string") throw new Problem(`${where} must be a string`);
  return value;
};

const expectInteger = (value: unknown, where: string, minimum: number): number => {
  if (typeof value !== "number" || !Number.isSafeInteger(value) || value < minimum) {
    throw new Problem(`${where} must be an integer of at least ${minimum}`);
  }
  return value;
};

const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,9})?(?:Z|[+-]\d{2}:\d{2})$/;
const isIsoTime = (value: string): boolean => ISO_TIME.test(value) && !Number.isNaN(Date.parse(value));
