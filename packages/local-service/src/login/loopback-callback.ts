import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

import { firstQueryValue, parseQueryPairs } from "../protocol/query-string.js";
import { LoginError } from "./login-error.js";

/** What the browser brought back to the loopback redirect URI. */
export interface AuthorizationCallback {
  readonly code: string;
  readonly state: string;
}

const DEFAULT_CALLBACK_TIMEOUT_MS = 10 * 60 * 1000;

/**
 * The same-device redirect target, as the AWS CLI runs it: an HTTP server on a random loopback
 * port that answers any GET with a page telling the person to return to the terminal, and
 * settles on the first request that carries `code` and `state` (first values) or `error`.
 * Requests with neither, such as a favicon fetch, are answered and otherwise ignored.
 *
 * Unlike the CLI, which listens on all interfaces, it binds 127.0.0.1 only: the redirect URI
 * names that address, and nothing else on the network should be able to hand it a code.
 */
export class LoopbackCallbackServer {
  private outcome: { callback: AuthorizationCallback } | { error: LoginError } | undefined;
  private readonly listeners = new Set<() => void>();

  private constructor(
    private readonly server: Server,
    readonly port: number,
  ) {}

  static async start(): Promise<LoopbackCallbackServer> {
    const server = createServer();
    await new Promise<void>((resolve, reject) => {
      server.once("error", reject);
      server.listen(0, "127.0.0.1", () => {
        server.off("error", reject);
        resolve();
      });
    });
    const callbackServer = new LoopbackCallbackServer(server, (server.address() as AddressInfo).port);
    server.on("request", (request: IncomingMessage, response: ServerResponse) =>
      callbackServer.handle(request, response),
    );
    return callbackServer;
  }

  /** The redirect_uri to send in the authorize request. */
  get redirectUri(): string {
    return `http://127.0.0.1:${this.port}/oauth/callback`;
  }

  /** Resolves with the first code and state, rejects on an `error` callback or after `timeoutMs`. */
  waitForCode(options: { timeoutMs?: number } = {}): Promise<AuthorizationCallback> {
    const timeoutMs = options.timeoutMs ?? DEFAULT_CALLBACK_TIMEOUT_MS;
    return new Promise((resolve, reject) => {
      const settle = (): boolean => {
        if (this.outcome === undefined) return false;
        if ("callback" in this.outcome) resolve(this.outcome.callback);
        else reject(this.outcome.error);
        return true;
      };
      if (settle()) return;
      const timer = setTimeout(() => {
        this.listeners.delete(listener);
        reject(
          new LoginError(
            `Timed out after ${describeDuration(timeoutMs)} waiting for the browser to return to ${this.redirectUri}. ` +
              "Run login again.",
          ),
        );
      }, timeoutMs);
      const listener = (): void => {
        if (!settle()) return;
        clearTimeout(timer);
        this.listeners.delete(listener);
      };
      this.listeners.add(listener);
    });
  }

  async close(): Promise<void> {
    const closed = new Promise<void>((resolve) => this.server.close(() => resolve()));
    // A browser keeps its connection open; without this, close() would wait for it to time out.
    this.server.closeAllConnections();
    await closed;
  }

  private handle(request: IncomingMessage, response: ServerResponse): void {
    if (request.method !== "GET") {
      response.writeHead(405, { allow: "GET", connection: "close" }).end();
      return;
    }
    const pairs = parseQueryPairs(queryOf(request.url ?? "/"));
    const error = firstQueryValue(pairs, "error");
    const code = firstQueryValue(pairs, "code");
    const state = firstQueryValue(pairs, "state");
    if (this.outcome === undefined) {
      if (error !== undefined) {
        const description = firstQueryValue(pairs, "error_description");
        this.outcome = {
          error: new LoginError(
            `Failed to retrieve an authorization code: the sign-in page returned ${error}` +
              (description === undefined ? "." : `: ${description}`),
          ),
        };
      } else if (code !== undefined && state !== undefined) {
        this.outcome = { callback: { code, state } };
      }
      if (this.outcome !== undefined) for (const listener of [...this.listeners]) listener();
    }
    response
      .writeHead(200, {
        "content-type": "text/html; charset=utf-8",
        "cache-control": "no-store",
        "referrer-policy": "no-referrer",
        connection: "close",
      })
      .end(error === undefined ? successPage : failurePage);
  }
}

// The request target may be origin-form or absolute-form; only its query matters.
const queryOf = (target: string): string => {
  const withoutFragment = target.split("#", 1)[0] ?? "";
  const start = withoutFragment.indexOf("?");
  return start < 0 ? "" : withoutFragment.slice(start + 1);
};

const describeDuration = (ms: number): string =>
  ms % 60_000 === 0 ? `${ms / 60_000} minute${ms === 60_000 ? "" : "s"}` : `${ms / 1000} seconds`;

// Nothing from the request is echoed into the page, so it needs no escaping.
const page = (title: string, message: string): string =>
  `<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${title}</title></head>
<body style="font-family: system-ui, sans-serif; margin: 3rem auto; max-width: 32rem; text-align: center">
<h1>${title}</h1>
<p>${message}</p>
</body>
</html>
`;

const successPage = page("Sign-in complete", "You can close this window and return to your terminal.");
const failurePage = page("Sign-in failed", "Return to your terminal for details. You can close this window.");
