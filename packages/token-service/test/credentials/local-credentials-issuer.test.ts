import { describe, expect, it } from "vitest";

import {
  ACCESS_KEY_ID_PATTERN,
  LocalCredentialsIssuer,
  SECRET_ACCESS_KEY_PATTERN,
} from "../../src/credentials/local-credentials-issuer.js";
import type { CredentialsIssuer } from "../../src/credentials/credentials-issuer.js";
import { StaticKeyring } from "../../src/keys/static-keyring.js";
import { cryptoRandom, type RandomSource } from "../../src/runtime/random.js";
import { SealedBox } from "../../src/tokens/sealed-box.js";
import { ManualClock } from "../support/manual-clock.js";
import { seededRandom } from "../support/seeded-random.js";

const start = 1_767_225_600_000;
const request = {
  principalArn: "arn:aws:iam::111122223333:user/alice",
  sessionId: "0e9d8c7b-6a59-4483-9271-605f4e3d2c1b",
  expiresAt: start + 900_000,
};

const setup = (random: RandomSource = cryptoRandom) => {
  const clock = new ManualClock(start);
  const keyring = StaticKeyring.generate({ random, clock });
  const issuer = new LocalCredentialsIssuer({ keyring, random, clock });
  return { clock, keyring, issuer };
};

