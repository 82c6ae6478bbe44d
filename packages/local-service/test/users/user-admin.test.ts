import { readFile } from "node:fs/promises";
import { join } from "node:path";

import { SigninAction } from "@open-signin/token-service";
import { describe, expect, it } from "vitest";

import { UserAdmin, UserAdminError } from "../../src/users/user-admin.js";
import { DEFAULT_PERMISSIONS, UserDirectory } from "../../src/users/user-directory.js";
import { UsersFile } from "../../src/users/users-file.js";
import { fileMode, onWindows } from "./support/fixtures.js";
import { useTempDirectory } from "./support/temp-directory.js";

const temp = useTempDirectory();
const usersPath = (): string => join(temp.path, "users.json");

const ACCOUNT = "111122223333";
const PASSWORD = "a long enough password";
const NOW = Date.parse("2025-06-01T12:00:00.000Z");

const setUp = (now: () => number = () => NOW) => {
  const file = new UsersFile(usersPath());
  return {
    file,
    admin: new UserAdmin(file, { clock: { now } }),
    directory: new UserDirectory(new UsersFile(usersPath())),
  };
};

const adminError = async (promise: Promise<unknown>): Promise<UserAdminError> => {
  const error: unknown = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  if (error instanceof UserAdminError) return error;
  throw new Error(`expected a UserAdminError, got ${String(error)}`);
};

describe("UserAdmin.addUser", () => {
  it("adds a user with a hashed password, default permissions and credential version 1", async () => {
    const { admin, file, directory } = setUp();
    const alice = await admin.addUser({ userName: "alice", password: PASSWORD, accountId: ACCOUNT });
    expect(alice).toMatchObject({
      accountId: ACCOUNT,
      userName: "alice",
      permissions: DEFAULT_PERMISSIONS,
      credentialVersion: 1,
      createdAt: "2025-06-01T12:00:00.000Z",
    });
    expect(alice.passwordHash).toMatch(/^scrypt\$/);
    expect(await file.read()).toEqual({ version: 1, accounts: [{ id: ACCOUNT }], users: [alice] });
    expect(await readFile(usersPath(), "utf8")).not.toContain(PASSWORD);
    await expect(directory.authenticate("alice", PASSWORD)).resolves.toMatchObject({
      arn: `arn:aws:iam::${ACCOUNT}:user/alice`,
    });
  });

  it.skipIf(onWindows)("keeps the file 0600", async () => {
    const { admin } = setUp();
    await admin.addUser({ userName: "alice", password: PASSWORD, accountId: ACCOUNT });
    expect(await fileMode(usersPath())).toBe(0o600);
  });

  it("puts a user in the only account by default and needs an id once there are several", async () => {
    const { admin, file } = setUp();
    expect((await adminError(admin.addUser({ userName: "alice", password: PASSWORD }))).message).toMatch(
      /no accounts yet: give the new user's account id \(exactly 12 digits\)/,
    );
    await admin.addUser({ userName: "alice", password: PASSWORD, accountId: ACCOUNT });
    expect((await admin.addUser({ userName: "bob", password: PASSWORD })).accountId).toBe(ACCOUNT);
    await admin.addUser({ userName: "carol", password: PASSWORD, accountId: "444455556666" });
    expect((await file.read()).accounts).toEqual([{ id: ACCOUNT }, { id: "444455556666" }]);
    expect((await adminError(admin.addUser({ userName: "dave", password: PASSWORD }))).message).toBe(
      "There are several accounts (111122223333, 444455556666): say which one the new user belongs to.",
    );
  });

  it("refuses a name that exists in any case, without writing", async () => {
    const { admin, file } = setUp();
    await admin.addUser({ userName: "alice", password: PASSWORD, accountId: ACCOUNT });
    const before = await readFile(usersPath(), "utf8");
    const error = await adminError(admin.addUser({ userName: "ALICE", password: "another long password" }));
    expect(error.message).toBe('A user named "alice" already exists (user names are unique, ignoring case).');
    expect(error.message).not.toContain("another long password");
    expect(await readFile(usersPath(), "utf8")).toBe(before);
    expect((await file.read()).users).toHaveLength(1);
  });

  it("refuses invalid names, account ids, permissions and passwords, explaining each", async () => {
    const { admin } = setUp();
    const attempt = (input: Partial<Parameters<UserAdmin["addUser"]>[0]>) =>
      adminError(admin.addUser({ userName: "alice", password: PASSWORD, accountId: ACCOUNT, ...input }));
    expect((await attempt({ userName: "alice smith" })).message).toBe(
      '"alice smith" is not a valid user name: use 1 to 64 characters from A-Z a-z 0-9 and + = , . @ _ -.',
    );
    expect((await attempt({ userName: "" })).message).toMatch(/is not a valid user name/);
    expect((await attempt({ accountId: "1234" })).message).toBe(
      '"1234" is not an account id: account ids are exactly 12 digits.',
    );
    expect((await attempt({ permissions: ["signin:createoauth2token"] })).message).toBe(
      '"signin:createoauth2token" is not a known permission; the permissions are signin:CreateOAuth2Token, ' +
        "signin:AuthorizeOAuth2Access, signin:ExchangeToken, signin:IntrospectOAuth2Token, signin:RevokeOAuth2Token, " +
        "signin:CreateBearerToken, signin:ListSessions, signin:GetSession, signin:BatchRevokeSessions. " +
        'Did you mean "signin:CreateOAuth2Token"?',
    );
    expect((await attempt({ permissions: ["s3:GetObject"] })).message).not.toMatch(/Did you mean/);
    const short = await attempt({ password: "short-pass" });
    expect(short.message).toBe("Passwords must be at least 12 characters long.");
    expect(short.message).not.toContain("short-pass");
    await expect(readFile(usersPath(), "utf8")).rejects.toThrow(/ENOENT/);
  });

  it("stores the permissions it is given, without repeats", async () => {
    const { admin, directory } = setUp();
    const user = await admin.addUser({
      userName: "robot",
      password: PASSWORD,
      accountId: ACCOUNT,
      permissions: [SigninAction.ExchangeToken, SigninAction.ExchangeToken],
    });
    expect(user.permissions).toEqual([SigninAction.ExchangeToken]);
    expect((await directory.findPrincipal(`arn:aws:iam::${ACCOUNT}:user/robot`))?.allowedActions).toEqual(
      new Set([SigninAction.ExchangeToken]),
    );
  });

  it("adds users concurrently without losing any", async () => {
    const { admin } = setUp();
    await admin.addUser({ userName: "first", password: PASSWORD, accountId: ACCOUNT });
    const names = Array.from({ length: 8 }, (_, index) => `user${index}`);
    await Promise.all(
      names.map((userName) => new UserAdmin(new UsersFile(usersPath())).addUser({ userName, password: PASSWORD })),
    );
    expect((await admin.listUsers()).map((user) => user.userName).sort()).toEqual(["first", ...names].sort());
  });
});

