import { writeFile } from "node:fs/promises";
import { join } from "node:path";

import { isAllowed, SigninAction } from "@open-signin/token-service";
import { describe, expect, it, vi } from "vitest";

import { UserAdmin } from "../../src/users/user-admin.js";
import { DEFAULT_PERMISSIONS, UserDirectory, userArn } from "../../src/users/user-directory.js";
import { UsersFile, UsersFileError } from "../../src/users/users-file.js";
import { useTempDirectory } from "./support/temp-directory.js";

const temp = useTempDirectory();
const usersPath = (): string => join(temp.path, "users.json");

const ACCOUNT = "111122223333";
const ALICE_PASSWORD = "alice's long password";

/** A directory on one UsersFile, and an admin on another, as the service and the CLI would be. */
const setUp = async (): Promise<{ file: UsersFile; directory: UserDirectory; admin: UserAdmin }> => {
  const admin = new UserAdmin(new UsersFile(usersPath()), { clock: { now: () => 1_750_000_000_000 } });
  await admin.addUser({ userName: "Alice", password: ALICE_PASSWORD, accountId: ACCOUNT });
  const file = new UsersFile(usersPath());
  return { file, directory: new UserDirectory(file), admin };
};

describe("userArn", () => {
  it("is the IAM user ARN", () => {
    expect(userArn(ACCOUNT, "alice")).toBe("arn:aws:iam::111122223333:user/alice");
  });
});

