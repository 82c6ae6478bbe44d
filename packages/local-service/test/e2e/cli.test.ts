/**
 * The `open-signin` command as a person uses it: `serve` (what `npm start` runs) on a fresh data
 * directory, `login` against it, then the real AWS SDK refreshing from the files `login` wrote.
 * User management runs as separate processes, as it would from another terminal.
 */
import { mkdtemp, readFile, readdir, rm, writeFile } from "node:fs/promises";
import { Agent, request as httpRequest } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";

import { fromLoginCredentials } from "@aws-sdk/credential-providers";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { CliProcess, runCli } from "../support/cli-process.js";
import { BrowserSession, CliLikeClient, formTokenIn, send } from "../support/local-service.js";

let work: string;
let server: CliProcess;
let url: string;
let developer: { userName: string; password: string };
const clientEnv = () => ({
  AWS_CONFIG_FILE: join(work, "aws", "config"),
  AWS_SHARED_CREDENTIALS_FILE: join(work, "aws", "credentials"),
  AWS_LOGIN_CACHE_DIRECTORY: join(work, "aws", "login", "cache"),
  AWS_ENDPOINT_URL_SIGNIN: url,
});

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), "open-signin-cli-"));
  server = CliProcess.start(["serve", "--port", "0", "--data-dir", join(work, "data")], { SIGNIN_LOG_LEVEL: "warn" });
  url = (await server.waitForStderr(/listening on (http:\/\/127\.0\.0\.1:\d+)/))[1]!;
  const [, userName, password] = await server.waitForStderr(/user name\s+(\S+)\n\s+password\s+(\S+)/);
  developer = { userName: userName!, password: password! };
});

afterAll(async () => {
  server?.child.kill("SIGTERM");
  await server?.exited;
  await rm(work, { recursive: true, force: true });
});

/** Plays the person in the browser: open the printed URL, sign in, follow the redirect. */
async function signInInBrowser(authorizeUrl: string, credentials = developer): Promise<void> {
  const browser = new BrowserSession();
  const page = await browser.get(authorizeUrl);
  expect(page.status).toBe(200);
  const posted = await browser.postForm(`${url}/v1/authorize`, {
    form_token: formTokenIn(page.body),
    username: credentials.userName,
    password: credentials.password,
  });
  expect(posted.status).toBe(302);
  await send(String(posted.headers.location));
}

describe("open-signin serve (npm start)", () => {
  it("binds to 127.0.0.1, serves /healthz, and prints how to sign in", async () => {
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const health = await send(`${url}/healthz`);
    expect([health.status, JSON.parse(health.body)]).toEqual([200, { status: "ok" }]);
    expect(server.stderr).toContain(`aws configure set region us-east-1`);
    expect(server.stderr).toContain(`export AWS_ENDPOINT_URL_SIGNIN=${url}`);
    expect(server.stderr).toContain(`aws login --endpoint-url ${url}\n`);
    expect(server.stderr).toContain(`npx open-signin login --endpoint-url ${url}`);
    expect(developer.password.length).toBeGreaterThanOrEqual(24);
  });

  it("keeps its keys and users 0600 in the data directory", async () => {
    const { stat } = await import("node:fs/promises");
    expect((await stat(join(work, "data", "users.json"))).mode & 0o777).toBe(0o600);
    const keys = await readdir(join(work, "data", "keys"));
    expect(keys.length).toBeGreaterThanOrEqual(3);
    for (const file of keys) expect((await stat(join(work, "data", "keys", file))).mode & 0o777).toBe(0o600);
  });

  it("never logs the development password", () => {
    const logs = server.stdout;
    expect(logs).not.toContain(developer.password);
  });
});

describe("open-signin login, then the AWS SDK", () => {
  it("writes the login cache and profile, and fromLoginCredentials refreshes from them against the service", async () => {
    const login = CliProcess.start(
      ["login", "--no-browser", "--endpoint-url", url, "--region", "us-east-1"],
      clientEnv(),
    );
    const [authorizeUrl] = await login.waitForStderr(/^http:\/\/\S+\/v1\/authorize\?\S+$/m);
    await signInInBrowser(authorizeUrl);
    expect(await login.exited).toBe(0);
    expect(login.stderr).toContain("Logged in as arn:aws:iam::000000000000:user/developer");

    const config = await readFile(clientEnv().AWS_CONFIG_FILE, "utf8");
    expect(config).toMatch(
      /\[default\]\nlogin_session = arn:aws:iam::000000000000:user\/developer\nregion = us-east-1\n/,
    );
    const cacheDir = clientEnv().AWS_LOGIN_CACHE_DIRECTORY;
    const [cacheFile] = await readdir(cacheDir);
    const cachePath = join(cacheDir, cacheFile!);
    const cached = JSON.parse(await readFile(cachePath, "utf8")) as {
      accessToken: Record<string, string>;
      refreshToken: string;
      dpopKey: string;
    };
    expect(cached.dpopKey).toMatch(/^-----BEGIN EC PRIVATE KEY-----\n/);

    // Make the cached credentials look almost expired so the SDK refreshes (threshold: 5 minutes).
    cached.accessToken.expiresAt = new Date(Date.now() + 60_000).toISOString().replace(/\.\d{3}Z$/, "Z");
    await writeFile(cachePath, JSON.stringify(cached));

    Object.assign(process.env, clientEnv());
    const credentials = await fromLoginCredentials({ profile: "default", clientConfig: { region: "us-east-1" } })();
    expect(credentials.accessKeyId).toMatch(/^ASIA/);
    expect(credentials.accessKeyId).not.toBe(cached.accessToken.accessKeyId);
    expect(credentials.expiration!.getTime()).toBeGreaterThan(Date.now() + 14 * 60_000);

    const rewritten = JSON.parse(await readFile(cachePath, "utf8")) as { refreshToken: string };
    expect(rewritten.refreshToken).not.toBe(cached.refreshToken);
  });
});

