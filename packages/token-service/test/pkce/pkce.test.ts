import { describe, expect, it } from "vitest";

import { isValidCodeVerifier, normalizeCodeChallenge, s256Challenge, verifyPkce } from "../../src/pkce/pkce.js";

// RFC 7636 Appendix B.
const rfcVerifier = "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk";
const rfcChallenge = "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM";

// Reference §4: the AWS CLI authorize URL example, verifier 64 × "a".
const cliVerifier = "a".repeat(64);
const cliChallenge = "_-BU_nrgy23GXDr5th1SCfQ5hR20PQulmXM33xVGaOs";

describe("s256Challenge", () => {
  it("matches the RFC 7636 Appendix B vector", () => {
    expect(s256Challenge(rfcVerifier)).toBe(rfcChallenge);
  });

  it("matches the AWS CLI example", () => {
    expect(s256Challenge(cliVerifier)).toBe(cliChallenge);
  });
});

describe("verifyPkce", () => {
  it("accepts the matching verifier", () => {
    expect(verifyPkce(rfcVerifier, rfcChallenge)).toBe(true);
    expect(verifyPkce(cliVerifier, cliChallenge)).toBe(true);
  });

  it("rejects a verifier for another challenge", () => {
    expect(verifyPkce(rfcVerifier, cliChallenge)).toBe(false);
    expect(verifyPkce(cliVerifier, rfcChallenge)).toBe(false);
    expect(verifyPkce(`${rfcVerifier.slice(0, -1)}l`, rfcChallenge)).toBe(false);
  });

  it("rejects a challenge that differs in length or case", () => {
    expect(verifyPkce(rfcVerifier, `${rfcChallenge}=`)).toBe(false);
    expect(verifyPkce(rfcVerifier, rfcChallenge.slice(0, -1))).toBe(false);
    expect(verifyPkce(rfcVerifier, "")).toBe(false);
    expect(verifyPkce(rfcVerifier, rfcChallenge.toLowerCase())).toBe(false);
  });

  it("rejects the plain method: the challenge equal to the verifier", () => {
    expect(verifyPkce(rfcVerifier, rfcVerifier)).toBe(false);
  });

  it("rejects an invalid verifier even if its hash matches", () => {
    const short = "a".repeat(42);
    expect(verifyPkce(short, s256Challenge(short))).toBe(false);
    const tooLong = "a".repeat(129);
    expect(verifyPkce(tooLong, s256Challenge(tooLong))).toBe(false);
  });
});

describe("isValidCodeVerifier", () => {
  it.each([
    ["43 characters", "a".repeat(43)],
    ["128 characters", "a".repeat(128)],
    ["every allowed character", `${"ABCXYZabcxyz0189-._~".repeat(3)}abc`],
    ["the RFC example", rfcVerifier],
  ])("accepts %s", (_name, verifier) => {
    expect(isValidCodeVerifier(verifier)).toBe(true);
  });

  it.each([
    ["42 characters", "a".repeat(42)],
    ["129 characters", "a".repeat(129)],
    ["a plus sign", `${"a".repeat(42)}+`],
    ["a slash", `${"a".repeat(42)}/`],
    ["a space", `${"a".repeat(42)} `],
    ["a non-ASCII letter", `${"a".repeat(42)}é`],
    ["a trailing newline", `${"a".repeat(43)}\n`],
    ["a number", 12345],
    ["undefined", undefined],
  ])("rejects %s", (_name, verifier) => {
    expect(isValidCodeVerifier(verifier)).toBe(false);
  });
});

describe("normalizeCodeChallenge", () => {
  it("returns a 43-character challenge unchanged", () => {
    expect(normalizeCodeChallenge(cliChallenge)).toBe(cliChallenge);
  });

  it("strips one trailing padding character", () => {
    expect(normalizeCodeChallenge(`${rfcChallenge}=`)).toBe(rfcChallenge);
  });

  it.each([
    ["42 characters", rfcChallenge.slice(0, -1)],
    ["44 characters", `${rfcChallenge}A`],
    ["two padding characters", `${rfcChallenge}==`],
    ["standard base64 characters", `+/${rfcChallenge.slice(2)}`],
    ["a space", ` ${rfcChallenge}`],
    ["non-zero padding bits", `${rfcChallenge.slice(0, -1)}N`],
    ["a number", 43],
    ["undefined", undefined],
  ])("rejects %s", (_name, challenge) => {
    expect(normalizeCodeChallenge(challenge)).toBeUndefined();
  });
});
