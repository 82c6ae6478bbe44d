import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { createHash, randomBytes, randomUUID } from "node:crypto";
import { closeSync, openSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { fileURLToPath } from "node:url";

import { DpopKey } from "./dpop-key.js";
import type { RefreshProtocol, Session } from "./load.js";

/** A server under test, running as its own process, with sessions to refresh. */
export interface RunningTarget {
  readonly pid: number;
  readonly protocol: RefreshProtocol;
  /** Signs in `count` new sessions the target's own way and returns them ready to refresh. */
  seed(count: number): Promise<Session[]>;
  stop(): Promise<void>;
}

export interface TargetDefinition {
  readonly name: string;
  /** Why the target cannot run here (printed, then skipped), or undefined if it can. */
  unavailable(): string | undefined;
  start(options: { readonly cpuProfileDir?: string | undefined }): Promise<RunningTarget>;
}

const repository = fileURLToPath(new URL("../..", import.meta.url));
const CLI = join(repository, "packages/local-service/dist/cli/main.js");
const CLIENT_ID = "arn:aws:signin:::devtools/same-device";
const REDIRECT_URI = "http://127.0.0.1:53037/oauth/callback";
// One process is one client source; the per-source token limit (50/s) would measure the limiter.
const UNLIMITED = ["--token-burst", "10000000", "--token-rate", "10000000"];

/** This service as `npm start` runs it (the built CLI, default log level), with `storeArgs`. */
export function openSignin(
  name: string,
  storeArgs: () => Promise<{ args: string[]; stop?: () => Promise<void> }>,
  unavailable: () => string | undefined = () => undefined,
): TargetDefinition {
  return {
    name,
    unavailable,
    async start({ cpuProfileDir }) {
      const dataDir = await mkdtemp(join(tmpdir(), "open-signin-bench-"));
      const store = await storeArgs();
      // Log lines go where npm start sends them, stdout, here to /dev/null: written, not read.
      const devNull = openSync("/dev/null", "w");
      const child = spawn(
        process.execPath,
        [
          ...(cpuProfileDir ? ["--cpu-prof", "--cpu-prof-dir", cpuProfileDir] : []),
          CLI,
          "serve",
          "--port",
          "0",
          "--data-dir",
          dataDir,
          ...UNLIMITED,
          ...store.args,
        ],
        { stdio: ["ignore", devNull, "pipe"] },
      );
      closeSync(devNull);
      const banner = await new Promise<string>((resolve, reject) => {
        let text = "";
        child.stderr!.on("data", (chunk: Buffer) => {
          text += chunk.toString("utf8");
          if (/^\s+password\s+\S+$/m.test(text) && /listening on/.test(text)) resolve(text);
        });
        child.once("exit", (code) => reject(new Error(`open-signin serve exited with ${code}:\n${text}`)));
      });
      const base = /listening on (http:\/\/\S+)/.exec(banner)![1]!;
      const user = {
        userName: /^\s+user name\s+(\S+)$/m.exec(banner)![1]!,
        password: /^\s+password\s+(\S+)$/m.exec(banner)![1]!,
      };
      const tokenUrl = `${base}/v1/token`;
      return {
        pid: child.pid!,
        protocol: {
          tokenUrl,
          body: (refreshToken) => ({
            contentType: "application/json",
            text: JSON.stringify({ clientId: CLIENT_ID, grantType: "refresh_token", refreshToken }),
          }),
          nextRefreshToken: (answer) => answer.refreshToken,
        },
        seed: async (count) => {
          const sessions: Session[] = [];
          // One at a time: each is a password check, and the sign-in form queues those.
          for (let i = 0; i < count; i++) sessions.push(await signIn(base, tokenUrl, user));
          return sessions;
        },
        stop: async () => {
          await stopChild(child, "SIGTERM");
          await store.stop?.();
          await rm(dataDir, { recursive: true, force: true });
        },
      };
    },
  };
}

/** The browser sign-in as `aws login` drives it, then the code exchange with a DPoP proof. */
async function signIn(base: string, tokenUrl: string, user: { userName: string; password: string }): Promise<Session> {
  const verifier = randomBytes(48).toString("base64url");
  const challenge = createHash("sha256").update(verifier).digest("base64url");
  const query = new URLSearchParams({
    response_type: "code",
    client_id: CLIENT_ID,
    state: randomUUID(),
    code_challenge_method: "SHA-256",
    scope: "openid",
    redirect_uri: REDIRECT_URI,
    code_challenge: challenge,
  });
  const page = await fetch(`${base}/v1/authorize?${query.toString()}`);
  const cookie = (page.headers.get("set-cookie") ?? "").split(";")[0]!;
  const formToken = /name="form_token" value="([^"]+)"/.exec(await page.text())?.[1];
  if (formToken === undefined) throw new Error(`no sign-in form at ${base} (status ${page.status})`);
  const signedIn = await fetch(`${base}/v1/authorize`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie, origin: base },
    body: new URLSearchParams({ form_token: formToken, username: user.userName, password: user.password }),
  });
  const location = signedIn.headers.get("location");
  const code = location === null ? null : new URL(location).searchParams.get("code");
  if (code === null) throw new Error(`sign-in failed: ${signedIn.status} ${await signedIn.text()}`);
  const key = new DpopKey();
  const exchanged = await fetch(tokenUrl, {
    method: "POST",
    headers: { "content-type": "application/json", dpop: key.proof("POST", tokenUrl) },
    body: JSON.stringify({
      clientId: CLIENT_ID,
      grantType: "authorization_code",
      code,
      codeVerifier: verifier,
      redirectUri: REDIRECT_URI,
    }),
  });
  const answer = (await exchanged.json()) as { refreshToken?: string };
  if (exchanged.status !== 200 || answer.refreshToken === undefined) {
    throw new Error(`code exchange failed: ${exchanged.status} ${JSON.stringify(answer)}`);
  }
  return { key, refreshToken: answer.refreshToken };
}

