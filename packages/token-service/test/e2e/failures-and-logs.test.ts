/**
 * What the service writes about requests, and what it reveals when something breaks inside it:
 * never a secret, never a stack trace, in a response body or a log line.
 */
import { afterEach, beforeEach, describe, expect, it } from "vitest";

import { TokenServiceHarness } from "../support/token-service-harness.js";

let harness: TokenServiceHarness;
beforeEach(async () => {
  harness = await TokenServiceHarness.start();
});
afterEach(() => harness.close());

const logRecords = () => harness.logLines.map((line) => JSON.parse(line) as Record<string, unknown>);

describe("an unexpected failure inside the service", () => {
  it("becomes 500 InternalServerException server_error, with no detail in the body or the logs", async () => {
    const grant = await harness.issueCode();
    harness.principals.findPrincipal = async () => {
      throw new Error("directory down: password=hunter2 at /srv/secret/path");
    };
    const response = await harness.post(
      { grantType: "authorization_code", ...grant },
      { dpop: harness.dpopKey().proof(harness.tokenUrl) },
    );

    expect(response.status).toBe(500);
    expect(response.headers.get("x-amzn-errortype")).toBe("InternalServerException");
    expect(response.json).toEqual({ error: "server_error", message: "The service could not process the request." });
    expect(response.headers.get("cache-control")).toBe("no-store");

    const logs = harness.logLines.join("");
    expect(logs).not.toMatch(/\\n\s+at /); // no stack frames
    for (const leak of ["hunter2", "/srv/secret", "directory down", grant.code, grant.codeVerifier]) {
      expect(logs).not.toContain(leak);
    }
    expect(logRecords()).toContainEqual(
      expect.objectContaining({ msg: "CreateOAuth2Token failed unexpectedly", err: { type: "Error" } }),
    );
  });
});

describe("request logs", () => {
  it("record each token request with its outcome and no secrets", async () => {
    const { key, tokens } = await harness.signIn();
    await harness.refresh(tokens.refreshToken, key);
    await harness.refresh("garbage", key);

    const requests = logRecords().filter((record) => record.msg === "token request");
    expect(requests.map((record) => [record.grantType, record.status, record.errorCode])).toEqual([
      ["authorization_code", 200, undefined],
      ["refresh_token", 200, undefined],
      ["refresh_token", 400, "INVALID_REQUEST"],
    ]);
    for (const record of requests) {
      expect(record).toEqual(
        expect.objectContaining({
          requestId: expect.any(String),
          method: "POST",
          path: "/v1/token",
          durationMs: expect.any(Number),
        }),
      );
    }

    const everything = harness.logLines.join("");
    for (const secret of [
      tokens.refreshToken,
      tokens.accessToken.secretAccessKey,
      tokens.accessToken.sessionToken,
      tokens.idToken!,
      key.proof(harness.tokenUrl).split(".")[0]!,
    ]) {
      expect(everything).not.toContain(secret);
    }
  });

  it("carry the same request id as the response", async () => {
    const response = await harness.post({ grantType: "refresh_token" });
    const id = response.headers.get("x-amzn-requestid");
    expect(logRecords()).toContainEqual(expect.objectContaining({ msg: "token request", requestId: id, status: 400 }));
  });

  it("redact sensitive fields even if a caller logs them by mistake", () => {
    harness.service.logger.info({
      refreshToken: "rt-secret",
      headers: { authorization: "AWS4 x", dpop: "eyJ" },
      nested: { code: "c0de" },
    });
    const last = harness.logLines.at(-1)!;
    for (const secret of ["rt-secret", "AWS4 x", "eyJ", "c0de"]) expect(last).not.toContain(secret);
    expect(last).toContain("[redacted]");
  });
});
