/**
 * Three nodes, one service (issue 10, section 4): three real `open-signin serve` processes on one
 * data directory and one redis-server (appendonly yes), behind a round-robin load balancer that is
 * their public URL (support/round-robin-proxy.ts: no stickiness; a refused connection goes to the
 * next node; a node that dies mid-request gives 502, which clients retry).
 *
 * Clients here behave as the AWS SDKs do: a 429, 502 or 503 is retried with the same refresh token
 * and a fresh DPoP proof, after Retry-After when given (capped to keep the test short).
 *
 * Every token request shares one rate-limit bucket (they all come from the proxy's loopback
 * address: burst 200, then 50/s), so the loads are paced below that.
 */
import { randomUUID } from "node:crypto";
import { execFile } from "node:child_process";
import { setTimeout as sleep } from "node:timers/promises";
import { promisify } from "node:util";

import { afterEach, describe, expect, it } from "vitest";

import { DpopClientKey } from "../../../token-service/test/support/dpop-client.js";
import { redisAvailability } from "../../../token-service/test/support/redis-servers.js";
import { BrowserSession, CliLikeClient, formTokenIn, send } from "../support/local-service.js";
import { ServeNodes } from "../support/three-nodes.js";

const run = promisify(execFile);
const describeWithRedis = redisAvailability().available ? describe : describe.skip;

const SAME_DEVICE = "arn:aws:signin:::devtools/same-device";
const REDIRECT = "http://127.0.0.1:53041/oauth/callback";
const SESSIONS = 8;
/** Pause between one session's refreshes: 8 sessions stay near 30 refreshes/s, under the 50/s limit. */
const PACE_MS = 250;

interface TokenAnswer {
  readonly status: number;
  readonly json: Record<string, unknown> | undefined;
  readonly retryAfterSeconds: number | undefined;
}

let nodes: ServeNodes | undefined;
afterEach(async () => {
  await nodes?.close();
  nodes = undefined;
});

async function postToken(service: ServeNodes, body: object, proof: string): Promise<TokenAnswer> {
  const response = await send(`${service.url}/v1/token`, {
    method: "POST",
    headers: { "content-type": "application/json", dpop: proof },
    body: JSON.stringify(body),
  });
  const retryAfter = response.headers["retry-after"];
  let json: Record<string, unknown> | undefined;
  try {
    json = JSON.parse(response.body) as Record<string, unknown>;
  } catch {
    json = undefined; // the load balancer's own 502 page
  }
  return {
    status: response.status,
    json,
    retryAfterSeconds: typeof retryAfter === "string" ? Number(retryAfter) : undefined,
  };
}

/**
 * Signs the development user in through the load balancer; returns a code ready to redeem. A page
 * answered 503 or 429 (a node whose store call timed out on this busy machine, a full password-check
 * queue) is tried again from the start, as a person would.
 */
async function authorizationCode(service: ServeNodes): Promise<{ code: string; verifier: string }> {
  for (let attempt = 1; ; attempt += 1) {
    const cli = new CliLikeClient(service.url, SAME_DEVICE, REDIRECT);
    const browser = new BrowserSession();
    const page = await browser.get(cli.authorizeUrl());
    // The form post lands on another node than the page (round robin): the form token and cookies
    // are sealed with the shared keys, so any node takes them.
    const posted =
      page.status === 200
        ? await browser.postForm(`${service.url}/v1/authorize`, {
            form_token: formTokenIn(page.body),
            username: service.developer.userName,
            password: service.developer.password,
          })
        : page;
    if ((posted.status === 503 || posted.status === 429) && attempt < 5) {
      await sleep(500);
      continue;
    }
    expect([posted.status, posted.status === 302 ? "" : posted.body]).toEqual([302, ""]);
    const code = new URL(String(posted.headers.location)).searchParams.get("code");
    if (!code) throw new Error(`no code in ${String(posted.headers.location)}`);
    return { code, verifier: cli.verifier };
  }
}

const exchangeBody = (code: string, verifier: string) => ({
  clientId: SAME_DEVICE,
  grantType: "authorization_code",
  code,
  codeVerifier: verifier,
  redirectUri: REDIRECT,
});

const refreshBody = (refreshToken: string) => ({ clientId: SAME_DEVICE, grantType: "refresh_token", refreshToken });

/** A signed-in session that refreshes in a strict chain, retrying what an SDK retries. */
class ChainedSession {
  readonly refreshedAt: number[] = [];
  readonly retried = new Map<number, number>();
  failure: string | undefined;

  private constructor(
    private readonly service: ServeNodes,
    private readonly key: DpopClientKey,
    public refreshToken: string,
  ) {}

