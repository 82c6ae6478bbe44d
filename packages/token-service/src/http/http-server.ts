import { type IncomingMessage, type Server, type ServerResponse, createServer } from "node:http";
import type { AddressInfo } from "node:net";

import { type Clock, systemClock } from "../runtime/clock.js";
import type { Logger } from "../runtime/logger.js";
import type { ServiceMetrics } from "../runtime/metrics.js";
import { PublicOrigins } from "./public-origins.js";
import { isClientAbort } from "./request-body.js";

export type HttpMethod = "GET" | "HEAD" | "POST";
/**
 * `url` is the request as addressed: one of the service's own origins (never the raw Host header)
 * plus the path and query received. `origins` are all of them.
 */
export type RouteHandler = (
  request: IncomingMessage,
  response: ServerResponse,
  url: URL,
  origins: PublicOrigins,
) => Promise<void> | void;

/** One path and the handler for each method it answers. Paths match exactly. */
export interface Route {
  /**
   * The operation's name in metrics (e.g. CreateOAuth2Token), or a function of the request target
   * when operations share the path and differ by query; the method when absent.
   */
  readonly operation?: string | ((target: URL) => string);
  readonly path: string;
  readonly methods: Partial<Record<HttpMethod, RouteHandler>>;
}

export interface HttpServerOptions {
  readonly routes: readonly Route[];
  readonly logger: Logger;
  /**
   * The origins clients use to reach the service (`--public-url`). Empty or absent: derived from
   * the address bound (see {@link PublicOrigins.forListener}). A request addressed to any other
   * origin is refused with 421 on every route.
   */
  readonly publicUrls?: readonly string[];
  /** Source of the Date header; injected so that responses can be made byte-for-byte reproducible. */
  readonly clock?: Clock;
  /** Time allowed to receive the request headers (slowloris guard). Default 10 s. */
  readonly headersTimeoutMs?: number;
  /** Time allowed to receive the whole request, body included. Default 30 s. */
  readonly requestTimeoutMs?: number;
  /** How long an idle keep-alive connection stays open. Default 5 s. */
  readonly keepAliveTimeoutMs?: number;
  /** On shutdown, how long in-flight requests may take before their connections are cut. Default 10 s. */
  readonly shutdownGraceMs?: number;
  /** Where each answered request is counted and timed. */
  readonly metrics?: ServiceMetrics;
}

/**
 * The node:http server every endpoint of the service is mounted on: it matches the path, answers
 * unknown paths (404) and methods (405) with JSON, enforces header and body timeouts, and shuts
 * down gracefully, letting in-flight requests finish.
 */
export class HttpServer {
  readonly server: Server;
  private readonly routes = new Map<string, Route>();
  private inFlight = 0;
  /** Responses not yet finished: the ones close() must mark as their connection's last. */
  private readonly unfinished = new Set<ServerResponse>();
  private closing = false;
  private publicOrigins: PublicOrigins | undefined;

  constructor(private readonly options: HttpServerOptions) {
    this.mount(options.routes);
    const headersTimeout = options.headersTimeoutMs ?? 10_000;
    this.server = createServer(
      {
        headersTimeout,
        requestTimeout: options.requestTimeoutMs ?? 30_000,
        keepAliveTimeout: options.keepAliveTimeoutMs ?? 5_000,
        // Node checks those timeouts only this often (30 s by default), which would let a slow
        // client hold a connection far longer than headersTimeout.
        connectionsCheckingInterval: Math.max(50, Math.min(1_000, Math.floor(headersTimeout / 4))),
      },
      (request, response) => void this.dispatch(request, response),
    );
  }

  /**
   * Adds routes, also after `listen`: a service that needs its own URL to build its routes (for
   * example when it listens on a port picked by the system) mounts them once it knows it.
   */
  mount(routes: readonly Route[]): void {
    for (const route of routes) {
      if (this.routes.has(route.path)) throw new Error(`Two routes claim ${route.path}`);
      this.routes.set(route.path, route);
    }
  }

  /** Starts listening; resolves with the primary public origin, e.g. http://127.0.0.1:8080 */
  async listen(port: number, host: string): Promise<URL> {
    await new Promise<void>((resolve, reject) => {
      this.server.once("error", reject);
      this.server.listen(port, host, () => {
        this.server.off("error", reject);
        resolve();
      });
    });
    const address = this.server.address() as AddressInfo;
    try {
      this.publicOrigins = PublicOrigins.forListener(this.options.publicUrls ?? [], address.address, address.port);
    } catch (error) {
      await new Promise<void>((resolve) => this.server.close(() => resolve()));
      throw error;
    }
    return new URL(this.publicOrigins.primary);
  }

  /** The origins this server answers at; known once it listens. */
  get origins(): PublicOrigins {
    if (!this.publicOrigins) throw new Error("the server is not listening yet");
    return this.publicOrigins;
  }

