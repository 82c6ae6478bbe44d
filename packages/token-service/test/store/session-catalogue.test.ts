import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

import { afterAll, beforeAll, describe } from "vitest";

import { MemorySessionCatalogue } from "../../src/store/memory-session-catalogue.js";
import { parseStoreSetting } from "../../src/config/store-setting.js";
import { openStore } from "../../src/open-store.js";
import { SqliteStore } from "../../src/store/sqlite-store.js";
import { RedisCluster, RedisServer, redisAvailability } from "../support/redis-servers.js";
import { describeSessionCatalogueContract } from "./session-catalogue-contract.js";

describeSessionCatalogueContract("MemorySessionCatalogue", async () => ({
  catalogue: new MemorySessionCatalogue(),
  close: async () => {},
}));

describe("SQLite", () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "session-catalogue-"));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  let n = 0;
  describeSessionCatalogueContract("SqliteSessionCatalogue (the store's file)", async () => {
    const store = new SqliteStore(join(dir, `store-${++n}.sqlite`), { sweepIntervalMs: 0 });
    return { catalogue: store.sessions, close: () => store.close() };
  });
});

const describeWithRedis = redisAvailability().available ? describe : describe.skip;

describeWithRedis("Redis", () => {
  let server: RedisServer;
  beforeAll(async () => {
    server = await RedisServer.start();
  }, 30_000);
  afterAll(async () => {
    await server?.stop();
  });
  describeSessionCatalogueContract("RedisSessionCatalogue (single server)", async () => {
    const store = await openStore(parseStoreSetting(server.url), { dataDir: "." });
    return { catalogue: store.sessions, close: () => store.close() };
  });
});

describeWithRedis("Redis Cluster", () => {
  let cluster: RedisCluster;
  beforeAll(async () => {
    cluster = await RedisCluster.start();
  }, 60_000);
  afterAll(async () => {
    await cluster?.stop();
  });
  describeSessionCatalogueContract("RedisSessionCatalogue (3-master cluster)", async () => {
    const store = await openStore(parseStoreSetting(cluster.url), { dataDir: "." });
    return { catalogue: store.sessions, close: () => store.close() };
  });
});
