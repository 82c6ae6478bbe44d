/**
 * `--store` as a person meets it through `open-signin serve`: SQLite by default in the data
 * directory, `memory` saying that nothing survives, Redis with /readyz following the store, and
 * store settings that cannot work stopping the start with one message.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { mkdir, mkdtemp, rm, stat, writeFile } from "node:fs/promises";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { spawnSync } from "node:child_process";

import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { CliProcess, runCli } from "../support/cli-process.js";
import { send } from "../support/local-service.js";

let work: string;
beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), "open-signin-store-"));
});
afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

const serve = async (args: string[]) => {
  const service = CliProcess.start(["serve", "--port", "0", ...args]);
  const url = (await service.waitForStderr(/listening on (http:\/\/127\.0\.0\.1:\d+)/))[1]!;
  return { service, url };
};
const stop = async (service: CliProcess) => {
  service.child.kill("SIGTERM");
  await service.exited;
};

describe("the default store", () => {
  it("is SQLite in the data directory, 0600, named in the start log, and /readyz answers 200", async () => {
    const dataDir = join(work, "default");
    const { service, url } = await serve(["--data-dir", dataDir]);
    try {
      expect((await stat(join(dataDir, "store.sqlite"))).mode & 0o777).toBe(0o600);
      expect(service.stdout).toContain(`"store":"SQLite ${join(dataDir, "store.sqlite")}"`);
      const ready = await send(`${url}/readyz`);
      expect([ready.status, JSON.parse(ready.body)]).toEqual([200, { status: "ready" }]);
    } finally {
      await stop(service);
    }
  });
});

describe("--store memory", () => {
  it("says in its start log that nothing survives a restart", async () => {
    const { service } = await serve(["--data-dir", join(work, "memory"), "--store", "memory"]);
    await stop(service);
    expect(service.stdout).toMatch(/"event":"volatile-store".*nothing survives a restart/);
  });
});

describe("store settings that cannot work stop the start with one message", () => {
  it("a malformed --store: exit 2, naming what is accepted", async () => {
    const result = await runCli(["serve", "--port", "0", "--data-dir", join(work, "bad"), "--store", "mysql://db"]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/--store="mysql:\/\/db": expected sqlite, sqlite:<path>, memory, redis:\/\//);
    expect(result.stderr).not.toMatch(/listening on/);
  });

  it("an unreachable Redis: exit 1, naming the address and the cause", async () => {
    const port = await freePort();
    const result = await runCli([
      "serve",
      "--port",
      "0",
      "--data-dir",
      join(work, "unreachable"),
      "--store",
      `redis://127.0.0.1:${port}/0`,
    ]);
    expect(result.code).toBe(1);
    expect(result.stderr.trim()).toBe(
      `Cannot start: the store is not usable: cannot reach Redis redis://127.0.0.1:${port}/0: connect ECONNREFUSED 127.0.0.1:${port}`,
    );
  });

  it("a SQLite path that is a directory: exit 1, naming the file", async () => {
    const directory = join(work, "a-directory");
    await mkdir(directory);
    const result = await runCli([
      "serve",
      "--port",
      "0",
      "--data-dir",
      join(work, "dir"),
      "--store",
      `sqlite:${directory}`,
    ]);
    expect(result.code).toBe(1);
    expect(result.stderr.trim()).toMatch(
      new RegExp(`^Cannot start: the store is not usable: cannot open the SQLite store ${directory}: EISDIR`),
    );
  });

  it("a file that is not a SQLite database: exit 1, naming the file", async () => {
    const file = join(work, "not-a-database.sqlite");
    await writeFile(file, "this is not a database, it is a text file that happens to be long enough".repeat(20));
    const result = await runCli([
      "serve",
      "--port",
      "0",
      "--data-dir",
      join(work, "notadb"),
      "--store",
      `sqlite:${file}`,
    ]);
    expect(result.code).toBe(1);
    expect(result.stderr.trim()).toMatch(
      new RegExp(`^Cannot start: the store is not usable: cannot open the SQLite store ${file}: SQLITE_NOTADB`),
    );
  });
});

const redisInstalled = spawnSync("redis-server", ["--version"]).status === 0;
if (!redisInstalled && process.env.CI) throw new Error("redis-server is missing: .ci/run installs it");
if (!redisInstalled) process.stderr.write("\n*** SKIPPING /readyz WITH REDIS: redis-server is not installed ***\n\n");

describe.skipIf(!redisInstalled)("/readyz with a Redis store", () => {
  it("answers 200 while Redis answers and 503 while it is down; /healthz stays 200", async () => {
    const port = await freePort();
    let redis = await startRedis(port);
    const { service, url } = await serve([
      "--data-dir",
      join(work, "redis"),
      "--store",
      `redis://127.0.0.1:${port}/0`,
      "--store-timeout",
      "300",
    ]);
    try {
      expect(service.stdout).toContain(`"store":"Redis redis://127.0.0.1:${port}/0"`);
      expect((await send(`${url}/readyz`)).status).toBe(200);
      redis.kill("SIGKILL");
      await new Promise((resolve) => redis.once("exit", resolve));
      const down = await send(`${url}/readyz`);
      expect([down.status, down.headers["retry-after"]]).toEqual([503, "2"]);
      expect((await send(`${url}/healthz`)).status).toBe(200);
      redis = await startRedis(port);
      let ready = await send(`${url}/readyz`);
      for (let attempt = 0; ready.status !== 200 && attempt < 50; attempt += 1) {
        await new Promise((resolve) => setTimeout(resolve, 100));
        ready = await send(`${url}/readyz`);
      }
      expect(ready.status).toBe(200);
    } finally {
      await stop(service);
      redis.kill("SIGKILL");
    }
  }, 60_000);
});

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

/** redis-server on 127.0.0.1:port without persistence; resolves once it accepts connections. */
function startRedis(port: number): Promise<ChildProcess> {
  const child = spawn(
    "redis-server",
    ["--port", String(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"],
    {
      stdio: ["ignore", "pipe", "ignore"],
    },
  );
  return new Promise((resolve, reject) => {
    let output = "";
    child.stdout?.on("data", (chunk: Buffer) => {
      output += chunk.toString("utf8");
      if (output.includes("Ready to accept connections")) resolve(child);
    });
    child.once("exit", () => reject(new Error(`redis-server exited:\n${output}`)));
  });
}
