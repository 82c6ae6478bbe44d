import { Writable } from "node:stream";

import { describe, expect, it } from "vitest";

import { createLogger } from "../../src/runtime/logger.js";

const capture = () => {
  const lines: string[] = [];
  const logger = createLogger({
    destination: new Writable({
      write(chunk: Buffer, _encoding, done) {
        lines.push(chunk.toString("utf8"));
        done();
      },
    }),
  });
  return { logger, lines };
};

describe("the logger's redaction", () => {
  it("covers the secrets the IAM token operations carry, by member and by wire name", () => {
    const { logger, lines } = capture();
    const secrets = {
      token: "ASORsecret-revoked-or-introspected",
      subjectToken: "ASOAsecret-subject",
      subject_token: "ASOAsecret-subject-wire",
      assertion: "eyJsecret-assertion",
      access_token: "ASOAsecret-access-wire",
      refresh_token: "ASORsecret-refresh-wire",
    };
    logger.info(secrets);
    logger.info({ input: secrets });
    logger.info({ request: { input: secrets } });
    logger.info({ headers: { "x-amz-security-token": "secret-session-token" } });
    const logged = lines.join("");
    for (const secret of [...Object.values(secrets), "secret-session-token"]) expect(logged).not.toContain(secret);
    expect(lines.every((line) => line.includes("[redacted]"))).toBe(true);
  });

  it("censors a listed field at any depth, inside arrays, in any letter case, and in child bindings", () => {
    const { logger, lines } = capture();
    logger.info({ a: { b: { c: { d: { refreshToken: "secret-deep" } } } } });
    logger.info({ attempts: [{ password: "secret-in-array" }, { nested: [{ Authorization: "secret-case" }] }] });
    logger.info({ headers: { DPoP: "secret-header", "X-Amz-Security-Token": "secret-header-case" } });
    logger.child({ code: "secret-binding" }).info({ ok: true });
    const logged = lines.join("");
    for (const secret of ["secret-deep", "secret-in-array", "secret-case", "secret-header", "secret-binding"]) {
      expect(logged).not.toContain(secret);
    }
    expect(lines.every((line) => line.includes("[redacted]"))).toBe(true);
  });

  it("keeps every other field as given, and leaves the caller's object untouched", () => {
    const { logger, lines } = capture();
    const fields = { requestId: "r-1", status: 200, nested: { grantType: "refresh_token", code: "secret" } };
    logger.info(fields, "token request");
    const line = JSON.parse(lines[0]!) as Record<string, unknown>;
    expect(line).toMatchObject({
      requestId: "r-1",
      status: 200,
      nested: { grantType: "refresh_token", code: "[redacted]" },
      msg: "token request",
      service: "open-signin",
    });
    expect(fields.nested.code).toBe("secret");
  });

  it("logs an error as its type only", () => {
    const { logger, lines } = capture();
    logger.error({ err: new TypeError("secret message with a token") }, "failed");
    expect(lines[0]).not.toContain("secret message");
    expect(JSON.parse(lines[0]!)).toMatchObject({ err: { type: "TypeError" } });
  });

  it("ends a cycle instead of walking it forever", () => {
    const { logger, lines } = capture();
    const loop: Record<string, unknown> = { name: "loop" };
    loop.self = loop;
    logger.info({ loop });
    expect(lines[0]).toContain("[too deep]");
  });
});
