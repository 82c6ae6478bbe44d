import { createHash } from "node:crypto";

import { afterEach, beforeEach, describe, expect, it } from "vitest";

import { DpopProofError } from "../../src/dpop/dpop-proof-error.js";
import { DpopProofLedger, requestFingerprint } from "../../src/dpop/proof-ledger.js";
import type { AtomicStore } from "../../src/store/atomic-store.js";
import { MemoryStore } from "../../src/store/memory-store.js";
import { ManualClock } from "../support/manual-clock.js";

const WINDOW_SECONDS = 300;
const proof = { jkt: "0ZcOCORZNYy-DWpqq30jZyJGHTN0d2HglBV3uiguA4I", jti: "1eb28e90-ef5c-43f4-9ff5-b1b1c466b9d9" };
const body = (text: string): Uint8Array => new TextEncoder().encode(text);
const tokenUrl = "http://127.0.0.1:18777/v1/token";
const refreshRequest = requestFingerprint("POST", tokenUrl, body('{"grantType":"refresh_token","refreshToken":"a"}'));
const otherRequest = requestFingerprint("POST", tokenUrl, body('{"grantType":"refresh_token","refreshToken":"b"}'));

/** Records what the ledger asks of the store, over a real MemoryStore. */
class RecordingStore implements AtomicStore {
  readonly writes: { key: string; value: string; ttlMs: number }[] = [];

  constructor(private readonly inner: AtomicStore) {}

  get = (key: string) => this.inner.get(key);
  set = (key: string, value: string, ttlMs: number) => this.inner.set(key, value, ttlMs);
  compareAndSet = (key: string, expected: string, next: string, ttlMs: number) =>
    this.inner.compareAndSet(key, expected, next, ttlMs);
  close = () => this.inner.close();

  putIfAbsent(key: string, value: string, ttlMs: number): Promise<boolean> {
    this.writes.push({ key, value, ttlMs });
    return this.inner.putIfAbsent(key, value, ttlMs);
  }
}

