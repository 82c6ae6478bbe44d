/**
 * The refresh_token grant over HTTP: rotation, the repeat window, reuse after it, the key binding,
 * session expiry and revocation, and the principal checks.
 */
import { afterEach, beforeEach, describe, expect, it } from "vitest";

import { ShiftableClock } from "../support/shiftable-clock.js";
import { ALICE, CROSS_DEVICE, TokenServiceHarness, principal } from "../support/token-service-harness.js";

let clock: ShiftableClock;
let harness: TokenServiceHarness;
beforeEach(async () => {
  clock = new ShiftableClock();
  harness = await TokenServiceHarness.start({ clock });
});
afterEach(() => harness.close());

const expectError = (
  response: Awaited<ReturnType<TokenServiceHarness["post"]>>,
  status: number,
  type: string,
  code: string,
) => {
  expect({
    status: response.status,
    type: response.headers.get("x-amzn-errortype"),
    code: response.json.error,
  }).toEqual({
    status,
    type,
    code,
  });
};

describe("refresh_token grant", () => {
  it("rotates: new credentials and a new refresh token, no ID token", async () => {
    const { key, tokens } = await harness.signIn();
    const response = await harness.refresh(tokens.refreshToken, key);
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(response.json).toMatchObject({ tokenType: "aws_sigv4", expiresIn: 900 });
    expect(response.json.idToken).toBeUndefined();
    expect(response.json.refreshToken).not.toBe(tokens.refreshToken);
    expect((response.json.accessToken as { accessKeyId: string }).accessKeyId).not.toBe(tokens.accessToken.accessKeyId);

    // The rotated token refreshes again, on and on.
    const next = await harness.refresh(response.json.refreshToken as string, key);
    expect(next.status).toBe(200);
  });

  it("returns the identical response when the same token is repeated inside the window", async () => {
    const { key, tokens } = await harness.signIn();
    const first = await harness.refresh(tokens.refreshToken, key);
    clock.advance(14 * 60_000);
    const again = await harness.refresh(tokens.refreshToken, key);
    expect(again.status).toBe(200);
    expect(again.text).toBe(first.text);
  });

  it("after the window, refuses the old token with 401 TOKEN_EXPIRED and revokes the whole session", async () => {
    const { key, tokens } = await harness.signIn();
    const first = await harness.refresh(tokens.refreshToken, key);
    const rotated = first.json.refreshToken as string;
    clock.advance(15 * 60_000 + 1_000);

    expectError(await harness.refresh(tokens.refreshToken, key), 401, "AccessDeniedException", "TOKEN_EXPIRED");
    // The rotated token, never used, belongs to the revoked session.
    expectError(await harness.refresh(rotated, key), 401, "AccessDeniedException", "TOKEN_EXPIRED");
  });

  it("honours a configured repeat window", async () => {
    await harness.close();
    harness = await TokenServiceHarness.start({ clock, limits: { refreshRepeatWindowSeconds: 30 } });
    const { key, tokens } = await harness.signIn();
    await harness.refresh(tokens.refreshToken, key);
    clock.advance(29_000);
    expect((await harness.refresh(tokens.refreshToken, key)).status).toBe(200);
    clock.advance(2_000);
    expectError(await harness.refresh(tokens.refreshToken, key), 401, "AccessDeniedException", "TOKEN_EXPIRED");
  });

  it("refuses a proof from another key: 400, and the token still works for its owner", async () => {
    const { key, tokens } = await harness.signIn();
    const response = await harness.refresh(tokens.refreshToken, harness.dpopKey());
    expectError(response, 400, "ValidationException", "INVALID_REQUEST");
    expect(response.json.message).toMatch(/not signed by the key this refresh token is bound to/);
    expect((await harness.refresh(tokens.refreshToken, key)).status).toBe(200);
  });

  it("refuses another clientId: 400", async () => {
    const { key, tokens } = await harness.signIn();
    const response = await harness.refresh(tokens.refreshToken, key, CROSS_DEVICE);
    expectError(response, 400, "ValidationException", "INVALID_REQUEST");
    expect(response.json.message).toMatch(/not issued to this clientId/);
  });

  it("refuses a forged or damaged token: 400", async () => {
    const { key, tokens } = await harness.signIn();
    const damaged = tokens.refreshToken.slice(0, -2) + (tokens.refreshToken.endsWith("AA") ? "BB" : "AA");
    expectError(await harness.refresh(damaged, key), 400, "ValidationException", "INVALID_REQUEST");
    expectError(await harness.refresh("opaque", key), 400, "ValidationException", "INVALID_REQUEST");
  });

  it("ends the session at its maximum lifetime (12 h): 401 TOKEN_EXPIRED", async () => {
    const { key, tokens } = await harness.signIn();
    let refreshToken = tokens.refreshToken;
    // Keep refreshing every 14 minutes, as an SDK would, until the session runs out.
    for (let elapsed = 0; elapsed < 12 * 3600_000 - 14 * 60_000; elapsed += 14 * 60_000) {
      clock.advance(14 * 60_000);
      const response = await harness.refresh(refreshToken, key);
      expect(response.status).toBe(200);
      expect(response.json.expiresIn as number).toBeLessThanOrEqual(900);
      refreshToken = response.json.refreshToken as string;
    }
    clock.advance(14 * 60_000);
    expectError(await harness.refresh(refreshToken, key), 401, "AccessDeniedException", "TOKEN_EXPIRED");
  });

  it("caps the last credentials at the session's end", async () => {
    await harness.close();
    harness = await TokenServiceHarness.start({ clock, limits: { sessionMaxSeconds: 1000 } });
    const { key, tokens } = await harness.signIn();
    clock.advance(400_000);
    const response = await harness.refresh(tokens.refreshToken, key);
    // 600 s of session left, less the milliseconds the requests took on the real clock underneath.
    expect(response.json.expiresIn).toBeGreaterThanOrEqual(599);
    expect(response.json.expiresIn).toBeLessThanOrEqual(600);
  });

  it("after a credential change (password), answers 403 USER_CREDENTIALS_CHANGED", async () => {
    const { key, tokens } = await harness.signIn();
    harness.principals.update(ALICE, (alice) => ({ ...alice, credentialVersion: alice.credentialVersion + 1 }));
    expectError(
      await harness.refresh(tokens.refreshToken, key),
      403,
      "AccessDeniedException",
      "USER_CREDENTIALS_CHANGED",
    );
  });

  it("after the permission is removed, answers 403 INSUFFICIENT_PERMISSIONS", async () => {
    const { key, tokens } = await harness.signIn();
    harness.principals.put(principal(ALICE, { allowedActions: new Set() }));
    const response = await harness.refresh(tokens.refreshToken, key);
    expectError(response, 403, "AccessDeniedException", "INSUFFICIENT_PERMISSIONS");
    expect(response.json.message).toBe("The principal is not allowed to perform signin:CreateOAuth2Token.");
  });

  it("after the principal's sessions are revoked, answers 401 TOKEN_EXPIRED; a new sign-in works", async () => {
    const { key, tokens } = await harness.signIn();
    harness.principals.update(ALICE, (alice) => ({ ...alice, sessionsRevokedAt: clock.now() }));
    expectError(await harness.refresh(tokens.refreshToken, key), 401, "AccessDeniedException", "TOKEN_EXPIRED");
    clock.advance(1);
    const again = await harness.signIn();
    expect((await harness.refresh(again.tokens.refreshToken, again.key)).status).toBe(200);
  });

  it("after the principal is deleted, answers 401 TOKEN_EXPIRED", async () => {
    const { key, tokens } = await harness.signIn();
    harness.principals.remove(ALICE);
    expectError(await harness.refresh(tokens.refreshToken, key), 401, "AccessDeniedException", "TOKEN_EXPIRED");
  });

  it("requires refreshToken: 400 naming it", async () => {
    const { key } = await harness.signIn();
    const response = await harness.post(
      { clientId: "arn:aws:signin:::devtools/same-device", grantType: "refresh_token" },
      { dpop: key.proof(harness.tokenUrl) },
    );
    expectError(response, 400, "ValidationException", "INVALID_REQUEST");
    expect(response.json.message).toBe("refreshToken is required for grantType refresh_token.");
  });
});
