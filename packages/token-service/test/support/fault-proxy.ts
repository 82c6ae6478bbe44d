import { randomUUID } from "node:crypto";
import {
  type IncomingMessage,
  type Server,
  type ServerResponse,
  createServer,
  request as httpRequest,
} from "node:http";
import type { AddressInfo } from "node:net";

import { serverError, tooManyRequests } from "../../src/errors/protocol-errors.js";
import { writeSmithyResponse } from "../../src/http/node-adapter.js";
import { protocolErrorResponse } from "../../src/http/protocol-responses.js";

export type InjectedFault = "server-error" | "throttle";

/**
 * A loopback HTTP proxy in front of a service, for tests that need a token request to fail the way
 * a network or an overloaded front end makes it fail; the service itself has no fault hooks.
 *
 * - `failNextRequests`: the next token requests are answered by the proxy and never reach the
 *   service (nothing was processed).
 * - `failNextResponses`: the next successful token responses are dropped on the way back and
 *   replaced (the service did its work; the client never learns the result).
 *
 * Faults apply to POST /v1/token only and are written with the service's own error serializer,
 * so clients see the bytes the service would send. The proxy forwards the Host header unchanged, so
 * the service sees the URL the client used (DPoP `htu`, page origins).
 */
export class FaultProxy {
  /** How many faults were answered so far. */
  injected = 0;
  private readonly beforeService: InjectedFault[] = [];
  private readonly afterService: InjectedFault[] = [];
  private target: URL | undefined;

  private constructor(
    private readonly server: Server,
    readonly url: string,
  ) {}

  /** Listens on a loopback port; requests are forwarded once {@link forwardTo} names the service. */
  static async start(): Promise<FaultProxy> {
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const proxy = new FaultProxy(server, `http://127.0.0.1:${(server.address() as AddressInfo).port}`);
    server.on("request", (request: IncomingMessage, response: ServerResponse) => {
      proxy.handle(request, response).catch((error: unknown) => {
        response.destroy(error instanceof Error ? error : new Error(String(error)));
      });
    });
    return proxy;
  }

  forwardTo(origin: string): void {
    this.target = new URL(origin);
  }

  failNextRequests(...faults: InjectedFault[]): void {
    this.beforeService.push(...faults);
  }

  failNextResponses(...faults: InjectedFault[]): void {
    this.afterService.push(...faults);
  }

  async close(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private async handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const isTokenRequest = request.method === "POST" && request.url?.split("?")[0] === "/v1/token";
    const early = isTokenRequest ? this.beforeService.shift() : undefined;
    if (early) {
      request.resume();
      await this.answer(response, early);
      return;
    }
    const upstream = await this.forward(request);
    const late = isTokenRequest && upstream.status === 200 ? this.afterService.shift() : undefined;
    if (late) {
      await this.answer(response, late);
      return;
    }
    const {
      connection: _connection,
      "keep-alive": _keepAlive,
      "transfer-encoding": _te,
      ...headers
    } = upstream.headers;
    response.writeHead(upstream.status, headers);
    response.end(upstream.body);
  }

  private async answer(response: ServerResponse, fault: InjectedFault): Promise<void> {
    this.injected += 1;
    const smithy = await protocolErrorResponse(fault === "server-error" ? serverError() : tooManyRequests());
    Object.assign(smithy.headers, { "cache-control": "no-store", "x-amzn-requestid": randomUUID() });
    writeSmithyResponse(response, smithy);
  }

  private forward(
    request: IncomingMessage,
  ): Promise<{ status: number; headers: IncomingMessage["headers"]; body: Buffer }> {
    const target = this.target;
    if (!target) throw new Error("FaultProxy.forwardTo was not called");
    return new Promise((resolve, reject) => {
      const outgoing = httpRequest(
        {
          host: target.hostname,
          port: target.port,
          method: request.method,
          path: request.url,
          headers: request.headers,
          agent: false,
        },
        (incoming) => {
          const chunks: Buffer[] = [];
          incoming.on("data", (chunk: Buffer) => chunks.push(chunk));
          incoming.on("end", () =>
            resolve({ status: incoming.statusCode ?? 502, headers: incoming.headers, body: Buffer.concat(chunks) }),
          );
          incoming.on("error", reject);
        },
      );
      outgoing.on("error", reject);
      request.pipe(outgoing);
    });
  }
}
