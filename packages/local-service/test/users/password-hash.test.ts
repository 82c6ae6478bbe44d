import { randomBytes } from "node:crypto";

import { describe, expect, it } from "vitest";

import { hashPassword, isWellFormedPasswordHash, MAX_SCRYPT_N, verifyPassword } from "../../src/users/password-hash.js";

const PASSWORD = "correct horse battery staple";
const b64 = (bytes: number): string => randomBytes(bytes).toString("base64url");

describe("hashPassword / verifyPassword", () => {
  it("encodes the default parameters, a 16-byte salt and a 32-byte key", async () => {
    const encoded = await hashPassword(PASSWORD);
    const [prefix, n, r, p, salt, hash, ...rest] = encoded.split("$");
    expect([prefix, n, r, p]).toEqual(["scrypt", String(2 ** 15), "8", "1"]);
    expect(Buffer.from(salt ?? "", "base64url")).toHaveLength(16);
    expect(Buffer.from(hash ?? "", "base64url")).toHaveLength(32);
    expect(rest).toEqual([]);
    expect(encoded).not.toContain(PASSWORD);
  });

  it("verifies the right password and refuses a wrong one", async () => {
    const encoded = await hashPassword(PASSWORD);
    await expect(verifyPassword(PASSWORD, encoded)).resolves.toBe(true);
    await expect(verifyPassword("correct horse battery stapl", encoded)).resolves.toBe(false);
    await expect(verifyPassword("", encoded)).resolves.toBe(false);
  });

  it("salts every hash differently", async () => {
    const [first, second] = await Promise.all([hashPassword(PASSWORD), hashPassword(PASSWORD)]);
    expect(first).not.toBe(second);
    expect(first?.split("$")[4]).not.toBe(second?.split("$")[4]);
  });

  it("verifies with the parameters stored in the hash, so the default can be raised later", async () => {
    const cheaper = await hashPassword(PASSWORD, { N: 1024, r: 4, p: 2 });
    expect(cheaper.startsWith("scrypt$1024$4$2$")).toBe(true);
    await expect(verifyPassword(PASSWORD, cheaper)).resolves.toBe(true);
    await expect(verifyPassword("something else entirely", cheaper)).resolves.toBe(false);
  });

  it("treats composed and decomposed forms of the same password alike", async () => {
    const encoded = await hashPassword("Ame\u0301lie-password", { N: 1024, r: 8, p: 1 });
    await expect(verifyPassword("Am\u00e9lie-password", encoded)).resolves.toBe(true);
  });

  it("refuses to hash with parameters outside the bounds", async () => {
    await expect(hashPassword(PASSWORD, { N: MAX_SCRYPT_N * 2, r: 8, p: 1 })).rejects.toThrow(RangeError);
    await expect(hashPassword(PASSWORD, { N: 1000, r: 8, p: 1 })).rejects.toThrow(RangeError);
  });

  const salt = b64(16);
  const key = b64(32);
  it.each([
    ["an empty string", ""],
    ["another algorithm", `argon2$1024$8$1$${salt}$${key}`],
    ["a missing field", `scrypt$1024$8$${salt}$${key}`],
    ["an extra field", `scrypt$1024$8$1$${salt}$${key}$x`],
    ["N not a power of two", `scrypt$1000$8$1$${salt}$${key}`],
    ["N of 1", `scrypt$1$8$1$${salt}$${key}`],
    ["N with a leading zero", `scrypt$01024$8$1$${salt}$${key}`],
    ["a negative r", `scrypt$1024$-8$1$${salt}$${key}`],
    ["p of zero", `scrypt$1024$8$0$${salt}$${key}`],
    ["a fractional p", `scrypt$1024$8$1.5$${salt}$${key}`],
    ["N above the cap (a crafted file asking for huge work)", `scrypt$${MAX_SCRYPT_N * 2}$8$1$${salt}$${key}`],
    ["N at the cap with r making it gigabytes", `scrypt$${MAX_SCRYPT_N}$32$1$${salt}$${key}`],
    ["an absurd p", `scrypt$1024$8$1000000$${salt}$${key}`],
    ["a salt that is not base64url", `scrypt$1024$8$1$${salt}+/$${key}`],
    ["a non-canonical base64url salt", `scrypt$1024$8$1$${b64(16).slice(0, -1)}B$${key}`],
    ["a short salt", `scrypt$1024$8$1$${b64(4)}$${key}`],
    ["a short key", `scrypt$1024$8$1$${salt}$${b64(8)}`],
    ["an empty key", `scrypt$1024$8$1$${salt}$`],
  ])("answers false, without throwing, for %s", async (_, encoded) => {
    expect(isWellFormedPasswordHash(encoded)).toBe(false);
    await expect(verifyPassword(PASSWORD, encoded)).resolves.toBe(false);
  });

  it("accepts a hash at the cap: the cap is a bound, not a wall against stronger settings", () => {
    expect(isWellFormedPasswordHash(`scrypt$${MAX_SCRYPT_N}$1$1$${salt}$${key}`)).toBe(true);
  });
});
