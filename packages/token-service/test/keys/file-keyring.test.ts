import { chmod, mkdir, mkdtemp, readdir, readFile, rm, stat, unlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";

import { afterEach, beforeEach, describe, expect, it } from "vitest";

import { FileKeyring } from "../../src/keys/file-keyring.js";
import { KeyringError } from "../../src/keys/keyring.js";
import { seededRandom } from "../support/seeded-random.js";

const posixOnly = it.skipIf(process.platform === "win32");

let dataDir: string;

beforeEach(async () => {
  dataDir = await mkdtemp(join(tmpdir(), "open-signin-keys-"));
});

afterEach(async () => {
  await rm(dataDir, { recursive: true, force: true });
});

const keysDir = (): string => join(dataDir, "keys");
const mode = async (path: string): Promise<number> => (await stat(path)).mode & 0o777;
const keyFiles = async (): Promise<string[]> => (await readdir(keysDir())).sort();

const openError = async (): Promise<Error> => {
  try {
    await FileKeyring.open(dataDir);
  } catch (error) {
    if (error instanceof Error) return error;
  }
  throw new Error("FileKeyring.open succeeded");
};

describe("FileKeyring", () => {
  posixOnly("creates <dataDir>/keys (0700) with one 0600 file per key and active.json on first start", async () => {
    const keyring = await FileKeyring.open(join(dataDir, "nested", "data"));
    const directory = join(dataDir, "nested", "data", "keys");
    expect(keyring.directory).toBe(directory);
    expect(await mode(directory)).toBe(0o700);
    const signingKid = keyring.activeSigningKey().kid;
    const encryptionKid = keyring.activeEncryptionKid();
    const files = (await readdir(directory)).sort();
    expect(files).toEqual(["active.json", `encryption-${encryptionKid}.json`, `signing-${signingKid}.json`].sort());
    for (const file of files) expect(await mode(join(directory, file))).toBe(0o600);

    expect(JSON.parse(await readFile(join(directory, "active.json"), "utf8"))).toEqual({
      version: 1,
      signingKid,
      encryptionKid,
    });
    const signing = JSON.parse(await readFile(join(directory, `signing-${signingKid}.json`), "utf8")) as unknown;
    expect(signing).toMatchObject({
      version: 1,
      kid: signingKid,
      alg: "ES256",
      createdAt: expect.any(Number),
      privateJwk: { kty: "EC", crv: "P-256", x: keyring.activeSigningKey().publicJwk.x, d: expect.any(String) },
    });
    const encryption = JSON.parse(
      await readFile(join(directory, `encryption-${encryptionKid}.json`), "utf8"),
    ) as unknown;
    expect(encryption).toMatchObject({
      version: 1,
      kid: encryptionKid,
      createdAt: expect.any(Number),
      secret: expect.stringMatching(/^[A-Za-z0-9_-]{43}$/),
    });
  });

  it("loads the same keys on the next start", async () => {
    const first = await FileKeyring.open(dataDir);
    const second = await FileKeyring.open(dataDir);
    expect(second.activeSigningKey().publicJwk).toEqual(first.activeSigningKey().publicJwk);
    const kid = first.activeEncryptionKid();
    expect(second.activeEncryptionKid()).toBe(kid);
    const a = first.encryptionKey("refresh-token", kid)?.export();
    const b = second.encryptionKey("refresh-token", kid)?.export();
    expect(a).toBeDefined();
    expect(b?.equals(a ?? Buffer.alloc(0))).toBe(true);
  });

  it("draws its key material from the injected RandomSource", async () => {
    const other = await mkdtemp(join(tmpdir(), "open-signin-keys-"));
    try {
      const a = await FileKeyring.open(dataDir, { random: seededRandom("file"), clock: { now: () => 0 } });
      const b = await FileKeyring.open(other, { random: seededRandom("file"), clock: { now: () => 0 } });
      expect(b.activeSigningKey().publicJwk).toEqual(a.activeSigningKey().publicJwk);
      expect(b.activeEncryptionKid()).toBe(a.activeEncryptionKid());
      const [signingA, signingB] = [a.activeSigningKey().kid, b.activeSigningKey().kid];
      expect(await readFile(join(other, "keys", `signing-${signingB}.json`), "utf8")).toBe(
        await readFile(join(keysDir(), `signing-${signingA}.json`), "utf8"),
      );
    } finally {
      await rm(other, { recursive: true, force: true });
    }
  });

  posixOnly("rotates: new 0600 files, active.json switched, old keys still held after a restart", async () => {
    const keyring = await FileKeyring.open(dataDir);
    const old = { signingKid: keyring.activeSigningKey().kid, encryptionKid: keyring.activeEncryptionKid() };
    const rotated = await keyring.rotate();
    expect(rotated.signingKid).not.toBe(old.signingKid);
    expect(rotated.encryptionKid).not.toBe(old.encryptionKid);
    expect(keyring.activeSigningKey().kid).toBe(rotated.signingKid);
    expect(keyring.activeEncryptionKid()).toBe(rotated.encryptionKid);
    expect(await keyFiles()).toHaveLength(5);
    for (const file of await keyFiles()) expect(await mode(join(keysDir(), file))).toBe(0o600);

    const reopened = await FileKeyring.open(dataDir);
    expect(reopened.signingKeys().map((key) => key.kid)).toEqual([rotated.signingKid, old.signingKid]);
    expect(reopened.activeEncryptionKid()).toBe(rotated.encryptionKid);
    expect(reopened.encryptionKey("session-token", old.encryptionKid)).toBeDefined();
  });

  it("serializes concurrent rotations so that no key is lost", async () => {
    const keyring = await FileKeyring.open(dataDir);
    const results = await Promise.all([keyring.rotate(), keyring.rotate(), keyring.rotate()]);
    expect(keyring.signingKeys()).toHaveLength(4);
    expect(keyring.activeSigningKey().kid).toBe(results[2]?.signingKid);
    const reopened = await FileKeyring.open(dataDir);
    expect(reopened.signingKeys().map((key) => key.kid)).toEqual(keyring.signingKeys().map((key) => key.kid));
  });

  it("retires a non-active key from memory and disk, and refuses to retire an active one", async () => {
    const keyring = await FileKeyring.open(dataDir);
    const old = { signingKid: keyring.activeSigningKey().kid, encryptionKid: keyring.activeEncryptionKid() };
    await expect(keyring.retire(old.signingKid)).rejects.toThrow(/active/);
    await keyring.rotate();
    await keyring.retire(old.signingKid);
    await keyring.retire(old.encryptionKid);
    await expect(keyring.retire("never-existed")).rejects.toThrow(KeyringError);
    await expect(keyring.retire("../../etc/passwd")).rejects.toThrow(KeyringError);
    expect(keyring.signingKeys()).toHaveLength(1);
    expect(keyring.encryptionKey("refresh-token", old.encryptionKid)).toBeUndefined();
    expect((await keyFiles()).join(" ")).not.toContain(old.signingKid);
    expect((await keyFiles()).join(" ")).not.toContain(old.encryptionKid);
    const reopened = await FileKeyring.open(dataDir);
    expect(reopened.signingKeys().map((key) => key.kid)).toEqual([keyring.activeSigningKey().kid]);
  });

  it("sees rotations made by another process after reload", async () => {
    const a = await FileKeyring.open(dataDir);
    const b = await FileKeyring.open(dataDir);
    const rotated = await b.rotate();
    expect(a.encryptionKey("refresh-token", rotated.encryptionKid)).toBeUndefined();
    await a.reload();
    expect(a.activeSigningKey().kid).toBe(rotated.signingKid);
    expect(a.encryptionKey("refresh-token", rotated.encryptionKid)).toBeDefined();
  });

  it("makes exactly one set of keys active when processes start together on an empty directory", async () => {
    const keyrings = await Promise.all(Array.from({ length: 6 }, () => FileKeyring.open(dataDir)));
    const kids = new Set(
      keyrings.map((keyring) => `${keyring.activeSigningKey().kid}/${keyring.activeEncryptionKid()}`),
    );
    expect(kids.size).toBe(1);
    expect(await keyFiles()).toHaveLength(3);
  });

  it("ignores temp files left by an interrupted write", async () => {
    const keyring = await FileKeyring.open(dataDir);
    await writeFile(join(keysDir(), ".active.json.0123456789abcdef.tmp"), "{half", { mode: 0o644 });
    const reopened = await FileKeyring.open(dataDir);
    expect(reopened.activeSigningKey().kid).toBe(keyring.activeSigningKey().kid);
  });

  posixOnly("refuses a key file that group or others can read, and says how to fix it", async () => {
    const keyring = await FileKeyring.open(dataDir);
    const file = join(keysDir(), `encryption-${keyring.activeEncryptionKid()}.json`);
    await chmod(file, 0o644);
    const error = await openError();
    expect(error).toBeInstanceOf(KeyringError);
    expect(error.message).toContain(file);
    expect(error.message).toContain("chmod 600");
    await chmod(file, 0o640);
    expect((await openError()).message).toContain("chmod 600");
    await chmod(file, 0o600);
    await expect(FileKeyring.open(dataDir)).resolves.toBeInstanceOf(FileKeyring);
  });

  posixOnly("refuses a key directory that group or others can reach", async () => {
    await mkdir(keysDir(), { mode: 0o700 });
    await chmod(keysDir(), 0o755);
    const error = await openError();
    expect(error.message).toContain("chmod 700");
    expect(error.message).toContain(keysDir());
  });

  it("names a corrupt file without quoting its contents", async () => {
    const keyring = await FileKeyring.open(dataDir);
    const file = join(keysDir(), `signing-${keyring.activeSigningKey().kid}.json`);
    const original = await readFile(file, "utf8");
    await writeFile(file, original.slice(0, -10), { mode: 0o600 });
    const error = await openError();
    expect(error).toBeInstanceOf(KeyringError);
    expect(error.message).toContain(file);
    expect(error.message).toMatch(/not valid JSON/);
    const d = (JSON.parse(original) as { privateJwk: { d: string } }).privateJwk.d;
    expect(error.message).not.toContain(d.slice(0, 8));
    expect(error.cause).toBeUndefined();
  });

  it("refuses key files with the wrong structure", async () => {
    const keyring = await FileKeyring.open(dataDir);
    const signingFile = join(keysDir(), `signing-${keyring.activeSigningKey().kid}.json`);
    const encryptionFile = join(keysDir(), `encryption-${keyring.activeEncryptionKid()}.json`);
    const signing = JSON.parse(await readFile(signingFile, "utf8")) as Record<string, unknown>;
    const encryption = JSON.parse(await readFile(encryptionFile, "utf8")) as Record<string, unknown>;

    const cases: [string, Record<string, unknown>][] = [
      [signingFile, { ...signing, kid: "another-kid" }],
      [signingFile, { ...signing, privateJwk: { ...(signing.privateJwk as object), d: undefined } }],
      [signingFile, { ...signing, alg: "ES384" }],
      [encryptionFile, { ...encryption, secret: "c2hvcnQ" }],
      [encryptionFile, { ...encryption, createdAt: "yesterday" }],
    ];
    for (const [file, content] of cases) {
      const original = await readFile(file, "utf8");
      await writeFile(file, JSON.stringify(content), { mode: 0o600 });
      const error = await openError();
      expect(error).toBeInstanceOf(KeyringError);
      expect(error.message).toContain(file);
      await writeFile(file, original, { mode: 0o600 });
    }
    await expect(FileKeyring.open(dataDir)).resolves.toBeInstanceOf(FileKeyring);
  });

  it("refuses a directory whose active.json is missing or names a missing key", async () => {
    const keyring = await FileKeyring.open(dataDir);
    const active = join(keysDir(), "active.json");
    const content = await readFile(active, "utf8");
    await unlink(active);
    expect((await openError()).message).toContain(active);
    // It must not have started over with new keys.
    expect(await keyFiles()).toHaveLength(2);

    await writeFile(active, content, { mode: 0o600 });
    await unlink(join(keysDir(), `signing-${keyring.activeSigningKey().kid}.json`));
    const error = await openError();
    expect(error.message).toContain(active);
    expect(error.message).toContain(`signing-${keyring.activeSigningKey().kid}.json`);
  });
});

describe("FileKeyring.reloadWhenChanged", () => {
  const until = async (condition: () => boolean): Promise<void> => {
    const deadline = Date.now() + 5_000;
    while (!condition()) {
      if (Date.now() > deadline) throw new Error("condition not met in 5 s");
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  };

  it("takes up another process's rotation; a damaged directory is reported and the old keys stay", async () => {
    const running = await FileKeyring.open(dataDir);
    const errors: unknown[] = [];
    const stop = running.reloadWhenChanged(50, (error) => errors.push(error));
    try {
      const before = running.activeSigningKey().kid;
      const { signingKid } = await (await FileKeyring.open(dataDir)).rotate();
      await until(() => running.activeSigningKey().kid === signingKid);
      expect(running.signingKeys().map((key) => key.kid)).toContain(before);

      // The active file names a key that is not there: the reload fails, nothing changes.
      await writeFile(
        join(keysDir(), "active.json"),
        JSON.stringify({ signingKid: "AAAAAAAAAAAAAAAAAAAAAA", encryptionKid: "AAAAAAAAAAAAAAAAAAAAAA" }),
        { mode: 0o600 },
      );
      await until(() => errors.length > 0);
      expect(running.activeSigningKey().kid).toBe(signingKid);
    } finally {
      stop();
    }
  });
});
