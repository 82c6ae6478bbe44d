/**
 * A crash loses nothing: `open-signin serve` (the real command, a child process on loopback) is
 * killed with SIGKILL after sign-ins and refreshes, then started again on the same data directory,
 * the same port and the same store, and every decision the store carries still holds:
 *
 * - a session refreshes on;
 * - the refresh token used just before the crash gets its stored answer again (same credentials,
 *   same next refresh token) inside the repeat window, and is refused after it;
 * - a session revoked for refresh-token reuse stays revoked;
 * - a used authorization code stays used (and its replay still revokes the session it led to);
 * - a DPoP proof used before the crash is refused for another request after it.
 *
 * Once with the SQLite default (the file in the data directory) and once with Redis (a real
 * redis-server with appendonly, which keeps running while the service is killed).
 *
 * The repeat window is the service's own setting (`--refresh-repeat-window`), shortened here so
 * that its end comes within the test. The same port matters: DPoP proofs name the URL they are
 * for, so a proof replayed at another port would be refused for that reason instead.
 */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";

import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { RedisServer, redisAvailability } from "../../../token-service/test/support/redis-servers.js";
import { CliProcess } from "../support/cli-process.js";
import { BrowserSession, CliLikeClient, formTokenIn } from "../support/local-service.js";

const SAME_DEVICE = "arn:aws:signin:::devtools/same-device";
const CALLBACK = "http://127.0.0.1:53037/oauth/callback";
/** Long enough to cover a restart on a busy machine, short enough to wait out. */
const REPEAT_WINDOW_SECONDS = 12;

interface Credentials {
  readonly userName: string;
  readonly password: string;
}

/** One `open-signin serve` process. */
class Node {
  private constructor(
    readonly process: CliProcess,
    readonly url: string,
  ) {}

  static async start(args: readonly string[]): Promise<Node> {
    const service = CliProcess.start(["serve", ...args], { SIGNIN_LOG_LEVEL: "warn" });
    const url = (await service.waitForStderr(/listening on (http:\/\/127\.0\.0\.1:\d+)/))[1]!;
    return new Node(service, url);
  }

  get port(): string {
    return new URL(this.url).port;
  }

  /** `kill -9`: no shutdown hook runs, nothing is flushed or closed by the service. */
  async crash(): Promise<void> {
    this.process.child.kill("SIGKILL");
    expect(await this.process.exited).toBeNull();
    expect(this.process.child.signalCode).toBe("SIGKILL");
  }

  async stop(): Promise<void> {
    if (this.process.child.exitCode !== null || this.process.child.signalCode !== null) return;
    this.process.child.kill("SIGTERM");
    await this.process.exited;
  }
}

/** The same-device flow as the CLI drives it: authorize page, form post, code exchange. */
async function signIn(url: string, user: Credentials) {
  const cli = new CliLikeClient(url, SAME_DEVICE, CALLBACK);
  const browser = new BrowserSession();
  const page = await browser.get(cli.authorizeUrl());
  expect(page.status).toBe(200);
  const posted = await browser.postForm(`${url}/v1/authorize`, {
    form_token: formTokenIn(page.body),
    username: user.userName,
    password: user.password,
  });
  expect(posted.status).toBe(302);
  const code = new URL(String(posted.headers.location)).searchParams.get("code")!;
  const exchanged = await cli.exchange(code);
  expect(exchanged.status).toBe(200);
  return { cli, code, refreshToken: exchanged.json.refreshToken as string };
}

/** Refreshes and expects a new refresh token. */
async function refreshed(cli: CliLikeClient, refreshToken: string) {
  const response = await cli.refresh(refreshToken);
  expect(response.status, JSON.stringify(response.json)).toBe(200);
  expect(response.json.refreshToken).not.toBe(refreshToken);
  return response;
}

const expectRefused = (response: { status: number; json: Record<string, unknown> }, message: RegExp) => {
  expect([response.status, response.json.error]).toEqual([401, "TOKEN_EXPIRED"]);
  expect(response.json.message).toMatch(message);
};

/**
 * The scenario, on whatever store `storeArgs` names. `dataDir` is fresh; the store starts empty.
 */