describe("UserAdmin.changePassword", () => {
  it("replaces the password and bumps the credential version", async () => {
    const { admin, directory } = setUp();
    await admin.addUser({ userName: "alice", password: PASSWORD, accountId: ACCOUNT });
    const changed = await admin.changePassword("Alice", "the new password here");
    expect(changed.credentialVersion).toBe(2);
    await expect(directory.authenticate("alice", "the new password here")).resolves.toMatchObject({
      credentialVersion: 2,
    });
    await expect(directory.authenticate("alice", PASSWORD)).resolves.toBeUndefined();
    expect((await admin.changePassword("alice", "and yet another one")).credentialVersion).toBe(3);
  });

  it("refuses an unknown user and a weak password, changing nothing", async () => {
    const { admin, file } = setUp();
    await admin.addUser({ userName: "alice", password: PASSWORD, accountId: ACCOUNT });
    const before = await file.read();
    expect((await adminError(admin.changePassword("bob", "the new password here"))).message).toBe(
      'There is no user named "bob".',
    );
    expect((await adminError(admin.changePassword("alice", "short"))).message).toMatch(/at least 12 characters/);
    expect(await file.read()).toEqual(before);
  });
});

describe("UserAdmin.revokeSessions", () => {
  it("marks sessions begun up to now as revoked, keeping the password", async () => {
    let now = NOW;
    const { admin, directory } = setUp(() => now);
    await admin.addUser({ userName: "alice", password: PASSWORD, accountId: ACCOUNT });
    now = NOW + 60_000;
    const revoked = await admin.revokeSessions("ALICE");
    expect(revoked.sessionsRevokedAt).toBe(NOW + 60_000);
    expect(revoked.credentialVersion).toBe(1);
    await expect(directory.authenticate("alice", PASSWORD)).resolves.toMatchObject({ sessionsRevokedAt: NOW + 60_000 });
  });

  it("never moves the revocation back, even if the clock does", async () => {
    let now = NOW;
    const { admin } = setUp(() => now);
    await admin.addUser({ userName: "alice", password: PASSWORD, accountId: ACCOUNT });
    await admin.revokeSessions("alice");
    now = NOW - 3_600_000;
    expect((await admin.revokeSessions("alice")).sessionsRevokedAt).toBe(NOW);
  });

  it("refuses an unknown user", async () => {
    const { admin } = setUp();
    expect((await adminError(admin.revokeSessions("nobody"))).message).toBe('There is no user named "nobody".');
  });
});

