import { setTimeout as sleep } from "node:timers/promises";

import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { StoreUnavailableError } from "../../src/store/atomic-store.js";
import { parseStoreSetting } from "../../src/config/store-setting.js";
import { openStore } from "../../src/open-store.js";
import { RedisStore } from "../../src/store/redis-store.js";
import { RedisCluster, RedisServer, freePort, redisAvailability } from "../support/redis-servers.js";
import { describeAtomicStoreContract } from "./atomic-store-contract.js";
import { raceAcrossProcesses } from "./support/shared-store-races.js";

const availability = redisAvailability();
const describeWithRedis = availability.available ? describe : describe.skip;

// Redis keeps its own time: the expiry tests wait for real, with a short TTL.
const realTime = { advance: (ms: number) => sleep(ms), ttlMs: 300 };

describeWithRedis("RedisStore on one redis-server", () => {
  let server: RedisServer;
  beforeAll(async () => {
    server = await RedisServer.start();
  }, 30_000);
  afterAll(async () => {
    await server?.stop();
  });

  describeAtomicStoreContract(
    "RedisStore (single server)",
    () => openStore(parseStoreSetting(server.url), { dataDir: "." }),
    realTime,
  );

  it("keeps every key in its own hash tag, under the prefix", async () => {
    const store = await RedisStore.connect({ kind: "redis", url: server.url });
    try {
      await store.set("refresh:abc", "v", 60_000);
      const { execFileSync } = await import("node:child_process");
      const keys = execFileSync("redis-cli", ["-p", String(server.port), "--scan", "--pattern", "open-signin:*"], {
        encoding: "utf8",
      });
      expect(keys.trim().split("\n")).toContain("open-signin:{refresh:abc}");
    } finally {
      await store.close();
    }
  });

  it("fails with StoreUnavailableError within the timeout while the server is down, then recovers", async () => {
    const store = await RedisStore.connect({ kind: "redis", url: server.url }, { operationTimeoutMs: 300 });
    try {
      await store.set("outage", "before", 60_000);
      await server.kill();
      for (const operation of [
        () => store.get("outage"),
        () => store.set("outage", "during", 60_000),
        () => store.putIfAbsent("outage-new", "x", 60_000),
        () => store.compareAndSet("outage", "before", "during", 60_000),
      ]) {
        const startedAt = Date.now();
        await expect(operation()).rejects.toBeInstanceOf(StoreUnavailableError);
        expect(Date.now() - startedAt).toBeLessThan(1500);
      }
      await expect(store.ping()).rejects.toBeInstanceOf(StoreUnavailableError);
      await server.restart();
      // No appendonly in this server: the data is gone, but the store reconnects by itself.
      const deadline = Date.now() + 10_000;
      for (;;) {
        try {
          await store.ping();
          break;
        } catch (error) {
          if (Date.now() > deadline) throw error;
          await sleep(100);
        }
      }
      expect(await store.putIfAbsent("after", "x", 60_000)).toBe(true);
    } finally {
      await store.close();
    }
  }, 30_000);

  it("refuses to connect to a port where nothing listens, naming the target and the cause", async () => {
    const port = await freePort();
    const error = await RedisStore.connect(
      { kind: "redis", url: `redis://:secret-password@127.0.0.1:${port}/0` },
      { connectTimeoutMs: 1000 },
    ).catch((reason: unknown) => reason);
    expect(error).toBeInstanceOf(StoreUnavailableError);
    expect((error as Error).message).toContain(`cannot reach Redis redis://127.0.0.1:${port}/0`);
    expect((error as Error).message).toContain("ECONNREFUSED");
    expect((error as Error).message).not.toContain("secret-password");
  });

  it("races 50 redemptions of one code and 50 uses of one refresh token across two processes", async () => {
    const outcome = await raceAcrossProcesses(server.url, { processes: 2, perProcess: 25 });
    expect(outcome.codeWins.flat().filter(Boolean)).toHaveLength(1);
    expect(new Set(outcome.refreshAnswers.flat()).size).toBe(1);
    expect(outcome.refreshAnswers.flat()).toHaveLength(50);
  }, 120_000);
});

describeWithRedis("RedisStore on a 3-master Redis Cluster", () => {
  let cluster: RedisCluster;
  beforeAll(async () => {
    cluster = await RedisCluster.start();
  }, 60_000);
  afterAll(async () => {
    await cluster?.stop();
  });

  describeAtomicStoreContract(
    "RedisStore (Redis Cluster)",
    () => openStore(parseStoreSetting(cluster.url), { dataDir: "." }),
    realTime,
  );

  it("spreads keys over the masters (each key its own slot)", async () => {
    const store = await openStore(parseStoreSetting(cluster.url), { dataDir: "." });
    try {
      for (let i = 0; i < 60; i += 1) await store.set(`spread:${i}`, "v", 60_000);
      const { execFileSync } = await import("node:child_process");
      const counts = cluster.nodes.map(
        (node) =>
          execFileSync("redis-cli", ["-p", String(node.port), "--scan", "--pattern", "open-signin:{spread:*"], {
            encoding: "utf8",
          })
            .trim()
            .split("\n")
            .filter(Boolean).length,
      );
      expect(counts.reduce((a, b) => a + b, 0)).toBe(60);
      expect(counts.every((count) => count > 0)).toBe(true);
    } finally {
      await store.close();
    }
  });

  it("races 50 redemptions of one code and 50 uses of one refresh token across two processes", async () => {
    const outcome = await raceAcrossProcesses(cluster.url, { processes: 2, perProcess: 25 });
    expect(outcome.codeWins.flat().filter(Boolean)).toHaveLength(1);
    expect(new Set(outcome.refreshAnswers.flat()).size).toBe(1);
  }, 120_000);
});
