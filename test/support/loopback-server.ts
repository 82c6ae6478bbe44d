import { createServer, type IncomingHttpHeaders, type Server } from "node:http";
import type { AddressInfo } from "node:net";

export interface RecordedRequest {
  method: string;
  path: string;
  headers: IncomingHttpHeaders;
  body: string;
}

export interface CannedResponse {
  status: number;
  headers?: Record<string, string>;
  body?: string;
}

/**
 * A plain node:http server on 127.0.0.1 that records every request and answers with whatever the
 * test queued. It stands in for the service when a test is about a client's wire behaviour.
 */
export class LoopbackServer {
  readonly requests: RecordedRequest[] = [];
  private responses: CannedResponse[] = [];
  private server: Server | undefined;

  /** The base URL, e.g. http://127.0.0.1:41234 */
  url = "";

  async start(): Promise<this> {
    this.server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on("data", (chunk: Buffer) => chunks.push(chunk));
      req.on("end", () => {
        this.requests.push({
          method: req.method ?? "",
          path: req.url ?? "",
          headers: req.headers,
          body: Buffer.concat(chunks).toString("utf8"),
        });
        const next = this.responses.shift() ?? { status: 500, body: "no response queued" };
        res.writeHead(next.status, next.headers ?? {});
        res.end(next.body ?? "");
      });
    });
    await new Promise<void>((resolve) => this.server!.listen(0, "127.0.0.1", resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  respondWith(...responses: CannedResponse[]): void {
    this.responses.push(...responses);
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve, reject) => this.server?.close((error) => (error ? reject(error) : resolve())));
  }
}