async function crashAndRestart(dataDir: string, storeArgs: readonly string[]): Promise<void> {
  const common = ["--data-dir", dataDir, ...storeArgs, "--refresh-repeat-window", String(REPEAT_WINDOW_SECONDS)];
  let node = await Node.start(["--port", "0", ...common]);
  try {
    const [, userName, password] = await node.process.waitForStderr(/user name\s+(\S+)\n\s+password\s+(\S+)/);
    const developer = { userName: userName!, password: password! };

    // Before the crash.
    // The session that keeps refreshing; its code is replayed after the restart.
    const kept = await signIn(node.url, developer);
    const keptFirst = await refreshed(kept.cli, kept.refreshToken);
    const keptRefreshToken = keptFirst.json.refreshToken as string;

    // A session revoked for reuse: a token two rotations old comes back.
    const reused = await signIn(node.url, developer);
    const reusedSecond = await refreshed(reused.cli, reused.refreshToken);
    const reusedHead = (await refreshed(reused.cli, reusedSecond.json.refreshToken as string)).json
      .refreshToken as string;
    expectRefused(await reused.cli.refresh(reused.refreshToken), /already used/);
    expectRefused(await reused.cli.refresh(reusedHead), /revoked/);

    // The refresh whose answer is repeated: the last thing before the crash, so that most of the
    // window is left after the restart.
    const repeated = await signIn(node.url, developer);
    const answer = await refreshed(repeated.cli, repeated.refreshToken);
    const answeredAt = Date.now();

    await node.crash();
    node = await Node.start(["--port", node.port, ...common]);
    const restartedAt = Date.now();
    expect(
      restartedAt - answeredAt,
      "the restart took longer than the repeat window leaves; raise REPEAT_WINDOW_SECONDS",
    ).toBeLessThan((REPEAT_WINDOW_SECONDS - 3) * 1000);

    // Inside the window: the stored answer, word for word (expiresIn counts down).
    const again = await repeated.cli.refresh(repeated.refreshToken);
    expect(again.status, JSON.stringify(again.json)).toBe(200);
    expect(again.json.accessToken).toEqual(answer.json.accessToken);
    expect(again.json.refreshToken).toBe(answer.json.refreshToken);

    // The proof of the refresh before the crash, sent with another request (the next refresh).
    const replayedProof = await kept.cli.refresh(keptRefreshToken, keptFirst.proof);
    expect([replayedProof.status, replayedProof.json.error]).toEqual([400, "INVALID_REQUEST"]);
    expect(replayedProof.json.message).toMatch(/^Invalid DPoP proof: .*already been used/);

    // The session refreshes on, with a fresh proof.
    const keptNext = await refreshed(kept.cli, keptRefreshToken);

    // The revoked session stays revoked, even for the token that was its head.
    expectRefused(await reused.cli.refresh(reusedHead), /revoked/);

    // The used code is still known as used, and presenting it again still ends its session.
    const codeAgain = await kept.cli.exchange(kept.code);
    expect([codeAgain.status, codeAgain.json.error, codeAgain.json.message]).toEqual([
      400,
      "INVALID_REQUEST",
      "The authorization code has already been used.",
    ]);
    expectRefused(await kept.cli.refresh(keptNext.json.refreshToken as string), /revoked/);

    // After the window the same repeat is reuse: refused (and the session revoked).
    await sleep(Math.max(0, answeredAt + REPEAT_WINDOW_SECONDS * 1000 + 250 - Date.now()));
    expectRefused(await repeated.cli.refresh(repeated.refreshToken), /already used/);
    expectRefused(await repeated.cli.refresh(answer.json.refreshToken as string), /revoked/);
  } finally {
    await node.stop();
  }
}

let work: string;
beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), "open-signin-crash-"));
});
afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

describe("kill -9 and restart on the same data directory", () => {
  it("with the SQLite default store, every used token, code, proof and revocation still holds", async () => {
    await crashAndRestart(join(work, "sqlite"), []);
  }, 90_000);

  const redis = redisAvailability();
  describe.skipIf(!redis.available)("with Redis", () => {
    let server: RedisServer;
    beforeAll(async () => {
      server = await RedisServer.start(["--appendonly", "yes"]);
    });
    afterAll(async () => {
      await server?.stop();
    });

    it("with a Redis store that outlives the service, every used token, code, proof and revocation still holds", async () => {
      await crashAndRestart(join(work, "redis"), ["--store", server.url]);
      expect(server.running).toBe(true);
    }, 90_000);
  });
});
