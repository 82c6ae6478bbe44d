import { request as httpRequest } from "node:http";
import { connect } from "node:net";
import { setTimeout as sleep } from "node:timers/promises";

import { afterEach, describe, expect, it } from "vitest";

import { HttpServer, type Route } from "../../src/http/http-server.js";
import { createLogger } from "../../src/runtime/logger.js";

const silent = createLogger({ level: "silent" });
let server: HttpServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function start(routes: Route[], options: Partial<ConstructorParameters<typeof HttpServer>[0]> = {}) {
  server = new HttpServer({ routes, logger: silent, ...options });
  return server.listen(0, "127.0.0.1");
}

function send(base: URL, method: string, path: string, body?: string) {
  return new Promise<{ status: number; headers: Record<string, unknown>; json: Record<string, unknown> }>(
    (resolve, reject) => {
      const req = httpRequest(new URL(path, base), { method }, (res) => {
        let text = "";
        res.on("data", (chunk) => (text += chunk));
        res.on("end", () =>
          resolve({ status: res.statusCode ?? 0, headers: res.headers, json: text ? JSON.parse(text) : {} }),
        );
      });
      req.on("error", reject);
      req.end(body);
    },
  );
}

/** Writes raw bytes to the server and returns the raw response text. */
function raw(base: URL, bytes: string, waitMs = 200): Promise<string> {
  return new Promise((resolve) => {
    const socket = connect(Number(base.port), base.hostname, () => socket.write(bytes));
    let text = "";
    socket.on("data", (chunk: Buffer) => (text += chunk.toString()));
    socket.on("close", () => resolve(text));
    setTimeout(() => socket.end(), waitMs);
  });
}

const ok: Route = { path: "/ok", methods: { GET: (_req, res) => void res.end("fine") } };

describe("HttpServer", () => {
  it("answers an unknown path with a JSON 404", async () => {
    const base = await start([ok]);
    const response = await send(base, "GET", "/nope");
    expect(response.status).toBe(404);
    expect(response.headers["content-type"]).toBe("application/json");
    expect(response.headers["x-amzn-errortype"]).toBe("UnknownOperationException");
    expect(response.json).toEqual({ error: "INVALID_REQUEST", message: "Nothing is served at /nope." });
  });

  it("answers a known path with the wrong method with a JSON 405 and Allow", async () => {
    const base = await start([ok]);
    const response = await send(base, "DELETE", "/ok");
    expect(response.status).toBe(405);
    expect(response.headers["allow"]).toBe("GET");
    expect(response.json).toMatchObject({ error: "INVALID_REQUEST" });
  });

  it("refuses a request without a Host header", async () => {
    const base = await start([ok]);
    const text = await raw(base, "GET /ok HTTP/1.0\r\n\r\n");
    expect(text).toMatch(/^HTTP\/1\.1 400/);
  });

  it("turns a throwing handler into a JSON 500 without details", async () => {
    const base = await start([
      {
        path: "/boom",
        methods: {
          GET: () => {
            throw new Error("secret detail");
          },
        },
      },
    ]);
    const response = await send(base, "GET", "/boom");
    expect(response.status).toBe(500);
    expect(response.json).toEqual({ error: "server_error", message: "The service could not process the request." });
    expect(JSON.stringify(response)).not.toContain("secret detail");
  });

  it("drops a client that never finishes its headers", async () => {
    const base = await start([ok], { headersTimeoutMs: 300, requestTimeoutMs: 300 });
    const started = Date.now();
    const text = await raw(base, "GET /ok HTTP/1.1\r\nHost: x\r\n", 2_000);
    expect(text).toMatch(/^HTTP\/1\.1 408/);
    expect(Date.now() - started).toBeLessThan(1_900);
  });

  it("finishes in-flight requests on close, then stops accepting", async () => {
    const base = await start([
      {
        path: "/slow",
        methods: {
          GET: async (_req, res) => {
            await sleep(300);
            res.end("done");
          },
        },
      },
    ]);
    const inFlight = new Promise<string>((resolve) => {
      httpRequest(new URL("/slow", base), (res) => {
        let text = "";
        res.on("data", (chunk) => (text += chunk));
        res.on("end", () => resolve(text));
      }).end();
    });
    await sleep(50);
    expect(server!.activeRequests).toBe(1);
    await server!.close();
    server = undefined;
    expect(await inFlight).toBe("done");
    await expect(send(base, "GET", "/slow")).rejects.toThrow(/ECONNREFUSED/);
  });
});
