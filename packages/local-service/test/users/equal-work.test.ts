/**
 * A wrong user name must cost the same as a wrong password, or response times would tell which
 * user names exist. Checked by counting the scrypt derivations and their cost parameters (not by
 * timing, which would be flaky on a busy machine).
 */
import type { ScryptOptions } from "node:crypto";

import { afterEach, describe, expect, it, vi } from "vitest";

const derivations: { keylen: number; options: ScryptOptions | undefined }[] = [];

vi.mock("node:crypto", async (importOriginal) => {
  const crypto = await importOriginal<typeof import("node:crypto")>();
  const scrypt = ((...args: unknown[]) => {
    const options = typeof args[3] === "function" ? undefined : (args[3] as ScryptOptions);
    derivations.push({ keylen: args[2] as number, options });
    return (crypto.scrypt as (...a: unknown[]) => void)(...args);
  }) as typeof crypto.scrypt;
  return { ...crypto, scrypt, default: { ...crypto, scrypt } };
});

const { DEFAULT_SCRYPT_PARAMETERS, hashPassword, verifyAgainstNothing, verifyPassword } =
  await import("../../src/users/password-hash.js");
const { UserAdmin } = await import("../../src/users/user-admin.js");
const { UserDirectory } = await import("../../src/users/user-directory.js");
const { UsersFile } = await import("../../src/users/users-file.js");
const { useTempDirectory } = await import("./support/temp-directory.js");

const costOf = (entry: (typeof derivations)[number] | undefined) => ({
  keylen: entry?.keylen,
  N: entry?.options?.N,
  r: entry?.options?.r,
  p: entry?.options?.p,
});
const temp = useTempDirectory();

afterEach(() => {
  derivations.length = 0;
});

describe("equal work for unknown users", () => {
  it("verifyAgainstNothing derives one key at the default cost, like verifying a default hash", async () => {
    const encoded = await hashPassword("a long enough password");
    derivations.length = 0;
    await verifyPassword("wrong password here", encoded);
    const verifying = derivations.splice(0);
    await expect(verifyAgainstNothing("wrong password here")).resolves.toBe(false);
    const nothing = derivations.splice(0);

    expect(verifying).toHaveLength(1);
    expect(nothing).toHaveLength(1);
    expect(costOf(nothing[0])).toEqual(costOf(verifying[0]));
    expect(costOf(nothing[0])).toMatchObject({
      N: DEFAULT_SCRYPT_PARAMETERS.N,
      r: DEFAULT_SCRYPT_PARAMETERS.r,
      p: DEFAULT_SCRYPT_PARAMETERS.p,
    });
  });

  it("authenticate spends the same derivation on an unknown user as on a wrong password", async () => {
    const file = new UsersFile(`${temp.path}/users.json`);
    await new UserAdmin(file).addUser({
      userName: "alice",
      password: "correct horse battery",
      accountId: "111122223333",
    });
    const directory = new UserDirectory(file);
    await directory.authenticate("warm-up", "x"); // loads the file once
    derivations.length = 0;

    await expect(directory.authenticate("alice", "wrong password value")).resolves.toBeUndefined();
    const known = derivations.splice(0);
    await expect(directory.authenticate("mallory", "wrong password value")).resolves.toBeUndefined();
    const unknown = derivations.splice(0);

    expect(known).toHaveLength(1);
    expect(unknown).toHaveLength(1);
    expect(costOf(unknown[0])).toEqual(costOf(known[0]));
  });
});
