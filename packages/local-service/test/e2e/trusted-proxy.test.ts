/**
 * `--trusted-proxy`: behind a load balancer every request comes from the balancer, so without it
 * every client shares one token rate limit. With it, the client the balancer names in
 * X-Forwarded-For is counted; from anyone else, and to the left of the last untrusted hop, the
 * header is ignored, so a client cannot choose its own bucket.
 */
import { afterEach, describe, expect, it } from "vitest";

import { CliProcess } from "../support/cli-process.js";

let running: CliProcess | undefined;
afterEach(async () => {
  running?.child.kill("SIGTERM");
  await running?.exited;
  running = undefined;
});

const serve = async (args: string[]) => {
  running = CliProcess.start([
    "serve",
    "--port",
    "0",
    "--store",
    "memory",
    "--token-burst",
    "2",
    "--token-rate",
    "1",
    ...args,
  ]);
  return (await running.waitForStderr(/listening on (http:\/\/127\.0\.0\.1:\d+)/))[1]!;
};

/** A token request that is refused for its content (400) unless the rate limit answers first (429). */
const tokenRequest = async (url: string, forwardedFor?: string) => {
  const response = await fetch(`${url}/v1/token`, {
    method: "POST",
    headers: { "content-type": "application/json", ...(forwardedFor ? { "x-forwarded-for": forwardedFor } : {}) },
    body: "{}",
  });
  await response.arrayBuffer();
  return response.status;
};

describe("--trusted-proxy", () => {
  it("counts each client a trusted proxy names separately, and ignores what clients write themselves", async () => {
    const url = await serve(["--trusted-proxy", "127.0.0.1"]);
    // 127.0.0.1 stands for the load balancer here; the burst is 2 and the refill 1 per second.
    expect([await tokenRequest(url, "203.0.113.1"), await tokenRequest(url, "203.0.113.1")]).toEqual([400, 400]);
    expect(await tokenRequest(url, "203.0.113.1")).toBe(429);
    // A client that prepends an address of its choosing is still counted as itself.
    expect(await tokenRequest(url, "198.51.100.77, 203.0.113.1")).toBe(429);
    // Another client behind the same balancer has its own allowance.
    expect(await tokenRequest(url, "203.0.113.2")).toBe(400);
  });

  it("is off by default: X-Forwarded-For from an untrusted peer changes nothing", async () => {
    const url = await serve([]);
    expect([await tokenRequest(url, "203.0.113.1"), await tokenRequest(url, "203.0.113.2")]).toEqual([400, 400]);
    expect(await tokenRequest(url, "203.0.113.3")).toBe(429);
  });

  it("refuses a value that is not an address or CIDR block, saying so", async () => {
    running = CliProcess.start(["serve", "--port", "0", "--store", "memory", "--trusted-proxy", "lb.internal"]);
    expect(await running.exited).not.toBe(0);
    expect(running.stderr).toMatch(/trusted-proxy.*expected an IP address or CIDR block/s);
  });
});
