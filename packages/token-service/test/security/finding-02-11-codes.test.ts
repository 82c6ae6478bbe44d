/**
 * Findings 2 and 11 of the security hardening issue, over HTTP: an authorization code carries the
 * credential version and sign-in time it was issued under, and presenting a used code ends the
 * session it produced only when the presentation would otherwise have been valid for that code.
 */
import { afterEach, beforeEach, describe, expect, it } from "vitest";

import { ManualClock } from "../support/manual-clock.js";
import { ALICE, CROSS_DEVICE, SAME_DEVICE, TokenServiceHarness } from "../support/token-service-harness.js";

let clock: ManualClock;
let harness: TokenServiceHarness;
beforeEach(async () => {
  clock = ManualClock.followingRealTime();
  harness = await TokenServiceHarness.start({ clock });
});
afterEach(() => harness.close());

const outcome = (response: Awaited<ReturnType<TokenServiceHarness["post"]>>) => ({
  status: response.status,
  type: response.headers.get("x-amzn-errortype"),
  error: response.json.error,
});

describe("finding 2: codes bind the credential version and the sign-in time", () => {
  it("finding 2: a code issued before a password change is refused with 403 USER_CREDENTIALS_CHANGED", async () => {
    const grant = await harness.issueCode();
    harness.principals.update(ALICE, (p) => ({ ...p, credentialVersion: p.credentialVersion + 1 }));
    const response = await harness.post(
      { grantType: "authorization_code", ...grant },
      { dpop: harness.dpopKey().proof(harness.tokenUrl) },
    );
    expect(outcome(response)).toEqual({
      status: 403,
      type: "AccessDeniedException",
      error: "USER_CREDENTIALS_CHANGED",
    });
  });

  it("finding 2: a code issued before revoke-sessions is refused with 401 TOKEN_EXPIRED, and so are its refreshes", async () => {
    const grant = await harness.issueCode();
    clock.advance(1000);
    harness.principals.update(ALICE, (p) => ({ ...p, sessionsRevokedAt: clock.now() }));
    clock.advance(1000);
    const response = await harness.post(
      { grantType: "authorization_code", ...grant },
      { dpop: harness.dpopKey().proof(harness.tokenUrl) },
    );
    expect(outcome(response)).toEqual({ status: 401, type: "AccessDeniedException", error: "TOKEN_EXPIRED" });
  });

  it("finding 2: the session a code starts dates from the sign-in, not from the redemption", async () => {
    const grant = await harness.issueCode();
    clock.advance(2000);
    const key = harness.dpopKey();
    const signedIn = await harness.post(
      { grantType: "authorization_code", ...grant },
      { dpop: key.proof(harness.tokenUrl) },
    );
    expect(signedIn.status).toBe(200);
    // Revoking "sessions begun up to 1 s after the sign-in" covers this one.
    harness.principals.update(ALICE, (p) => ({ ...p, sessionsRevokedAt: clock.now() - 1000 }));
    const refreshed = await harness.refresh(signedIn.json.refreshToken as string, key);
    expect(outcome(refreshed)).toEqual({ status: 401, type: "AccessDeniedException", error: "TOKEN_EXPIRED" });
  });
});

describe("finding 11: a used code revokes its session only when the replay would otherwise be valid", () => {
  async function redeemed() {
    const grant = await harness.issueCode();
    const key = harness.dpopKey();
    const first = await harness.post(
      { grantType: "authorization_code", ...grant },
      { dpop: key.proof(harness.tokenUrl) },
    );
    expect(first.status).toBe(200);
    return { grant, key, refreshToken: first.json.refreshToken as string };
  }

  it.each([
    ["a wrong verifier and another client id", { clientId: CROSS_DEVICE, codeVerifier: "w".repeat(50) }],
    ["a wrong verifier", { codeVerifier: "w".repeat(50) }],
    ["another client id", { clientId: CROSS_DEVICE }],
    ["another redirect URI", { redirectUri: "http://127.0.0.1:1/oauth/callback" }],
  ])("finding 11: a replay with %s is refused and the session lives on", async (_case, change) => {
    const { grant, key, refreshToken } = await redeemed();
    const replay = await harness.post(
      { grantType: "authorization_code", ...grant, ...change },
      { dpop: harness.dpopKey().proof(harness.tokenUrl) },
    );
    expect(outcome(replay)).toEqual({ status: 400, type: "ValidationException", error: "INVALID_REQUEST" });
    expect((await harness.refresh(refreshToken, key, grant.clientId)).status).toBe(200);
  });

  it("finding 11: a replay that would have been valid is refused and revokes the session", async () => {
    const { grant, key, refreshToken } = await redeemed();
    const replay = await harness.post(
      { grantType: "authorization_code", ...grant },
      { dpop: harness.dpopKey().proof(harness.tokenUrl) },
    );
    expect(outcome(replay)).toEqual({ status: 400, type: "ValidationException", error: "INVALID_REQUEST" });
    expect(outcome(await harness.refresh(refreshToken, key, SAME_DEVICE))).toEqual({
      status: 401,
      type: "AccessDeniedException",
      error: "TOKEN_EXPIRED",
    });
  });
});
