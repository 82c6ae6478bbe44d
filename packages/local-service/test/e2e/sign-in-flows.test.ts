/**
 * Both `aws login` flows against the running local service, driven the way the AWS CLI drives them
 * (signin-protocol.md §4): the exact authorize URL, a loopback callback server or the cross-device
 * confirmation page, DPoP on the code exchange, then a refresh.
 */
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";

import { afterAll, beforeAll, describe, expect, it } from "vitest";

import {
  BrowserSession,
  CliLikeClient,
  LocalService,
  decodeLikeTheCli,
  formTokenIn,
  send,
} from "../support/local-service.js";

const SAME_DEVICE = "arn:aws:signin:::devtools/same-device";
const CROSS_DEVICE = "arn:aws:signin:::devtools/cross-device";

let service: LocalService;
beforeAll(async () => {
  service = await LocalService.start();
});
afterAll(() => service.close());

/** The CLI's loopback callback (§4.5): answers any GET with 200 and remembers the query. */
async function loopbackCallback(): Promise<{
  redirectUri: string;
  received: Promise<URLSearchParams>;
  close: () => void;
}> {
  let deliver!: (query: URLSearchParams) => void;
  const received = new Promise<URLSearchParams>((resolve) => (deliver = resolve));
  const server: Server = createServer((request, response) => {
    response.writeHead(200, { "content-type": "text/html" }).end("<p>You can close this window.</p>");
    deliver(new URL(request.url ?? "/", "http://127.0.0.1").searchParams);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    redirectUri: `http://127.0.0.1:${(server.address() as AddressInfo).port}/oauth/callback`,
    received,
    close: () => server.close(),
  };
}

describe("same-device sign-in, as the AWS CLI does it", () => {
  it("authorize page → password → redirect to the loopback callback → DPoP code exchange → refresh", async () => {
    const callback = await loopbackCallback();
    try {
      const cli = new CliLikeClient(service.url, SAME_DEVICE, callback.redirectUri);
      const browser = new BrowserSession();

      const page = await browser.get(cli.authorizeUrl());
      expect(page.status).toBe(200);
      expect(page.body).toContain("on this computer");
      expect(page.body).toContain(callback.redirectUri);

      const signedIn = await browser.postForm(`${service.url}/v1/authorize`, {
        form_token: formTokenIn(page.body),
        username: service.developer.userName,
        password: service.developer.password,
      });
      expect(signedIn.status).toBe(302);
      const location = new URL(String(signedIn.headers.location));
      expect(`${location.origin}${location.pathname}`).toBe(callback.redirectUri);

      // The browser follows the redirect to the CLI's callback server.
      await send(location.href);
      const query = await callback.received;
      expect(query.get("state")).toBe(cli.state);
      const code = query.get("code")!;

      const exchanged = await cli.exchange(code);
      expect(exchanged.status).toBe(200);
      expect(exchanged.json).toMatchObject({ tokenType: "aws_sigv4", expiresIn: 900 });
      const idToken = exchanged.json.idToken as string;
      const sub = (JSON.parse(Buffer.from(idToken.split(".")[1]!, "base64url").toString()) as { sub: string }).sub;
      expect(sub).toBe(service.developer.arn);
      expect(sub.split(":")[4]).toBe("000000000000");

      const refreshed = await cli.refresh(exchanged.json.refreshToken as string);
      expect(refreshed.status).toBe(200);
      expect(refreshed.json.refreshToken).not.toBe(exchanged.json.refreshToken);
    } finally {
      callback.close();
    }
  });
});

describe("cross-device sign-in (--remote)", () => {
  it("shows a verification code that the CLI decodes into state and code, which then redeem", async () => {
    const cli = new CliLikeClient(service.url, CROSS_DEVICE, `${service.url}/v1/sessions/confirmation`);
    const browser = new BrowserSession();

    const page = await browser.get(cli.authorizeUrl());
    expect(page.status).toBe(200);
    expect(page.body).toContain("on another device");

    const signedIn = await browser.postForm(`${service.url}/v1/authorize`, {
      form_token: formTokenIn(page.body),
      username: service.developer.userName,
      password: service.developer.password,
    });
    expect(signedIn.status).toBe(302);
    const confirmationUrl = new URL(String(signedIn.headers.location), service.url);
    expect(confirmationUrl.pathname).toBe("/v1/sessions/confirmation");

    const confirmation = await browser.get(confirmationUrl.href);
    expect(confirmation.status).toBe(200);
    expect(confirmation.body).toContain('id="copy"');
    expect(confirmation.body).toContain('src="/static/confirmation.js"');
    const shown = /<output id="verification-code"[^>]*>([^<]+)<\/output>/.exec(confirmation.body)?.[1];
    expect(shown).toMatch(/^[A-Za-z0-9+/]+=*$/); // standard base64, as the CLI decodes it

    const { state, code } = decodeLikeTheCli(shown!);
    expect(state).toBe(cli.state);
    const exchanged = await cli.exchange(code!);
    expect(exchanged.status).toBe(200);
    expect(exchanged.json.idToken).toBeTypeOf("string");
  });
});

describe("pages", () => {
  it("send the security headers: CSP without inline script, no framing, no caching, no referrer to other sites", async () => {
    const cli = new CliLikeClient(service.url, SAME_DEVICE, "http://127.0.0.1:53037/oauth/callback");
    const page = await send(cli.authorizeUrl());
    const csp = String(page.headers["content-security-policy"]);
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain("unsafe-inline");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("form-action 'self' http://127.0.0.1:53037");
    expect(page.headers["cache-control"]).toBe("no-store");
    expect(page.headers["referrer-policy"]).toBe("same-origin");
    expect(page.headers["x-frame-options"]).toBe("DENY");
    expect(page.body).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/); // no inline script element
    expect(page.body).not.toMatch(/\son[a-z]+=/i); // no inline event handlers
  });

  it("serve their stylesheet and script from this origin", async () => {
    expect((await send(`${service.url}/static/signin.css`)).headers["content-type"]).toBe("text/css; charset=utf-8");
    expect((await send(`${service.url}/static/confirmation.js`)).status).toBe(200);
  });

  it("escape request data", async () => {
    const cli = new CliLikeClient(service.url, SAME_DEVICE, "http://127.0.0.1:53037/oauth/callback");
    const url = new URL(cli.authorizeUrl());
    url.searchParams.set("state", '"><script>alert(1)</script>');
    const page = await send(url.href);
    expect(page.status).toBe(200);
    expect(page.body).not.toContain("<script>alert(1)</script>");
  });

  it("/healthz answers", async () => {
    const health = await send(`${service.url}/healthz`);
    expect([health.status, JSON.parse(health.body)]).toEqual([200, { status: "ok" }]);
  });
});
