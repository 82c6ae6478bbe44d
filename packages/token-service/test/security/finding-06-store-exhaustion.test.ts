/**
 * Finding 6 of the security hardening issue: unauthenticated requests with self-made DPoP proofs
 * filled the store (a proof was reserved before any grant check) and legitimate users were then
 * refused. Now nothing such a request sends is stored, per-source limits cover every address of a
 * machine, and a 429 always says when to come back.
 */
import { afterEach, describe, expect, it } from "vitest";

import { type RawHttpResponse, rawRequest } from "../support/raw-http.js";
import { SAME_DEVICE, TokenServiceHarness } from "../support/token-service-harness.js";

let harness: TokenServiceHarness;
afterEach(() => harness.close());

const STORE_CAPACITY = 1000;

describe("finding 6: unauthenticated requests cannot fill the store", () => {
  it("finding 6: junk bodies, unknown codes and forged refresh tokens with valid proofs store nothing", async () => {
    harness = await TokenServiceHarness.start({
      storeMaxEntries: STORE_CAPACITY,
      limits: { tokenRequestBurst: 100_000, tokenRequestsPerSecond: 100_000 },
    });
    const attacker = harness.dpopKey();
    const bodies = [
      { clientId: SAME_DEVICE, grantType: "refresh_token", refreshToken: "x".repeat(64) },
      {
        clientId: SAME_DEVICE,
        grantType: "authorization_code",
        code: "c".repeat(43),
        redirectUri: "http://127.0.0.1:1/oauth/callback",
        codeVerifier: "v".repeat(50),
      },
      { clientId: SAME_DEVICE, grantType: "password" },
      { clientId: SAME_DEVICE, grantType: "refresh_token" },
    ];
    const before = harness.memoryStore.size();
    for (let i = 0; i < STORE_CAPACITY + 200; i++) {
      const response = await harness.post(bodies[i % bodies.length]!, { dpop: attacker.proof(harness.tokenUrl) });
      expect(response.status).toBe(400);
    }
    expect(harness.memoryStore.size()).toBe(before);

    // The legitimate user signs in and refreshes as usual.
    const { key, tokens } = await harness.signIn();
    expect((await harness.refresh(tokens.refreshToken, key)).status).toBe(200);
  });

  it("finding 6: every address of the loopback network counts as one source", async () => {
    harness = await TokenServiceHarness.start({ limits: { tokenRequestBurst: 5, tokenRequestsPerSecond: 0.01 } });
    const port = Number(new URL(harness.url).port);
    const responses: RawHttpResponse[] = [];
    for (let i = 1; i <= 8; i++) {
      responses.push(
        await rawRequest(port, {
          localAddress: `127.0.0.${i}`,
          headerLines: [`host: 127.0.0.1:${port}`, "content-type: application/json"],
          body: "{}",
        }),
      );
    }
    const statuses = responses.map((response) => response.status);
    expect(statuses.slice(0, 5).every((status) => status === 400)).toBe(true);
    expect(statuses.slice(5)).toEqual([429, 429, 429]);
    const last = responses.at(-1);
    expect(last?.headers.get("x-amzn-errortype")).toBe("TooManyRequestsError");
    expect(Number(last?.headers.get("retry-after"))).toBeGreaterThanOrEqual(1);
  });

  it("finding 6: a full store is answered with 429 TooManyRequestsError and Retry-After, never 500", async () => {
    harness = await TokenServiceHarness.start({ storeMaxEntries: STORE_CAPACITY });
    const { key, tokens } = await harness.signIn();
    for (let i = 0; harness.memoryStore.size() < STORE_CAPACITY; i++)
      await harness.store.set(`filler:${i}`, "x", 60_000);
    const response = await harness.refresh(tokens.refreshToken, key);
    expect(response.status).toBe(429);
    expect(response.headers.get("x-amzn-errortype")).toBe("TooManyRequestsError");
    expect(Number(response.headers.get("retry-after"))).toBeGreaterThanOrEqual(1);
  });
});