describe("UserDirectory.findPrincipal", () => {
  it("maps a user to the principal the token service reads", async () => {
    const { directory } = await setUp();
    const principal = await directory.findPrincipal("arn:aws:iam::111122223333:user/Alice");
    expect(principal).toEqual({
      arn: "arn:aws:iam::111122223333:user/Alice",
      accountId: ACCOUNT,
      credentialVersion: 1,
      allowedActions: new Set(DEFAULT_PERMISSIONS),
    });
    expect(principal && isAllowed(principal, SigninAction.CreateOAuth2Token)).toBe(true);
    expect(principal && isAllowed(principal, SigninAction.ExchangeToken)).toBe(false);
    expect(principal).not.toHaveProperty("sessionsRevokedAt");
  });

  it("knows nobody under another ARN, including another case or account", async () => {
    const { directory } = await setUp();
    await expect(directory.findPrincipal("arn:aws:iam::111122223333:user/alice")).resolves.toBeUndefined();
    await expect(directory.findPrincipal("arn:aws:iam::999988887777:user/Alice")).resolves.toBeUndefined();
    await expect(directory.findPrincipal("arn:aws:iam::111122223333:user/bob")).resolves.toBeUndefined();
  });

  it("knows nobody while the users file does not exist", async () => {
    const directory = new UserDirectory(new UsersFile(usersPath()));
    await expect(directory.findPrincipal(userArn(ACCOUNT, "alice"))).resolves.toBeUndefined();
    await expect(directory.authenticate("alice", ALICE_PASSWORD)).resolves.toBeUndefined();
  });

  it("sees changes another process's UsersFile makes, without a restart", async () => {
    const { directory, admin } = await setUp();
    const arn = userArn(ACCOUNT, "Alice");
    expect((await directory.findPrincipal(arn))?.credentialVersion).toBe(1);

    await admin.changePassword("alice", "a brand new password");
    expect((await directory.findPrincipal(arn))?.credentialVersion).toBe(2);

    await admin.revokeSessions("alice");
    expect((await directory.findPrincipal(arn))?.sessionsRevokedAt).toBe(1_750_000_000_000);

    await admin.setPermissions("alice", [SigninAction.ExchangeToken]);
    expect((await directory.findPrincipal(arn))?.allowedActions).toEqual(new Set([SigninAction.ExchangeToken]));

    await admin.addUser({ userName: "bob", password: "bob's long password" });
    expect(await directory.findPrincipal(userArn(ACCOUNT, "bob"))).toBeDefined();
  });

  it("notices an edit by another program even without file-system notifications (periodic check)", async () => {
    const { file } = await setUp();
    const directory = new UserDirectory(file, { pollIntervalMs: 50, watchFileSystem: false });
    const arn = userArn(ACCOUNT, "Alice");
    await expect(directory.findPrincipal(arn)).resolves.toBeDefined();
    // Written under another name and renamed into place, as the CLI does, by a writer this process does not see.
    const content = '{"version": 1, "accounts": [], "users": []}\n';
    await writeFile(`${usersPath()}.other`, content, { mode: 0o600 });
    const { rename } = await import("node:fs/promises");
    await rename(`${usersPath()}.other`, usersPath());
    await vi.waitFor(() => expect(directory.findPrincipal(arn)).resolves.toBeUndefined(), { timeout: 5_000 });
    directory.close();
  });

  it("makes no file-system call per request while the file is unchanged", async () => {
    const { file, directory } = await setUp();
    const stamp = vi.spyOn(file, "stamp");
    const read = vi.spyOn(file, "read");
    const arn = userArn(ACCOUNT, "Alice");
    await directory.findPrincipal(arn);
    stamp.mockClear();
    read.mockClear();
    for (let call = 0; call < 50; call++) await directory.findPrincipal(arn);
    expect(stamp).not.toHaveBeenCalled();
    expect(read).not.toHaveBeenCalled();
    directory.close();
  });

  it("re-reads the file only when it has changed", async () => {
    const { file, directory, admin } = await setUp();
    const read = vi.spyOn(file, "read");
    const arn = userArn(ACCOUNT, "Alice");
    for (let call = 0; call < 5; call++) await directory.findPrincipal(arn);
    await directory.authenticate("alice", "not the password");
    expect(read).toHaveBeenCalledTimes(1);

    await admin.revokeSessions("alice");
    await directory.findPrincipal(arn);
    await directory.findPrincipal(arn);
    expect(read).toHaveBeenCalledTimes(2);
  });

  it("shares one read among requests that arrive together after a change", async () => {
    const { file, directory } = await setUp();
    const read = vi.spyOn(file, "read");
    const arn = userArn(ACCOUNT, "Alice");
    const principals = await Promise.all(Array.from({ length: 10 }, () => directory.findPrincipal(arn)));
    expect(principals.every((principal) => principal?.arn === arn)).toBe(true);
    expect(read).toHaveBeenCalledTimes(1);
  });

  it("fails, rather than serving the last good copy, once the file has become invalid", async () => {
    const { directory } = await setUp();
    const arn = userArn(ACCOUNT, "Alice");
    await expect(directory.findPrincipal(arn)).resolves.toBeDefined();
    // Edited in place by another program: noticed through the file system within seconds.
    await writeFile(usersPath(), '{"version": 1, "accounts": [], "users": [}');
    await vi.waitFor(() => expect(directory.findPrincipal(arn)).rejects.toThrow(UsersFileError), { timeout: 5_000 });
    // And recovers once it is fixed.
    await writeFile(usersPath(), '{"version": 1, "accounts": [], "users": []}');
    await vi.waitFor(() => expect(directory.findPrincipal(arn)).resolves.toBeUndefined(), { timeout: 5_000 });
  });
});

describe("UserDirectory.authenticate", () => {
  it("answers the principal for the right password only", async () => {
    const { directory } = await setUp();
    await expect(directory.authenticate("Alice", ALICE_PASSWORD)).resolves.toMatchObject({
      arn: "arn:aws:iam::111122223333:user/Alice",
    });
    await expect(directory.authenticate("Alice", "alice's long passworD")).resolves.toBeUndefined();
    await expect(directory.authenticate("Alice", "")).resolves.toBeUndefined();
  });

  it("ignores the case of the user name, as IAM does, and keeps the stored case in the ARN", async () => {
    const { directory } = await setUp();
    for (const name of ["alice", "ALICE", "aLiCe"]) {
      await expect(directory.authenticate(name, ALICE_PASSWORD)).resolves.toMatchObject({
        arn: "arn:aws:iam::111122223333:user/Alice",
      });
    }
  });
});