  /**
   * Stops accepting connections and resolves once in-flight requests have been answered. Every
   * response from then on tells its client that the connection ends with it, and a keep-alive
   * connection is closed as soon as it goes idle: otherwise a client that was mid-request when
   * close() began would hold its connection, and close(), until the keep-alive timeout.
   */
  async close(): Promise<void> {
    this.closing = true;
    for (const response of this.unfinished) markLastOnConnection(response);
    const closed = new Promise<void>((resolve) => this.server.close(() => resolve()));
    this.server.closeIdleConnections();
    const grace = setTimeout(() => this.server.closeAllConnections(), this.options.shutdownGraceMs ?? 10_000);
    grace.unref();
    await closed;
    clearTimeout(grace);
  }

  /**
   * Counts the request once its response is sent (or its connection lost). Labels come from the
   * mounted routes only: any path not mounted is `unmatched`, any other method `other`.
   */
  private observe(metrics: ServiceMetrics, request: IncomingMessage, response: ServerResponse): void {
    const start = process.hrtime.bigint();
    response.once("close", () => {
      const target = requestTarget(request);
      const path = target?.pathname;
      const route = path === undefined ? undefined : this.routes.get(path);
      const method = request.method ?? "";
      const known = route !== undefined && target !== undefined && Object.hasOwn(route.methods, method);
      const operation = known ? route.operation : undefined;
      const labels = {
        route: route === undefined || path === undefined ? "unmatched" : path,
        operation: known ? (typeof operation === "function" ? operation(target) : (operation ?? method)) : "other",
      };
      metrics.requests.inc({ ...labels, status: String(response.statusCode) });
      metrics.requestSeconds.observe(labels, Number(process.hrtime.bigint() - start) / 1e9);
    });
  }

  /** Requests being handled right now. */
  get activeRequests(): number {
    return this.inFlight;
  }

  private track(response: ServerResponse): void {
    this.unfinished.add(response);
    if (this.closing) markLastOnConnection(response);
    response.once("close", () => {
      this.unfinished.delete(response);
      // The connection turns idle only after this event has run, hence the next turn.
      if (this.closing) setImmediate(() => this.server.closeIdleConnections());
    });
  }

  private async dispatch(request: IncomingMessage, response: ServerResponse): Promise<void> {
    this.track(response);
    this.inFlight++;
    if (this.options.metrics) this.observe(this.options.metrics, request, response);
    response.sendDate = false;
    response.setHeader("date", new Date((this.options.clock ?? systemClock).now()).toUTCString());
    try {
      const origins = this.origins;
      const target = origins.resolve(request.headersDistinct.host ?? [], request.url ?? "");
      if (!target.ok) {
        if (!request.complete) response.setHeader("connection", "close");
        sendJsonError(response, target.status, "ValidationException", target.message);
        return;
      }
      const { url } = target;
      const route = this.routes.get(url.pathname);
      if (!route) {
        sendJsonError(response, 404, "UnknownOperationException", `Nothing is served at ${url.pathname}.`);
        return;
      }
      const handler = route.methods[request.method as HttpMethod];
      if (!handler) {
        const allowed = Object.keys(route.methods).join(", ");
        sendJsonError(response, 405, "MethodNotAllowedException", `${url.pathname} accepts ${allowed}.`, {
          allow: allowed,
        });
        return;
      }
      await handler(request, response, url, origins);
    } catch (error) {
      if (isClientAbort(error, request)) {
        this.options.logger.debug({ path: request.url?.split("?")[0] }, "client aborted the request");
        response.destroy();
        return;
      }
      this.options.logger.error({ err: error, path: request.url?.split("?")[0] }, "request handler failed");
      if (!response.headersSent)
        sendJsonError(response, 500, "InternalServerException", "The service could not process the request.");
      else response.destroy();
    } finally {
      this.inFlight--;
    }
  }
}

/** The request target (origin- or absolute-form), whatever its Host; undefined if unparsable. */
function requestTarget(request: IncomingMessage): URL | undefined {
  try {
    return new URL(request.url ?? "", "http://request-target.invalid");
  } catch {
    return undefined;
  }
}

/** Asks node:http to end the connection after this response, and says so in its headers. */
function markLastOnConnection(response: ServerResponse): void {
  if (!response.headersSent) response.setHeader("connection", "close");
}

/** A JSON error in the service's error shape, for answers that are not token responses. */
export function sendJsonError(
  response: ServerResponse,
  status: number,
  type: string,
  message: string,
  headers: Readonly<Record<string, string>> = {},
): void {
  sendJson(
    response,
    status,
    { error: status >= 500 ? "server_error" : "INVALID_REQUEST", message },
    {
      "x-amzn-errortype": type,
      ...headers,
    },
  );
}

export function sendJson(
  response: ServerResponse,
  status: number,
  body: unknown,
  headers: Readonly<Record<string, string>> = {},
): void {
  const text = JSON.stringify(body);
  response.writeHead(status, {
    "content-type": "application/json",
    "content-length": Buffer.byteLength(text),
    "cache-control": "no-store",
    ...headers,
  });
  response.end(text);
}
