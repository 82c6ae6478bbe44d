import { describe, expect, it } from "vitest";

import { StaticKeyring } from "../../src/keys/static-keyring.js";
import { cryptoRandom } from "../../src/runtime/random.js";
import {
  MAX_ISSUED_REFRESH_TOKEN_LENGTH,
  MAX_REFRESH_TOKEN_LENGTH,
  RefreshTokenCodec,
  type RefreshTokenClaims,
} from "../../src/tokens/refresh-token.js";
import { SealedBox } from "../../src/tokens/sealed-box.js";

const keyring = StaticKeyring.generate();
const box = new SealedBox(keyring, "refresh-token", cryptoRandom);
const codec = new RefreshTokenCodec(box);

const claims: RefreshTokenClaims = {
  tokenId: "6f1c2d3e-4b5a-4c6d-8e7f-0a1b2c3d4e5f",
  sessionId: "0e9d8c7b-6a59-4483-9271-605f4e3d2c1b",
  principalArn: "arn:aws:iam::111122223333:user/alice",
  clientId: "arn:aws:signin:::devtools/same-device",
  jkt: "0ZcOCORZNYy-DWpqq30jZyJGHTN0d2HglBV3uiguA4I",
  sessionStartedAt: 1_767_225_600_000,
  sessionExpiresAt: 1_767_225_600_000 + 12 * 3600 * 1000,
  credentialVersion: 3,
  issuedAt: 1_767_229_200_000,
};

/** The longest IAM user ARN: 512-character path and 64-character name, in the longest partition. */
const longestUserArn = `arn:aws-us-gov:iam::123456789012:user/${"p".repeat(510)}/${"n".repeat(64)}`;

describe("RefreshTokenCodec", () => {
  it("round-trips the claims through an opaque sealed token", () => {
    const token = codec.encode(claims);
    expect(token).not.toContain("alice");
    expect(codec.decode(token)).toEqual(claims);
  });

  it("spells tokens as the model's RevocationToken pattern says a Sign-In refresh token looks", () => {
    const token = codec.encode(claims);
    // RevocationToken in the model (botocore-signin-latest.service-2.json): ASOR[A-Za-z0-9+/=_\-]+
    expect(token).toMatch(/^ASOR[A-Za-z0-9+/=_-]+$/);
    expect(token).toMatch(/^ASORv1\/[A-Za-z0-9_-]+\/[A-Za-z0-9_-]+$/);
  });

  it("still decodes tokens minted before the ASOR spelling, and refuses a mix of both", () => {
    const token = codec.encode(claims);
    const legacy = token.slice("ASOR".length).replaceAll("/", ".");
    expect(legacy).toMatch(/^v1\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/);
    expect(codec.decode(legacy)).toEqual(claims);
    expect(codec.decode(`ASOR${legacy}`)).toBeUndefined();
    expect(codec.decode(`ASOR${legacy.replace(".", "/")}`)).toBeUndefined();
  });

  it("keeps a worst-case token within the model's 2048-character limit", () => {
    expect(longestUserArn.length).toBeGreaterThanOrEqual(600);
    const worst: RefreshTokenClaims = {
      ...claims,
      principalArn: longestUserArn,
      clientId: "arn:aws:signin:::devtools/cross-device",
      sessionStartedAt: Number.MAX_SAFE_INTEGER,
      sessionExpiresAt: Number.MAX_SAFE_INTEGER,
      credentialVersion: Number.MAX_SAFE_INTEGER,
      issuedAt: Number.MAX_SAFE_INTEGER,
    };
    const token = codec.encode(worst);
    expect(token.length).toBeLessThanOrEqual(MAX_ISSUED_REFRESH_TOKEN_LENGTH);
    expect(codec.decode(token)).toEqual(worst);
  });

  it("refuses to mint a token over the limit, without quoting the claims", () => {
    const arn = `arn:aws:iam::111122223333:user/${"x".repeat(1500)}`;
    expect(() => codec.encode({ ...claims, principalArn: arn })).toThrow(RangeError);
    try {
      codec.encode({ ...claims, principalArn: arn });
    } catch (error) {
      expect(String(error)).not.toContain("xxxx");
      expect(String(error)).not.toContain(claims.jkt);
    }
  });

  it("refuses to encode claims it could not decode", () => {
    expect(() => codec.encode({ ...claims, tokenId: "" })).toThrow(/tokenId/);
    expect(() => codec.encode({ ...claims, credentialVersion: -1 })).toThrow(/credentialVersion/);
    expect(() => codec.encode({ ...claims, issuedAt: 1.5 })).toThrow(/issuedAt/);
  });

  it("rejects tampered, foreign and oversized tokens", () => {
    const token = codec.encode(claims);
    const flipped = token.slice(0, -5) + (token.at(-5) === "A" ? "B" : "A") + token.slice(-4);
    expect(codec.decode(flipped)).toBeUndefined();
    expect(codec.decode("")).toBeUndefined();
    expect(codec.decode("not a token")).toBeUndefined();
    expect(codec.decode(`${token}${"A".repeat(MAX_REFRESH_TOKEN_LENGTH)}`)).toBeUndefined();
    const sessionBox = new SealedBox(keyring, "session-token", cryptoRandom);
    const sessionSealed = new RefreshTokenCodec(sessionBox).encode(claims);
    expect(codec.decode(sessionSealed)).toBeUndefined();
    expect(
      new RefreshTokenCodec(new SealedBox(StaticKeyring.generate(), "refresh-token", cryptoRandom)).decode(token),
    ).toBeUndefined();
  });

  it("rejects authentic plaintexts of the wrong shape", () => {
    const valid = JSON.parse(
      box.open(codec.encode(claims).slice("ASOR".length).replaceAll("/", "."))?.toString() ?? "null",
    ) as unknown[];
    expect(valid).toHaveLength(10);
    const variants: unknown[] = [
      "not json",
      null,
      {},
      valid.slice(0, 9),
      [...valid, "extra"],
      [2, ...valid.slice(1)],
      valid.map((value, i) => (i === 1 ? 7 : value)),
      valid.map((value, i) => (i === 3 ? "" : value)),
      valid.map((value, i) => (i === 5 ? null : value)),
      valid.map((value, i) => (i === 6 ? "1767225600000" : value)),
      valid.map((value, i) => (i === 8 ? -1 : value)),
      valid.map((value, i) => (i === 9 ? 1.25 : value)),
    ];
    for (const variant of variants) {
      const sealed = box.seal(typeof variant === "string" ? variant : JSON.stringify(variant));
      expect(codec.decode(sealed), JSON.stringify(variant)).toBeUndefined();
    }
    expect(codec.decode(box.seal(JSON.stringify(valid)))).toEqual(claims);
  });
});
