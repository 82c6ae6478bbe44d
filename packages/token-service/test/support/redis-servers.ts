import { type ChildProcess, execFile, spawn, spawnSync } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { promisify } from "node:util";

const run = promisify(execFile);

/**
 * Whether redis-server can run here. Outside CI a machine without it skips the Redis tests with a
 * loud message; in CI (`CI` set, as .ci/run does) its absence fails them, because .ci/run installs it.
 */
export function redisAvailability(): { available: true } | { available: false; reason: string } {
  const probe = spawnSync("redis-server", ["--version"], { encoding: "utf8" });
  if (probe.status === 0) return { available: true };
  const reason =
    "redis-server is not installed: the Redis store tests cannot run. Install the Debian packages " +
    "redis-server and redis-tools (.ci/run does).";
  if (process.env.CI) throw new Error(`${reason} CI must run them.`);
  process.stderr.write(`\n*** SKIPPING REDIS TESTS: ${reason} ***\n\n`);
  return { available: false, reason };
}

/** A free loopback TCP port, as the OS hands one out for port 0. */
export async function freePort(): Promise<number> {
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

/** One redis-server process on 127.0.0.1, in its own temp directory. */
export class RedisServer {
  private constructor(
    readonly port: number,
    readonly directory: string,
    private process: ChildProcess,
    private readonly args: readonly string[],
  ) {}

  /**
   * Starts redis-server on a free loopback port with `extraArgs` (e.g. `--appendonly yes`). Redis
   * cannot listen on port 0 and report the port, so a free port is picked first and the start
   * retried on the rare collision.
   */
  static async start(extraArgs: readonly string[] = []): Promise<RedisServer> {
    const directory = await mkdtemp(join(tmpdir(), "open-signin-redis-"));
    for (let attempt = 0; ; attempt += 1) {
      const port = await freePort();
      const args = [
        "--port",
        String(port),
        "--bind",
        "127.0.0.1",
        "--dir",
        directory,
        "--save",
        "",
        "--appendonly",
        "no",
        ...extraArgs,
      ];
      const child = spawn("redis-server", args, { stdio: ["ignore", "pipe", "pipe"] });
      if (await waitForPing(port, child)) return new RedisServer(port, directory, child, args);
      child.kill("SIGKILL");
      if (attempt >= 4) throw new Error(`redis-server did not start on 127.0.0.1:${port}`);
    }
  }

  get url(): string {
    return `redis://127.0.0.1:${this.port}/0`;
  }

  get running(): boolean {
    return this.process.exitCode === null && this.process.signalCode === null;
  }

  /** Kills the server at once (no save, no clean shutdown), like a crash. */
  async kill(): Promise<void> {
    const exited = new Promise((resolve) => this.process.once("exit", resolve));
    this.process.kill("SIGKILL");
    await exited;
  }

  /** Starts it again on the same port and directory (so an append-only file is replayed). */
  async restart(): Promise<void> {
    this.process = spawn("redis-server", this.args, { stdio: ["ignore", "pipe", "pipe"] });
    if (!(await waitForPing(this.port, this.process))) throw new Error("redis-server did not restart");
  }

  async stop(): Promise<void> {
    if (this.running) await this.kill();
    await rm(this.directory, { recursive: true, force: true });
  }
}

/** Three masters (no replicas) on loopback ports, joined with `redis-cli --cluster create`. */
export class RedisCluster {
  private constructor(readonly nodes: readonly RedisServer[]) {}

  static async start(): Promise<RedisCluster> {
    const nodes: RedisServer[] = [];
    try {
      for (let i = 0; i < 3; i += 1) {
        // The cluster bus needs a second port; by default port + 10000, which may be taken or out
        // of range, so it is picked explicitly.
        const busPort = await freePort();
        nodes.push(
          await RedisServer.start([
            "--cluster-enabled",
            "yes",
            "--cluster-config-file",
            `nodes-${i}.conf`,
            "--cluster-port",
            String(busPort),
            "--cluster-node-timeout",
            "2000",
          ]),
        );
      }
      await run(
        "redis-cli",
        ["--cluster", "create", ...nodes.map((node) => `127.0.0.1:${node.port}`), "--cluster-yes"],
        { timeout: 30_000 },
      );
      const deadline = Date.now() + 30_000;
      for (;;) {
        const states = await Promise.all(
          nodes.map(async (node) => (await run("redis-cli", ["-p", String(node.port), "cluster", "info"])).stdout),
        );
        if (states.every((info) => info.includes("cluster_state:ok"))) break;
        if (Date.now() > deadline) throw new Error("Redis Cluster did not reach cluster_state:ok");
        await sleep(100);
      }
      return new RedisCluster(nodes);
    } catch (error) {
      await Promise.all(nodes.map((node) => node.stop()));
      throw error;
    }
  }

  /** The `--store` value for this cluster: every node as a seed. */
  get url(): string {
    return `redis+cluster://${this.nodes.map((node) => `127.0.0.1:${node.port}`).join(",")}`;
  }

  async stop(): Promise<void> {
    await Promise.all(this.nodes.map((node) => node.stop()));
  }
}

/** Resolves true once this child logs that it accepts connections, false if it exits or stalls. */
function waitForPing(_port: number, child: ChildProcess): Promise<boolean> {
  return new Promise((resolve) => {
    let output = "";
    const timer = setTimeout(() => finish(false), 10_000);
    const finish = (ready: boolean) => {
      clearTimeout(timer);
      child.stdout?.removeAllListeners("data");
      child.stdout?.resume();
      resolve(ready);
    };
    child.stdout?.on("data", (chunk: Buffer) => {
      output += chunk.toString("utf8");
      if (output.includes("Ready to accept connections")) finish(true);
    });
    child.stderr?.resume();
    child.once("exit", () => finish(false));
  });
}
