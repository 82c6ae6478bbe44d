/**
 * The sign-in pages in a real browser: headless Debian Chromium driven by playwright-core. Checks
 * what only a browser shows: that the form works under the pages' CSP, that the redirect after
 * the post reaches the CLI's loopback callback (form-action), and that the copy button's script
 * runs.
 */
import { existsSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";

import { type Browser, type BrowserContext, chromium } from "playwright-core";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";

import { CliLikeClient, LocalService, decodeLikeTheCli } from "../support/local-service.js";

const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

let service: LocalService;
let browser: Browser;
let context: BrowserContext;
let callback: Server;
let callbackUri: string;
let callbackHits: URLSearchParams[];

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `No Chromium at ${CHROMIUM}. Install Debian's chromium package (.ci/run does), or set CHROMIUM_PATH.`,
    );
  }
  service = await LocalService.start();
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    // Chromium's own background traffic would only fail on this closed network.
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
  callback = createServer((request, response) => {
    // Only the callback itself counts: browsers also ask this origin for /favicon.ico.
    const url = new URL(request.url ?? "/", "http://127.0.0.1");
    if (url.pathname === "/oauth/callback") callbackHits.push(url.searchParams);
    response
      .writeHead(200, { "content-type": "text/html" })
      .end("<title>callback</title><p>You can close this window.</p>");
  });
  await new Promise<void>((resolve) => callback.listen(0, "127.0.0.1", resolve));
  callbackUri = `http://127.0.0.1:${(callback.address() as AddressInfo).port}/oauth/callback`;
});

afterAll(async () => {
  await browser?.close();
  callback?.close();
  await service?.close();
});

beforeEach(async () => {
  callbackHits = [];
  await context?.close();
  context = await browser.newContext();
});

/** Console messages that report a CSP violation: there must be none. */
function collectCspViolations(page: import("playwright-core").Page): string[] {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  return violations;
}

describe("sign-in page in Chromium", () => {
  it("signing in reaches the loopback callback with a code and the state", async () => {
    const cli = new CliLikeClient(service.url, "arn:aws:signin:::devtools/same-device", callbackUri);
    const page = await context.newPage();
    const violations = collectCspViolations(page);

    await page.goto(cli.authorizeUrl());
    await expect(page.locator("h1").textContent()).resolves.toBe("Sign in");
    await expect(page.locator("body").textContent()).resolves.toContain(callbackUri);
    await page.fill("#username", service.developer.userName);
    await page.fill("#password", service.developer.password);
    await Promise.all([page.waitForURL(/\/oauth\/callback\?/), page.click("button[type=submit]")]);

    expect(callbackHits).toHaveLength(1);
    expect(callbackHits[0]!.get("state")).toBe(cli.state);
    const code = callbackHits[0]!.get("code")!;
    expect((await cli.exchange(code)).status).toBe(200);
    expect(violations).toEqual([]);
  });

  it("finding 13: Chromium posts the form with the page's own Origin (not null) and the sealed CSRF cookie", async () => {
    const cli = new CliLikeClient(service.url, "arn:aws:signin:::devtools/same-device", callbackUri);
    const page = await context.newPage();
    const posted: Record<string, string>[] = [];
    page.on("request", (request) => {
      if (request.method() === "POST") posted.push(request.headers());
    });
    await page.goto(cli.authorizeUrl());
    await page.fill("#username", service.developer.userName);
    await page.fill("#password", service.developer.password);
    await Promise.all([page.waitForURL(/\/oauth\/callback\?/), page.click("button[type=submit]")]);

    expect(posted).toHaveLength(1);
    expect(posted[0]!.origin).toBe(service.url);
    const cookies = await context.cookies(service.url + "/v1/authorize");
    expect(cookies.find((cookie) => cookie.name === "signin_csrf")).toMatchObject({
      httpOnly: true,
      sameSite: "Strict",
      value: expect.stringMatching(/^v1\./),
    });
    expect(cookies.map((cookie) => cookie.name)).toContain("signin_device");
    expect(callbackHits).toHaveLength(1);
  });

  it("a wrong password shows an error and does not redirect", async () => {
    const cli = new CliLikeClient(service.url, "arn:aws:signin:::devtools/same-device", callbackUri);
    const page = await context.newPage();
    await page.goto(cli.authorizeUrl());
    await page.fill("#username", service.developer.userName);
    await page.fill("#password", "not-the-password");
    await Promise.all([page.waitForLoadState("load"), page.click("button[type=submit]")]);

    await expect(page.locator(".error").textContent()).resolves.toBe("The user name or password is incorrect.");
    expect(new URL(page.url()).pathname).toBe("/v1/authorize");
    expect(callbackHits).toEqual([]);
    // The form is there to try again, with the user name kept.
    await expect(page.inputValue("#username")).resolves.toBe(service.developer.userName);
  });

  it("the cross-device confirmation page shows the code and its copy button copies it", async () => {
    await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: service.url });
    const cli = new CliLikeClient(
      service.url,
      "arn:aws:signin:::devtools/cross-device",
      `${service.url}/v1/sessions/confirmation`,
    );
    const page = await context.newPage();
    const violations = collectCspViolations(page);
    await page.goto(cli.authorizeUrl());
    await expect(page.locator("body").textContent()).resolves.toContain("on another device");
    await page.fill("#username", service.developer.userName);
    await page.fill("#password", service.developer.password);
    await Promise.all([page.waitForURL(/\/v1\/sessions\/confirmation\?/), page.click("button[type=submit]")]);

    const shown = (await page.locator("#verification-code").textContent())!.trim();
    await page.click("#copy"); // hidden unless the page's script ran
    // The click handler awaits the clipboard before it relabels the button.
    await page.waitForFunction('document.getElementById("copy").textContent === "Copied"');
    // Runs in the page, where `navigator` exists; the string form keeps DOM types out of this Node project.
    expect(await page.evaluate("navigator.clipboard.readText()")).toBe(shown);

    const { state, code } = decodeLikeTheCli(shown);
    expect(state).toBe(cli.state);
    expect((await cli.exchange(code!)).status).toBe(200);
    expect(violations).toEqual([]);
  });
});
