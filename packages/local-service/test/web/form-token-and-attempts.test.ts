import { SealedBox, StaticKeyring } from "@open-signin/token-service";
import { describe, expect, it } from "vitest";

import { ManualClock } from "../../../token-service/test/support/manual-clock.js";
import { FormTokens } from "../../src/web/form-token.js";
import { MemoryAttemptLimiter } from "../../src/web/attempt-limiter.js";
import { DEFAULT_SIGN_IN_LIMITS, keysClearedBySuccess, signInAttemptKeys } from "../../src/web/sign-in-limits.js";

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
    expect(tokens.open(token, "cookie-2")).toEqual({ ok: false, reason: "wrong-browser", request });
    expect(tokens.open(token, undefined)).toEqual({ ok: false, reason: "wrong-browser", request });
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

describe("attempt limiter", () => {
  const policy = { freeAttempts: 3, baseDelayMs: 1000, maxDelayMs: 8000, forgetAfterMs: 60_000 };
  const key = (name: string) => ({ key: name, policy });

  it("grants the free attempts at once, then one per doubling wait, capped", async () => {
    const clock = new ManualClock();
    const limiter = new MemoryAttemptLimiter({ clock });
    for (let i = 0; i < 3; i++) expect((await limiter.reserve([key("user:alice")])).granted).toBe(true);
    expect(await limiter.reserve([key("user:alice")])).toEqual({ granted: false, retryAfterSeconds: 1 });
    clock.advance(1000);
    expect((await limiter.reserve([key("user:alice")])).granted).toBe(true);
    expect(await limiter.reserve([key("user:alice")])).toEqual({ granted: false, retryAfterSeconds: 2 });
    for (const wait of [2000, 4000, 8000, 8000]) {
      clock.advance(wait);
      expect((await limiter.reserve([key("user:alice")])).granted).toBe(true);
    }
    expect(await limiter.reserve([key("user:alice")])).toEqual({ granted: false, retryAfterSeconds: 8 });
    expect((await limiter.reserve([key("user:bob")])).granted).toBe(true);
  });

  it("counts under every key only when every key has room", async () => {
    const limiter = new MemoryAttemptLimiter({ clock: new ManualClock() });
    for (let i = 0; i < 3; i++) await limiter.reserve([key("browser:b")]);
    expect((await limiter.reserve([key("user:alice"), key("browser:b")])).granted).toBe(false);
    // alice's key was not counted by the refused reservation: three attempts remain.
    for (let i = 0; i < 3; i++) expect((await limiter.reserve([key("user:alice")])).granted).toBe(true);
  });

  it("forgets a key after success, and takes back a refunded attempt", async () => {
    const limiter = new MemoryAttemptLimiter({ clock: new ManualClock() });
    for (let i = 0; i < 3; i++) await limiter.reserve([key("user:alice")]);
    await limiter.refund([key("user:alice")]);
    expect((await limiter.reserve([key("user:alice")])).granted).toBe(true);
    await limiter.succeeded([key("user:alice")]);
    expect(limiter.size).toBe(0);
  });

  it("never drops a waiting key to make room", async () => {
    const clock = new ManualClock();
    const limiter = new MemoryAttemptLimiter({ clock, maxKeys: 2 });
    for (let i = 0; i < 3; i++) await limiter.reserve([key("user:target")]);
    await limiter.reserve([key("junk:1")]);
    // Full: junk:1 (not waiting) is dropped for junk:2, the waiting target never is.
    expect((await limiter.reserve([key("junk:2")])).granted).toBe(true);
    expect((await limiter.reserve([key("user:target")])).granted).toBe(false);
  });

  it("forgets a quiet key", async () => {
    const clock = new ManualClock();
    const limiter = new MemoryAttemptLimiter({ clock });
    for (let i = 0; i < 3; i++) await limiter.reserve([key("user:alice")]);
    clock.advance(60_000);
    expect((await limiter.reserve([key("user:alice")])).granted).toBe(true);
    expect(limiter.size).toBe(1);
  });
});

describe("sign-in attempt keys", () => {
  const subject = { userKey: "alice", browserId: "B", trustedBrowser: false };
  const names = (remoteAddress: string, trustedBrowser = false) =>
    signInAttemptKeys({ ...subject, remoteAddress, trustedBrowser }, DEFAULT_SIGN_IN_LIMITS).map(({ key }) => key);

  it("count loopback attempts per user and per browser, never per loopback address", () => {
    for (const address of ["127.0.0.1", "127.45.3.2", "::1", "::ffff:127.0.0.9", "0:0:0:0:0:0:0:1"]) {
      expect(names(address)).toEqual(["user:alice", "browser:B"]);
    }
  });

  it("add the network for peers outside this machine (IPv6 by /64)", () => {
    expect(names("10.1.2.3")).toEqual(["user:alice", "browser:B", "net:10.1.2.3"]);
    expect(names("::ffff:10.1.2.3")).toContain("net:10.1.2.3");
    expect(names("2001:db8:1:2:aaaa::1")).toContain("net:2001:db8:1:2::/64");
    expect(names("2001:db8:1:2:bbbb::9")).toContain("net:2001:db8:1:2::/64");
  });

  it("let a correct password clear only the user's own count, not the browser's or the network's", () => {
    const keys = signInAttemptKeys({ ...subject, remoteAddress: "10.1.2.3" }, DEFAULT_SIGN_IN_LIMITS);
    expect(keysClearedBySuccess(keys).map(({ key }) => key)).toEqual(["user:alice"]);
  });

  it("give a browser that signed in as the user before its own budget", () => {
    expect(names("127.0.0.1", true)).toEqual(["trusted:B:alice"]);
  });
});
