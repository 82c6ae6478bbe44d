import { request } from "node:http";

import { afterEach, describe, expect, it } from "vitest";

import { LoginError } from "../../src/login/login-error.js";
import { LoopbackCallbackServer } from "../../src/login/loopback-callback.js";

const send = (url: string, method = "GET"): Promise<{ status: number; body: string; type: string | undefined }> =>
  new Promise((resolve, reject) => {
    const req = request(url, { method }, (response) => {
      const chunks: Buffer[] = [];
      response.on("data", (chunk: Buffer) => chunks.push(chunk));
      response.on("end", () =>
        resolve({
          status: response.statusCode ?? 0,
          body: Buffer.concat(chunks).toString("utf8"),
          type: response.headers["content-type"],
        }),
      );
    });
    req.on("error", reject);
    req.end();
  });

describe("LoopbackCallbackServer", () => {
  let server: LoopbackCallbackServer | undefined;
  afterEach(async () => {
    await server?.close();
    server = undefined;
  });

  it("listens on a random 127.0.0.1 port and names it in the redirect URI", async () => {
    server = await LoopbackCallbackServer.start();
    expect(server.port).toBeGreaterThan(0);
    expect(server.redirectUri).toBe(`http://127.0.0.1:${server.port}/oauth/callback`);
  });

  it("resolves with the first code and state of the callback", async () => {
    server = await LoopbackCallbackServer.start();
    const waiting = server.waitForCode();
    const response = await send(`${server.redirectUri}?code=c%2B1&state=s1&code=c2&state=s2`);
    await expect(waiting).resolves.toEqual({ code: "c+1", state: "s1" });
    expect(response.status).toBe(200);
    expect(response.type).toBe("text/html; charset=utf-8");
    expect(response.body).toContain("You can close this window");
  });

  it("answers any GET path and keeps waiting until one carries code and state", async () => {
    server = await LoopbackCallbackServer.start();
    const waiting = server.waitForCode();
    let settled = false;
    void waiting.then(
      () => (settled = true),
      () => (settled = true),
    );
    for (const path of ["/favicon.ico", "/oauth/callback", "/oauth/callback?state=only", "/x?code=&state=blank"]) {
      expect((await send(`http://127.0.0.1:${server.port}${path}`)).status).toBe(200);
    }
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(settled).toBe(false);
    await send(`http://127.0.0.1:${server.port}/any/other/path?state=s&code=c`);
    await expect(waiting).resolves.toEqual({ code: "c", state: "s" });
  });

  it("keeps the outcome for a wait that starts after the callback arrived", async () => {
    server = await LoopbackCallbackServer.start();
    await send(`${server.redirectUri}?code=early&state=s`);
    await expect(server.waitForCode()).resolves.toEqual({ code: "early", state: "s" });
  });

  it("rejects with the error and its description when the callback carries error", async () => {
    server = await LoopbackCallbackServer.start();
    const waiting = server.waitForCode();
    const failure = expect(waiting).rejects.toThrow(
      /Failed to retrieve an authorization code: the sign-in page returned access_denied: The person declined\./,
    );
    const response = await send(
      `${server.redirectUri}?error=access_denied&error_description=The+person+declined.&state=s&code=ignored`,
    );
    await failure;
    await expect(waiting).rejects.toBeInstanceOf(LoginError);
    expect(response.status).toBe(200);
    expect(response.body).toContain("Sign-in failed");
    expect(response.body).not.toContain("declined");
  });

  it("times out with a clear error", async () => {
    server = await LoopbackCallbackServer.start();
    await expect(server.waitForCode({ timeoutMs: 50 })).rejects.toThrow(
      new RegExp(`Timed out after 0\\.05 seconds waiting for the browser to return to ${server.redirectUri}`),
    );
  });

  it("refuses other methods without settling", async () => {
    server = await LoopbackCallbackServer.start();
    expect((await send(`${server.redirectUri}?code=c&state=s`, "POST")).status).toBe(405);
    await expect(server.waitForCode({ timeoutMs: 30 })).rejects.toThrow(/Timed out/);
  });

  it("closes even while a browser keeps its connection open", async () => {
    server = await LoopbackCallbackServer.start();
    const port = server.port;
    const hanging = request(`http://127.0.0.1:${port}/`, { method: "GET", headers: { connection: "keep-alive" } });
    hanging.on("error", () => undefined);
    hanging.flushHeaders();
    await new Promise((resolve) => setTimeout(resolve, 20));
    await server.close();
    server = undefined;
    await expect(send(`http://127.0.0.1:${port}/`)).rejects.toThrow(/ECONNREFUSED/);
  });
});
