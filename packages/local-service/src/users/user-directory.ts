import { type FSWatcher, watch } from "node:fs";
import { basename, dirname } from "node:path";

import { SigninAction, type Principal, type PrincipalDirectory } from "@open-signin/token-service";

import { isValidUserName, userNameKey } from "./iam-names.js";
import { verifyAgainstNothing, verifyPassword } from "./password-hash.js";
import { onUsersFileChange } from "./users-file-changes.js";
import type { UserRecord, UsersDocument, UsersFile } from "./users-file.js";

/** What a new user may do unless told otherwise: sign in at /v1/authorize and use the token endpoint. */
export const DEFAULT_PERMISSIONS: readonly string[] = [
  SigninAction.AuthorizeOAuth2Access,
  SigninAction.CreateOAuth2Token,
];

export const userArn = (accountId: string, userName: string): string => `arn:aws:iam::${accountId}:user/${userName}`;

export interface UserDirectoryOptions {
  /**
   * How often the file's stamp is compared as a fallback for file-system notifications, which
   * some file systems (network mounts, some containers) do not deliver. Default 2 s.
   */
  readonly pollIntervalMs?: number;
  /** Use file-system notifications (default true); false leaves only the periodic check. */
  readonly watchFileSystem?: boolean;
}

interface Snapshot {
  readonly stamp: string | undefined;
  readonly byArn: ReadonlyMap<string, Principal>;
  readonly byUserName: ReadonlyMap<string, { readonly user: UserRecord; readonly principal: Principal }>;
}

/**
 * The running service's view of the users file. The token service asks on every grant, so a
 * request must cost no file-system call (libuv's small thread pool is shared with password
 * hashing): the parsed file is held in memory and re-read only when it has changed.
 *
 * A change is noticed three ways: a write through a UsersFile in this process announces itself
 * (seen by the next request); the directory is watched (fs.watch), which sees the `open-signin
 * users` commands' atomic renames within milliseconds; and the file's stamp is compared every
 * `pollIntervalMs` in case notifications are not delivered. After a change, requests wait for the
 * one re-read. A file that has become invalid fails every request rather than serving the last
 * good copy, which might still list a user someone has just removed, until it changes again.
 */
export class UserDirectory implements PrincipalDirectory {
  readonly #file: UsersFile;
  readonly #pollIntervalMs: number;
  readonly #watchFileSystem: boolean;
  #state: { readonly snapshot: Snapshot } | { readonly error: unknown } | undefined;
  // Bumped by every change notification; a load that started before a bump is already stale.
  #generation = 0;
  #loadedGeneration = -1;
  #loading: Promise<Snapshot> | undefined;
  #watching = false;
  #stop: (() => void)[] = [];

  constructor(file: UsersFile, options: UserDirectoryOptions = {}) {
    this.#file = file;
    this.#pollIntervalMs = options.pollIntervalMs ?? 2_000;
    this.#watchFileSystem = options.watchFileSystem ?? true;
  }

  async findPrincipal(arn: string): Promise<Principal | undefined> {
    return (await this.#current()).byArn.get(arn);
  }

  /** The principal, if the user exists and the password is theirs. Takes as long either way. */
  async authenticate(userName: string, password: string): Promise<Principal | undefined> {
    const entry = (await this.#current()).byUserName.get(userNameKey(userName));
    if (entry === undefined) return verifyAgainstNothing(password).then(() => undefined);
    return (await verifyPassword(password, entry.user.passwordHash)) ? entry.principal : undefined;
  }

  /** Whether a user of this name (ignoring case) exists; no password is checked. */
  async hasUser(userName: string): Promise<boolean> {
    return (await this.#current()).byUserName.has(userNameKey(userName));
  }

  /** The case-folded key of a user name, or undefined if IAM's rules allow no user that name. */
  userKey(userName: string): string | undefined {
    return isValidUserName(userName) ? userNameKey(userName) : undefined;
  }

  /** Stops watching the file. */
  close(): void {
    for (const stop of this.#stop.splice(0)) stop();
    this.#watching = false;
  }

  async #current(): Promise<Snapshot> {
    if (!this.#watching) this.#watch();
    const state = this.#state;
    if (state !== undefined && this.#loadedGeneration === this.#generation) {
      if ("error" in state) throw state.error;
      return state.snapshot;
    }
    // Requests arriving together after a change share one read.
    this.#loading ??= this.#load().finally(() => (this.#loading = undefined));
    return this.#loading;
  }

  async #load(): Promise<Snapshot> {
    const generation = this.#generation;
    try {
      // The stamp is taken before reading: if the file changes in between, the snapshot is newer
      // than its stamp and the next poll reads again, which is wasteful but never stale.
      const stamp = await this.#file.stamp();
      const snapshot = indexDocument(stamp, await this.#file.read());
      this.#state = { snapshot };
      return snapshot;
    } catch (error) {
      this.#state = { error };
      throw error;
    } finally {
      this.#loadedGeneration = generation;
    }
  }

  #changed = (): void => {
    this.#generation++;
  };

  #watch(): void {
    this.#watching = true;
    this.#stop.push(onUsersFileChange(this.#file.path, this.#changed));
    if (this.#watchFileSystem) this.#watchDirectory();
    this.#poll();
  }

  #watchDirectory(): void {
    const name = basename(this.#file.path);
    try {
      const watcher: FSWatcher = watch(dirname(this.#file.path), { persistent: false }, (_event, filename) => {
        if (filename === null || filename.toString() === name) this.#changed();
      });
      // A watch that breaks (its directory removed) leaves the poll to notice changes.
      watcher.on("error", () => watcher.close());
      this.#stop.push(() => watcher.close());
    } catch {
      // No directory yet, or no notifications on this file system: the poll covers it.
    }
  }

  #poll(): void {
    let polling = false;
    const timer = setInterval(() => {
      if (polling) return;
      polling = true;
      this.#file
        .stamp()
        .then(
          (stamp) => {
            const state = this.#state;
            const known = state !== undefined && "snapshot" in state ? state.snapshot.stamp : Symbol("unknown");
            if (stamp !== known) this.#changed();
          },
          () => this.#changed(),
        )
        .finally(() => (polling = false));
    }, this.#pollIntervalMs);
    timer.unref();
    this.#stop.push(() => clearInterval(timer));
  }
}

const indexDocument = (stamp: string | undefined, document: UsersDocument): Snapshot => {
  const byArn = new Map<string, Principal>();
  const byUserName = new Map<string, { user: UserRecord; principal: Principal }>();
  for (const user of document.users) {
    const principal = toPrincipal(user);
    byArn.set(principal.arn, principal);
    byUserName.set(userNameKey(user.userName), { user, principal });
  }
  return { stamp, byArn, byUserName };
};

const toPrincipal = (user: UserRecord): Principal => ({
  arn: userArn(user.accountId, user.userName),
  accountId: user.accountId,
  credentialVersion: user.credentialVersion,
  allowedActions: new Set(user.permissions),
  ...(user.sessionsRevokedAt === undefined ? {} : { sessionsRevokedAt: user.sessionsRevokedAt }),
});
