import { mkdtemp, readdir, readFile, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";

import { afterEach, beforeEach, describe, expect, it } from "vitest";

import {
  formatExpiresAt,
  type LoginCacheContents,
  loginCacheDirectory,
  loginCacheFileName,
  writeLoginCache,
} from "../../src/login/login-cache.js";

const posix = process.platform !== "win32";

const contents: LoginCacheContents = {
  accessToken: {
    accessKeyId: "ASIAEXAMPLE",
    secretAccessKey: "secret",
    sessionToken: "session",
    accountId: "012345678910",
    expiresAt: "2026-01-02T03:04:05Z",
  },
  tokenType: "aws_sigv4",
  clientId: "arn:aws:signin:::devtools/same-device",
  refreshToken: "refresh",
  idToken: "a.b.c",
  dpopKey: "-----BEGIN EC PRIVATE KEY-----\nAAAA\n-----END EC PRIVATE KEY-----\n",
};

describe("loginCacheDirectory", () => {
  it("uses AWS_LOGIN_CACHE_DIRECTORY as given", () => {
    expect(loginCacheDirectory({ AWS_LOGIN_CACHE_DIRECTORY: "/tmp/x", HOME: "/home/h" })).toBe("/tmp/x");
  });

  it("expands ~ and variables in AWS_LOGIN_CACHE_DIRECTORY, as botocore does", () => {
    expect(loginCacheDirectory({ AWS_LOGIN_CACHE_DIRECTORY: "~/cache", HOME: "/home/h" })).toBe(
      join("/home/h", "cache"),
    );
    expect(loginCacheDirectory({ AWS_LOGIN_CACHE_DIRECTORY: "~", HOME: "/home/h" })).toBe("/home/h");
    expect(loginCacheDirectory({ AWS_LOGIN_CACHE_DIRECTORY: "$BASE/c/${SUB}/$UNSET", BASE: "/b", SUB: "s" })).toBe(
      "/b/c/s/$UNSET",
    );
  });

  it("defaults to ~/.aws/login/cache", () => {
    expect(loginCacheDirectory({ HOME: "/home/h" })).toBe(join("/home/h", ".aws", "login", "cache"));
  });
});

describe("loginCacheFileName", () => {
  it("is the SHA-256 hex of the login session (reference vector)", () => {
    expect(loginCacheFileName("arn:aws:sts::012345678910:assumed-role/Admin/admin")).toBe(
      "4b0ba8f99f075c0633e122fd73346ce203a3faf18ea0310eb2d29df1bab2e255.json",
    );
  });

  it("hashes the UTF-8 bytes", () => {
    // hashlib.sha256("é".encode("utf-8")).hexdigest()
    expect(loginCacheFileName("é")).toBe("4a99557e4033c3539de2eb65472017cad5f9557f7a0625a09f1c3f6e2ba69c4c.json");
  });
});

describe("writeLoginCache", () => {
  let root: string;
  beforeEach(async () => {
    root = await mkdtemp(join(tmpdir(), "login-cache-"));
  });
  afterEach(async () => {
    await rm(root, { recursive: true, force: true });
  });

  it("writes compact JSON with the CLI's keys in the CLI's order", async () => {
    const directory = join(root, "cache");
    const path = await writeLoginCache(directory, "arn:aws:sts::012345678910:assumed-role/Admin/admin", contents);
    expect(path).toBe(join(directory, "4b0ba8f99f075c0633e122fd73346ce203a3faf18ea0310eb2d29df1bab2e255.json"));
    const text = await readFile(path, "utf8");
    expect(text).toBe(JSON.stringify(contents));
    expect(text).not.toMatch(/\n|": /);
    const parsed = JSON.parse(text) as Record<string, unknown>;
    expect(Object.keys(parsed)).toEqual(["accessToken", "tokenType", "clientId", "refreshToken", "idToken", "dpopKey"]);
    expect(Object.keys(parsed.accessToken as object)).toEqual([
      "accessKeyId",
      "secretAccessKey",
      "sessionToken",
      "accountId",
      "expiresAt",
    ]);
  });

  it("writes only the known fields, whatever else the object carries", async () => {
    const extended = { ...contents, extra: "no", accessToken: { ...contents.accessToken, more: 1 } };
    const path = await writeLoginCache(root, "s", extended);
    expect(JSON.parse(await readFile(path, "utf8"))).toEqual(contents);
  });

  it.skipIf(!posix)("creates the file 0600 and a missing directory 0700, whatever the umask", async () => {
    const previous = process.umask(0o000);
    try {
      const directory = join(root, "a", "b");
      const path = await writeLoginCache(directory, "s", contents);
      expect((await stat(path)).mode & 0o777).toBe(0o600);
      expect((await stat(directory)).mode & 0o777).toBe(0o700);
      expect((await stat(join(root, "a"))).mode & 0o777).toBe(0o700);
    } finally {
      process.umask(previous);
    }
  });

  it.skipIf(!posix)("replaces an existing file atomically, fixing its mode, leaving no temp file", async () => {
    const path = join(root, loginCacheFileName("s"));
    await writeFile(path, "old contents that are longer than the new ones ".repeat(20), { mode: 0o644 });
    await writeLoginCache(root, "s", contents);
    expect(await readFile(path, "utf8")).toBe(JSON.stringify(contents));
    expect((await stat(path)).mode & 0o777).toBe(0o600);
    expect(await readdir(root)).toEqual([loginCacheFileName("s")]);
  });
});

describe("formatExpiresAt", () => {
  it("writes UTC seconds with a Z, dropping milliseconds like strftime", () => {
    expect(formatExpiresAt(Date.UTC(2026, 0, 2, 3, 4, 5, 999))).toBe("2026-01-02T03:04:05Z");
    expect(formatExpiresAt(0)).toBe("1970-01-01T00:00:00Z");
  });
});