describe("DpopProofLedger", () => {
  let clock: ManualClock;
  let store: RecordingStore;
  let ledger: DpopProofLedger;

  beforeEach(() => {
    clock = new ManualClock();
    store = new RecordingStore(new MemoryStore({ clock, sweepIntervalMs: 0 }));
    ledger = new DpopProofLedger(store, { iatWindowSeconds: WINDOW_SECONDS });
  });

  afterEach(async () => {
    await store.close();
  });

  it("reserves a proof on first sight", async () => {
    await expect(ledger.reserve(proof, refreshRequest)).resolves.toBe("first");
  });

  it("lets the identical request through again, as a botocore retry", async () => {
    await ledger.reserve(proof, refreshRequest);
    await expect(ledger.reserve(proof, refreshRequest)).resolves.toBe("repeat");
    await expect(ledger.reserve(proof, refreshRequest)).resolves.toBe("repeat");
  });

  it("refuses the proof for a different request, even after retries", async () => {
    await ledger.reserve(proof, refreshRequest);
    await ledger.reserve(proof, refreshRequest);
    const attempt = ledger.reserve(proof, otherRequest);
    await expect(attempt).rejects.toBeInstanceOf(DpopProofError);
    await expect(ledger.reserve(proof, otherRequest)).rejects.toMatchObject({
      reason: "replayed",
      message: "DPoP proof has already been used",
    });
    // The refused request did not take the reservation over.
    await expect(ledger.reserve(proof, refreshRequest)).resolves.toBe("repeat");
    // One reservation attempt per call: a refusal does not retry against the store.
    expect(store.writes).toHaveLength(5);
  });

  it("keeps proofs apart by key and by jti", async () => {
    await ledger.reserve(proof, refreshRequest);
    await expect(ledger.reserve({ ...proof, jti: "another" }, otherRequest)).resolves.toBe("first");
    await expect(ledger.reserve({ ...proof, jkt: "another-key" }, otherRequest)).resolves.toBe("first");
  });

  it("grants exactly one of 20 concurrent different requests with the same proof", async () => {
    const fingerprints = Array.from({ length: 20 }, (_, i) => requestFingerprint("POST", tokenUrl, body(`{"n":${i}}`)));
    const results = await Promise.allSettled(fingerprints.map((fingerprint) => ledger.reserve(proof, fingerprint)));
    const granted = results.filter((result) => result.status === "fulfilled");
    expect(granted).toHaveLength(1);
    expect(granted[0]).toMatchObject({ value: "first" });
    for (const result of results.filter((r) => r.status === "rejected")) {
      expect(result.reason).toBeInstanceOf(DpopProofError);
    }
  });

  it("treats concurrent retries of one request as one first use and repeats", async () => {
    const results = await Promise.all(Array.from({ length: 20 }, () => ledger.reserve(proof, refreshRequest)));
    expect(results.filter((use) => use === "first")).toHaveLength(1);
    expect(results.filter((use) => use === "repeat")).toHaveLength(19);
  });

  it("keeps the reservation past both ends of the iat window", async () => {
    await ledger.reserve(proof, refreshRequest);
    const ttlMs = store.writes[0]?.ttlMs ?? 0;
    expect(ttlMs).toBeGreaterThan(2 * WINDOW_SECONDS * 1000);
    // Just short of two windows later the proof could still be accepted, so it must still be held.
    clock.advance(2 * WINDOW_SECONDS * 1000);
    await expect(ledger.reserve(proof, otherRequest)).rejects.toBeInstanceOf(DpopProofError);
  });

  it("scales the reservation with the window", async () => {
    const short = new DpopProofLedger(store, { iatWindowSeconds: 10 });
    await short.reserve(proof, refreshRequest);
    const ttlMs = store.writes[0]?.ttlMs ?? 0;
    expect(ttlMs).toBeGreaterThan(20_000);
    expect(ttlMs).toBeLessThan(2 * WINDOW_SECONDS * 1000);
  });

  it("uses a fixed-length dpop: key that never contains the jti", async () => {
    const longJti = "j".repeat(256);
    await ledger.reserve(proof, refreshRequest);
    await ledger.reserve({ ...proof, jti: longJti }, refreshRequest);
    const [first, second] = store.writes.map((write) => write.key);
    expect(first).toMatch(/^dpop:[A-Za-z0-9_-]{43}$/);
    expect(second).toMatch(/^dpop:[A-Za-z0-9_-]{43}$/);
    expect(first).not.toBe(second);
    expect(second).not.toContain(longJti.slice(0, 10));
    expect(store.writes[0]?.value).toBe(refreshRequest);
  });

  it("does not confuse (jkt, jti) pairs that concatenate alike", async () => {
    await ledger.reserve({ jkt: "ab", jti: "c" }, refreshRequest);
    await expect(ledger.reserve({ jkt: "a", jti: "bc" }, otherRequest)).resolves.toBe("first");
  });

  it("claims again a reservation that expired between its two store calls", async () => {
    let puts = 0;
    const vanishing: AtomicStore = {
      ...store,
      putIfAbsent: async () => ++puts > 1,
      get: async () => undefined,
    };
    await expect(
      new DpopProofLedger(vanishing, { iatWindowSeconds: 300 }).reserve(proof, refreshRequest),
    ).resolves.toBe("first");
    expect(puts).toBe(2);
  });

  it("refuses rather than loops when the store keeps losing the reservation", async () => {
    const flapping: AtomicStore = { ...store, putIfAbsent: async () => false, get: async () => undefined };
    await expect(
      new DpopProofLedger(flapping, { iatWindowSeconds: 300 }).reserve(proof, refreshRequest),
    ).rejects.toBeInstanceOf(DpopProofError);
  });

  it("passes store failures through", async () => {
    const failing: AtomicStore = {
      ...store,
      putIfAbsent: async () => {
        throw new Error("store down");
      },
    };
    await expect(
      new DpopProofLedger(failing, { iatWindowSeconds: 300 }).reserve(proof, refreshRequest),
    ).rejects.toThrow("store down");
  });

  it("refuses a window that is not a positive integer", () => {
    expect(() => new DpopProofLedger(store, { iatWindowSeconds: 0 })).toThrow(RangeError);
  });
});

describe("requestFingerprint", () => {
  it("is the SHA-256 hex of length-prefixed method, htu and body", () => {
    const field = (bytes: Buffer): Buffer => {
      const length = Buffer.alloc(8);
      length.writeBigUInt64BE(BigInt(bytes.length));
      return Buffer.concat([length, bytes]);
    };
    const expected = createHash("sha256")
      .update(Buffer.concat([field(Buffer.from("POST")), field(Buffer.from(tokenUrl)), field(Buffer.from("{}"))]))
      .digest("hex");
    expect(requestFingerprint("POST", tokenUrl, body("{}"))).toBe(expected);
  });

  it("changes with each field", () => {
    const base = requestFingerprint("POST", tokenUrl, body("{}"));
    expect(requestFingerprint("PUT", tokenUrl, body("{}"))).not.toBe(base);
    expect(requestFingerprint("POST", `${tokenUrl}/`, body("{}"))).not.toBe(base);
    expect(requestFingerprint("POST", tokenUrl, body("{ }"))).not.toBe(base);
  });

  it("does not let bytes move between fields unnoticed", () => {
    expect(requestFingerprint("POST", "ab", body("c"))).not.toBe(requestFingerprint("POST", "a", body("bc")));
    expect(requestFingerprint("PO", "STx", body(""))).not.toBe(requestFingerprint("POST", "x", body("")));
  });

  it("hashes the exact body bytes, however they are held", () => {
    expect(requestFingerprint("POST", tokenUrl, Buffer.from("{}"))).toBe(
      requestFingerprint("POST", tokenUrl, body("{}")),
    );
    expect(requestFingerprint("POST", tokenUrl, new Uint8Array([0xff]))).not.toBe(
      requestFingerprint("POST", tokenUrl, new Uint8Array([0xfe])),
    );
  });
});
