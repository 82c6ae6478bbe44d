import { createDecipheriv, createSecretKey, hkdfSync, type KeyObject } from "node:crypto";

import { describe, expect, it } from "vitest";

import type { Keyring } from "../../src/keys/keyring.js";
import { StaticKeyring } from "../../src/keys/static-keyring.js";
import { cryptoRandom } from "../../src/runtime/random.js";
import { SealedBox } from "../../src/tokens/sealed-box.js";
import { seededRandom } from "../support/seeded-random.js";

const TOKEN = /^v1\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]+$/;
const BASE64URL_CHARS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

describe("SealedBox", () => {
  it("round-trips strings and bytes in the documented v1.<kid>.<iv‖ciphertext‖tag> format", () => {
    const keyring = StaticKeyring.generate();
    const box = new SealedBox(keyring, "refresh-token", cryptoRandom);
    const token = box.seal("hello, sealed world");
    expect(token).toMatch(TOKEN);
    const [version, kid, body] = token.split(".");
    expect(version).toBe("v1");
    expect(kid).toBe(keyring.activeEncryptionKid());
    expect(Buffer.from(body ?? "", "base64url")).toHaveLength(12 + "hello, sealed world".length + 16);
    expect(box.open(token)?.toString("utf8")).toBe("hello, sealed world");

    const bytes = Uint8Array.from([0, 1, 2, 253, 254, 255]);
    expect(box.open(box.seal(bytes))).toEqual(Buffer.from(bytes));
    expect(box.open(box.seal(""))).toEqual(Buffer.alloc(0));
  });

  it("is AES-256-GCM under HKDF(secret, kid, open-signin/<purpose>) with AAD [version, purpose, kid]", () => {
    const keyring = StaticKeyring.generate();
    const token = new SealedBox(keyring, "stored-response", cryptoRandom).seal("spec check");
    const [, kid = "", encoded = ""] = token.split(".");
    const secret = keyring.material().encryption[0]?.secret ?? new Uint8Array();
    const key = createSecretKey(Buffer.from(hkdfSync("sha256", secret, kid, "open-signin/stored-response", 32)));
    const body = Buffer.from(encoded, "base64url");
    const decipher = createDecipheriv("aes-256-gcm", key, body.subarray(0, 12));
    decipher.setAAD(Buffer.from(JSON.stringify(["v1", "stored-response", kid])));
    decipher.setAuthTag(body.subarray(-16));
    const plaintext = Buffer.concat([decipher.update(body.subarray(12, -16)), decipher.final()]);
    expect(plaintext.toString()).toBe("spec check");
  });

  it("rejects a token with any single character changed, including unused trailing bits", () => {
    const box = new SealedBox(StaticKeyring.generate(), "refresh-token", cryptoRandom);
    // Payloads of 3, 4 and 5 bytes give bodies of 31, 32 and 30 bytes: every base64url tail shape.
    for (const payload of ["abc", "abcd", "abcde"]) {
      const token = box.seal(payload);
      expect(box.open(token)?.toString()).toBe(payload);
      for (let i = 0; i < token.length; i++) {
        const index = BASE64URL_CHARS.indexOf(token[i] ?? "");
        // index ^ 1 flips the lowest bit, which in the last character may be padding only.
        const replacements = [".", BASE64URL_CHARS[(index + 1) % 64], BASE64URL_CHARS[index ^ 1]];
        for (const replacement of replacements) {
          if (replacement === undefined || replacement === token[i]) continue;
          const tampered = token.slice(0, i) + replacement + token.slice(i + 1);
          expect(box.open(tampered), `${payload}: position ${i} → ${replacement}`).toBeUndefined();
        }
      }
    }
  });

  it("rejects malformed input without throwing", () => {
    const box = new SealedBox(StaticKeyring.generate(), "refresh-token", cryptoRandom);
    const token = box.seal("x");
    const [version = "", kid = "", body = ""] = token.split(".");
    const inputs: unknown[] = [
      "",
      ".",
      "..",
      token.slice(0, -1),
      `${token}.`,
      `${token}A`,
      `${version}.${kid}`,
      `${version}.${kid}.`,
      `v2.${kid}.${body}`,
      `${version}.${kid}.${body}=`,
      `${version}.${kid}.${Buffer.alloc(27).toString("base64url")}`,
      `${version}.no/such/kid.${body}`,
      `${version}.${kid}.${body.replace(/^./, "+")}`,
      undefined,
      42,
    ];
    for (const input of inputs) expect(box.open(input as string)).toBeUndefined();
  });

  it("does not open a token sealed for another purpose", () => {
    const keyring = StaticKeyring.generate();
    const token = new SealedBox(keyring, "refresh-token", cryptoRandom).seal("for refreshing only");
    expect(new SealedBox(keyring, "session-token", cryptoRandom).open(token)).toBeUndefined();
    expect(new SealedBox(keyring, "refresh-token", cryptoRandom).open(token)?.toString()).toBe("for refreshing only");
  });

  it("binds the purpose in the AAD even if a keyring handed out one key for every purpose", () => {
    const real = StaticKeyring.generate();
    const sharedKey = real.encryptionKey("shared", real.activeEncryptionKid()) as KeyObject;
    const careless: Keyring = {
      activeSigningKey: () => real.activeSigningKey(),
      signingKeys: () => real.signingKeys(),
      activeEncryptionKid: () => real.activeEncryptionKid(),
      encryptionKey: (_purpose, kid) => (kid === real.activeEncryptionKid() ? sharedKey : undefined),
    };
    const token = new SealedBox(careless, "refresh-token", cryptoRandom).seal("payload");
    expect(new SealedBox(careless, "refresh-token", cryptoRandom).open(token)?.toString()).toBe("payload");
    expect(new SealedBox(careless, "session-token", cryptoRandom).open(token)).toBeUndefined();
  });

  it("opens tokens sealed before a rotation until the old key is retired", () => {
    const keyring = StaticKeyring.generate();
    const box = new SealedBox(keyring, "session-token", cryptoRandom);
    const before = box.seal("old");
    const oldKid = keyring.activeEncryptionKid();
    const { encryptionKid } = keyring.rotate();
    const after = box.seal("new");
    expect(after.split(".")[1]).toBe(encryptionKid);
    expect(box.open(before)?.toString()).toBe("old");
    expect(box.open(after)?.toString()).toBe("new");
    keyring.retire(oldKid);
    expect(box.open(before)).toBeUndefined();
    expect(box.open(after)?.toString()).toBe("new");
  });

  it("does not open tokens from another keyring", () => {
    const token = new SealedBox(StaticKeyring.generate(), "refresh-token", cryptoRandom).seal("mine");
    expect(new SealedBox(StaticKeyring.generate(), "refresh-token", cryptoRandom).open(token)).toBeUndefined();
  });

  it("is deterministic with a seeded RandomSource and uses a fresh nonce per seal", () => {
    const sealTwice = (): [string, string] => {
      const random = seededRandom("sealed-box");
      const box = new SealedBox(StaticKeyring.generate({ random, clock: { now: () => 0 } }), "form-token", random);
      return [box.seal("same payload"), box.seal("same payload")];
    };
    const [first, second] = sealTwice();
    expect(sealTwice()).toEqual([first, second]);
    expect(first).not.toBe(second);
    expect(first.split(".")[2]?.slice(0, 16)).not.toBe(second.split(".")[2]?.slice(0, 16));
  });

  it("requires a purpose", () => {
    expect(() => new SealedBox(StaticKeyring.generate(), "", cryptoRandom)).toThrow(TypeError);
  });
});
