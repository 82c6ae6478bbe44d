import { execFile } from "node:child_process";
import { chmod, mkdir, readdir, readFile, stat, unlink, utimes, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";

import { describe, expect, it } from "vitest";

import { UsersFile, UsersFileError, type UsersDocument } from "../../src/users/users-file.js";
import { fileMode, onWindows, placeholderHash, userRecord } from "./support/fixtures.js";
import { useTempDirectory } from "./support/temp-directory.js";

const temp = useTempDirectory();
const usersPath = (): string => join(temp.path, "users.json");

const ACCOUNT = "111122223333";
const withUser = (userName: string) => (current: UsersDocument) => ({
  ...current,
  accounts: current.accounts.length > 0 ? current.accounts : [{ id: ACCOUNT }],
  users: [...current.users, userRecord(userName)],
});

const writeRaw = async (content: string): Promise<void> => {
  await writeFile(usersPath(), content, { mode: 0o600 });
  await chmod(usersPath(), 0o600);
};

const readError = async (file: UsersFile): Promise<UsersFileError> => {
  const error: unknown = await file.read().then(
    () => undefined,
    (reason: unknown) => reason,
  );
  if (error instanceof UsersFileError) return error;
  throw new Error(`expected a UsersFileError, got ${String(error)}`);
};

describe("UsersFile.read", () => {
  it("reads a missing file as an empty document", async () => {
    await expect(new UsersFile(usersPath()).read()).resolves.toEqual({ version: 1, accounts: [], users: [] });
  });

  it("round-trips what update wrote, as pretty JSON with a trailing newline", async () => {
    const file = new UsersFile(usersPath());
    const alice = { ...userRecord("alice"), sessionsRevokedAt: 1_700_000_000_000 };
    const written = await file.update(() => ({
      version: 1,
      accounts: [{ id: ACCOUNT, alias: "dev-account" }],
      users: [alice, userRecord("bob")],
    }));
    expect(written.users[0]).toEqual(alice);
    await expect(new UsersFile(usersPath()).read()).resolves.toEqual(written);
    const raw = await readFile(usersPath(), "utf8");
    expect(raw).toBe(`${JSON.stringify(written, null, 2)}\n`);
  });

  it("writes only the known fields, dropping ones set to undefined", async () => {
    const file = new UsersFile(usersPath());
    await file.update(() => ({
      version: 1,
      accounts: [{ id: ACCOUNT, alias: undefined }],
      users: [{ ...userRecord("alice"), sessionsRevokedAt: undefined }],
    }));
    const raw = JSON.parse(await readFile(usersPath(), "utf8")) as UsersDocument;
    expect(Object.keys(raw.accounts[0] ?? {})).toEqual(["id"]);
    expect(Object.keys(raw.users[0] ?? {})).not.toContain("sessionsRevokedAt");
  });

  it("names the file and the place where the JSON is broken, without quoting its content", async () => {
    const hash = placeholderHash();
    await writeRaw(`{\n  "version": 1,\n  "users": [{ "passwordHash": "${hash}" }}\n}\n`);
    const error = await readError(new UsersFile(usersPath()));
    expect(error.message).toContain(usersPath());
    expect(error.message).toMatch(/is not valid JSON \(line 3, column \d+\)/);
    expect(error.message).not.toContain(hash.split("$")[5]);
  });

  const valid = (): Record<string, unknown> => ({
    version: 1,
    accounts: [{ id: ACCOUNT }],
    users: [userRecord("alice")],
  });
  const withFirstUser = (change: Record<string, unknown>): Record<string, unknown> => ({
    ...valid(),
    users: [{ ...userRecord("alice"), ...change }],
  });

  it.each<[string, unknown, RegExp]>([
    ["users that are not a list", { ...valid(), users: "none" }, /users must be an array/],
    ["a document that is not an object", [], /the document must be an object/],
    ["another format version", { ...valid(), version: 2 }, /"version" must be 1/],
    ["an unknown top-level key", { ...valid(), user: [] }, /the document has an unknown key "user"/],
    ["a short account id", { ...valid(), accounts: [{ id: "12345" }] }, /accounts\[0\]\.id must be exactly 12 digits/],
    ["a numeric account id", { ...valid(), accounts: [{ id: 111122223333 }] }, /accounts\[0\]\.id must be a string/],
    [
      "an account listed twice",
      { ...valid(), accounts: [{ id: ACCOUNT }, { id: ACCOUNT }] },
      /accounts\[1\]\.id 111122223333 appears more than once/,
    ],
    ["a bad alias", { ...valid(), accounts: [{ id: ACCOUNT, alias: "-Dev" }] }, /accounts\[0\]\.alias must be/],
    [
      "a user of an unlisted account",
      withFirstUser({ accountId: "999988887777" }),
      /users\[0\]\.accountId 999988887777 is not listed in "accounts"/,
    ],
    [
      "a duplicate user name, ignoring case",
      { ...valid(), users: [userRecord("alice"), userRecord("Alice")] },
      /users\[1\]\.userName "Alice" duplicates "alice"/,
    ],
    ["a user name with a space", withFirstUser({ userName: "alice smith" }), /users\[0\]\.userName must be 1 to 64/],
    ["a 65-character user name", withFirstUser({ userName: "a".repeat(65) }), /users\[0\]\.userName must be/],
    ["a numeric user name", withFirstUser({ userName: 7 }), /users\[0\]\.userName must be a string/],
    ["a missing field", withFirstUser({ createdAt: undefined }), /users\[0\] is missing "createdAt"/],
    ["a misspelt field", withFirstUser({ sessionRevokedAt: 1 }), /users\[0\] has an unknown key "sessionRevokedAt"/],
    ["a string credential version", withFirstUser({ credentialVersion: "1" }), /credentialVersion must be an integer/],
    [
      "a zero credential version",
      withFirstUser({ credentialVersion: 0 }),
      /credentialVersion must be an integer of at least 1/,
    ],
    ["a fractional revocation time", withFirstUser({ sessionsRevokedAt: 1.5 }), /sessionsRevokedAt must be an integer/],
    [
      "permissions that are not a list",
      withFirstUser({ permissions: "signin:CreateOAuth2Token" }),
      /permissions must be an array/,
    ],
    [
      "an unknown permission",
      withFirstUser({ permissions: ["signin:CreateOauth2Token"] }),
      /permissions\[0\] "signin:CreateOauth2Token" is not one of signin:/,
    ],
    [
      "a permission listed twice",
      withFirstUser({ permissions: ["signin:ExchangeToken", "signin:ExchangeToken"] }),
      /lists "signin:ExchangeToken" twice/,
    ],
    [
      "a creation time that is not ISO 8601",
      withFirstUser({ createdAt: "yesterday" }),
      /createdAt must be an ISO 8601 time/,
    ],
    ["a user that is not an object", { ...valid(), users: [null] }, /users\[0\] must be an object/],
  ])("refuses %s, naming the file and the problem", async (_, document, problem) => {
    await writeRaw(JSON.stringify(document));
    const error = await readError(new UsersFile(usersPath()));
    expect(error.message.startsWith(`${usersPath()}: `)).toBe(true);
    expect(error.message).toMatch(problem);
  });

  it("refuses a malformed password hash without quoting it", async () => {
    const malformed = "scrypt$1024$8$1$c2VjcmV0LXNhbHQ$bm90LWEtaGFzaA-extra$";
    await writeRaw(JSON.stringify(withFirstUser({ passwordHash: malformed })));
    const error = await readError(new UsersFile(usersPath()));
    expect(error.message).toMatch(/users\[0\]\.passwordHash is not a scrypt hash/);
    expect(error.message).not.toContain("c2VjcmV0");
  });

  it.skipIf(onWindows)("refuses a file others can read (0644) and asks for chmod 600", async () => {
    await new UsersFile(usersPath()).update(withUser("alice"));
    await chmod(usersPath(), 0o644);
    const error = await readError(new UsersFile(usersPath()));
    expect(error.message).toContain(`chmod 600 ${usersPath()}`);
    expect(error.message).toContain("0644");
    await expect(new UsersFile(usersPath()).update(withUser("bob"))).rejects.toThrow(/chmod 600/);
    expect(await fileMode(usersPath())).toBe(0o644);
  });

  it.skipIf(onWindows)("refuses a file its group can write (0620)", async () => {
    await new UsersFile(usersPath()).update(withUser("alice"));
    await chmod(usersPath(), 0o620);
    await expect(new UsersFile(usersPath()).read()).rejects.toThrow(/chmod 600/);
  });
});

describe("UsersFile.update", () => {
  it.skipIf(onWindows)("creates the file 0600 in a new 0700 directory, and keeps it 0600", async () => {
    const path = join(temp.path, "nested", "state", "users.json");
    const file = new UsersFile(path);
    await file.update(withUser("alice"));
    expect(await fileMode(path)).toBe(0o600);
    expect(await fileMode(join(temp.path, "nested", "state"))).toBe(0o700);
    expect(await fileMode(join(temp.path, "nested"))).toBe(0o700);
    await file.update(withUser("bob"));
    expect(await fileMode(path)).toBe(0o600);
  });

  it.skipIf(onWindows)("writes 0600 even under a permissive umask", async () => {
    const previous = process.umask(0);
    try {
      await new UsersFile(usersPath()).update(withUser("alice"));
    } finally {
      process.umask(previous);
    }
    expect(await fileMode(usersPath())).toBe(0o600);
  });

  it("leaves no lock or temp file behind", async () => {
    const file = new UsersFile(usersPath());
    await file.update(withUser("alice"));
    await file.update(withUser("bob"));
    expect(await readdir(temp.path)).toEqual(["users.json"]);
  });

  it("releases the lock and writes nothing when the change throws", async () => {
    const file = new UsersFile(usersPath(), { lockTimeoutMs: 200 });
    await file.update(withUser("alice"));
    const before = await readFile(usersPath(), "utf8");
    await expect(
      file.update(() => {
        throw new Error("changed my mind");
      }),
    ).rejects.toThrow("changed my mind");
    expect(await readFile(usersPath(), "utf8")).toBe(before);
    expect(await readdir(temp.path)).toEqual(["users.json"]);
    await file.update(withUser("bob"));
    expect((await file.read()).users.map((user) => user.userName)).toEqual(["alice", "bob"]);
  });

  it("refuses to write a document that would not read back, and keeps the old one", async () => {
    const file = new UsersFile(usersPath());
    await file.update(withUser("alice"));
    const before = await readFile(usersPath(), "utf8");
    await expect(file.update(withUser("ALICE"))).rejects.toThrow(
      new RegExp(
        `^Refusing to write ${usersPath().replaceAll("\\", "\\\\")}: users\\[1\\]\\.userName "ALICE" duplicates`,
      ),
    );
    await expect(
      file.update((current) => ({ ...current, users: [userRecord("carol", "999988887777")] })),
    ).rejects.toThrow(/not listed in "accounts"/);
    expect(await readFile(usersPath(), "utf8")).toBe(before);
  });

  it("writes nothing when the change returns the current document", async () => {
    const file = new UsersFile(usersPath());
    await file.update((current) => current);
    expect(await readdir(temp.path)).toEqual([]);
    await file.update(withUser("alice"));
    const stamp = await file.stamp();
    await file.update((current) => current);
    expect(await file.stamp()).toBe(stamp);
  });

  it("loses nothing when 20 writers update at once", async () => {
    const names = Array.from({ length: 20 }, (_, index) => `user-${index}`);
    await Promise.all(names.map((name) => new UsersFile(usersPath()).update(withUser(name))));
    const users = (await new UsersFile(usersPath()).read()).users.map((user) => user.userName);
    expect(users.sort()).toEqual([...names].sort());
  });

  it("loses nothing when several processes update at once", async () => {
    const worker = fileURLToPath(new URL("./support/update-worker.ts", import.meta.url));
    const signals = join(temp.path, "signals");
    await mkdir(signals);
    const run = promisify(execFile);
    const prefixes = ["one", "two", "three", "four"];
    const perWorker = 10;
    const workers = Promise.all(
      prefixes.map((prefix) =>
        run(process.execPath, ["--import", "tsx", worker, usersPath(), signals, prefix, String(perWorker)]),
      ),
    );
    let ended = false;
    void workers.finally(() => (ended = true)).catch(() => undefined);
    // Released together once all have started, so that their updates overlap.
    while (!ended && (await readdir(signals)).length < prefixes.length) {
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    await writeFile(join(signals, "go"), "");
    await workers;
    const users = (await new UsersFile(usersPath()).read()).users.map((user) => user.userName);
    expect(users).toHaveLength(prefixes.length * perWorker);
    const expected = prefixes.flatMap((prefix) => Array.from({ length: perWorker }, (_, i) => `${prefix}-${i}`));
    expect(new Set(users)).toEqual(new Set(expected));
  });

  it("waits for a live lock and gives up with a message naming it", async () => {
    const lock = `${usersPath()}.lock`;
    await writeFile(lock, "another process");
    const file = new UsersFile(usersPath(), { lockTimeoutMs: 300 });
    const started = Date.now();
    const error: unknown = await file.update(withUser("alice")).catch((reason: unknown) => reason);
    expect(error).toBeInstanceOf(UsersFileError);
    expect((error as Error).message).toContain(`delete ${lock}`);
    expect(Date.now() - started).toBeGreaterThanOrEqual(250);
    // Someone else's lock is never removed by a waiter.
    await expect(readFile(lock, "utf8")).resolves.toBe("another process");
  });

  it("proceeds as soon as a live lock is released", async () => {
    const lock = `${usersPath()}.lock`;
    await writeFile(lock, "another process");
    const file = new UsersFile(usersPath(), { lockTimeoutMs: 5_000 });
    const update = file.update(withUser("alice"));
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(await readdir(temp.path)).toEqual(["users.json.lock"]);
    await unlink(lock);
    await update;
    expect((await file.read()).users).toHaveLength(1);
  });

  it("takes over a stale lock left by a crashed writer", async () => {
    const lock = `${usersPath()}.lock`;
    await writeFile(lock, "12345 crashed");
    const minuteAgo = new Date(Date.now() - 60_000);
    await utimes(lock, minuteAgo, minuteAgo);
    await new UsersFile(usersPath(), { lockTimeoutMs: 1_000 }).update(withUser("alice"));
    expect((await new UsersFile(usersPath()).read()).users).toHaveLength(1);
    expect(await readdir(temp.path)).toEqual(["users.json"]);
  });

  it("loses nothing when many writers find the same stale lock at once", async () => {
    const lock = `${usersPath()}.lock`;
    await writeFile(lock, "12345 crashed");
    const minuteAgo = new Date(Date.now() - 60_000);
    await utimes(lock, minuteAgo, minuteAgo);
    const names = Array.from({ length: 15 }, (_, index) => `user-${index}`);
    await Promise.all(names.map((name) => new UsersFile(usersPath()).update(withUser(name))));
    const users = (await new UsersFile(usersPath()).read()).users.map((user) => user.userName);
    expect(users.sort()).toEqual([...names].sort());
    expect(await readdir(temp.path)).toEqual(["users.json"]);
  });

  it("honours a lock younger than the stale age", async () => {
    const lock = `${usersPath()}.lock`;
    await writeFile(lock, "busy");
    const tenSecondsAgo = new Date(Date.now() - 10_000);
    await utimes(lock, tenSecondsAgo, tenSecondsAgo);
    await expect(new UsersFile(usersPath(), { lockTimeoutMs: 200 }).update(withUser("alice"))).rejects.toThrow(
      UsersFileError,
    );
    await expect(stat(usersPath())).rejects.toThrow(/ENOENT/);
  });
});

describe("UsersFile.stamp", () => {
  it("is undefined without a file, and changes with every write but not otherwise", async () => {
    const file = new UsersFile(usersPath());
    await expect(file.stamp()).resolves.toBeUndefined();
    await file.update(withUser("alice"));
    const first = await file.stamp();
    expect(first).toEqual(expect.any(String));
    await file.read();
    expect(await file.stamp()).toBe(first);
    // Same size: only the credential version digit changes.
    await new UsersFile(usersPath()).update((current) => ({
      ...current,
      users: current.users.map((user) => ({ ...user, credentialVersion: 2 })),
    }));
    expect(await file.stamp()).not.toBe(first);
  });

  it("changes when the file is edited in place", async () => {
    const file = new UsersFile(usersPath());
    await file.update(withUser("alice"));
    const first = await file.stamp();
    await mkdir(join(temp.path, "unrelated"));
    expect(await file.stamp()).toBe(first);
    const content = await readFile(usersPath(), "utf8");
    await writeFile(usersPath(), content.replace('"credentialVersion": 1', '"credentialVersion": 3'));
    expect(await file.stamp()).not.toBe(first);
  });
});
