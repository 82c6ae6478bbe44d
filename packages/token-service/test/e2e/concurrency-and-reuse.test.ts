/**
 * Single use under pressure, against the real HTTP server: a code redeemed by 50 requests at once,
 * a refresh token used by 50 requests at once, and what reusing a redeemed code does.
 */
import { afterEach, beforeEach, describe, expect, it } from "vitest";

import { SAME_DEVICE, TokenServiceHarness } from "../support/token-service-harness.js";

let harness: TokenServiceHarness;
beforeEach(async () => {
  harness = await TokenServiceHarness.start();
});
afterEach(() => harness.close());

describe("authorization code reuse (RFC 6749 §4.1.2)", () => {
  it("is refused, and every token issued from the code is revoked", async () => {
    const key = harness.dpopKey();
    const grant = await harness.issueCode();
    const first = await harness.post(
      { grantType: "authorization_code", ...grant },
      { dpop: key.proof(harness.tokenUrl) },
    );
    expect(first.status).toBe(200);
    // The session works...
    const refreshed = await harness.refresh(first.json.refreshToken as string, key);
    expect(refreshed.status).toBe(200);

    // ...until the code comes back.
    const reuse = await harness.post(
      { grantType: "authorization_code", ...grant },
      { dpop: key.proof(harness.tokenUrl) },
    );
    expect([reuse.status, reuse.json.error, reuse.json.message]).toEqual([
      400,
      "INVALID_REQUEST",
      "The authorization code has already been used.",
    ]);
    for (const refreshToken of [first.json.refreshToken, refreshed.json.refreshToken] as string[]) {
      const revoked = await harness.refresh(refreshToken, key);
      expect([revoked.status, revoked.json.error]).toEqual([401, "TOKEN_EXPIRED"]);
    }
  });

  it("by another client with its own key revokes the victim's session too", async () => {
    const victim = harness.dpopKey();
    const grant = await harness.issueCode();
    const first = await harness.post(
      { grantType: "authorization_code", ...grant },
      { dpop: victim.proof(harness.tokenUrl) },
    );
    const attacker = harness.dpopKey();
    expect(
      (await harness.post({ grantType: "authorization_code", ...grant }, { dpop: attacker.proof(harness.tokenUrl) }))
        .status,
    ).toBe(400);
    expect((await harness.refresh(first.json.refreshToken as string, victim)).json.error).toBe("TOKEN_EXPIRED");
  });
});

describe("concurrency", () => {
  it("50 parallel redemptions of one code: exactly one succeeds", async () => {
    const grant = await harness.issueCode();
    const responses = await Promise.all(
      Array.from({ length: 50 }, () => {
        const key = harness.dpopKey();
        return harness.post({ grantType: "authorization_code", ...grant }, { dpop: key.proof(harness.tokenUrl) });
      }),
    );
    const statuses = responses.map((response) => response.status);
    expect(statuses.filter((status) => status === 200)).toHaveLength(1);
    expect(statuses.filter((status) => status === 400)).toHaveLength(49);
    for (const response of responses.filter((r) => r.status !== 200)) {
      expect(response.json).toEqual({
        error: "INVALID_REQUEST",
        message: "The authorization code has already been used.",
      });
    }
  });

  it("50 parallel refreshes of one token: 50 responses with the same credentials and refresh token", async () => {
    const { key, tokens } = await harness.signIn();
    const responses = await Promise.all(Array.from({ length: 50 }, () => harness.refresh(tokens.refreshToken, key)));
    expect(responses.map((response) => response.status)).toEqual(Array(50).fill(200));
    // expiresIn is the time the credentials have left, so it may differ by the second that passed.
    const withoutExpiresIn = responses.map(({ json: { expiresIn: _expiresIn, ...rest } }) => JSON.stringify(rest));
    expect(new Set(withoutExpiresIn).size).toBe(1);

    // And exactly one new session token came out of it.
    const next = responses[0]!.json.refreshToken as string;
    expect((await harness.refresh(next, key)).status).toBe(200);
  });

  it("parallel first uses of different tokens of different sessions do not interfere", async () => {
    const sessions = await Promise.all(Array.from({ length: 10 }, () => harness.signIn({ clientId: SAME_DEVICE })));
    const responses = await Promise.all(sessions.map(({ key, tokens }) => harness.refresh(tokens.refreshToken, key)));
    expect(responses.map((response) => response.status)).toEqual(Array(10).fill(200));
    expect(new Set(responses.map((response) => response.json.refreshToken)).size).toBe(10);
  });
});
