/**
 * Findings 1 and 2 of the security hardening issue, against the running local service: the sign-in
 * pages answer only at the service's own origins (DNS rebinding), and an authorization code dies
 * with a password change or a session revocation made after the sign-in that produced it.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { BrowserSession, CliLikeClient, LocalService, formTokenIn, send } from "../support/local-service.js";

const SAME_DEVICE = "arn:aws:signin:::devtools/same-device";
const CROSS_DEVICE = "arn:aws:signin:::devtools/cross-device";
const CALLBACK = "http://127.0.0.1:53037/oauth/callback";

let service: LocalService;
beforeAll(async () => {
  service = await LocalService.start();
});
afterAll(() => service.close());

const port = () => Number(new URL(service.url).port);

describe("finding 1: the sign-in pages answer only at the service's own origins", () => {
  it("finding 1: a DNS-rebound name gets 421 on the sign-in page, its form post and the confirmation page", async () => {
    const rebound = `rebind.example:${port()}`;
    const cli = new CliLikeClient(`http://${rebound}`, SAME_DEVICE, CALLBACK);
    const page = await send(cli.authorizeUrl().replace(`http://${rebound}`, service.url), {
      headers: { host: rebound },
    });
    expect(page.status).toBe(421);

    const post = await send(`${service.url}/v1/authorize`, {
      method: "POST",
      headers: {
        host: rebound,
        origin: `http://${rebound}`,
        "content-type": "application/x-www-form-urlencoded",
      },
      body: "form_token=x&username=developer&password=x",
    });
    expect(post.status).toBe(421);

    const confirmation = await send(`${service.url}/v1/confirmation?code=c&state=s`, { headers: { host: rebound } });
    expect(confirmation.status).toBe(421);
  });

  it("finding 1: a cross-device redirect URI at a rebound name is never accepted", async () => {
    const rebound = `rebind.example:${port()}`;
    const cli = new CliLikeClient(service.url, CROSS_DEVICE, `http://${rebound}/v1/confirmation`);
    expect((await send(cli.authorizeUrl(), { headers: { host: rebound } })).status).toBe(421);
    // Under one of our own names, the confirmation page must be at one of our own origins too.
    expect((await send(cli.authorizeUrl(), { headers: { host: `localhost:${port()}` } })).status).toBe(400);
  });

  it("finding 1: a form posted with the Origin of another loopback name is refused", async () => {
    const browser = new BrowserSession();
    const page = await browser.get(new CliLikeClient(service.url, SAME_DEVICE, CALLBACK).authorizeUrl());
    const response = await browser.postForm(
      `${service.url}/v1/authorize`,
      { form_token: formTokenIn(page.body), username: service.developer.userName, password: "x" },
      { origin: `http://127.0.0.2:${port()}` },
    );
    expect(response.status).toBe(403);
  });
});

describe("finding 1: --public-url", () => {
  it("finding 1: with public URLs the service answers at exactly those, and proofs must name one of them", async () => {
    const proxied = await LocalService.start({
      env: { SIGNIN_PUBLIC_URL: "https://signin.example.test, http://127.0.0.1:1" },
    });
    try {
      expect(proxied.url).toBe("https://signin.example.test");
      const direct = `http://127.0.0.1:${proxied.handle.port}`;
      // The loopback names of the port actually bound are not origins once --public-url is given.
      expect((await send(`${direct}/healthz`)).status).toBe(421);
      expect((await send(`${direct}/healthz`, { headers: { host: "signin.example.test" } })).status).toBe(200);
      expect((await send(`${direct}/healthz`, { headers: { host: "signin.example.test:443" } })).status).toBe(200);
      expect((await send(`${direct}/healthz`, { headers: { host: "127.0.0.1:1" } })).status).toBe(200);

      // A proof naming the public URL is what the token endpoint expects; one naming the bound port is not.
      const viaProxy = (htuBase: string) =>
        send(`${direct}/v1/token`, {
          method: "POST",
          headers: {
            host: "signin.example.test",
            "content-type": "application/json",
            dpop: new CliLikeClient(htuBase, SAME_DEVICE, CALLBACK).dpop(`${htuBase}/v1/token`),
          },
          body: JSON.stringify({ clientId: SAME_DEVICE, grantType: "refresh_token", refreshToken: "x".repeat(40) }),
        });
      expect((await viaProxy(direct)).body).toMatch(/htu/);
      expect((await viaProxy("https://signin.example.test")).body).not.toMatch(/htu/);
    } finally {
      await proxied.close();
    }
  });
});

/** Signs the development user in (same-device) and returns the code the redirect carries. */
async function signInForCode(cli: CliLikeClient, user: { userName: string; password: string }): Promise<string> {
  const browser = new BrowserSession();
  const page = await browser.get(cli.authorizeUrl());
  const signedIn = await browser.postForm(`${service.url}/v1/authorize`, {
    form_token: formTokenIn(page.body),
    username: user.userName,
    password: user.password,
  });
  expect(signedIn.status).toBe(302);
  return new URL(String(signedIn.headers.location)).searchParams.get("code")!;
}

describe("finding 2: a code binds the credential version and the sign-in time", () => {
  it("finding 2: a code issued before `users passwd` is refused with 403 USER_CREDENTIALS_CHANGED", async () => {
    await service.admin.addUser({
      userName: "passwd-victim",
      password: "first-password-123",
      accountId: "000000000000",
    });
    const cli = new CliLikeClient(service.url, SAME_DEVICE, CALLBACK);
    const code = await signInForCode(cli, { userName: "passwd-victim", password: "first-password-123" });
    await service.admin.changePassword("passwd-victim", "second-password-456");
    const exchanged = await cli.exchange(code);
    expect({ status: exchanged.status, error: exchanged.json.error }).toEqual({
      status: 403,
      error: "USER_CREDENTIALS_CHANGED",
    });
  });

  it("finding 2: a code issued before `users revoke-sessions` is refused with 401 TOKEN_EXPIRED", async () => {
    await service.admin.addUser({
      userName: "revoke-victim",
      password: "first-password-123",
      accountId: "000000000000",
    });
    const cli = new CliLikeClient(service.url, SAME_DEVICE, CALLBACK);
    const code = await signInForCode(cli, { userName: "revoke-victim", password: "first-password-123" });
    await new Promise((resolve) => setTimeout(resolve, 5));
    await service.admin.revokeSessions("revoke-victim");
    const exchanged = await cli.exchange(code);
    expect({ status: exchanged.status, error: exchanged.json.error }).toEqual({ status: 401, error: "TOKEN_EXPIRED" });
  });

  it("finding 2: a code issued after the change still works", async () => {
    const cli = new CliLikeClient(service.url, SAME_DEVICE, CALLBACK);
    const code = await signInForCode(cli, { userName: "passwd-victim", password: "second-password-456" });
    expect((await cli.exchange(code)).status).toBe(200);
  });
});
