import { createHash } from "node:crypto";

import { afterEach, describe, expect, it } from "vitest";

import { AuthorizationCodes } from "../../src/codes/authorization-codes.js";
import { cryptoRandom } from "../../src/runtime/random.js";
import { MemoryStore } from "../../src/store/memory-store.js";
import { ManualClock } from "../support/manual-clock.js";

const binding = {
  clientId: "arn:aws:signin:::devtools/same-device",
  redirectUri: "http://127.0.0.1:53037/oauth/callback",
  codeChallenge: "_-BU_nrgy23GXDr5th1SCfQ5hR20PQulmXM33xVGaOs",
  principalArn: "arn:aws:iam::111122223333:user/alice",
};
const storeKeyOf = (code: string) => `code:${createHash("sha256").update(code).digest("hex")}`;

describe("AuthorizationCodes reading its store", () => {
  const clock = new ManualClock();
  const store = new MemoryStore({ clock, sweepIntervalMs: 0 });
  const codes = new AuthorizationCodes(store, clock, cryptoRandom, { reuseDetectionSeconds: 3600 });
  afterEach(() => clock.advance(1));

  it("reads back what it issued", async () => {
    const { code } = await codes.issue(binding);
    const lookup = await codes.lookup(code);
    expect(lookup.status).toBe("redeemable");
    expect(lookup.status === "redeemable" && lookup.binding).toEqual(binding);
  });

  it.each([
    ["not JSON", "issued", /not JSON/],
    ["an issued record without its binding and expiry", JSON.stringify({ state: "issued" }), /does not match/],
    ["a redeemed record without a session", JSON.stringify({ state: "redeemed" }), /does not match/],
    ["an unknown state", JSON.stringify({ state: "lent", sessionId: "s" }), /does not match/],
  ])("refuses a stored record that is %s instead of acting on it", async (_, record, message) => {
    const { code } = await codes.issue(binding);
    await store.set(storeKeyOf(code), record, 60_000);
    await expect(codes.lookup(code)).rejects.toThrow(message);
  });
});
