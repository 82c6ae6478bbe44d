import { SealedBox, StaticKeyring } from "@open-signin/token-service";
import { describe, expect, it } from "vitest";

import { ManualClock } from "../../../token-service/test/support/manual-clock.js";
import { FormTokens } from "../../src/web/form-token.js";
import { SignInAttempts } from "../../src/web/sign-in-attempts.js";

const request = {
  clientId: "arn:aws:signin:::devtools/same-device",
  redirectUri: "http://127.0.0.1:53037/oauth/callback",
  state: "s",
  codeChallenge: "_-BU_nrgy23GXDr5th1SCfQ5hR20PQulmXM33xVGaOs",
};

describe("form tokens", () => {
  const setup = () => {
    const clock = new ManualClock();
    const keyring = StaticKeyring.generate();
    return {
      clock,
      tokens: new FormTokens(
        new SealedBox(keyring, "form-token", { bytes: (n) => Buffer.alloc(n, 7), uuid: () => "u" }),
        clock,
      ),
      keyring,
    };
  };

  it("round-trip the authorization request for the same browser", () => {
    const { tokens } = setup();
    expect(tokens.open(tokens.issue(request, "cookie-1"), "cookie-1")).toEqual({ ok: true, request });
  });

  it("refuse another browser's cookie, or none", () => {
    const { tokens } = setup();
    const token = tokens.issue(request, "cookie-1");
    expect(tokens.open(token, "cookie-2")).toEqual({ ok: false, reason: "wrong-browser" });
    expect(tokens.open(token, undefined)).toEqual({ ok: false, reason: "wrong-browser" });
  });

  it("refuse a tampered or foreign token", () => {
    const { tokens, keyring } = setup();
    const token = tokens.issue(request, "c");
    const flipped = token.slice(0, -3) + (token.at(-3) === "A" ? "B" : "A") + token.slice(-2);
    expect(tokens.open(flipped, "c")).toEqual({ ok: false, reason: "invalid" });
    expect(tokens.open(undefined, "c")).toEqual({ ok: false, reason: "invalid" });
    const otherPurpose = new SealedBox(keyring, "refresh-token", {
      bytes: (n) => Buffer.alloc(n, 1),
      uuid: () => "u",
    }).seal("{}");
    expect(tokens.open(otherPurpose, "c")).toEqual({ ok: false, reason: "invalid" });
  });

  it("expire after ten minutes", () => {
    const { tokens, clock } = setup();
    const token = tokens.issue(request, "c");
    clock.advance(10 * 60_000 - 1);
    expect(tokens.open(token, "c").ok).toBe(true);
    clock.advance(1);
    expect(tokens.open(token, "c")).toEqual({ ok: false, reason: "expired" });
  });
});

describe("sign-in attempt limits", () => {
  it("allow a few failures per user, then impose doubling waits", () => {
    const clock = new ManualClock();
    const attempts = new SignInAttempts({ clock, perUser: { freeFailures: 3, baseDelayMs: 1000, maxDelayMs: 8000 } });
    for (let i = 0; i < 3; i++) {
      expect(attempts.check("alice", "10.0.0.1")).toEqual({ allowed: true });
      attempts.recordFailure("alice", "10.0.0.1");
    }
    expect(attempts.check("alice", "10.0.0.1")).toEqual({ allowed: true });
    attempts.recordFailure("alice", "10.0.0.1");
    expect(attempts.check("ALICE", "10.0.0.9")).toEqual({ allowed: false, retryAfterSeconds: 1 });
    clock.advance(1000);
    attempts.recordFailure("alice", "10.0.0.1");
    expect(attempts.check("alice", "10.0.0.1")).toEqual({ allowed: false, retryAfterSeconds: 2 });
    clock.advance(2000);
    attempts.recordFailure("alice", "10.0.0.1");
    attempts.recordFailure("alice", "10.0.0.1");
    attempts.recordFailure("alice", "10.0.0.1");
    expect(attempts.check("alice", "10.0.0.1")).toEqual({ allowed: false, retryAfterSeconds: 8 }); // capped
    expect(attempts.check("bob", "10.0.0.2")).toEqual({ allowed: true });
  });

  it("limit one address guessing across many users", () => {
    const clock = new ManualClock();
    const attempts = new SignInAttempts({
      clock,
      perAddress: { freeFailures: 4, baseDelayMs: 5000, maxDelayMs: 60_000 },
    });
    for (let i = 0; i < 5; i++) attempts.recordFailure(`user${i}`, "10.0.0.1");
    expect(attempts.check("someone-new", "10.0.0.1")).toEqual({ allowed: false, retryAfterSeconds: 5 });
    expect(attempts.check("someone-new", "10.0.0.2")).toEqual({ allowed: true });
  });

  it("clear a user's count on success, but not the address's", () => {
    const clock = new ManualClock();
    const attempts = new SignInAttempts({
      clock,
      perUser: { freeFailures: 1, baseDelayMs: 1000, maxDelayMs: 1000 },
      perAddress: { freeFailures: 2, baseDelayMs: 1000, maxDelayMs: 1000 },
    });
    attempts.recordFailure("alice", "10.0.0.1");
    attempts.recordFailure("alice", "10.0.0.1");
    clock.advance(1000);
    attempts.recordSuccess("alice");
    attempts.recordFailure("mallory", "10.0.0.1");
    expect(attempts.check("alice", "10.0.0.1").allowed).toBe(false);
    expect(attempts.check("alice", "10.0.0.3").allowed).toBe(true);
  });

  it("forget failures after a quiet period", () => {
    const clock = new ManualClock();
    const attempts = new SignInAttempts({
      clock,
      perUser: { freeFailures: 1, baseDelayMs: 1000, maxDelayMs: 1000 },
      forgetAfterMs: 60_000,
    });
    attempts.recordFailure("alice", "a");
    attempts.recordFailure("alice", "a");
    clock.advance(60_000);
    attempts.recordFailure("alice", "a");
    expect(attempts.check("alice", "a")).toEqual({ allowed: true });
  });
});
