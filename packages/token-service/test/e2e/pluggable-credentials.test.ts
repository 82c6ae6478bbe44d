/**
 * The credentials issuer is pluggable: a deployment can mint real AWS credentials (for example with
 * STS) instead of the local ones. Here a stand-in issuer plays STS's part; it is a test double
 * because STS itself cannot be reached from the test machine.
 */
import { afterEach, describe, expect, it } from "vitest";

import type { CredentialsIssuer, CredentialsRequest } from "../../src/credentials/credentials-issuer.js";
import { ALICE, TokenServiceHarness } from "../support/token-service-harness.js";

let harness: TokenServiceHarness;
afterEach(() => harness.close());

/** Behaves like an STS-backed issuer that caps sessions at 10 minutes. */
class CappedStsStandIn implements CredentialsIssuer {
  readonly requests: CredentialsRequest[] = [];
  async issue(request: CredentialsRequest) {
    this.requests.push(request);
    return {
      accessKeyId: "ASIAQSTSSTANDINEXAMP",
      secretAccessKey: "s".repeat(40),
      sessionToken: `sts-session-${this.requests.length}`,
      expiresAt: Math.min(request.expiresAt, Date.now() + 600_000),
    };
  }
}

describe("a plugged-in credentials issuer", () => {
  it("mints the credentials of both grants, and expiresIn reports the lifetime it granted", async () => {
    const issuer = new CappedStsStandIn();
    harness = await TokenServiceHarness.start({ credentials: issuer });
    const { key, tokens } = await harness.signIn();
    expect(tokens.accessToken).toEqual({
      accessKeyId: "ASIAQSTSSTANDINEXAMP",
      secretAccessKey: "s".repeat(40),
      sessionToken: "sts-session-1",
    });
    expect(tokens.expiresIn).toBeGreaterThanOrEqual(599);
    expect(tokens.expiresIn).toBeLessThanOrEqual(600);

    const refreshed = await harness.refresh(tokens.refreshToken, key);
    expect((refreshed.json.accessToken as { sessionToken: string }).sessionToken).toBe("sts-session-2");
    expect(issuer.requests.map((request) => request.principalArn)).toEqual([ALICE, ALICE]);
    expect(new Set(issuer.requests.map((request) => request.sessionId)).size).toBe(1);
  });
});
