/**
 * Refreshes cut off part way: the node was killed, or the store went away for a moment (a Redis
 * restart). The client never got the answer, so it repeats the token. Whatever point the first
 * attempt reached, the repeat must refresh at once, and the refresh token it returns must go on
 * refreshing: it is the session's newest, not a reused old one. And an attempt that stalls so long
 * that its session moved on without it must not hand out what it minted.
 */
import { afterEach, describe, expect, it } from "vitest";

import type { AtomicStore } from "../../src/store/atomic-store.js";
import { TokenServiceHarness } from "../support/token-service-harness.js";

type WriteName = "putIfAbsent" | "compareAndSet";

/**
 * A store whose next write of one kind on keys with one prefix fails, as when the store drops out
 * just then: either before the write (it never happened) or after it (it happened, but its reply
 * was lost, which the store contract allows).
 */
class OneWriteFails implements AtomicStore {
  armed: { readonly write: WriteName; readonly prefix: string; readonly afterWriting: boolean } | undefined;

  constructor(private readonly inner: AtomicStore) {}

  get(key: string) {
    return this.inner.get(key);
  }
  set(key: string, value: string, ttlMs: number) {
    return this.inner.set(key, value, ttlMs);
  }
  putIfAbsent(key: string, value: string, ttlMs: number) {
    return this.#maybeFail("putIfAbsent", key, () => this.inner.putIfAbsent(key, value, ttlMs));
  }
  compareAndSet(key: string, expected: string, next: string, ttlMs: number) {
    return this.#maybeFail("compareAndSet", key, () => this.inner.compareAndSet(key, expected, next, ttlMs));
  }
  close() {
    return this.inner.close();
  }

  async #maybeFail(write: WriteName, key: string, run: () => Promise<boolean>): Promise<boolean> {
    const armed = this.armed;
    if (armed?.write !== write || !key.startsWith(armed.prefix)) return run();
    this.armed = undefined;
    if (armed.afterWriting) await run();
    throw new Error("connection lost");
  }
}

/** A store that can hold the next answer a refresh publishes until the test lets it through. */
class HeldPublication implements AtomicStore {
  #hold: { readonly reached: () => void; readonly released: Promise<void> } | undefined;

  constructor(private readonly inner: AtomicStore) {}

  /** Holds the next `putIfAbsent` of a refresh answer; resolves `reached` when one is held. */
  holdNext(): { reached: Promise<void>; release: () => void } {
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    const reached = new Promise<void>((resolve) => (this.#hold = { reached: resolve, released }));
    return { reached, release };
  }

  get(key: string) {
    return this.inner.get(key);
  }
  set(key: string, value: string, ttlMs: number) {
    return this.inner.set(key, value, ttlMs);
  }
  async putIfAbsent(key: string, value: string, ttlMs: number) {
    const hold = this.#hold;
    if (hold && key.startsWith("refresh:")) {
      this.#hold = undefined;
      hold.reached();
      await hold.released;
    }
    return this.inner.putIfAbsent(key, value, ttlMs);
  }
  compareAndSet(key: string, expected: string, next: string, ttlMs: number) {
    return this.inner.compareAndSet(key, expected, next, ttlMs);
  }
  close() {
    return this.inner.close();
  }
}

let harness: TokenServiceHarness;
afterEach(() => harness.close());

async function interruptedRefresh(armed: NonNullable<OneWriteFails["armed"]>) {
  let store: OneWriteFails | undefined;
  harness = await TokenServiceHarness.start({ wrapStore: (inner) => (store = new OneWriteFails(inner)) });
  const { key, tokens } = await harness.signIn();
  store!.armed = armed;
  const interrupted = await harness.refresh(tokens.refreshToken, key);
  expect(interrupted.status).toBeGreaterThanOrEqual(500);
  expect(store!.armed, "the armed failure happened").toBeUndefined();
  return { key, tokens };
}

async function expectSessionGoesOn(refreshToken: string, key: Parameters<TokenServiceHarness["refresh"]>[1]) {
  const repeated = await harness.refresh(refreshToken, key);
  expect([repeated.status, repeated.json.error]).toEqual([200, undefined]);
  const next = repeated.json.refreshToken as string;

  const onward = await harness.refresh(next, key);
  expect([onward.status, onward.json.error]).toEqual([200, undefined]);
  // And the chain moved on as usual: the token before is now the previous one, repeatable.
  const again = await harness.refresh(next, key);
  expect(again.json.refreshToken).toBe(onward.json.refreshToken);
}

describe("a refresh interrupted part way", () => {
  it("after its answer was stored, before the chain moved: the repeat gets that answer, and it refreshes", async () => {
    const { key, tokens } = await interruptedRefresh({
      write: "compareAndSet",
      prefix: "refresh-chain:",
      afterWriting: false,
    });
    await expectSessionGoesOn(tokens.refreshToken, key);
  });

  it("while storing its answer, the write lost: the repeat mints at once", async () => {
    const { key, tokens } = await interruptedRefresh({ write: "putIfAbsent", prefix: "refresh:", afterWriting: false });
    await expectSessionGoesOn(tokens.refreshToken, key);
  });

  it("while storing its answer, the write made but its reply lost: the repeat gets that answer at once", async () => {
    // Nothing is left "in progress": the answer is the one write, so there is no claim to wait out.
    const { key, tokens } = await interruptedRefresh({ write: "putIfAbsent", prefix: "refresh:", afterWriting: true });
    await expectSessionGoesOn(tokens.refreshToken, key);
  });

  it("while moving the chain, the move made but its reply lost: the repeat gets the stored answer", async () => {
    const { key, tokens } = await interruptedRefresh({
      write: "compareAndSet",
      prefix: "refresh-chain:",
      afterWriting: true,
    });
    await expectSessionGoesOn(tokens.refreshToken, key);
  });
});

describe("a first use that falls behind its own session", () => {
  it("is reuse once the chain has moved past its token: refused, the session revoked, no credentials handed out", async () => {
    // A client sends its token twice; one attempt stalls after minting (a slow node). The other is
    // answered, and the client refreshes again with the answer's token. When the stalled attempt
    // wakes, its token is two rotations old: its answer is in no chain, so it must not be handed
    // out, and a use of so old a token is reuse.
    let store: HeldPublication | undefined;
    harness = await TokenServiceHarness.start({ wrapStore: (inner) => (store = new HeldPublication(inner)) });
    const { key, tokens } = await harness.signIn();
    const held = store!.holdNext();
    const stalled = harness.refresh(tokens.refreshToken, key);
    await held.reached;

    const answered = await harness.refresh(tokens.refreshToken, key);
    expect(answered.status).toBe(200);
    const onward = await harness.refresh(answered.json.refreshToken as string, key);
    expect(onward.status).toBe(200);

    held.release();
    const late = await stalled;
    expect([late.status, late.json.error, late.json.accessToken]).toEqual([401, "TOKEN_EXPIRED", undefined]);
    const after = await harness.refresh(onward.json.refreshToken as string, key);
    expect([after.status, after.json.error]).toEqual([401, "TOKEN_EXPIRED"]);
  });
});
