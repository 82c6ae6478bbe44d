/**
 * A new user's first ten minutes, on a fresh clone of the committed repository: `npm ci`,
 * `npm start`, then every command the start banner and the README's "Using the local service"
 * print, in the order a newcomer meets them (banner first, then the README), each checked to work.
 *
 * The newcomer's terminal is a temp HOME with no AWS configuration and no AWS_* variables; the
 * `export` lines the banner prints are the only ones it gets. The service listens on a port the
 * system picks (SIGNIN_PORT=0) instead of 8080, and the README's 127.0.0.1:8080 is read as it.
 *
 * AWS CLI v2 is not installable here (not on PyPI, no network to its installer), so two commands
 * have stand-ins, named as such below: `aws configure set region` writes the profile's region,
 * and `aws login` is played by the protocol harness the service's own tests use, leaving the files
 * `aws login` leaves (login cache, `login_session`, and no region: the CLI saves one only when it
 * had to prompt). What follows a login is real: botocore's login provider (the refresh code the
 * CLI vendors) and the JS SDK's default chain refresh from those files with the newcomer's
 * environment only.
 */
import { type ChildProcess, execFile, spawn } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";

import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { readProfileValues, updateAwsConfigFile } from "../../packages/local-service/src/login/aws-config-file.js";
import { formatExpiresAt, writeLoginCache } from "../../packages/local-service/src/login/login-cache.js";
import {
  BrowserSession,
  CliLikeClient,
  formTokenIn,
  send,
} from "../../packages/local-service/test/support/local-service.js";
import { ensurePythonEnvironments } from "../../scripts/lib/python-env.js";
import { fromRoot, repoRoot } from "../../scripts/lib/paths.js";
import { refreshWithLoginProvider } from "../interop/python/botocore-runner.js";

const execFileAsync = promisify(execFile);
const minutes = (count: number) => count * 60_000;

let work: string;
let clone: string;
let home: string;
let binLinkedByNpmCi = false;
let beforeBuild: { code: number | null; output: string } | undefined;
let service: { child: ChildProcess; stderr: string; exited: Promise<number | null> } | undefined;
let banner = "";
let url = "";
let developer = { userName: "", password: "" };
/** The newcomer's terminal: what `export` lines add to. */
let terminal: Record<string, string>;

beforeAll(async () => {
  ensurePythonEnvironments();
  work = await mkdtemp(join(tmpdir(), "open-signin-newcomer-"));
  clone = join(work, "open-signin");
  home = join(work, "home");
  await mkdir(home);
  const npmConfig = async (key: string) =>
    (await execFileAsync("npm", ["config", "get", key], { cwd: repoRoot })).stdout.trim();
  terminal = newcomerTerminal(home, { cache: await npmConfig("cache"), userconfig: await npmConfig("userconfig") });

  // What the README says to run first: npm ci && npm start, in a clone of what is committed.
  await execFileAsync("git", ["clone", "--quiet", repoRoot, clone], { timeout: minutes(2) });
  await execFileAsync("npm", ["ci", "--no-audit", "--no-fund", "--prefer-offline"], {
    cwd: clone,
    env: terminal,
    timeout: minutes(8),
    maxBuffer: 64 * 1024 * 1024,
  });
  binLinkedByNpmCi = existsSync(join(clone, "node_modules", ".bin", "open-signin"));
  beforeBuild = await shell("npx open-signin users list").done;

  const child = spawn("npm", ["start"], { cwd: clone, env: { ...terminal, SIGNIN_PORT: "0" }, detached: true });
  const started = { child, stderr: "", exited: new Promise<number | null>((done) => child.on("exit", done)) };
  child.stdout?.resume();
  child.stderr?.on("data", (chunk: Buffer) => (started.stderr += chunk.toString("utf8")));
  service = started;
  banner = await waitFor(() => /\n[^\n]*listening on [\s\S]*Stop with Ctrl\+C\./.exec(started.stderr)?.[0], {
    timeoutMs: minutes(8),
    what: () => `the start banner; npm start printed:\n${started.stderr}`,
  });
  url = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(banner)![1]!;
  const [, userName, password] = /user name\s+(\S+)\n\s+password\s+(\S+)/.exec(banner)!;
  developer = { userName: userName!, password: password! };
}, minutes(20));

