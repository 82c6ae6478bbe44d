import {
  type IncomingHttpHeaders,
  type IncomingMessage,
  type Server,
  type ServerResponse,
  createServer,
  request as httpRequest,
} from "node:http";
import type { AddressInfo } from "node:net";

/** What the proxy did, for tests to check that traffic really was spread and routed around. */
export interface ProxyStats {
  /** Requests answered by each backend, by position in the backend list. */
  readonly answeredBy: number[];
  /** Connections a backend refused (nothing was sent); the request went to the next backend. */
  routedAround: number;
  /** Requests that reached a backend which then failed before answering: 502, not retried. */
  badGateway: number;
}

/** How long a backend that refused a connection is left out of the rotation. */
const DOWN_FOR_MS = 1_000;

// Hop-by-hop headers (RFC 9110 §7.6.1) are the proxy's own business on each connection.
const HOP_BY_HOP = new Set(["connection", "keep-alive", "transfer-encoding", "upgrade", "proxy-connection", "te"]);

/**
 * A loopback round-robin HTTP load balancer for tests, doing what a common one (nginx's
 * `proxy_next_upstream error`, HAProxy's `redispatch`, an AWS ALB) does by default:
 *
 * - each request goes to the next backend in turn: no stickiness, no session affinity;
 * - a backend whose connection is refused received nothing, so the request is sent to the next
 *   one, and the refusing backend is left out for {@link DOWN_FOR_MS} (passive health check);
 * - a backend that accepted the request and then failed (killed mid-request) may have done the
 *   work, so a non-idempotent POST is not re-sent: the client gets 502 and retries itself, as
 *   the AWS SDKs and botocore do for 502.
 *
 * The Host header is forwarded unchanged, so the nodes see the URL the client used: the proxy's
 * origin is the nodes' `--public-url`, as for any deployment behind a load balancer.
 */
export class RoundRobinProxy {
  readonly stats: ProxyStats = { answeredBy: [], routedAround: 0, badGateway: 0 };
  private backends: URL[] = [];
  private readonly downUntil = new Map<number, number>();
  private readonly connectWaiters = new Map<number, () => void>();
  private next = 0;

  private constructor(
    private readonly server: Server,
    readonly url: string,
  ) {}

  static async start(): Promise<RoundRobinProxy> {
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const proxy = new RoundRobinProxy(server, `http://127.0.0.1:${(server.address() as AddressInfo).port}`);
    server.on("request", (request: IncomingMessage, response: ServerResponse) => {
      proxy.handle(request, response).catch((error: unknown) => {
        response.destroy(error instanceof Error ? error : new Error(String(error)));
      });
    });
    return proxy;
  }

  /** The nodes behind the proxy, as origins (`http://127.0.0.1:port`). */
  setBackends(origins: readonly string[]): void {
    this.backends = origins.map((origin) => new URL(origin));
    this.stats.answeredBy.splice(0, Infinity, ...origins.map(() => 0));
  }

  /**
   * Calls `callback` once, the moment the proxy has a connection to backend `index` for a request
   * (the request is on its way): a test kills the node there to cut a request off mid-flight.
   */
  onNextConnection(index: number, callback: () => void): void {
    this.connectWaiters.set(index, callback);
  }

  async close(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private async handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const body = Buffer.concat(chunks);

    for (const index of this.rotation()) {
      const outcome = await this.forward(index, request, body);
      if (outcome.kind === "refused") {
        this.stats.routedAround += 1;
        this.downUntil.set(index, Date.now() + DOWN_FOR_MS);
        continue;
      }
      if (outcome.kind === "failed") break;
      this.stats.answeredBy[index] = (this.stats.answeredBy[index] ?? 0) + 1;
      response.writeHead(outcome.status, withoutHopByHop(outcome.headers));
      response.end(outcome.body);
      return;
    }
    this.stats.badGateway += 1;
    response.writeHead(502, { "content-type": "text/plain" });
    response.end("502 Bad Gateway\n");
  }

  /** Every backend once, starting with the next in turn; those marked down go last. */
  private rotation(): number[] {
    const count = this.backends.length;
    const start = this.next;
    this.next = (this.next + 1) % Math.max(1, count);
    const order = Array.from({ length: count }, (_, i) => (start + i) % count);
    const now = Date.now();
    const isUp = (index: number) => (this.downUntil.get(index) ?? 0) <= now;
    return [...order.filter(isUp), ...order.filter((index) => !isUp(index))];
  }

  private forward(
    index: number,
    request: IncomingMessage,
    body: Buffer,
  ): Promise<
    | { kind: "answered"; status: number; headers: IncomingHttpHeaders; body: Buffer }
    | { kind: "refused" }
    | { kind: "failed" }
  > {
    const target = this.backends[index]!;
    return new Promise((resolve) => {
      let connected = false;
      const outgoing = httpRequest(
        {
          host: target.hostname,
          port: target.port,
          method: request.method,
          path: request.url,
          headers: { ...withoutHopByHop(request.headers), "content-length": String(body.length) },
          agent: false,
        },
        (incoming) => {
          const chunks: Buffer[] = [];
          incoming.on("data", (chunk: Buffer) => chunks.push(chunk));
          incoming.on("end", () =>
            resolve({
              kind: "answered",
              status: incoming.statusCode ?? 502,
              headers: incoming.headers,
              body: Buffer.concat(chunks),
            }),
          );
          // A backend dying mid-response: whatever it sent is incomplete (a settled promise ignores this after "end").
          incoming.on("error", () => resolve({ kind: "failed" }));
          incoming.on("close", () => resolve({ kind: "failed" }));
        },
      );
      outgoing.on("socket", (socket) =>
        socket.once("connect", () => {
          connected = true;
          const waiter = this.connectWaiters.get(index);
          this.connectWaiters.delete(index);
          waiter?.();
        }),
      );
      outgoing.on("error", () => resolve({ kind: connected ? "failed" : "refused" }));
      outgoing.end(body);
    });
  }
}

function withoutHopByHop(headers: IncomingHttpHeaders): IncomingHttpHeaders {
  return Object.fromEntries(Object.entries(headers).filter(([name]) => !HOP_BY_HOP.has(name.toLowerCase())));
}
