/**
 * Regression tests for the sign-in side of issue 8 (findings 3, 4, 5, 6's page side, 13 and 14),
 * each over real HTTP against the real local service, as a program on the same host would attack
 * it: many requests at once, other 127/8 source addresses, forged cookies, crafted links.
 */
import { createHook } from "node:async_hooks";
import { chmod, chown, mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Writable } from "node:stream";

import { StoreCapacityError, createLogger } from "@open-signin/token-service";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

import { resolveLocalServiceSettings } from "../../src/serve/local-service-settings.js";
import { startLocalService } from "../../src/serve/start-local-service.js";
import { runCli } from "../support/cli-process.js";
import { BrowserSession, CliLikeClient, LocalService, formTokenIn, send } from "../support/local-service.js";

const SAME_DEVICE = "arn:aws:signin:::devtools/same-device";
const CALLBACK = "http://127.0.0.1:53037/oauth/callback";
const ACCOUNT = "000000000000";

let service: LocalService;
let clock: { now: () => number; advance: (ms: number) => void };
const logLines: string[] = [];
beforeAll(async () => {
  let offset = 0;
  clock = { now: () => Date.now() + offset, advance: (ms) => void (offset += ms) };
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      logLines.push(chunk.toString("utf8"));
      done();
    },
  });
  service = await LocalService.start({ clock, logger: createLogger({ level: "debug", destination: sink }) });
});
afterAll(() => service.close());

/** Lets every earlier attempt count be forgotten, so each test starts from clean limits. */
const forgetEarlierAttempts = () => clock.advance(2 * 60 * 60_000);

async function openForm(browser = new BrowserSession()) {
  const page = await browser.get(new CliLikeClient(service.url, SAME_DEVICE, CALLBACK).authorizeUrl());
  expect(page.status).toBe(200);
  return { browser, formToken: formTokenIn(page.body) };
}

async function signIn(userName: string, password: string, browser?: BrowserSession) {
  const form = await openForm(browser);
  return form.browser.postForm(`${service.url}/v1/authorize`, {
    form_token: form.formToken,
    username: userName,
    password,
  });
}

let userCount = 0;
async function newUser(): Promise<{ userName: string; password: string }> {
  const user = { userName: `finding-user-${++userCount}`, password: `finding-password-${userCount}-long` };
  await service.admin.addUser({ ...user, accountId: ACCOUNT });
  return user;
}

/** A same-device sign-in and code exchange: the refresh token of a new session. */
async function newSession(user: { userName: string; password: string }) {
  const cli = new CliLikeClient(service.url, SAME_DEVICE, CALLBACK);
  const browser = new BrowserSession();
  const page = await browser.get(cli.authorizeUrl());
  const posted = await browser.postForm(`${service.url}/v1/authorize`, {
    form_token: formTokenIn(page.body),
    username: user.userName,
    password: user.password,
  });
  expect(posted.status).toBe(302);
  const code = new URL(String(posted.headers.location)).searchParams.get("code")!;
  const exchanged = await cli.exchange(code);
  expect(exchanged.status).toBe(200);
  return { cli, refreshToken: exchanged.json.refreshToken as string };
}

const statusCounts = (statuses: number[]) =>
  statuses.reduce<Record<number, number>>((counts, status) => ({ ...counts, [status]: (counts[status] ?? 0) + 1 }), {});

describe("finding 3: sign-in backoff races", () => {
  it("finding 3: 60 parallel wrong passwords for one user get at most 5 password checks", async () => {
    forgetEarlierAttempts();
    const user = await newUser();
    // 60 browsers, so that nothing but the per-user limit stands in the way.
    const forms = await Promise.all(Array.from({ length: 60 }, () => openForm()));
    const results = await Promise.all(
      forms.map(({ browser, formToken }, i) =>
        browser.postForm(`${service.url}/v1/authorize`, {
          form_token: formToken,
          username: user.userName,
          password: `wrong-guess-${i}-xxxxxxxx`,
        }),
      ),
    );
    const counts = statusCounts(results.map((result) => result.status));
    expect(counts[401] ?? 0, JSON.stringify(counts)).toBeLessThanOrEqual(5);
    expect((counts[401] ?? 0) + (counts[429] ?? 0)).toBe(60);
    for (const refused of results.filter((result) => result.status === 429)) {
      expect(Number(refused.headers["retry-after"])).toBeGreaterThanOrEqual(1);
      expect(refused.headers.location).toBeUndefined();
    }
  });

  it("finding 3: the same burst spread over 60 loopback source addresses is limited the same", async () => {
    forgetEarlierAttempts();
    const user = await newUser();
    const forms = await Promise.all(
      Array.from({ length: 60 }, (_, i) => openForm(new BrowserSession(`127.0.${1 + (i >> 8)}.${1 + (i % 250)}`))),
    );
    const results = await Promise.all(
      forms.map(({ browser, formToken }, i) =>
        browser.postForm(`${service.url}/v1/authorize`, {
          form_token: formToken,
          username: user.userName,
          password: `wrong-guess-${i}-xxxxxxxx`,
        }),
      ),
    );
    expect(results.filter((result) => result.status === 401).length).toBeLessThanOrEqual(5);
  });
});

