/**
 * What the sign-in pages refuse: password guessing, forged or replayed forms, and redirects to
 * anywhere but the CLI's loopback callback or this service's confirmation page.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { ManualClock } from "../../../token-service/test/support/manual-clock.js";
import { BrowserSession, CliLikeClient, LocalService, formTokenIn, send } from "../support/local-service.js";

const SAME_DEVICE = "arn:aws:signin:::devtools/same-device";
const CALLBACK = "http://127.0.0.1:53037/oauth/callback";

let service: LocalService;
let clock: ManualClock;
beforeAll(async () => {
  clock = ManualClock.followingRealTime();
  service = await LocalService.start({ clock });
});
afterAll(() => service.close());

async function openSignInForm(browser = new BrowserSession()) {
  const page = await browser.get(new CliLikeClient(service.url, SAME_DEVICE, CALLBACK).authorizeUrl());
  expect(page.status).toBe(200);
  return { browser, formToken: formTokenIn(page.body) };
}

const post = (browser: BrowserSession, fields: Record<string, string>, headers: Record<string, string> = {}) =>
  browser.postForm(`${service.url}/v1/authorize`, fields, headers);

describe("password guessing", () => {
  it("a wrong password re-shows the form with an error and no redirect", async () => {
    const { browser, formToken } = await openSignInForm();
    const response = await post(browser, {
      form_token: formToken,
      username: service.developer.userName,
      password: "wrong-password-1",
    });
    expect(response.status).toBe(401);
    expect(response.headers.location).toBeUndefined();
    expect(response.body).toContain("The user name or password is incorrect.");
    expect(formTokenIn(response.body)).toBe(formToken);
  });

  it("after five failures for a user, every attempt waits, even with the right password", async () => {
    await service.admin.addUser({ userName: "target", password: "target-password-123", accountId: "000000000000" });
    const { browser, formToken } = await openSignInForm();
    for (let i = 0; i < 5; i++) {
      expect(
        (await post(browser, { form_token: formToken, username: "target", password: `guess-${i}-xxxxxx` })).status,
      ).toBe(401);
    }
    expect(
      (await post(browser, { form_token: formToken, username: "target", password: "guess-6-xxxxxx" })).status,
    ).toBe(401);
    const locked = await post(browser, { form_token: formToken, username: "target", password: "target-password-123" });
    expect(locked.status).toBe(429);
    expect(Number(locked.headers["retry-after"])).toBeGreaterThanOrEqual(1);
    expect(locked.body).toMatch(/Too many failed attempts/);
    expect(locked.headers.location).toBeUndefined();

    // Once the wait is over the right password works, and the count starts again.
    clock.advance(2_000);
    const ok = await post(browser, { form_token: formToken, username: "target", password: "target-password-123" });
    expect(ok.status).toBe(302);
  });

  it("one address guessing across many users is slowed down too", async () => {
    clock.advance(60 * 60_000); // the earlier tests' failures from this address are forgotten
    const { browser, formToken } = await openSignInForm();
    const statuses: number[] = [];
    for (let i = 0; i < 22; i++) {
      statuses.push(
        (await post(browser, { form_token: formToken, username: `nobody-${i}`, password: "wrong-password-x" })).status,
      );
    }
    expect(statuses.slice(0, 20)).toEqual(Array(20).fill(401));
    expect(statuses.at(-1)).toBe(429);
    clock.advance(60 * 60_000); // let the address's failures be forgotten for the next tests
  });

  it("echoes a submitted user name safely", async () => {
    const { browser, formToken } = await openSignInForm();
    const response = await post(browser, {
      form_token: formToken,
      username: '"><script>alert(1)</script>',
      password: "whatever-password",
    });
    expect(response.body).not.toContain("<script>alert(1)</script>");
    expect(response.body).toContain("&quot;&gt;&lt;script&gt;");
  });
});

describe("forged and stale forms (CSRF)", () => {
  const credentials = () => ({ username: service.developer.userName, password: service.developer.password });

  it("refuses a post without the browser's CSRF cookie", async () => {
    const { formToken } = await openSignInForm();
    const stranger = new BrowserSession();
    const response = await post(stranger, { form_token: formToken, ...credentials() });
    expect(response.status).toBe(400);
    expect(response.headers.location).toBeUndefined();
    expect(response.body).toMatch(/not valid in this browser/);
  });

  it("refuses a form token served to another browser", async () => {
    const { formToken } = await openSignInForm();
    const { browser: other } = await openSignInForm();
    expect((await post(other, { form_token: formToken, ...credentials() })).status).toBe(400);
  });

  it("refuses a tampered form token", async () => {
    const { browser, formToken } = await openSignInForm();
    const index = formToken.length - 10;
    const tampered = formToken.slice(0, index) + (formToken[index] === "A" ? "B" : "A") + formToken.slice(index + 1);
    expect((await post(browser, { form_token: tampered, ...credentials() })).status).toBe(400);
    expect((await post(browser, { form_token: "", ...credentials() })).status).toBe(400);
  });

  it("refuses an expired form", async () => {
    const { browser, formToken } = await openSignInForm();
    clock.advance(10 * 60_000 + 1_000);
    const response = await post(browser, { form_token: formToken, ...credentials() });
    expect(response.status).toBe(400);
    expect(response.body).toMatch(/expired/);
  });

  it("refuses a post from another site's page", async () => {
    const { browser, formToken } = await openSignInForm();
    const response = await post(browser, { form_token: formToken, ...credentials() }, { origin: "http://evil.test" });
    expect(response.status).toBe(403);
    expect(response.headers.location).toBeUndefined();
  });

  it("sets the CSRF cookie HttpOnly and SameSite=Strict", async () => {
    const page = await send(new CliLikeClient(service.url, SAME_DEVICE, CALLBACK).authorizeUrl());
    expect(String(page.headers["set-cookie"])).toMatch(
      /^signin_csrf=[\w-]+; Path=\/v1\/authorize; HttpOnly; SameSite=Strict$/,
    );
  });
});

describe("open redirects", () => {
  it.each([
    "http://evil.test:53037/oauth/callback",
    "https://evil.test/oauth/callback",
    "http://localhost:53037/oauth/callback",
    "http://localhost.evil.test:53037/oauth/callback",
    "http://127.0.0.1.nip.io:53037/oauth/callback",
    "http://127.0.0.1:53037@evil.test/oauth/callback",
    "http://evil.test@127.0.0.1:53037/oauth/callback",
    "http://127.0.0.1:53037/oauth/callback?next=https://evil.test",
    "http://[::1]:53037/oauth/callback",
    "//evil.test/oauth/callback",
    "javascript:alert(1)",
  ])("refuses redirect_uri %s with an error page and no redirect", async (redirectUri) => {
    const page = await send(new CliLikeClient(service.url, SAME_DEVICE, redirectUri).authorizeUrl());
    expect(page.status).toBe(400);
    expect(page.headers.location).toBeUndefined();
    expect(page.body).toMatch(/redirect URI must be/);
  });

  it("refuses an unknown client_id with an error page and no redirect", async () => {
    const page = await send(new CliLikeClient(service.url, "arn:aws:signin:::devtools/evil", CALLBACK).authorizeUrl());
    expect([page.status, page.headers.location]).toEqual([400, undefined]);
  });

  it("sends other errors back to a valid redirect URI with error, error_description and state", async () => {
    const cli = new CliLikeClient(service.url, SAME_DEVICE, CALLBACK);
    const page = await send(cli.authorizeUrl().replace("scope=openid", "scope=admin"));
    expect(page.status).toBe(302);
    const location = new URL(String(page.headers.location));
    expect(`${location.origin}${location.pathname}`).toBe(CALLBACK);
    expect(Object.fromEntries(location.searchParams)).toEqual({
      error: "invalid_scope",
      error_description: "scope must be openid.",
      state: cli.state,
    });
  });

  it("refuses a cross-device redirect to anywhere but this service's confirmation page", async () => {
    const cli = new CliLikeClient(
      service.url,
      "arn:aws:signin:::devtools/cross-device",
      "http://evil.test/v1/sessions/confirmation",
    );
    const page = await send(cli.authorizeUrl());
    expect([page.status, page.headers.location]).toEqual([400, undefined]);
  });
});