describe("user management from another terminal, while the service runs", () => {
  const storage = () => ["--data-dir", join(work, "data")];

  async function freshSession(userName: string, password: string) {
    const callback = `http://127.0.0.1:53037/oauth/callback`;
    const cli = new CliLikeClient(url, "arn:aws:signin:::devtools/same-device", callback);
    const browser = new BrowserSession();
    const page = await browser.get(cli.authorizeUrl());
    const posted = await browser.postForm(`${url}/v1/authorize`, {
      form_token: formTokenIn(page.body),
      username: userName,
      password,
    });
    const code = new URL(String(posted.headers.location)).searchParams.get("code")!;
    const exchanged = await cli.exchange(code);
    expect(exchanged.status).toBe(200);
    return { cli, refreshToken: exchanged.json.refreshToken as string };
  }

  it("adds and lists users without ever printing a hash", async () => {
    const added = await runCli(["users", "add", "carol", "--password-stdin", ...storage()], {
      input: "carol-first-password\n",
    });
    expect(added.code, added.stderr).toBe(0);
    const list = await runCli(["users", "list", "--json", ...storage()]);
    expect(list.code).toBe(0);
    const users = JSON.parse(list.stdout) as { arn: string }[];
    expect(users.map((user) => user.arn)).toEqual(
      expect.arrayContaining(["arn:aws:iam::000000000000:user/developer", "arn:aws:iam::000000000000:user/carol"]),
    );
    expect(list.stdout).not.toContain("scrypt$");
  });

  it("a password change makes the next refresh fail with 403 USER_CREDENTIALS_CHANGED", async () => {
    const session = await freshSession("carol", "carol-first-password");
    const changed = await runCli(["users", "passwd", "carol", "--password-stdin", ...storage()], {
      input: "carol-second-password\n",
    });
    expect(changed.code, changed.stderr).toBe(0);
    const refresh = await session.cli.refresh(session.refreshToken);
    expect([refresh.status, refresh.json.error]).toEqual([403, "USER_CREDENTIALS_CHANGED"]);
    // The new password signs in again.
    await freshSession("carol", "carol-second-password");
  });

  it("revoking a user's sessions makes the next refresh fail with 401 TOKEN_EXPIRED", async () => {
    const session = await freshSession("carol", "carol-second-password");
    const revoked = await runCli(["users", "revoke-sessions", "carol", ...storage()]);
    expect(revoked.code, revoked.stderr).toBe(0);
    const refresh = await session.cli.refresh(session.refreshToken);
    expect([refresh.status, refresh.json.error]).toEqual([401, "TOKEN_EXPIRED"]);
  });

  it("rejects a weak password and an unknown permission with a clear message", async () => {
    const weak = await runCli(["users", "add", "dave", "--password-stdin", ...storage()], { input: "short\n" });
    expect(weak.code).not.toBe(0);
    expect(weak.stderr).toMatch(/at least 12 characters/);
    const typo = await runCli(
      ["users", "add", "dave", "--password-stdin", "--permission", "signin:CreateOAuthToken", ...storage()],
      { input: "dave-good-password\n" },
    );
    expect(typo.code).not.toBe(0);
    expect(typo.stderr).toMatch(/signin:CreateOAuthToken/);
  });

  it("refuses an unknown command by name and exits 2, instead of starting `serve` with it", async () => {
    const typo = await runCli(["statr", "--data-dir", join(work, "typo")]);
    expect(typo.code).toBe(2);
    expect(typo.stderr).toMatch(
      /^error: unknown command 'statr' \(the commands are serve, users, keys, login, sessions, logout;/,
    );
    expect(typo.stderr).not.toMatch(/too many arguments|listening on/);
    // Options alone still mean `serve`, and `serve` itself still takes no words.
    const extra = await runCli(["serve", "now", "--data-dir", join(work, "typo")]);
    expect(extra.code).not.toBe(0);
    expect(extra.stderr).toMatch(/too many arguments for 'serve'/);
  });

  it("reports invalid configuration clearly and exits 2", async () => {
    const bad = await runCli(["serve", "--port", "http", "--data-dir", join(work, "other")]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--port="http": expected a whole number/);
  });
});

describe("shutdown", () => {
  it("stops cleanly on SIGTERM", async () => {
    const other = CliProcess.start(["serve", "--port", "0", "--data-dir", join(work, "data-2")]);
    await other.waitForStderr(/listening on/);
    other.child.kill("SIGTERM");
    expect(await other.exited).toBe(0);
    expect(other.stderr).toMatch(/SIGTERM: finishing requests in flight, then stopping/);
  });

  it("stops within a second of Ctrl+C while a client holds an idle keep-alive connection", async () => {
    const other = CliProcess.start(["serve", "--port", "0", "--data-dir", join(work, "data-3")]);
    const [, base] = await other.waitForStderr(/listening on (http:\/\/\S+)/);
    const agent = new Agent({ keepAlive: true });
    try {
      // What a browser leaves behind after loading the sign-in page: an open, idle connection.
      await new Promise<void>((resolve, reject) =>
        httpRequest(`${base}/healthz`, { agent }, (res) => res.resume().on("end", resolve))
          .on("error", reject)
          .end(),
      );
      const signalled = Date.now();
      other.child.kill("SIGINT");
      expect(await other.exited).toBe(0);
      expect(Date.now() - signalled).toBeLessThan(1_000);
    } finally {
      agent.destroy();
    }
  });
});