describe("finding 4: lockout per loopback address for everyone", () => {
  it("finding 4: one local program's failures across many user names do not lock out other users", async () => {
    forgetEarlierAttempts();
    const attacker = (await openForm()).browser;
    for (let i = 0; i < 30; i++) {
      await signIn(`sprayed-${i}`, "Winter2026!-guess", attacker);
    }
    // Same address (127.0.0.1), another browser, the right password: signed in.
    expect((await signIn(service.developer.userName, service.developer.password)).status).toBe(302);
  });

  it("finding 4: another 127/8 source address does not get around the per-user limit", async () => {
    forgetEarlierAttempts();
    const user = await newUser();
    for (let i = 0; i < 5; i++) {
      expect((await signIn(user.userName, `wrong-guess-${i}-xxxxxxx`, new BrowserSession("127.0.0.1"))).status).toBe(
        401,
      );
    }
    const elsewhere = await signIn(user.userName, "wrong-guess-x-xxxxxxx", new BrowserSession("127.9.8.7"));
    expect(elsewhere.status).toBe(429);
    expect(await signIn(user.userName, user.password, new BrowserSession("127.200.0.1"))).toMatchObject({
      status: 429,
    });
  });

  it("finding 4: a browser that signed in before keeps signing in while someone guesses the password", async () => {
    forgetEarlierAttempts();
    const user = await newUser();
    const own = new BrowserSession();
    expect((await signIn(user.userName, user.password, own)).status).toBe(302);
    expect(own.cookie("signin_device")).toBeDefined();

    // Someone else keeps the user name locked for browsers it has never signed in from.
    const guesser = new BrowserSession("127.0.0.77");
    for (let i = 0; i < 12; i++) await signIn(user.userName, `guess-${i}-xxxxxxxxxx`, guesser);
    expect((await signIn(user.userName, user.password, new BrowserSession())).status).toBe(429);

    // The user's own browser is not affected, and the device cookie is no use to another user name.
    expect((await signIn(user.userName, user.password, own)).status).toBe(302);
    expect((await signIn(service.developer.userName, "wrong-developer-password", own)).status).toBe(401);
  });

  it("finding 4: a locked user's right password from the same browser works once the backoff is over", async () => {
    forgetEarlierAttempts();
    const user = await newUser();
    const browser = (await openForm()).browser;
    for (let i = 0; i < 5; i++) await signIn(user.userName, `typo-${i}-xxxxxxxxxxx`, browser);
    expect((await signIn(user.userName, user.password, browser)).status).toBe(429);
    clock.advance(1_000);
    expect((await signIn(user.userName, user.password, browser)).status).toBe(302);
  });
});

