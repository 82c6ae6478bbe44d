import { describe, expect, it } from "vitest";

import { checkPasswordPolicy } from "../../src/users/password-hash.js";
import { generatePassword } from "../../src/users/password-policy.js";

describe("checkPasswordPolicy", () => {
  it("accepts 12 to 256 characters", () => {
    expect(checkPasswordPolicy("a".repeat(12))).toBeUndefined();
    expect(checkPasswordPolicy("a".repeat(256))).toBeUndefined();
    expect(checkPasswordPolicy("correct horse battery staple")).toBeUndefined();
  });

  it("explains a password that is too short or too long, without repeating it", () => {
    const short = checkPasswordPolicy("hunter2-abc");
    expect(short).toBe("Passwords must be at least 12 characters long.");
    const long = "x".repeat(257);
    expect(checkPasswordPolicy(long)).toBe("Passwords must be at most 256 characters long.");
    expect(short).not.toContain("hunter2");
  });

  it("counts characters, not UTF-16 code units", () => {
    // 11 emoji are 22 code units but 11 characters.
    expect(checkPasswordPolicy("😀".repeat(11))).toMatch(/at least 12/);
    expect(checkPasswordPolicy("😀".repeat(12))).toBeUndefined();
  });

  it("refuses a password of only spaces", () => {
    expect(checkPasswordPolicy(" ".repeat(20))).toMatch(/only spaces/);
  });
});

describe("generatePassword", () => {
  it("makes 24 readable random characters in groups of six that pass the policy", () => {
    const passwords = Array.from({ length: 50 }, generatePassword);
    for (const password of passwords) {
      expect(password).toMatch(/^[a-km-zA-HJ-NP-Z2-9]{6}(-[a-km-zA-HJ-NP-Z2-9]{6}){3}$/);
      expect(password.replaceAll("-", "")).toHaveLength(24);
      expect(checkPasswordPolicy(password)).toBeUndefined();
    }
    expect(new Set(passwords).size).toBe(passwords.length);
  });
});
