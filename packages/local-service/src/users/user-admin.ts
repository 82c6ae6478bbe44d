import { systemClock, type Clock } from "@open-signin/token-service";

import { ACCOUNT_ID_RULE, isValidAccountId, isValidUserName, USER_NAME_RULE, userNameKey } from "./iam-names.js";
import { hashPassword } from "./password-hash.js";
import { checkPasswordPolicy, generatePassword } from "./password-policy.js";
import { isKnownPermission, KNOWN_PERMISSIONS } from "./permissions.js";
import { DEFAULT_PERMISSIONS, userArn } from "./user-directory.js";
import type { UserRecord, UsersDocument, UsersFile } from "./users-file.js";

/** A request the users file cannot honour, explained for the person at the terminal who made it. */
export class UserAdminError extends Error {
  override readonly name = "UserAdminError";
}

export interface UserSummary {
  readonly arn: string;
  readonly userName: string;
  readonly accountId: string;
  readonly permissions: readonly string[];
  readonly credentialVersion: number;
  readonly sessionsRevokedAt?: number;
}

export interface AddUserInput {
  readonly userName: string;
  readonly password: string;
  /** Defaults to the file's only account. A new id creates the account. */
  readonly accountId?: string;
  /** Defaults to {@link DEFAULT_PERMISSIONS}. */
  readonly permissions?: readonly string[];
}

export type DevelopmentUser =
  | { readonly created: false }
  | { readonly created: true; readonly userName: string; readonly password: string; readonly arn: string };

/** The account id local AWS emulators conventionally use. */
const DEVELOPMENT_ACCOUNT_ID = "000000000000";
const DEVELOPMENT_USER_NAME = "developer";

/**
 * The operations behind the CLI's user commands. Passwords are checked and hashed before the
 * users file is locked, so that the lock is held for milliseconds; everything that depends on the
 * file's contents (does the user exist, is the name taken) is decided under the lock.
 */
export class UserAdmin {
  readonly #file: UsersFile;
  readonly #clock: Clock;

  constructor(file: UsersFile, options: { readonly clock?: Clock } = {}) {
    this.#file = file;
    this.#clock = options.clock ?? systemClock;
  }

