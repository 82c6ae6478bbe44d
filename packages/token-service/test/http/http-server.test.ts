import { Agent, request as httpRequest } from "node:http";
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

describe("HttpServer.close with keep-alive clients", () => {
  /** A route that answers after `ms`, so a request can be in flight when close() starts. */
  const slow = (ms: number): Route => ({
    path: "/slow",
    methods: {
      GET: async (_req, res) => {
        await sleep(ms);
        res.end("done");
      },
    },
  });

  /**
   * One request over a keep-alive agent. Resolves with the response's headers and body, and with
   * a promise of the moment the client saw the server close the connection.
   */
  function keepAliveRequest(base: URL, agent: Agent) {
    return new Promise<{ headers: Record<string, unknown>; body: string; socketClosed: Promise<number> }>(
      (resolve, reject) => {
        const req = httpRequest(new URL("/slow", base), { agent }, (res) => {
          const socketClosed = new Promise<number>((closed) => res.socket.once("close", () => closed(Date.now())));
          let body = "";
          res.on("data", (chunk) => (body += chunk));
          res.on("end", () => resolve({ headers: res.headers, body, socketClosed }));
        });
        req.on("error", reject);
        req.end();
      },
    );
  }

  // A long keep-alive timeout makes the old behaviour (waiting for the idle socket to time out)
  // unmistakable: close() would take a minute instead of the in-flight request's 300 ms.
  const options = { keepAliveTimeoutMs: 60_000, shutdownGraceMs: 60_000 };

  it("resolves shortly after the in-flight response, closing the connection it leaves idle", async () => {
    const base = await start([slow(300)], options);
    const agent = new Agent({ keepAlive: true });
    try {
      const response = keepAliveRequest(base, agent);
      await sleep(50);
      const closing = server!.close().then(() => Date.now());
      server = undefined;
      const answered = await response;
      expect(answered.body).toBe("done");
      const outcome = await Promise.race([closing, sleep(3_000).then(() => "still open" as const)]);
      expect(outcome).not.toBe("still open");
      // The client's keep-alive socket was closed by the server, not left waiting in the agent.
      const socketClosed = await Promise.race([answered.socketClosed, sleep(1_000).then(() => "open" as const)]);
      expect(socketClosed).not.toBe("open");
    } finally {
      agent.destroy();
    }
  });

  it("tells the client that the connection ends with the response once closing has started", async () => {
    const base = await start([slow(300)], options);
    const agent = new Agent({ keepAlive: true });
    try {
      const response = keepAliveRequest(base, agent);
      await sleep(50);
      const closing = server!.close();
      server = undefined;
      expect((await response).headers["connection"]).toBe("close");
      await closing;
    } finally {
      agent.destroy();
    }
  });

  it("keeps connections alive while it is not closing", async () => {
    const base = await start([slow(10)], options);
    const agent = new Agent({ keepAlive: true });
    try {
      expect((await keepAliveRequest(base, agent)).headers["connection"]).toBe("keep-alive");
    } finally {
      agent.destroy();
    }
  });
});
