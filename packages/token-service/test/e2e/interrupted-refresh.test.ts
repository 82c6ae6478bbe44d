/**
 * Refreshes cut off part way: the node was killed, or the store went away for a moment (a Redis
 * restart). The client never got the answer, so it repeats the token. Whatever point the first
 * attempt reached, the repeat must refresh at once, and the refresh token it returns must go on
 * refreshing: it is the session's newest, not a reused old one. And an attempt that stalls so long
 * that its session moved on without it must not hand out what it minted.
 */
import { afterEach, describe, expect, it } from "vitest";

import { InterceptedStore } from "../support/intercepted-store.js";
import { TokenServiceHarness } from "../support/token-service-harness.js";

let harness: TokenServiceHarness;
afterEach(() => harness.close());

/** Signs in, then refreshes once with the given write failing: before it is made, or after (its reply lost). */
async function interruptedRefresh(write: "putIfAbsent" | "compareAndSet", keyPrefix: string, afterWriting: boolean) {
  let store: InterceptedStore | undefined;
  harness = await TokenServiceHarness.start({ wrapStore: (inner) => (store = new InterceptedStore(inner)) });
  const { key, tokens } = await harness.signIn();
  store!.interceptNext(write, keyPrefix, async (run) => {
    if (afterWriting) await run();
    throw new Error("connection lost");
  });
  const interrupted = await harness.refresh(tokens.refreshToken, key);
  expect(interrupted.status).toBeGreaterThanOrEqual(500);
  expect(store!.pending, "the armed failure happened").toBe(false);
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
  it.each([
    ["after its answer was stored, before the chain moved", "compareAndSet", "refresh-chain:", false],
    ["while storing its answer, the write lost (the repeat mints)", "putIfAbsent", "refresh:", false],
    // Nothing is left "in progress": the answer is the one write, so there is no claim to wait out.
    ["while storing its answer, the write made but its reply lost", "putIfAbsent", "refresh:", true],
    ["while moving the chain, the move made but its reply lost", "compareAndSet", "refresh-chain:", true],
  ] as const)("%s: the repeat refreshes at once, and the session goes on", async (_when, write, prefix, after) => {
    const { key, tokens } = await interruptedRefresh(write, prefix, after);
    await expectSessionGoesOn(tokens.refreshToken, key);
  });
});

describe("a first use that falls behind its own session", () => {
  it("is reuse once the chain has moved past its token: refused, the session revoked, no credentials handed out", async () => {
    // A client sends its token twice; one attempt stalls after minting (a slow node). The other is
    // answered, and the client refreshes again with the answer's token. When the stalled attempt
    // wakes, its token is two rotations old: its answer is in no chain, so it must not be handed
    // out, and a use of so old a token is reuse.
    let store: InterceptedStore | undefined;
    harness = await TokenServiceHarness.start({ wrapStore: (inner) => (store = new InterceptedStore(inner)) });
    const { key, tokens } = await harness.signIn();
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    const reached = new Promise<void>((resolve) =>
      store!.interceptNext("putIfAbsent", "refresh:", async (publish) => {
        resolve();
        await released;
        return publish();
      }),
    );
    const stalled = harness.refresh(tokens.refreshToken, key);
    await reached;

    const answered = await harness.refresh(tokens.refreshToken, key);
    expect(answered.status).toBe(200);
    const onward = await harness.refresh(answered.json.refreshToken as string, key);
    expect(onward.status).toBe(200);

    release();
    const late = await stalled;
    expect([late.status, late.json.error, late.json.accessToken]).toEqual([401, "TOKEN_EXPIRED", undefined]);
    const after = await harness.refresh(onward.json.refreshToken as string, key);
    expect([after.status, after.json.error]).toEqual([401, "TOKEN_EXPIRED"]);
  });
});