afterAll(async () => {
  const child = service?.child;
  if (child?.pid && child.exitCode === null && child.signalCode === null) {
    try {
      process.kill(-child.pid, "SIGKILL");
    } catch {
      // The group is already gone.
    }
  }
  if (work) await rm(work, { recursive: true, force: true });
});

describe("a newcomer on a fresh clone: npm ci && npm start, then the printed commands", () => {
  it("npm ci links the open-signin command (before anything is built)", () => {
    expect(binLinkedByNpmCi).toBe(true);
  });

  it("before the first build, the command says how to build it", () => {
    expect(beforeBuild?.code).toBe(1);
    expect(beforeBuild?.output).toContain("open-signin is not built yet");
  });

  it("npm start serves and prints the development user and how to sign in", async () => {
    expect([(await send(`${url}/healthz`)).status]).toEqual([200]);
    expect(banner).toContain("Created a development user");
  });

  it(
    "every command of the banner, then of the README, works in order",
    async () => {
      const commands = [...new Set([...bannerCommands(banner), ...readmeCommands(url)])];
      // What the documents print today, so that a command the extraction missed cannot pass unrun.
      // A new command in the banner or the README needs a line here and a step below.
      expect(commands).toEqual([
        "npx open-signin users --help",
        "aws configure set region us-east-1",
        `export AWS_ENDPOINT_URL_SIGNIN=${url}`,
        `aws login --endpoint-url ${url}`,
        `npx open-signin login --endpoint-url ${url} --region us-east-1`,
        "npx open-signin users add alice --password-stdin",
        "npx open-signin users passwd alice --password-stdin",
        "npx open-signin users revoke-sessions alice",
        "npx open-signin users set-permissions alice signin:AuthorizeOAuth2Access signin:CreateOAuth2Token",
        "npx open-signin users list",
        "npx open-signin keys rotate",
      ]);
      for (const command of commands) {
        const step = steps.find(([pattern]) => pattern.test(command));
        if (!step) throw new Error(`No step runs the documented command: ${command}`);
        try {
          await step[1](command, step[0].exec(command)!);
        } catch (error) {
          throw new Error(`${command}\n${error instanceof Error ? error.message : String(error)}`, { cause: error });
        }
      }
    },
    minutes(4),
  );

  it("Ctrl+C stops it", async () => {
    process.kill(-service!.child.pid!, "SIGINT");
    await waitFor(async () => ((await Promise.race([service!.exited, sleep(100)])) === "timeout" ? undefined : true), {
      timeoutMs: 10_000,
      what: () => "npm start to exit after SIGINT",
    });
    expect(service!.stderr).toContain("SIGINT: finishing requests in flight, then stopping.");
  });
});

type Step = readonly [RegExp, (command: string, match: RegExpExecArray) => Promise<void>];

const alice = { userName: "alice", passwords: ["alice-first-password", "alice-second-password"] };