  static async start(service: ServeNodes): Promise<ChainedSession> {
    const key = new DpopClientKey();
    const { code, verifier } = await authorizationCode(service);
    const answer = await postToken(service, exchangeBody(code, verifier), key.proof(`${service.url}/v1/token`));
    expect(answer.status).toBe(200);
    return new ChainedSession(service, key, answer.json!.refreshToken as string);
  }

  /** One refresh, retried on 429/5xx until it succeeds, fails for good, or `deadline` passes. */
  async refresh(deadline: number): Promise<boolean> {
    for (;;) {
      const answer = await postToken(
        this.service,
        refreshBody(this.refreshToken),
        this.key.proof(`${this.service.url}/v1/token`),
      );
      if (answer.status === 200) {
        this.refreshToken = answer.json!.refreshToken as string;
        this.refreshedAt.push(Date.now());
        return true;
      }
      if (answer.status !== 429 && answer.status < 500) {
        this.failure = `${answer.status} ${JSON.stringify(answer.json)}`;
        return false;
      }
      this.retried.set(answer.status, (this.retried.get(answer.status) ?? 0) + 1);
      if (Date.now() > deadline) return false;
      await sleep(Math.min(1_000, (answer.retryAfterSeconds ?? 0.1) * 1000));
    }
  }

  /** Refreshes, one after the other, until `stop` says so or a refresh fails for good. */
  async keepRefreshing(stop: () => boolean, deadline: number): Promise<void> {
    while (!stop() && Date.now() < deadline) {
      if (!(await this.refresh(deadline))) return;
      await sleep(PACE_MS);
    }
  }

  refreshesSince(time: number): number {
    return this.refreshedAt.filter((at) => at > time).length;
  }
}

const retriesByStatus = (sessions: readonly ChainedSession[]): Record<number, number> => {
  const totals: Record<number, number> = {};
  for (const session of sessions) {
    for (const [status, count] of session.retried) totals[status] = (totals[status] ?? 0) + count;
  }
  return totals;
};