describe("finding 5: password hashing starves the token endpoint", () => {
  // Token requests carry DPoP proofs made with the real time: these tests use a service on it.
  let shifted: LocalService;
  beforeAll(async () => {
    shifted = service;
    service = await LocalService.start();
  });
  afterAll(async () => {
    await service.close();
    service = shifted;
  });

  it("finding 5: refreshes make no file-system calls", async () => {
    const { cli, refreshToken } = await newSession(await newUser());
    let fsRequests = 0;
    const hook = createHook({
      init(_id, type) {
        if (type.startsWith("FSREQ") || type === "STATWATCHER") fsRequests++;
      },
    });
    let token = refreshToken;
    hook.enable();
    try {
      for (let i = 0; i < 40; i++) {
        const refreshed = await cli.refresh(token);
        expect(refreshed.status).toBe(200);
        token = refreshed.json.refreshToken as string;
      }
    } finally {
      hook.disable();
    }
    // At most the users file's periodic change check (every 2 s) can fall inside the loop.
    expect(fsRequests).toBeLessThanOrEqual(2);
  });

  it("finding 5: a crowd of sign-ins is refused with 429 beyond the check queue, while refreshes go on", async () => {
    forgetEarlierAttempts();
    const { cli, refreshToken } = await newSession(await newUser());
    const forms = await Promise.all(Array.from({ length: 60 }, () => openForm()));
    const signIns = Promise.all(
      forms.map(({ browser, formToken }, i) =>
        browser.postForm(`${service.url}/v1/authorize`, {
          form_token: formToken,
          username: `crowd-${i}`,
          password: "a-wrong-password-here",
        }),
      ),
    );
    let token = refreshToken;
    const refreshStatuses: number[] = [];
    for (let i = 0; i < 10; i++) {
      const refreshed = await cli.refresh(token);
      refreshStatuses.push(refreshed.status);
      token = refreshed.json.refreshToken as string;
    }
    const results = await signIns;
    expect(refreshStatuses).toEqual(Array(10).fill(200));
    const busy = results.filter((result) => result.status === 429);
    // 2 checks running and 16 waiting at most: the rest are turned away at once.
    expect(results.filter((result) => result.status === 401).length).toBeLessThanOrEqual(18);
    expect(busy.length).toBeGreaterThanOrEqual(42);
    expect(busy[0]!.body).toMatch(/Too many sign-ins are being checked right now/);
    expect(Number(busy[0]!.headers["retry-after"])).toBeGreaterThanOrEqual(1);
  });

  it("finding 5: a change made with `open-signin users` is seen within a few seconds", async () => {
    const user = await newUser();
    const { cli, refreshToken } = await newSession(user);
    const revoked = await runCli([
      "users",
      "revoke-sessions",
      user.userName,
      "--data-dir",
      service.dataDir,
      "--users-file",
      join(service.dataDir, "users.json"),
    ]);
    expect(revoked.code, revoked.stderr).toBe(0);
    let token = refreshToken;
    const deadline = Date.now() + 5_000;
    for (;;) {
      const refreshed = await cli.refresh(token);
      if (refreshed.status === 401) {
        expect(refreshed.json.error).toBe("TOKEN_EXPIRED");
        break;
      }
      expect(refreshed.status).toBe(200);
      expect(Date.now()).toBeLessThan(deadline);
      token = refreshed.json.refreshToken as string;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  });
});

describe("finding 6 (page side): the sign-in page when the store is full or failing", () => {
  it("finding 6: a full store gives a 429 page with Retry-After, never a 500", async () => {
    forgetEarlierAttempts();
    const codes = service.handle.tokenService.authorizationCodes;
    const issue = vi.spyOn(codes, "issue").mockRejectedValue(new StoreCapacityError("store is full"));
    try {
      const response = await signIn(service.developer.userName, service.developer.password);
      expect(response.status).toBe(429);
      expect(Number(response.headers["retry-after"])).toBeGreaterThanOrEqual(1);
      expect(response.headers["content-type"]).toMatch(/^text\/html/);
      expect(response.body).toMatch(/busy/);
    } finally {
      issue.mockRestore();
    }
  });

  it("finding 6: a failing store gives a 503 page with Retry-After, never a 500", async () => {
    forgetEarlierAttempts();
    const codes = service.handle.tokenService.authorizationCodes;
    const issue = vi.spyOn(codes, "issue").mockRejectedValue(new Error("connect ECONNREFUSED 127.0.0.1:6379"));
    try {
      const response = await signIn(service.developer.userName, service.developer.password);
      expect(response.status).toBe(503);
      expect(Number(response.headers["retry-after"])).toBeGreaterThanOrEqual(1);
      expect(response.body).not.toContain("ECONNREFUSED");
    } finally {
      issue.mockRestore();
    }
  });
});

describe("finding 13: the sign-in form's CSRF cookie", () => {
  it("finding 13: a CSRF cookie the attacker chose is not adopted", async () => {
    const browser = new BrowserSession();
    browser.setCookie("signin_csrf", "attacker-chosen-value");
    const page = await browser.get(new CliLikeClient(service.url, SAME_DEVICE, CALLBACK).authorizeUrl());
    expect(page.status).toBe(200);
    expect(String(page.headers["set-cookie"])).toMatch(/^signin_csrf=/);
    expect(browser.cookie("signin_csrf")).not.toBe("attacker-chosen-value");
  });

  it("finding 13: a post with an unknown cookie gets a fresh cookie and the form again, and no sign-in", async () => {
    forgetEarlierAttempts();
    const { browser, formToken } = await openForm();
    browser.setCookie("signin_csrf", "forged");
    const response = await browser.postForm(`${service.url}/v1/authorize`, {
      form_token: formToken,
      username: service.developer.userName,
      password: service.developer.password,
    });
    expect(response.status).toBe(400);
    expect(response.headers.location).toBeUndefined();
    expect(browser.cookie("signin_csrf")).not.toBe("forged");
    // The form shown again works in this browser.
    const again = await browser.postForm(`${service.url}/v1/authorize`, {
      form_token: formTokenIn(response.body),
      username: service.developer.userName,
      password: service.developer.password,
    });
    expect(again.status).toBe(302);
  });

  it("finding 13: a post with Origin: null is refused", async () => {
    const { browser, formToken } = await openForm();
    const response = await browser.postForm(
      `${service.url}/v1/authorize`,
      { form_token: formToken, username: service.developer.userName, password: service.developer.password },
      { origin: "null" },
    );
    expect(response.status).toBe(403);
    expect(response.headers.location).toBeUndefined();
  });
});

describe("finding 14: smaller items", () => {
  it("finding 14: the confirmation page shows only its own text for known error codes", async () => {
    const lure = "Your account is suspended. Call +1 555 0100 now";
    const known = await send(
      `${service.url}/v1/sessions/confirmation?error=access_denied&error_description=${encodeURIComponent(lure)}`,
    );
    expect(known.status).toBe(200);
    expect(known.body).not.toContain("555 0100");
    expect(known.body).toContain("not allowed to sign in");
    const unknown = await send(`${service.url}/v1/sessions/confirmation?error=${encodeURIComponent(lure)}`);
    expect(unknown.body).not.toContain("555 0100");
    expect(unknown.body).toContain("The sign-in request was refused.");
  });

  it("finding 14: what is typed into the user name field is not logged, unless it names a user", async () => {
    forgetEarlierAttempts();
    logLines.length = 0;
    const typedPassword = "MyS3cretPassw0rd";
    await signIn(typedPassword, "whatever-it-is-here");
    await signIn("not.a.valid name with spaces", "whatever-it-is-here");
    await signIn(service.developer.userName, "a-wrong-password-here");
    const logs = logLines.join("");
    expect(logs).toMatch(/"event":"sign-in"/);
    expect(logs).not.toContain(typedPassword);
    expect(logs).not.toContain("with spaces");
    expect(logs).toContain(`"userName":"${service.developer.userName}"`);
  });

  describe("finding 14: the data directory", () => {
    let work: string;
    beforeAll(async () => {
      work = await mkdtemp(join(tmpdir(), "open-signin-datadir-"));
    });
    afterAll(() => rm(work, { recursive: true, force: true }));

    const start = (dataDir: string) =>
      startLocalService(resolveLocalServiceSettings({ flags: { port: "0", dataDir }, env: {} }), {
        logger: createLogger({ level: "silent" }),
      });

    it("finding 14: a data directory others can read is refused with a clear message", async () => {
      const dataDir = join(work, "open");
      await rm(dataDir, { recursive: true, force: true });
      await mkdir(dataDir);
      await chmod(dataDir, 0o755);
      await expect(start(dataDir)).rejects.toThrow(/other users can access it \(mode 0755\).*chmod 700/);
      const cli = await runCli(["serve", "--port", "0", "--data-dir", dataDir]);
      expect(cli.code).not.toBe(0);
      expect(cli.stderr).toMatch(/other users can access it/);
    });

    it.runIf(process.getuid?.() === 0)(
      "finding 14: a data directory owned by another user is refused with a clear message",
      async () => {
        const dataDir = join(work, "theirs");
        await mkdir(dataDir, { mode: 0o700 });
        await writeFile(join(dataDir, "planted"), "");
        await chown(dataDir, 4242, 4242);
        await expect(start(dataDir)).rejects.toThrow(/belongs to user id 4242/);
      },
    );
  });
});