/** One step per documented command, matched by its shape. */
const steps: readonly Step[] = [
  [
    /^export (\w+)=(\S+)$/,
    async (_command, [, name, value]) => {
      terminal[name!] = value!;
    },
  ],
  [
    // Stand-in for AWS CLI v2 (not installable here): the line it writes to ~/.aws/config.
    /^aws configure set region (\S+)$/,
    async (_command, [, region]) => {
      await updateAwsConfigFile(join(home, ".aws", "config"), "default", { region: region! });
    },
  ],
  [
    /^aws login --endpoint-url (\S+)$/,
    async (_command, [, endpoint]) => {
      await loginLikeAwsCliV2(endpoint!);
      const config = await readFile(join(home, ".aws", "config"), "utf8");
      expect(readProfileValues(config, "default")?.get("region"), "the region came from the profile").toBeDefined();
      await expectRefreshes();
      await expectBotocoreRefreshWithoutRegionFails(config);
    },
  ],
  [
    /^npx open-signin login --endpoint-url \S+ --region \S+$/,
    async (command) => {
      const login = shell(command);
      const [authorizeUrl] = await waitFor(
        () => /^http:\/\/\S+\/v1\/authorize\?\S+$/m.exec(login.output()) ?? undefined,
        {
          timeoutMs: 30_000,
          what: () => `the authorize URL; it printed:\n${login.output()}`,
        },
      );
      await signInInBrowser(authorizeUrl, developer, { followRedirect: true });
      const result = await login.done;
      expect(result.code, result.output).toBe(0);
      expect(result.output).toContain("Logged in as arn:aws:iam::000000000000:user/developer");
      await expectRefreshes();
    },
  ],
  [
    /^npx open-signin users --help$/,
    async (command) => {
      const result = await shell(command).done;
      expect(result.code, result.output).toBe(0);
      expect(result.output).toMatch(/add \[options\] <userName>/);
    },
  ],
  [
    /^npx open-signin users add alice --password-stdin$/,
    async (command) => {
      const result = await shell(command, `${alice.passwords[0]}\n`).done;
      expect(result.code, result.output).toBe(0);
      expect(result.output).toContain("Added arn:aws:iam::000000000000:user/alice");
      await signInInBrowser(aliceAuthorizeUrl(), { userName: alice.userName, password: alice.passwords[0]! });
    },
  ],
  [
    /^npx open-signin users passwd alice --password-stdin$/,
    async (command) => {
      const result = await shell(command, `${alice.passwords[1]}\n`).done;
      expect(result.code, result.output).toBe(0);
      expect(result.output).toContain("Password changed for alice (credential version 2)");
      await signInInBrowser(aliceAuthorizeUrl(), { userName: alice.userName, password: alice.passwords[1]! });
    },
  ],
  [
    /^npx open-signin users revoke-sessions alice$/,
    async (command) => {
      const result = await shell(command).done;
      expect(result.code, result.output).toBe(0);
      expect(result.output).toContain("Revoked all sessions of alice.");
    },
  ],
  [
    /^npx open-signin users set-permissions alice (.+)$/,
    async (command, [, actions]) => {
      const result = await shell(command).done;
      expect(result.code, result.output).toBe(0);
      expect(result.output).toContain(`alice may now perform: ${actions!.split(" ").join(", ")}`);
    },
  ],
  [
    /^npx open-signin users list$/,
    async (command) => {
      const result = await shell(command).done;
      expect(result.code, result.output).toBe(0);
      expect(result.output).toContain("arn:aws:iam::000000000000:user/developer");
      expect(result.output).toMatch(/arn:aws:iam::000000000000:user\/alice .*credential version 2, sessions revoked/);
    },
  ],
  [
    /^npx open-signin keys rotate$/,
    async (command) => {
      const result = await shell(command).done;
      expect(result.code, result.output).toBe(0);
      expect(result.output).toMatch(/New signing key \S+, new encryption key \S+/);
    },
  ],
];

/** The banner's command lines (indented two spaces) and the one in its "manage users with:" hint. */
function bannerCommands(text: string): string[] {
  return [...text.matchAll(/^ {2}((?:aws|export|npx) [^\n]+)$|\(manage users with: (npx [^)]+)\)/gm)].map((match) =>
    (match[1] ?? match[2]!).trim(),
  );
}

