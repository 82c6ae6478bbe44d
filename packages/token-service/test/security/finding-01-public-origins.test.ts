/**
 * Finding 1 of the security hardening issue: DPoP `htu` was checked against the client's own Host
 * header, so a proof captured on its way to another server could be replayed here. The service now
 * knows its own public origins; `htu` must name one of them, and a request whose Host (or
 * absolute-form target) names anything else is refused on every route.
 */
import { afterEach, beforeEach, describe, expect, it } from "vitest";

import { rawRequest } from "../support/raw-http.js";
import { TokenServiceHarness } from "../support/token-service-harness.js";

let harness: TokenServiceHarness;
let port: number;
beforeEach(async () => {
  harness = await TokenServiceHarness.start();
  port = Number(new URL(harness.url).port);
});
afterEach(() => harness.close());

async function codeBody(): Promise<string> {
  return JSON.stringify({ grantType: "authorization_code", ...(await harness.issueCode()) });
}

describe("finding 1: htu is checked against the service's own origins, never the Host header", () => {
  it("finding 1: a proof made for another server, sent with that server's Host, is refused", async () => {
    const foreign = "http://evil.example:9999";
    const response = await rawRequest(port, {
      headerLines: [
        "host: evil.example:9999",
        "content-type: application/json",
        `dpop: ${harness.dpopKey().proof(`${foreign}/v1/token`)}`,
      ],
      body: await codeBody(),
    });
    expect(response.status).toBe(421);
    expect(response.headers.get("x-amzn-errortype")).toBe("ValidationException");
  });

  it("finding 1: an absolute-form target naming another server is refused, whatever the Host", async () => {
    const foreign = "http://evil.example:9999/v1/token";
    const response = await rawRequest(port, {
      target: foreign,
      headerLines: [
        `host: 127.0.0.1:${port}`,
        "content-type: application/json",
        `dpop: ${harness.dpopKey().proof(foreign)}`,
      ],
      body: await codeBody(),
    });
    expect(response.status).toBe(421);
  });

  it("finding 1: a proof naming another origin is refused even when the Host is ours", async () => {
    for (const htu of [
      "http://evil.example:9999/v1/token",
      `http://127.0.0.2:${port}/v1/token`,
      `http://localhost.:${port}/v1/token`,
      `https://127.0.0.1:${port}/v1/token`,
      `http://127.0.0.1:${port + 1}/v1/token`,
    ]) {
      const response = await rawRequest(port, {
        headerLines: [
          `host: 127.0.0.1:${port}`,
          "content-type: application/json",
          `dpop: ${harness.dpopKey().proof(htu)}`,
        ],
        body: await codeBody(),
      });
      expect({ htu, status: response.status, body: response.body }).toMatchObject({
        status: 400,
        body: expect.stringMatching(/htu/),
      });
    }
  });

  it("finding 1: X-Forwarded-* headers do not change what a proof must name", async () => {
    const response = await rawRequest(port, {
      headerLines: [
        `host: 127.0.0.1:${port}`,
        "x-forwarded-host: evil.example:9999",
        "x-forwarded-proto: https",
        "forwarded: host=evil.example:9999;proto=https",
        "content-type: application/json",
        `dpop: ${harness.dpopKey().proof("https://evil.example:9999/v1/token")}`,
      ],
      body: await codeBody(),
    });
    expect(response.status).toBe(400);
    expect(response.body).toMatch(/htu/);
  });

  it("finding 1: each loopback origin of the bound port is accepted, with a proof for any of them", async () => {
    const origins = [`http://127.0.0.1:${port}`, `http://localhost:${port}`, `http://[::1]:${port}`];
    for (const hostOrigin of origins) {
      for (const htuOrigin of origins) {
        const response = await rawRequest(port, {
          headerLines: [
            `host: ${new URL(hostOrigin).host}`,
            "content-type: application/json",
            `dpop: ${harness.dpopKey().proof(`${htuOrigin}/v1/token`)}`,
          ],
          body: await codeBody(),
        });
        expect({ hostOrigin, htuOrigin, status: response.status }).toEqual({ hostOrigin, htuOrigin, status: 200 });
      }
    }
  });

  it.each([
    ["another 127/8 address", (p: number) => [`host: 127.0.0.2:${p}`]],
    ["a trailing dot", (p: number) => [`host: localhost.:${p}`]],
    ["an IPv4-mapped IPv6 address", (p: number) => [`host: [::ffff:127.0.0.1]:${p}`]],
    ["a shorthand IPv4 address", (p: number) => [`host: 127.1:${p}`]],
    ["a hexadecimal IPv4 address", (p: number) => [`host: 0x7f.0.0.1:${p}`]],
    ["no port (the default port)", () => ["host: 127.0.0.1"]],
    ["an explicit default port", () => ["host: 127.0.0.1:80"]],
    ["another port", (p: number) => [`host: 127.0.0.1:${p + 1}`]],
    ["a DNS name that points here", (p: number) => [`host: rebind.example:${p}`]],
  ])("finding 1: a Host with %s gets 421 on every route", async (_case, host) => {
    for (const [method, target] of [
      ["POST", "/v1/token"],
      ["GET", "/.well-known/jwks.json"],
      ["GET", "/nothing-here"],
    ] as const) {
      const response = await rawRequest(port, { method, target, headerLines: host(port) });
      expect({ target, status: response.status }).toEqual({ target, status: 421 });
    }
  });

  it("finding 1: an uppercase Host is the same host", async () => {
    const response = await rawRequest(port, {
      method: "GET",
      target: "/.well-known/jwks.json",
      headerLines: [`host: LOCALHOST:${port}`],
    });
    expect(response.status).toBe(200);
  });

  it.each([
    ["two Host lines", (p: number) => [`host: 127.0.0.1:${p}`, "host: evil.example:9999"]],
    ["two Host lines, ours second", (p: number) => ["host: evil.example:9999", `host: 127.0.0.1:${p}`]],
    ["userinfo in the Host", (p: number) => [`host: user@127.0.0.1:${p}`]],
    ["a path in the Host", (p: number) => [`host: 127.0.0.1:${p}/x`]],
  ])("finding 1: %s is refused with 400 or 421", async (_case, host) => {
    const response = await rawRequest(port, {
      method: "GET",
      target: "/.well-known/jwks.json",
      headerLines: host(port),
    });
    expect([400, 421]).toContain(response.status);
  });

  it("finding 1: an absolute-form target naming one of our origins is served", async () => {
    const response = await rawRequest(port, {
      method: "GET",
      target: `http://localhost:${port}/.well-known/jwks.json`,
      headerLines: [`host: localhost:${port}`],
    });
    expect(response.status).toBe(200);
  });
});
