import { SigninAction, type Principal, type PrincipalDirectory } from "@open-signin/token-service";

import { userNameKey } from "./iam-names.js";
import { verifyAgainstNothing, verifyPassword } from "./password-hash.js";
import type { UserRecord, UsersDocument, UsersFile } from "./users-file.js";

/** What a new user may do unless told otherwise: sign in at /v1/authorize and use the token endpoint. */
export const DEFAULT_PERMISSIONS: readonly string[] = [
  SigninAction.AuthorizeOAuth2Access,
  SigninAction.CreateOAuth2Token,
];

export const userArn = (accountId: string, userName: string): string => `arn:aws:iam::${accountId}:user/${userName}`;

interface Snapshot {
  readonly stamp: string | undefined;
  readonly byArn: ReadonlyMap<string, Principal>;
  readonly byUserName: ReadonlyMap<string, { readonly user: UserRecord; readonly principal: Principal }>;
}

/**
 * The running service's view of the users file. The token service asks on every grant, so the
 * parsed file is cached and re-read only when its stamp changes: a refresh costs one stat, and a
 * change made by the CLI in another process counts from the next request on. A file that has
 * become invalid fails every request rather than serving the last good copy, which might still
 * list a user someone has just removed.
 */
export class UserDirectory implements PrincipalDirectory {
  readonly #file: UsersFile;
  #snapshot: Snapshot | undefined;
  // Requests arriving together after a change share one read.
  #loading: { readonly stamp: string | undefined; readonly snapshot: Promise<Snapshot> } | undefined;

  constructor(file: UsersFile) {
    this.#file = file;
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

  async #current(): Promise<Snapshot> {
    // The stamp is taken before reading: if the file changes in between, the snapshot is newer
    // than its stamp and the next call reads again, which is wasteful but never stale.
    const stamp = await this.#file.stamp();
    if (this.#snapshot !== undefined && this.#snapshot.stamp === stamp) return this.#snapshot;
    if (this.#loading !== undefined && this.#loading.stamp === stamp) return this.#loading.snapshot;
    const loading = {
      stamp,
      snapshot: this.#file.read().then((document) => indexDocument(stamp, document)),
    };
    this.#loading = loading;
    try {
      const snapshot = await loading.snapshot;
      this.#snapshot = snapshot;
      return snapshot;
    } finally {
      if (this.#loading === loading) this.#loading = undefined;
    }
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