/** The command lines of the sh blocks in the README's "Using the local service", comments dropped. */
function readmeCommands(serviceUrl: string): string[] {
  const readme = readFileSync(fromRoot("README.md"), "utf8");
  const section = /## Using the local service\n([\s\S]*?)\n## /.exec(readme)![1]!;
  return [...section.matchAll(/```sh\n([\s\S]*?)```/g)]
    .flatMap((block) => block[1]!.split("\n"))
    .map((line) => line.replace(/\s+#.*$/, "").trim())
    .filter((line) => line !== "")
    .map((line) => line.replaceAll("http://127.0.0.1:8080", serviceUrl));
}

/**
 * Stand-in for `aws login` (AWS CLI v2): the same-device flow as the CLI performs it (the protocol
 * harness), leaving what the CLI leaves: the login cache file and `login_session`, no region.
 */
async function loginLikeAwsCliV2(endpoint: string): Promise<void> {
  const cli = new CliLikeClient(
    endpoint,
    "arn:aws:signin:::devtools/same-device",
    "http://127.0.0.1:53037/oauth/callback",
  );
  const code = new URL(await signInInBrowser(cli.authorizeUrl(), developer)).searchParams.get("code")!;
  const exchanged = await cli.exchange(code);
  expect(exchanged.status, JSON.stringify(exchanged.json)).toBe(200);
  const tokens = exchanged.json as {
    accessToken: { accessKeyId: string; secretAccessKey: string; sessionToken: string };
    tokenType: string;
    expiresIn: number;
    refreshToken: string;
    idToken: string;
  };
  const loginSession = (
    JSON.parse(Buffer.from(tokens.idToken.split(".")[1]!, "base64url").toString()) as { sub: string }
  ).sub;
  await writeLoginCache(join(home, ".aws", "login", "cache"), loginSession, {
    accessToken: {
      ...tokens.accessToken,
      accountId: loginSession.split(":")[4]!,
      expiresAt: formatExpiresAt(Date.now() + tokens.expiresIn * 1000),
    },
    tokenType: tokens.tokenType,
    clientId: cli.clientId,
    refreshToken: tokens.refreshToken,
    idToken: tokens.idToken,
    dpopKey: String(cli.key.export({ type: "sec1", format: "pem" })),
  });
  await updateAwsConfigFile(join(home, ".aws", "config"), "default", { login_session: loginSession });
}

/**
 * The cached credentials made due (within the clients' 5-minute threshold), then resolved by
 * botocore's login provider and by the JS SDK's default chain, with the terminal's environment
 * only: each must refresh against the service and get new credentials.
 */
async function expectRefreshes(): Promise<void> {
  const before = await makeCachedCredentialsDue();
  const botocore = await refreshWithLoginProvider("botocore-newest", terminal);
  expect(botocore.error, JSON.stringify(botocore.error)).toBeUndefined();
  expect(botocore.method).toBe("login");
  expect(botocore.credentials?.accessKeyId).not.toBe(before);
  expect(botocore.attempts.map((attempt) => [new URL(attempt.url).origin, attempt.status])).toEqual([[url, 200]]);

  const afterBotocore = await makeCachedCredentialsDue();
  const { stdout } = await execFileAsync(
    process.execPath,
    [
      "--input-type=module",
      "-e",
      'import { fromNodeProviderChain } from "@aws-sdk/credential-providers";' +
        "process.stdout.write((await fromNodeProviderChain()()).accessKeyId);",
    ],
    { cwd: clone, env: { ...terminal, AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: "true" }, timeout: 60_000 },
  );
  expect(stdout).toMatch(/^ASIA/);
  expect(stdout).not.toBe(afterBotocore);
}

/**
 * The control that shows why the banner sets the profile's region: the same files without it, as
 * `aws login --endpoint-url ... --region ...` leaves them on a clean config, and botocore's refresh
 * fails with NoRegionError without sending anything.
 */
async function expectBotocoreRefreshWithoutRegionFails(config: string): Promise<void> {
  await makeCachedCredentialsDue();
  const withoutRegion = join(work, "config-without-region");
  await writeFile(withoutRegion, config.replace(/^region = .*\n/m, ""));
  const run = await refreshWithLoginProvider("botocore-newest", { ...terminal, AWS_CONFIG_FILE: withoutRegion });
  expect(JSON.stringify(run.error)).toContain("NoRegionError");
  expect(run.attempts).toEqual([]);
}

/** Moves the cached expiry to one minute from now; returns the cached access key id. */
async function makeCachedCredentialsDue(): Promise<string> {
  const directory = join(home, ".aws", "login", "cache");
  const files = (await readdir(directory)).filter((name) => name.endsWith(".json"));
  expect(files).toHaveLength(1);
  const path = join(directory, files[0]!);
  const cache = JSON.parse(await readFile(path, "utf8")) as { accessToken: { accessKeyId: string; expiresAt: string } };
  cache.accessToken.expiresAt = formatExpiresAt(Date.now() + 60_000);
  await writeFile(path, JSON.stringify(cache), { mode: 0o600 });
  return cache.accessToken.accessKeyId;
}

/** Plays the person in the browser: sign in on the authorize page; resolves with the redirect. */
async function signInInBrowser(
  authorizeUrl: string,
  user: { userName: string; password: string },
  options: { followRedirect?: boolean } = {},
): Promise<string> {
  const browser = new BrowserSession();
  const page = await browser.get(authorizeUrl);
  expect(page.status, page.body).toBe(200);
  const posted = await browser.postForm(`${url}/v1/authorize`, {
    form_token: formTokenIn(page.body),
    username: user.userName,
    password: user.password,
  });
  expect(posted.status, posted.body).toBe(302);
  const location = String(posted.headers.location);
  if (options.followRedirect) await send(location);
  return location;
}

const aliceAuthorizeUrl = () =>
  new CliLikeClient(
    url,
    "arn:aws:signin:::devtools/same-device",
    "http://127.0.0.1:53037/oauth/callback",
  ).authorizeUrl();

/** Runs a documented line in the newcomer's shell, in the clone, feeding `input` on stdin. */
function shell(command: string, input = "") {
  const child = spawn("sh", ["-c", command], { cwd: clone, env: terminal });
  let output = "";
  child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString("utf8")));
  child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString("utf8")));
  child.stdin.end(input);
  const done = new Promise<{ code: number | null; output: string }>((resolve) =>
    child.on("close", (code) => resolve({ code, output })),
  );
  return { output: () => output, done };
}

