import { s256Challenge } from "@open-signin/token-service";
import { describe, expect, it } from "vitest";

import { codeChallengeOf, createCodeVerifier } from "../../src/login/pkce.js";

describe("PKCE the AWS CLI's way", () => {
  it("matches the reference vector (verifier 64 × a)", () => {
    expect(codeChallengeOf("a".repeat(64))).toBe("_-BU_nrgy23GXDr5th1SCfQ5hR20PQulmXM33xVGaOs");
  });

  it("makes 64-character verifiers from the unreserved set only, and different ones each time", () => {
    const verifiers = Array.from({ length: 200 }, () => createCodeVerifier());
    for (const verifier of verifiers) expect(verifier).toMatch(/^[A-Za-z0-9\-._~]{64}$/);
    expect(new Set(verifiers).size).toBe(verifiers.length);
    // Every character of the set shows up across 12,800 draws from 66 symbols.
    expect(new Set(verifiers.join("")).size).toBe(66);
  });

  it("gives the 43-character challenge the token service verifies", () => {
    for (let round = 0; round < 50; round++) {
      const verifier = createCodeVerifier();
      const challenge = codeChallengeOf(verifier);
      expect(challenge).toMatch(/^[A-Za-z0-9_-]{43}$/);
      expect(challenge).toBe(s256Challenge(verifier));
    }
  });
});
