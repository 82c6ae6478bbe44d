/**
 * A refresh cut off between storing its answer and moving the session's chain on: the node was
 * killed, or the store went away for a moment (a Redis restart). The client never got the
 * answer, so it repeats the token, gets the stored answer, and goes on with the refresh token in
 * it. That token must then refresh: it is the session's newest, not a reused old one.
 */
import { afterEach, describe, expect, it } from "vitest";

import type { AtomicStore } from "../../src/store/atomic-store.js";
import { TokenServiceHarness } from "../support/token-service-harness.js";

/** A store whose next compare-and-set on a session's chain fails, as when the store drops out just then. */
class ChainUpdateFails implements AtomicStore {
  armed = false;

  constructor(private readonly inner: AtomicStore) {}

  get(key: string) {
    return this.inner.get(key);
  }
  set(key: string, value: string, ttlMs: number) {
    return this.inner.set(key, value, ttlMs);
  }
  putIfAbsent(key: string, value: string, ttlMs: number) {
    return this.inner.putIfAbsent(key, value, ttlMs);
  }
  compareAndSet(key: string, expected: string, next: string, ttlMs: number) {
    if (this.armed && key.startsWith("refresh-chain:")) {
      this.armed = false;
      return Promise.reject(new Error("connection lost"));
    }
    return this.inner.compareAndSet(key, expected, next, ttlMs);
  }
  close() {
    return this.inner.close();
  }
}

let harness: TokenServiceHarness;
afterEach(() => harness.close());

describe("a refresh interrupted after its answer was stored", () => {
  it("keeps the session: the repeat gets the stored answer, and its refresh token refreshes", async () => {
    let store: ChainUpdateFails | undefined;
    harness = await TokenServiceHarness.start({ wrapStore: (inner) => (store = new ChainUpdateFails(inner)) });
    const { key, tokens } = await harness.signIn();

    store!.armed = true;
    const interrupted = await harness.refresh(tokens.refreshToken, key);
    expect(interrupted.status).toBeGreaterThanOrEqual(500);

    const repeated = await harness.refresh(tokens.refreshToken, key);
    expect(repeated.status).toBe(200);
    const next = repeated.json.refreshToken as string;

    const onward = await harness.refresh(next, key);
    expect([onward.status, onward.json.error]).toEqual([200, undefined]);
    // And the chain moved on as usual: the first token is now the previous one, repeatable.
    const again = await harness.refresh(next, key);
    expect(again.json.refreshToken).toBe(onward.json.refreshToken);
  });
});
