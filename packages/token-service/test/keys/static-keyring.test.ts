import { createHash, hkdfSync, sign, verify } from "node:crypto";

import { describe, expect, it } from "vitest";

import { KeyringError } from "../../src/keys/keyring.js";
import { StaticKeyring } from "../../src/keys/static-keyring.js";
import { ManualClock } from "../support/manual-clock.js";
import { seededRandom } from "../support/seeded-random.js";

const KID = /^[A-Za-z0-9_-]{22}$/;

describe("StaticKeyring", () => {
  it("generates an ES256 signing key whose published JWK is public only and tagged for signing", () => {
    const keyring = StaticKeyring.generate();
    const key = keyring.activeSigningKey();
    expect(key.kid).toMatch(KID);
    expect(key.alg).toBe("ES256");
    expect(key.publicJwk).toEqual({
      kty: "EC",
      crv: "P-256",
      x: expect.stringMatching(/^[A-Za-z0-9_-]{43}$/),
      y: expect.stringMatching(/^[A-Za-z0-9_-]{43}$/),
      kid: key.kid,
      alg: "ES256",
      use: "sig",
    });
    expect(key.publicJwk).not.toHaveProperty("d");
    expect(key.privateKey.asymmetricKeyType).toBe("ec");
    expect(key.privateKey.asymmetricKeyDetails?.namedCurve).toBe("prime256v1");
  });

  it("pairs each generated private key with the public key it publishes", () => {
    // The scalar comes from the RandomSource and the point from ECDH; a mismatch would make every
    // ID token unverifiable, so check a signature against the published JWK.
    for (let i = 0; i < 5; i++) {
      const key = StaticKeyring.generate({ random: seededRandom(`pair-${i}`) }).activeSigningKey();
      const message = Buffer.from("signed by the active key");
      const signature = sign("sha256", message, key.privateKey);
      expect(verify("sha256", message, { key: { ...key.publicJwk }, format: "jwk" }, signature)).toBe(true);
    }
  });

  it("derives per-purpose AES-256 keys with HKDF-SHA256 (salt kid, info open-signin/<purpose>)", () => {
    const keyring = StaticKeyring.generate();
    const kid = keyring.activeEncryptionKid();
    const secret = keyring.material().encryption[0]?.secret;
    expect(secret).toHaveLength(32);
    const refresh = keyring.encryptionKey("refresh-token", kid);
    const session = keyring.encryptionKey("session-token", kid);
    expect(refresh?.type).toBe("secret");
    expect(refresh?.symmetricKeySize).toBe(32);
    const expected = Buffer.from(hkdfSync("sha256", secret as Uint8Array, kid, "open-signin/refresh-token", 32));
    expect(refresh?.export().equals(expected)).toBe(true);
    expect(refresh?.export().equals(session?.export() ?? Buffer.alloc(0))).toBe(false);
    expect(refresh?.export().equals(Buffer.from(secret as Uint8Array))).toBe(false);
  });

  it("has no encryption key for an unknown kid", () => {
    const keyring = StaticKeyring.generate();
    expect(keyring.encryptionKey("refresh-token", "unknown-kid")).toBeUndefined();
    expect(keyring.encryptionKey("refresh-token", keyring.activeSigningKey().kid)).toBeUndefined();
  });

  it("is reproducible from a seeded RandomSource and differs between seeds", () => {
    const fingerprint = (keyring: StaticKeyring): string =>
      createHash("sha256")
        .update(JSON.stringify(keyring.activeSigningKey().publicJwk))
        .update(keyring.activeEncryptionKid())
        .update(keyring.encryptionKey("form-token", keyring.activeEncryptionKid())?.export() ?? Buffer.alloc(0))
        .digest("hex");
    const a = StaticKeyring.generate({ random: seededRandom("seed") });
    const b = StaticKeyring.generate({ random: seededRandom("seed") });
    const c = StaticKeyring.generate({ random: seededRandom("other seed") });
    expect(fingerprint(a)).toBe(fingerprint(b));
    expect(fingerprint(a)).not.toBe(fingerprint(c));
  });

  it("rotates to new active keys, keeping the old ones, active first and then newest first", () => {
    const clock = new ManualClock(1_000);
    const keyring = StaticKeyring.generate({ random: seededRandom("rotate"), clock });
    const first = keyring.activeSigningKey().kid;
    const firstEncryption = keyring.activeEncryptionKid();
    clock.advance(1_000);
    const second = keyring.rotate();
    clock.advance(1_000);
    const third = keyring.rotate();
    expect(new Set([first, second.signingKid, third.signingKid]).size).toBe(3);
    expect(keyring.activeSigningKey().kid).toBe(third.signingKid);
    expect(keyring.activeEncryptionKid()).toBe(third.encryptionKid);
    expect(keyring.signingKeys().map((key) => key.kid)).toEqual([third.signingKid, second.signingKid, first]);
    expect(keyring.encryptionKey("refresh-token", firstEncryption)).toBeDefined();
    expect(keyring.encryptionKey("refresh-token", second.encryptionKid)).toBeDefined();
  });

  it("retires only keys that are held and not active", () => {
    const keyring = StaticKeyring.generate();
    const old = { signing: keyring.activeSigningKey().kid, encryption: keyring.activeEncryptionKid() };
    expect(() => keyring.retire(old.signing)).toThrow(KeyringError);
    expect(() => keyring.retire(old.encryption)).toThrow(/active/);
    keyring.rotate();
    keyring.retire(old.signing);
    keyring.retire(old.encryption);
    expect(keyring.signingKeys().map((key) => key.kid)).not.toContain(old.signing);
    expect(keyring.encryptionKey("refresh-token", old.encryption)).toBeUndefined();
    expect(() => keyring.retire(old.signing)).toThrow(/No key/);
  });

  it("rebuilds the same keys from its material", () => {
    const original = StaticKeyring.generate();
    original.rotate();
    const copy = new StaticKeyring(original.material());
    expect(copy.signingKeys().map((key) => key.publicJwk)).toEqual(original.signingKeys().map((key) => key.publicJwk));
    expect(copy.activeEncryptionKid()).toBe(original.activeEncryptionKid());
    const kid = original.activeEncryptionKid();
    expect(
      copy
        .encryptionKey("p", kid)
        ?.export()
        .equals(original.encryptionKey("p", kid)?.export() ?? Buffer.alloc(0)),
    ).toBe(true);
  });

  it("refuses material that is inconsistent, without echoing it", () => {
    const material = StaticKeyring.generate().material();
    const signing = material.signing[0];
    const encryption = material.encryption[0];
    if (signing === undefined || encryption === undefined) throw new Error("no material");
    const other = StaticKeyring.generate().material().signing[0]?.privateJwk;
    if (other?.x === undefined || other.y === undefined) throw new Error("no material");
    const mismatched = { ...signing, privateJwk: { ...signing.privateJwk, x: other.x, y: other.y } };
    expect(() => new StaticKeyring({ signing: [mismatched], encryption: [encryption] })).toThrow(/does not match/);
    const shortSecret = { ...encryption, secret: Buffer.alloc(16) };
    expect(() => new StaticKeyring({ signing: [signing], encryption: [shortSecret] })).toThrow(/32 bytes/);
    expect(() => new StaticKeyring({ signing: [], encryption: [encryption] })).toThrow(/active signing key/);
    expect(() => new StaticKeyring({ ...material, activeEncryptionKid: "nope" })).toThrow(/active encryption key/);
    expect(() => new StaticKeyring({ signing: [signing, signing], encryption: [encryption] })).toThrow(/Duplicate/);
    expect(() => new StaticKeyring({ signing: [{ ...signing, kid: "a/b" }], encryption: [encryption] })).toThrow(
      /invalid key id/,
    );
    try {
      new StaticKeyring({
        signing: [{ ...signing, privateJwk: { ...signing.privateJwk, d: "AAAA" } }],
        encryption: [encryption],
      });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(KeyringError);
      expect(String(error)).not.toContain(signing.privateJwk.x);
    }
  });
});
