/**
 * Finding 12 of the security hardening issue: a client that closed its connection in the middle
 * of the request body caused an error-level log and a 500 answer written to the closed socket. A
 * client abort is the client's business: a debug line, nothing written, no 500 counted.
 */
import { connect } from "node:net";

import { afterEach, beforeEach, describe, expect, it } from "vitest";

import { TokenServiceHarness } from "../support/token-service-harness.js";

let harness: TokenServiceHarness;
beforeEach(async () => {
  harness = await TokenServiceHarness.start();
});
afterEach(() => harness.close());

const records = () => harness.logLines.map((line) => JSON.parse(line) as Record<string, unknown>);

async function abortMidBody(path: string, contentType: string): Promise<string> {
  const port = Number(new URL(harness.url).port);
  const socket = connect(port, "127.0.0.1");
  const received: Buffer[] = [];
  socket.on("data", (chunk: Buffer) => received.push(chunk));
  await new Promise<void>((resolve) => socket.once("connect", () => resolve()));
  socket.write(
    `POST ${path} HTTP/1.1\r\nhost: 127.0.0.1:${port}\r\ncontent-type: ${contentType}\r\ncontent-length: 4000\r\n\r\n{"clientId":`,
  );
  await new Promise((resolve) => setTimeout(resolve, 100));
  socket.destroy();
  await new Promise((resolve) => setTimeout(resolve, 300));
  return Buffer.concat(received).toString("utf8");
}

describe("finding 12: an aborted request body", () => {
  it("finding 12: is logged at debug, answered with nothing, and counted as no 500", async () => {
    const written = await abortMidBody("/v1/token", "application/json");
    expect(written).toBe("");
    const levels = records().map((record) => record.level as number);
    expect(levels.filter((level) => level >= 50)).toEqual([]); // no error or fatal
    expect(records().filter((record) => record.status === 500)).toEqual([]);
    expect(records()).toContainEqual(expect.objectContaining({ level: 20, msg: "client aborted the request" }));

    // The service is unharmed.
    const { key, tokens } = await harness.signIn();
    expect((await harness.refresh(tokens.refreshToken, key)).status).toBe(200);
  });
});
