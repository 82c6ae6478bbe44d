/**
 * Findings 7, 8 and 9 of the security hardening issue: what the service keeps per refresh, and
 * what a repeat of a refresh token inside the repeat window gets.
 *
 * - 7: a stored answer lives only as long as the repeat window, and one session holds a small
 *   constant number of store entries however often it refreshes (a chained-refresh soak keeps
 *   answering 200 with a store far smaller than the number of refreshes).
 * - 8: a repeat returns the same credentials and refresh token with `expiresIn` recomputed.
 * - 9: a repeat runs the same principal checks as a first use.
 */
import { afterEach, beforeEach, describe, expect, it } from "vitest";

import { ManualClock } from "../support/manual-clock.js";
import { ALICE, TokenServiceHarness } from "../support/token-service-harness.js";

let clock: ManualClock;
let harness: TokenServiceHarness;
beforeEach(async () => {
  clock = ManualClock.followingRealTime();
});
afterEach(() => harness.close());

const outcome = (response: Awaited<ReturnType<TokenServiceHarness["post"]>>) => ({
  status: response.status,
  type: response.headers.get("x-amzn-errortype"),
  error: response.json.error,
});

describe("finding 7: per-session state stays constant", () => {
  it("finding 7: a session holds the same number of store entries after 5 and after 60 chained refreshes", async () => {
    harness = await TokenServiceHarness.start({ clock, limits: { tokenRequestBurst: 10_000 } });
    const { key, tokens } = await harness.signIn();
    let refreshToken = tokens.refreshToken;
    const sizes: number[] = [];
    for (let i = 1; i <= 60; i++) {
      const response = await harness.refresh(refreshToken, key);
      expect(response.status).toBe(200);
      refreshToken = response.json.refreshToken as string;
      if (i === 5 || i === 60) {
        // The answer a refresh forgets is overwritten by a marker that lives 1 ms (the store has no
        // delete); counted or not depending on how fast the machine is, so let it lapse first.
        clock.advance(2);
        sizes.push(harness.memoryStore.size());
      }
    }
    expect(sizes[1]).toBe(sizes[0]);
    expect(sizes[1]).toBeLessThanOrEqual(6);
  });

  it("finding 7: a stored answer is gone when the repeat window ends, and a late repeat still revokes", async () => {
    harness = await TokenServiceHarness.start({ clock, limits: { refreshRepeatWindowSeconds: 60 } });
    const { key, tokens } = await harness.signIn();
    const first = await harness.refresh(tokens.refreshToken, key);
    expect(first.status).toBe(200);
    const sizeInsideWindow = harness.memoryStore.size();
    clock.advance(61_000);
    expect(harness.memoryStore.size()).toBeLessThan(sizeInsideWindow);
    expect(outcome(await harness.refresh(tokens.refreshToken, key))).toMatchObject({
      status: 401,
      error: "TOKEN_EXPIRED",
    });
    expect(outcome(await harness.refresh(first.json.refreshToken as string, key))).toMatchObject({
      status: 401,
      error: "TOKEN_EXPIRED",
    });
  });

  it("finding 7 (CI soak): 3,000 chained refreshes over 30 sessions all get 200 from a 1,000-entry store", async () => {
    harness = await TokenServiceHarness.start({
      clock,
      storeMaxEntries: 1000,
      limits: { tokenRequestBurst: 100_000, tokenRequestsPerSecond: 100_000 },
    });
    const sessions = await Promise.all(Array.from({ length: 30 }, () => harness.signIn()));
    const failures: string[] = [];
    await Promise.all(
      sessions.map(async ({ key, tokens }) => {
        let refreshToken = tokens.refreshToken;
        for (let i = 0; i < 100; i++) {
          const response = await harness.refresh(refreshToken, key);
          if (response.status !== 200) failures.push(`${response.status} ${response.text}`);
          else refreshToken = response.json.refreshToken as string;
        }
      }),
    );
    expect(failures.slice(0, 3)).toEqual([]);
    expect(harness.memoryStore.size()).toBeLessThan(30 * 6 + 30);
  }, 120_000);
});

describe("finding 8: a repeat tells the real remaining lifetime", () => {
  it("finding 8: same credentials and refresh token, expiresIn recomputed", async () => {
    harness = await TokenServiceHarness.start({ clock });
    const { key, tokens } = await harness.signIn();
    const first = await harness.refresh(tokens.refreshToken, key);
    expect(first.json.expiresIn).toBe(900);
    clock.advance(800_000);
    const again = await harness.refresh(tokens.refreshToken, key);
    expect(again.status).toBe(200);
    const [a, b] = [first.json, again.json];
    expect(b.accessToken).toEqual(a.accessToken);
    expect(b.refreshToken).toBe(a.refreshToken);
    expect(b.expiresIn).toBeGreaterThanOrEqual(99);
    expect(b.expiresIn).toBeLessThanOrEqual(100);
  });
});

describe("finding 9: a repeat runs the principal checks of a first use", () => {
  async function refreshedOnce() {
    harness = await TokenServiceHarness.start({ clock });
    const { key, tokens } = await harness.signIn();
    expect((await harness.refresh(tokens.refreshToken, key)).status).toBe(200);
    return { key, refreshToken: tokens.refreshToken };
  }

  it("finding 9: after a password change, a repeat gets 403 USER_CREDENTIALS_CHANGED", async () => {
    const { key, refreshToken } = await refreshedOnce();
    harness.principals.update(ALICE, (p) => ({ ...p, credentialVersion: p.credentialVersion + 1 }));
    expect(outcome(await harness.refresh(refreshToken, key))).toEqual({
      status: 403,
      type: "AccessDeniedException",
      error: "USER_CREDENTIALS_CHANGED",
    });
  });

  it("finding 9: after revoke-sessions, a repeat gets 401 TOKEN_EXPIRED", async () => {
    const { key, refreshToken } = await refreshedOnce();
    harness.principals.update(ALICE, (p) => ({ ...p, sessionsRevokedAt: clock.now() }));
    expect(outcome(await harness.refresh(refreshToken, key))).toEqual({
      status: 401,
      type: "AccessDeniedException",
      error: "TOKEN_EXPIRED",
    });
  });

  it("finding 9: after the permission is removed, a repeat gets 403 INSUFFICIENT_PERMISSIONS", async () => {
    const { key, refreshToken } = await refreshedOnce();
    harness.principals.update(ALICE, (p) => ({ ...p, allowedActions: new Set() }));
    expect(outcome(await harness.refresh(refreshToken, key))).toEqual({
      status: 403,
      type: "AccessDeniedException",
      error: "INSUFFICIENT_PERMISSIONS",
    });
  });
});