describeWithRedis("three `open-signin serve` nodes, one Redis, one data directory, behind a load balancer", () => {
  it("50 redemptions of one code spread over the nodes: exactly one wins", async () => {
    nodes = await ServeNodes.start();
    const { code, verifier } = await authorizationCode(nodes);
    // Proofs made first, so that the 50 requests leave together.
    const iat = Math.floor(Date.now() / 1000);
    const proofs = Array.from({ length: 50 }, () =>
      new DpopClientKey().proof(`${nodes!.url}/v1/token`, { iat, jti: randomUUID() }),
    );
    const before = [...nodes.proxy.stats.answeredBy];

    const answers = await Promise.all(proofs.map((proof) => postToken(nodes!, exchangeBody(code, verifier), proof)));

    expect(answers.filter((answer) => answer.status === 200)).toHaveLength(1);
    const losers = answers.filter((answer) => answer.status !== 200);
    expect(losers).toHaveLength(49);
    for (const loser of losers) {
      expect([loser.status, loser.json]).toEqual([
        400,
        { error: "INVALID_REQUEST", message: "The authorization code has already been used." },
      ]);
    }
    // Round robin spread them: every node answered a third or so.
    const spread = nodes.proxy.stats.answeredBy.map((count, index) => count - before[index]!);
    expect(spread.reduce((sum, count) => sum + count, 0)).toBe(50);
    for (const count of spread) expect(count).toBeGreaterThanOrEqual(15);
  });

  it("50 uses of one refresh token spread over the nodes: one answer, given 50 times", async () => {
    nodes = await ServeNodes.start();
    const key = new DpopClientKey();
    const { code, verifier } = await authorizationCode(nodes);
    const signedIn = await postToken(nodes, exchangeBody(code, verifier), key.proof(`${nodes.url}/v1/token`));
    expect(signedIn.status).toBe(200);
    const refreshToken = signedIn.json!.refreshToken as string;
    // One second for all 50 proofs: a key's proofs may not go back in time (refresh-chains.ts).
    const iat = Math.floor(Date.now() / 1000);
    const proofs = Array.from({ length: 50 }, () => key.proof(`${nodes!.url}/v1/token`, { iat, jti: randomUUID() }));
    const before = [...nodes.proxy.stats.answeredBy];

    const answers = await Promise.all(proofs.map((proof) => postToken(nodes!, refreshBody(refreshToken), proof)));

    expect(answers.map((answer) => answer.status)).toEqual(Array(50).fill(200));
    // expiresIn is the time the credentials have left, so it may differ by the second that passed.
    const withoutExpiresIn = answers.map(({ json }) => JSON.stringify({ ...json, expiresIn: undefined }));
    expect(new Set(withoutExpiresIn).size).toBe(1);
    const spread = nodes.proxy.stats.answeredBy.map((count, index) => count - before[index]!);
    for (const count of spread) expect(count).toBeGreaterThanOrEqual(15);

    // The one successor refreshes, on whichever node.
    const next = await postToken(
      nodes,
      refreshBody(answers[0]!.json!.refreshToken as string),
      key.proof(`${nodes.url}/v1/token`),
    );
    expect(next.status).toBe(200);
  });

  it("kill -9 of one node during a chained-refresh load: every session keeps refreshing through the other two", async () => {
    nodes = await ServeNodes.start();
    const sessions = await Promise.all(Array.from({ length: SESSIONS }, () => ChainedSession.start(nodes!)));
    const deadline = Date.now() + 30_000;
    let stopping = false;
    const load = Promise.all(sessions.map((session) => session.keepRefreshing(() => stopping, deadline)));

    await sleep(1_500);
    await nodes.killDuringNextRequest(1);
    const killedAt = Date.now();
    const answeredByKilled = nodes.proxy.stats.answeredBy[1]!;
    // Until every session has refreshed several times without the killed node.
    while (Date.now() < deadline && sessions.some((session) => session.refreshesSince(killedAt) < 5)) {
      if (sessions.some((session) => session.failure)) break;
      await sleep(100);
    }
    stopping = true;
    await load;

    expect(nodes.nodes[1]!.child.signalCode).toBe("SIGKILL");
    for (const session of sessions) {
      expect(session.failure).toBeUndefined();
      expect(session.refreshesSince(killedAt)).toBeGreaterThanOrEqual(5);
      expect(session.refreshesSince(0)).toBeGreaterThanOrEqual(5);
    }
    // The dead node answered nothing more; the proxy found it refusing and sent the requests on.
    expect(nodes.proxy.stats.answeredBy[1]).toBe(answeredByKilled);
    expect(nodes.proxy.stats.routedAround).toBeGreaterThan(0);
    // The request cut off inside the killed node came back as 502 (a POST the node may have
    // processed is not re-sent by the balancer) and its client retried it; nothing else failed.
    const retried = retriesByStatus(sessions);
    expect(nodes.proxy.stats.badGateway).toBeGreaterThanOrEqual(1);
    expect(retried[502]).toBe(nodes.proxy.stats.badGateway);
    for (const status of Object.keys(retried)) expect(["429", "502"]).toContain(status);
  }, 60_000);

  const redisStops = {
    // As an operator restarts it: SHUTDOWN writes the append-only file and exits.
    "restart (SHUTDOWN, then start)": async (service: ServeNodes) => {
      await run("redis-cli", ["-p", String(service.redis.port), "shutdown"]).catch(() => {});
    },
    // The process dies at once; what it had written to the append-only file is in the OS's cache.
    "crash (kill -9, then start)": (service: ServeNodes) => service.redis.kill(),
  };

  it.each(Object.keys(redisStops) as (keyof typeof redisStops)[])(
    "a Redis %s (appendonly) during a chained-refresh load loses no session",
    async (how) => {
      nodes = await ServeNodes.start();
      const sessions = await Promise.all(Array.from({ length: SESSIONS }, () => ChainedSession.start(nodes!)));
      const deadline = Date.now() + 45_000;
      let stopping = false;
      const load = Promise.all(sessions.map((session) => session.keepRefreshing(() => stopping, deadline)));

      await sleep(1_500);
      await redisStops[how](nodes);
      while (nodes.redis.running && Date.now() < deadline) await sleep(20);
      expect(nodes.redis.running).toBe(false);
      await sleep(1_000);
      // The same port and directory: the new server replays the append-only file.
      await nodes.redis.restart();
      const backAt = Date.now();
      while (Date.now() < deadline && sessions.some((session) => session.refreshesSince(backAt) < 3)) {
        if (sessions.some((session) => session.failure)) break;
        await sleep(100);
      }
      stopping = true;
      await load;

      for (const session of sessions) {
        expect(session.failure).toBeUndefined();
        expect(session.refreshesSince(backAt)).toBeGreaterThanOrEqual(3);
      }
      // The outage was seen (503 with Retry-After from the nodes, or 429) and retried through.
      const retried = retriesByStatus(sessions);
      expect((retried[503] ?? 0) + (retried[429] ?? 0)).toBeGreaterThan(0);
      for (const status of Object.keys(retried)) expect(["429", "503"]).toContain(status);
    },
    60_000,
  );
});
