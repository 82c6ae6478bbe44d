import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";

import { RedisServer, freePort } from "../../../token-service/test/support/redis-servers.js";
import { CliProcess } from "./cli-process.js";
import { RoundRobinProxy } from "./round-robin-proxy.js";

/** The Redis settings the README's "Running several nodes" recommends. */
export const REDIS_PERSISTENCE = ["--appendonly", "yes", "--appendfsync", "everysec"] as const;

/**
 * Several `open-signin serve` processes (the built CLI, as users run it) on one data directory and
 * one real redis-server, behind a {@link RoundRobinProxy} whose origin is every node's
 * `--public-url`: the "Running several nodes" deployment of the README, on loopback ports.
 *
 * The first node starts alone on the empty data directory (it creates the keys and the development
 * user), then the others, as the README says to do.
 */
export class ServeNodes {
  private constructor(
    readonly dataDir: string,
    readonly redis: RedisServer,
    readonly proxy: RoundRobinProxy,
    readonly nodes: CliProcess[],
    readonly ports: number[],
    readonly developer: { readonly userName: string; readonly password: string },
  ) {}

  static async start(options: { count?: number; args?: readonly string[] } = {}): Promise<ServeNodes> {
    const count = options.count ?? 3;
    const dataDir = await mkdtemp(join(tmpdir(), "open-signin-nodes-"));
    const started: { redis?: RedisServer; proxy?: RoundRobinProxy; nodes: CliProcess[] } = { nodes: [] };
    try {
      const redis = (started.redis = await RedisServer.start(REDIS_PERSISTENCE));
      const proxy = (started.proxy = await RoundRobinProxy.start());
      const args = [
        "--data-dir",
        dataDir,
        "--store",
        redis.url,
        "--public-url",
        proxy.url,
        "--log-level",
        "warn",
        ...(options.args ?? []),
      ];
      const first = await startNode(args);
      started.nodes.push(first.node);
      const [, userName, password] = await first.node.waitForStderr(/user name\s+(\S+)\n\s+password\s+(\S+)/);
      const others = await Promise.all(Array.from({ length: count - 1 }, () => startNode(args)));
      started.nodes.push(...others.map((other) => other.node));
      const ports = [first.port, ...others.map((other) => other.port)];
      proxy.setBackends(ports.map((port) => `http://127.0.0.1:${port}`));
      return new ServeNodes(dataDir, redis, proxy, started.nodes, ports, { userName: userName!, password: password! });
    } catch (error) {
      await stopAll(started.nodes, started.proxy, started.redis, dataDir);
      throw error;
    }
  }

  /** The service's public URL: the proxy in front of the nodes. */
  get url(): string {
    return this.proxy.url;
  }

  /**
   * `kill -9` of node `index` the moment the load balancer has a request on its way to it, so that
   * request is cut off mid-flight; resolves once the process is gone.
   */
  async killDuringNextRequest(index: number): Promise<void> {
    const node = this.nodes[index]!;
    await new Promise<void>((resolve) =>
      this.proxy.onNextConnection(index, () => {
        node.child.kill("SIGKILL");
        resolve();
      }),
    );
    await node.exited;
  }

  /** Stops everything this setup started, whatever state it is in. */
  async close(): Promise<void> {
    await stopAll(this.nodes, this.proxy, this.redis, this.dataDir);
  }
}

/** One node on a free port; a port taken between the pick and the bind is retried with another. */
async function startNode(args: readonly string[]): Promise<{ node: CliProcess; port: number }> {
  for (let attempt = 0; ; attempt += 1) {
    const port = await freePort();
    const node = CliProcess.start(["serve", "--port", String(port), ...args]);
    try {
      await node.waitForStderr(/listening on/, 30_000);
      return { node, port };
    } catch (error) {
      node.child.kill("SIGKILL");
      await node.exited;
      if (attempt >= 2 || !/EADDRINUSE/.test(node.stderr + node.stdout)) throw error;
    }
  }
}

async function stopAll(
  nodes: readonly CliProcess[],
  proxy: RoundRobinProxy | undefined,
  redis: RedisServer | undefined,
  dataDir: string,
): Promise<void> {
  await Promise.all(
    nodes.map(async (node) => {
      if (node.child.exitCode === null && node.child.signalCode === null) node.child.kill("SIGKILL");
      await node.exited;
    }),
  );
  await proxy?.close();
  await redis?.stop();
  await rm(dataDir, { recursive: true, force: true });
}