/**
 * A terminal with nothing of the developer's AWS setup or of the npm process running this test:
 * PATH and the basics, a temp HOME, this machine's npm settings (registry, certificates) and cache
 * (so `npm ci` reuses what is downloaded), and npx told never to fetch a package it does not find
 * installed.
 */
function newcomerTerminal(
  homeDirectory: string,
  npm: { readonly cache: string; readonly userconfig: string },
): Record<string, string> {
  const kept = Object.entries(process.env).filter(
    ([name]) => !/^(AWS_|npm_|NODE_OPTIONS$|VITEST|INIT_CWD$|SIGNIN_)/i.test(name),
  ) as [string, string][];
  return {
    ...Object.fromEntries(kept),
    HOME: homeDirectory,
    npm_config_cache: npm.cache,
    npm_config_userconfig: npm.userconfig,
    npm_config_yes: "false",
    npm_config_update_notifier: "false",
    // If the chain ever found no login profile, fail fast rather than probe EC2 metadata.
    AWS_EC2_METADATA_DISABLED: "true",
  };
}

async function waitFor<T>(
  probe: () => T | undefined | Promise<T | undefined>,
  options: { timeoutMs: number; what: () => string },
): Promise<T> {
  const deadline = Date.now() + options.timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined && value !== null) return value;
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${options.what()}`);
    await sleep(100);
  }
}

const sleep = (ms: number) => new Promise<"timeout">((resolve) => setTimeout(() => resolve("timeout"), ms));