describe("LocalCredentialsIssuer", () => {
  it("issues AWS-shaped temporary credentials", async () => {
    const { issuer } = setup();
    const asInterface: CredentialsIssuer = issuer;
    const credentials = await asInterface.issue(request);
    expect(credentials.accessKeyId).toMatch(ACCESS_KEY_ID_PATTERN);
    expect(credentials.accessKeyId).toMatch(/^ASIA[A-Z2-7]{16}$/);
    expect(credentials.accessKeyId).toHaveLength(20);
    expect(credentials.secretAccessKey).toMatch(SECRET_ACCESS_KEY_PATTERN);
    expect(credentials.secretAccessKey).toMatch(/^[A-Za-z0-9+/]{40}$/);
    expect(credentials.sessionToken).toMatch(/^v1\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]+$/);
    expect(credentials.sessionToken).not.toContain(credentials.secretAccessKey);
    expect(credentials.expiresAt).toBe(request.expiresAt);
  });

  it("encodes the access key id as RFC 4648 base32 of the random bytes", async () => {
    const counting: RandomSource = {
      bytes: (size) => Buffer.from(Array.from({ length: size }, (_, i) => i)),
      uuid: () => "00000000-0000-4000-8000-000000000000",
    };
    const fixed = new LocalCredentialsIssuer({
      keyring: StaticKeyring.generate(),
      random: counting,
      clock: new ManualClock(start),
    });
    const credentials = await fixed.issue(request);
    // base64.b32encode(bytes(range(10))) == b"AAAQEAYEAUDAOCAJ"
    expect(credentials.accessKeyId).toBe("ASIAAAAQEAYEAUDAOCAJ");
    expect(credentials.secretAccessKey).toBe(Buffer.from(Array.from({ length: 30 }, (_, i) => i)).toString("base64"));
  });

  it("uses the whole key-id alphabet", async () => {
    const { issuer } = setup();
    const seen = new Set<string>();
    for (let i = 0; i < 100; i++) for (const char of (await issuer.issue(request)).accessKeyId.slice(4)) seen.add(char);
    expect([...seen].sort().join("")).toBe("234567ABCDEFGHIJKLMNOPQRSTUVWXYZ");
  });

  it("resolves a session token back to the credentials, principal, session and expiry", async () => {
    const { issuer } = setup();
    const credentials = await issuer.issue(request);
    expect(issuer.resolve(credentials.accessKeyId, credentials.sessionToken)).toEqual({
      accessKeyId: credentials.accessKeyId,
      secretAccessKey: credentials.secretAccessKey,
      principalArn: request.principalArn,
      sessionId: request.sessionId,
      expiresAt: request.expiresAt,
    });
  });

  it("refuses a session token presented with another access key id", async () => {
    const { issuer } = setup();
    const mine = await issuer.issue(request);
    const other = await issuer.issue(request);
    expect(issuer.resolve(other.accessKeyId, mine.sessionToken)).toBeUndefined();
    const oneCharOff = mine.accessKeyId.slice(0, -1) + (mine.accessKeyId.endsWith("A") ? "B" : "A");
    expect(issuer.resolve(oneCharOff, mine.sessionToken)).toBeUndefined();
    expect(issuer.resolve(mine.accessKeyId.slice(0, -1), mine.sessionToken)).toBeUndefined();
    expect(issuer.resolve("", mine.sessionToken)).toBeUndefined();
  });

  it("stops resolving at the expiry time", async () => {
    const { issuer, clock } = setup();
    const credentials = await issuer.issue(request);
    clock.advance(request.expiresAt - 1 - clock.now());
    expect(issuer.resolve(credentials.accessKeyId, credentials.sessionToken)).toBeDefined();
    clock.advance(1);
    expect(issuer.resolve(credentials.accessKeyId, credentials.sessionToken)).toBeUndefined();
  });

  it("refuses to issue credentials that are already expired", async () => {
    const { issuer } = setup();
    await expect(issuer.issue({ ...request, expiresAt: start })).rejects.toThrow(RangeError);
    await expect(issuer.issue({ ...request, expiresAt: Number.NaN })).rejects.toThrow(RangeError);
    await expect(issuer.issue({ ...request, principalArn: "" })).rejects.toThrow(TypeError);
  });

  it("refuses tampered tokens, tokens sealed for another purpose and tokens from another keyring", async () => {
    const { issuer, keyring } = setup();
    const credentials = await issuer.issue(request);
    const token = credentials.sessionToken;
    for (const i of [0, 3, 10, 30, token.length - 20, token.length - 1]) {
      const tampered = token.slice(0, i) + (token[i] === "A" ? "B" : "A") + token.slice(i + 1);
      expect(issuer.resolve(credentials.accessKeyId, tampered), `position ${i}`).toBeUndefined();
    }
    const payload = new SealedBox(keyring, "session-token", cryptoRandom).open(token);
    expect(payload).toBeDefined();
    const asRefresh = new SealedBox(keyring, "refresh-token", cryptoRandom).seal(payload ?? "");
    expect(issuer.resolve(credentials.accessKeyId, asRefresh)).toBeUndefined();
    expect(setup().issuer.resolve(credentials.accessKeyId, token)).toBeUndefined();
    expect(issuer.resolve(credentials.accessKeyId, "")).toBeUndefined();
  });

  it("refuses authentic session tokens of the wrong shape", async () => {
    const { issuer, keyring } = setup();
    const credentials = await issuer.issue(request);
    const box = new SealedBox(keyring, "session-token", cryptoRandom);
    const valid = JSON.parse(box.open(credentials.sessionToken)?.toString() ?? "null") as unknown[];
    for (const variant of [
      valid.slice(0, 5),
      [2, ...valid.slice(1)],
      valid.map((value, i) => (i === 5 ? String(value) : value)),
      valid.map((value, i) => (i === 2 ? 42 : value)),
    ]) {
      expect(issuer.resolve(credentials.accessKeyId, box.seal(JSON.stringify(variant)))).toBeUndefined();
    }
    expect(issuer.resolve(credentials.accessKeyId, box.seal("{"))).toBeUndefined();
    expect(issuer.resolve(credentials.accessKeyId, box.seal(JSON.stringify(valid)))).toBeDefined();
  });

  it("is deterministic with a seeded RandomSource", async () => {
    const run = async (seed: string) => {
      const { issuer } = setup(seededRandom(seed));
      return [await issuer.issue(request), await issuer.issue(request)];
    };
    const [first, second] = await run("credentials");
    expect(await run("credentials")).toEqual([first, second]);
    expect(first?.accessKeyId).not.toBe(second?.accessKeyId);
    expect(first?.secretAccessKey).not.toBe(second?.secretAccessKey);
    expect((await run("another seed"))[0]?.accessKeyId).not.toBe(first?.accessKeyId);
  });
});
