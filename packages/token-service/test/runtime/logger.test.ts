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
});