describe("UserAdmin.setPermissions", () => {
  it("replaces the permissions, refusing unknown ones", async () => {
    const { admin, file } = setUp();
    await admin.addUser({ userName: "alice", password: PASSWORD, accountId: ACCOUNT });
    await admin.setPermissions("alice", [SigninAction.AuthorizeOAuth2Access]);
    expect((await file.read()).users[0]?.permissions).toEqual([SigninAction.AuthorizeOAuth2Access]);
    await adminError(admin.setPermissions("alice", ["signin:Everything"]));
    expect((await file.read()).users[0]?.permissions).toEqual([SigninAction.AuthorizeOAuth2Access]);
    await admin.setPermissions("alice", []);
    expect((await file.read()).users[0]?.permissions).toEqual([]);
  });
});

describe("UserAdmin.listUsers", () => {
  it("lists every user with ARN and state, and never a password hash", async () => {
    const { admin } = setUp();
    await admin.addUser({ userName: "alice", password: PASSWORD, accountId: ACCOUNT });
    await admin.addUser({ userName: "Bob", password: PASSWORD });
    await admin.revokeSessions("bob");
    const users = await admin.listUsers();
    expect(users).toEqual([
      {
        arn: `arn:aws:iam::${ACCOUNT}:user/alice`,
        userName: "alice",
        accountId: ACCOUNT,
        permissions: DEFAULT_PERMISSIONS,
        credentialVersion: 1,
      },
      {
        arn: `arn:aws:iam::${ACCOUNT}:user/Bob`,
        userName: "Bob",
        accountId: ACCOUNT,
        permissions: DEFAULT_PERMISSIONS,
        credentialVersion: 1,
        sessionsRevokedAt: NOW,
      },
    ]);
    expect(JSON.stringify(users)).not.toMatch(/scrypt|passwordHash/);
  });

  it("lists nobody before the file exists", async () => {
    await expect(setUp().admin.listUsers()).resolves.toEqual([]);
  });
});

describe("UserAdmin.ensureDevelopmentUser", () => {
  it("creates developer in account 000000000000 on first run, once, with a password that works", async () => {
    const { admin, directory } = setUp();
    const first = await admin.ensureDevelopmentUser();
    if (!first.created) throw new Error("expected a user to be created");
    expect(first).toMatchObject({ userName: "developer", arn: "arn:aws:iam::000000000000:user/developer" });
    expect(first.password.replaceAll("-", "").length).toBeGreaterThanOrEqual(24);
    await expect(directory.authenticate("developer", first.password)).resolves.toMatchObject({
      arn: first.arn,
      allowedActions: new Set(DEFAULT_PERMISSIONS),
    });
    expect(await readFile(usersPath(), "utf8")).not.toContain(first.password);
    await expect(admin.ensureDevelopmentUser()).resolves.toEqual({ created: false });
    expect(await admin.listUsers()).toHaveLength(1);
  });

  it("does nothing when the file already has users", async () => {
    const { admin, file } = setUp();
    await admin.addUser({ userName: "alice", password: PASSWORD, accountId: ACCOUNT });
    const stamp = await file.stamp();
    await expect(admin.ensureDevelopmentUser()).resolves.toEqual({ created: false });
    expect(await file.stamp()).toBe(stamp);
  });

  it("creates exactly one user when several processes start together", async () => {
    const results = await Promise.all(
      Array.from({ length: 4 }, () => new UserAdmin(new UsersFile(usersPath())).ensureDevelopmentUser()),
    );
    expect(results.filter((result) => result.created)).toHaveLength(1);
    expect(await setUp().admin.listUsers()).toHaveLength(1);
  });

  it("gives a different password each first run", async () => {
    const one = await new UserAdmin(new UsersFile(join(temp.path, "a", "users.json"))).ensureDevelopmentUser();
    const two = await new UserAdmin(new UsersFile(join(temp.path, "b", "users.json"))).ensureDevelopmentUser();
    expect(one.created && two.created && one.password !== two.password).toBe(true);
  });
});
