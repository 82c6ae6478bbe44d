/**
 * Sign-in attempt limits hold across nodes: two `open-signin serve` processes (the real command)
 * on one data directory and one store count a user's password checks against one allowance, with
 * the SQLite default and with Redis. And a store that stops answering closes the sign-in form with
 * a 503 page: the limit is never skipped, no password is checked.
 */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";

import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { RedisServer, redisAvailability } from "../../../token-service/test/support/redis-servers.js";
import { CliProcess } from "../support/cli-process.js";
import { BrowserSession, CliLikeClient, formTokenIn } from "../support/local-service.js";

const SAME_DEVICE = "arn:aws:signin:::devtools/same-device";
const CALLBACK = "http://127.0.0.1:53037/oauth/callback";
/** `--signin-user-attempts`: password checks one user name gets before waits begin. */
const USER_ATTEMPTS = 3;
const ATTEMPTS_PER_NODE = 8;

interface Node {
  readonly process: CliProcess;
  readonly url: string;
}

async function startNode(args: readonly string[]): Promise<Node> {
  const process = CliProcess.start(["serve", "--port", "0", "--signin-user-attempts", String(USER_ATTEMPTS), ...args], {
    SIGNIN_LOG_LEVEL: "warn",
  });
  return { process, url: (await process.waitForStderr(/listening on (http:\/\/127\.0\.0\.1:\d+)/))[1]! };
}

async function stopNode(node: Node | undefined): Promise<void> {
  if (!node || node.process.child.exitCode !== null || node.process.child.signalCode !== null) return;
  node.process.child.kill("SIGTERM");
  await node.process.exited;
}

/** A browser with the sign-in form of `node` open, ready to post. */
async function openForm(node: Node) {
  const browser = new BrowserSession();
  const page = await browser.get(new CliLikeClient(node.url, SAME_DEVICE, CALLBACK).authorizeUrl());
  expect(page.status).toBe(200);
  const formToken = formTokenIn(page.body);
  return (userName: string, password: string) =>
    browser.postForm(`${node.url}/v1/authorize`, { form_token: formToken, username: userName, password });
}

let work: string;
beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), "open-signin-attempts-"));
});
afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

/**
 * Wrong passwords for one user, all at once, half through each node (each from its own browser,
 * so only the user's limit applies): at most USER_ATTEMPTS are checked in all, every other one is
 * refused by the limit, on both nodes.
 */
async function guessAcrossTwoNodes(dataDir: string, storeArgs: readonly string[]): Promise<void> {
  const nodes: Node[] = [];
  try {
    // One after the other: the second finds the first's keys, users and store.
    nodes.push(await startNode(["--data-dir", dataDir, ...storeArgs]));
    nodes.push(await startNode(["--data-dir", dataDir, ...storeArgs]));
    const [, userName] = await nodes[0]!.process.waitForStderr(/user name\s+(\S+)\n/);

    const forms = await Promise.all(
      Array.from({ length: 2 * ATTEMPTS_PER_NODE }, (_, i) => openForm(nodes[i % 2]!).then((post) => ({ i, post }))),
    );
    const answers = await Promise.all(
      forms.map(async ({ i, post }) => {
        const answer = await post(userName!, `wrong-password-${i}`);
        return { node: i % 2, status: answer.status, retryAfter: answer.headers["retry-after"] };
      }),
    );
    const checked = answers.filter(({ status }) => status === 401);
    const limited = answers.filter(({ status }) => status === 429);
    expect(checked.length + limited.length, JSON.stringify(answers)).toBe(answers.length);
    expect(checked.length, JSON.stringify(answers)).toBeGreaterThanOrEqual(1);
    expect(checked.length, JSON.stringify(answers)).toBeLessThanOrEqual(USER_ATTEMPTS);
    for (const node of [0, 1]) expect(limited.some((answer) => answer.node === node)).toBe(true);
    for (const { retryAfter } of limited) expect(Number(retryAfter), JSON.stringify(answers)).toBeGreaterThanOrEqual(1);
  } finally {
    await Promise.all(nodes.map(stopNode));
  }
}

describe("one user's password checks, spread over two nodes", () => {
  it("with the SQLite default store, count against one allowance", async () => {
    await guessAcrossTwoNodes(join(work, "sqlite"), []);
  }, 60_000);

  const redis = redisAvailability();
  describe.skipIf(!redis.available)("with Redis", () => {
    let server: RedisServer;
    beforeAll(async () => {
      server = await RedisServer.start();
    });
    afterAll(async () => {
      await server?.stop();
    });

    it("with a Redis store, count against one allowance", async () => {
      await guessAcrossTwoNodes(join(work, "redis"), ["--store", server.url]);
    }, 60_000);

    it("while the store is down, the sign-in form answers 503 with Retry-After and checks no password", async () => {
      const own = await RedisServer.start();
      let node: Node | undefined;
      try {
        node = await startNode(["--data-dir", join(work, "outage"), "--store", own.url, "--store-timeout", "300"]);
        const [, userName, password] = await node.process.waitForStderr(/user name\s+(\S+)\n\s+password\s+(\S+)/);
        const wrong = await openForm(node);
        expect((await wrong(userName!, "wrong-password-0")).status).toBe(401);

        await own.kill();
        // A wrong password would answer 401 had its check run; the right one would sign in.
        for (const attempt of ["wrong-password-1", password!]) {
          const answer = await (await openForm(node))(userName!, attempt);
          expect(answer.status).toBe(503);
          expect(answer.headers["retry-after"]).toBe("30");
          expect(answer.headers.location).toBeUndefined();
          expect(answer.body).toMatch(/Sign-in is unavailable right now/);
        }
        expect(node.process.stdout).toMatch(/"event":"sign-in-page-unavailable".*"errorType":"StoreUnavailableError"/);
      } finally {
        await stopNode(node);
        await own.stop();
      }
    }, 60_000);
  });
});