/** A server script of bench/servers/ that reports over IPC (see oidc-provider-server.mjs). */
function ipcServer(name: string, script: string, protocol: (tokenUrl: string) => RefreshProtocol): TargetDefinition {
  return {
    name,
    unavailable: () => undefined,
    async start({ cpuProfileDir }) {
      const child = spawn(
        process.execPath,
        [
          ...(cpuProfileDir ? ["--cpu-prof", "--cpu-prof-dir", cpuProfileDir] : []),
          join(repository, "bench/servers", script),
        ],
        { stdio: ["ignore", "ignore", "inherit", "ipc"], cwd: repository },
      );
      const next = () =>
        new Promise<Record<string, unknown>>((resolve, reject) => {
          const onExit = (code: number | null) => reject(new Error(`${script} exited with ${code}`));
          child.once("exit", onExit);
          child.once("message", (message) => {
            child.off("exit", onExit);
            resolve(message as Record<string, unknown>);
          });
        });
      const ready = await next();
      return {
        pid: child.pid!,
        protocol: protocol(ready.tokenUrl as string),
        seed: async (count) => {
          const keys = Array.from({ length: count }, () => new DpopKey());
          const answer = next();
          child.send({ seed: keys.map((key) => key.thumbprint) });
          const { refreshTokens, error } = (await answer) as { refreshTokens?: string[]; error?: string };
          if (refreshTokens === undefined) throw new Error(`${name} could not seed sessions: ${error}`);
          return keys.map((key, i) => ({ key, refreshToken: refreshTokens[i]! }));
        },
        stop: async () => {
          if (child.connected) child.send("stop");
          await stopChild(child, "SIGTERM");
        },
      };
    },
  };
}

export const oidcProvider = ipcServer("oidc-provider 9", "oidc-provider-server.mjs", (tokenUrl) => ({
  tokenUrl,
  body: (refreshToken) => ({
    contentType: "application/x-www-form-urlencoded",
    text: new URLSearchParams({
      grant_type: "refresh_token",
      client_id: "bench-cli",
      refresh_token: refreshToken,
    }).toString(),
  }),
  nextRefreshToken: (answer) => answer.refresh_token,
}));

export const ceiling = ipcServer("node:http ceiling", "ceiling-server.mjs", (tokenUrl) => ({
  tokenUrl,
  body: (refreshToken) => ({
    contentType: "application/json",
    text: JSON.stringify({ clientId: CLIENT_ID, grantType: "refresh_token", refreshToken }),
  }),
  nextRefreshToken: (answer) => answer.refreshToken,
}));

async function stopChild(child: ChildProcess, signal: NodeJS.Signals): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once("exit", resolve));
  child.kill(signal);
  const late = setTimeout(() => child.kill("SIGKILL"), 10_000);
  await exited;
  clearTimeout(late);
}

/** Whether redis-server is on PATH. */
export function redisMissing(): string | undefined {
  const probe = spawnSync("redis-server", ["--version"], { encoding: "utf8" });
  return probe.status === 0 ? undefined : "redis-server is not on PATH (install Debian's redis-server to include it)";
}

/** A throwaway redis-server on a free loopback port (Redis cannot report a port it picked itself). */
export async function startRedis(): Promise<{ url: string; stop: () => Promise<void> }> {
  const directory = await mkdtemp(join(tmpdir(), "open-signin-bench-redis-"));
  for (let attempt = 0; ; attempt++) {
    const port = await freePort();
    const child = spawn(
      "redis-server",
      ["--port", String(port), "--bind", "127.0.0.1", "--dir", directory, "--save", "", "--appendonly", "no"],
      { stdio: ["ignore", "pipe", "pipe"] },
    );
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString("utf8")));
    for (let i = 0; i < 100 && child.exitCode === null && !/Ready to accept connections/.test(output); i++)
      await sleep(50);
    if (/Ready to accept connections/.test(output)) {
      return {
        url: `redis://127.0.0.1:${port}/0`,
        stop: async () => {
          await stopChild(child, "SIGTERM");
          await rm(directory, { recursive: true, force: true });
        },
      };
    }
    child.kill("SIGKILL");
    if (attempt >= 4) throw new Error(`redis-server did not start: ${output}`);
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() =>
        typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port")),
      );
    });
  });
}