  async addUser(input: AddUserInput): Promise<UserRecord> {
    requireValidUserName(input.userName);
    if (input.accountId !== undefined && !isValidAccountId(input.accountId)) {
      throw new UserAdminError(`"${input.accountId}" is not an account id: account ids are ${ACCOUNT_ID_RULE}.`);
    }
    const permissions = checkedPermissions(input.permissions ?? DEFAULT_PERMISSIONS);
    requireAcceptablePassword(input.password);
    const passwordHash = await hashPassword(input.password);
    let added: UserRecord | undefined;
    await this.#file.update((current) => {
      const existing = findUser(current, input.userName);
      if (existing !== undefined) {
        throw new UserAdminError(
          `A user named "${existing.userName}" already exists (user names are unique, ignoring case).`,
        );
      }
      const accountId = input.accountId ?? onlyAccountId(current);
      added = {
        accountId,
        userName: input.userName,
        passwordHash,
        permissions,
        credentialVersion: 1,
        createdAt: new Date(this.#clock.now()).toISOString(),
      };
      return withAccount({ ...current, users: [...current.users, added] }, accountId);
    });
    return definitely(added);
  }

  /** Sets a new password and bumps the credential version, which ends the user's current sessions. */
  async changePassword(userName: string, password: string): Promise<UserRecord> {
    requireAcceptablePassword(password);
    const passwordHash = await hashPassword(password);
    return this.#changeUser(userName, (user) => ({
      ...user,
      passwordHash,
      credentialVersion: user.credentialVersion + 1,
    }));
  }

  /** Ends every session the user began up to now; the password stays valid for new sign-ins. */
  async revokeSessions(userName: string): Promise<UserRecord> {
    const now = this.#clock.now();
    // Never earlier than a previous revocation, even if the clock went back.
    return this.#changeUser(userName, (user) => ({
      ...user,
      sessionsRevokedAt: Math.max(now, user.sessionsRevokedAt ?? 0),
    }));
  }

  async setPermissions(userName: string, permissions: readonly string[]): Promise<UserRecord> {
    const checked = checkedPermissions(permissions);
    return this.#changeUser(userName, (user) => ({ ...user, permissions: checked }));
  }

  /** Every user, in the order they were added, without password hashes. */
  async listUsers(): Promise<readonly UserSummary[]> {
    const document = await this.#file.read();
    return document.users.map((user) => ({
      arn: userArn(user.accountId, user.userName),
      userName: user.userName,
      accountId: user.accountId,
      permissions: user.permissions,
      credentialVersion: user.credentialVersion,
      ...(user.sessionsRevokedAt === undefined ? {} : { sessionsRevokedAt: user.sessionsRevokedAt }),
    }));
  }

  /**
   * On a first run (no users at all), creates user "developer" in account 000000000000 with a random
   * password, returned here and nowhere else: only its hash is stored.
   */
  async ensureDevelopmentUser(): Promise<DevelopmentUser> {
    // Spares the cost of hashing on every start once users exist.
    if ((await this.#file.read()).users.length > 0) return { created: false };
    const password = generatePassword();
    const passwordHash = await hashPassword(password);
    let created = false;
    await this.#file.update((current) => {
      // Another process may have added users since the check above.
      if (current.users.length > 0) return current;
      created = true;
      const user: UserRecord = {
        accountId: DEVELOPMENT_ACCOUNT_ID,
        userName: DEVELOPMENT_USER_NAME,
        passwordHash,
        permissions: DEFAULT_PERMISSIONS,
        credentialVersion: 1,
        createdAt: new Date(this.#clock.now()).toISOString(),
      };
      return withAccount({ ...current, users: [user] }, DEVELOPMENT_ACCOUNT_ID);
    });
    if (!created) return { created: false };
    return {
      created: true,
      userName: DEVELOPMENT_USER_NAME,
      password,
      arn: userArn(DEVELOPMENT_ACCOUNT_ID, DEVELOPMENT_USER_NAME),
    };
  }

  async #changeUser(userName: string, change: (user: UserRecord) => UserRecord): Promise<UserRecord> {
    let changed: UserRecord | undefined;
    await this.#file.update((current) => {
      const user = findUser(current, userName);
      if (user === undefined) throw new UserAdminError(`There is no user named "${userName}".`);
      changed = change(user);
      const replacement = changed;
      return { ...current, users: current.users.map((entry) => (entry === user ? replacement : entry)) };
    });
    return definitely(changed);
  }
}

const findUser = (document: UsersDocument, userName: string): UserRecord | undefined => {
  const key = userNameKey(userName);
  return document.users.find((user) => userNameKey(user.userName) === key);
};

const onlyAccountId = (document: UsersDocument): string => {
  const [first, ...others] = document.accounts;
  if (first === undefined) {
    throw new UserAdminError(`There are no accounts yet: give the new user's account id (${ACCOUNT_ID_RULE}).`);
  }
  if (others.length > 0) {
    const ids = document.accounts.map((account) => account.id).join(", ");
    throw new UserAdminError(`There are several accounts (${ids}): say which one the new user belongs to.`);
  }
  return first.id;
};

const withAccount = (document: UsersDocument, accountId: string): UsersDocument =>
  document.accounts.some((account) => account.id === accountId)
    ? document
    : { ...document, accounts: [...document.accounts, { id: accountId }] };

const requireValidUserName = (userName: string): void => {
  if (!isValidUserName(userName)) {
    throw new UserAdminError(`"${userName}" is not a valid user name: use ${USER_NAME_RULE}.`);
  }
};

const requireAcceptablePassword = (password: string): void => {
  const problem = checkPasswordPolicy(password);
  if (problem !== undefined) throw new UserAdminError(problem);
};

/** Unknown permissions are refused: a typo would otherwise silently grant nothing. */
const checkedPermissions = (permissions: readonly string[]): readonly string[] => {
  for (const permission of permissions) {
    if (isKnownPermission(permission)) continue;
    const sameIgnoringCase = KNOWN_PERMISSIONS.find((known) => known.toLowerCase() === permission.toLowerCase());
    const hint = sameIgnoringCase === undefined ? "" : ` Did you mean "${sameIgnoringCase}"?`;
    throw new UserAdminError(
      `"${permission}" is not a known permission; the permissions are ${KNOWN_PERMISSIONS.join(", ")}.${hint}`,
    );
  }
  return [...new Set(permissions)];
};

// Set inside a synchronous `update` callback that either ran to completion or threw.
const definitely = <T>(value: T | undefined): T => {
  if (value === undefined) throw new Error("users file update did not run");
  return value;
};
