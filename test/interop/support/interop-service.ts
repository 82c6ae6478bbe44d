import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";

import {
  type LocalServiceHandle,
  UserAdmin,
  UsersFile,
  resolveLocalServiceSettings,
  startLocalService,
} from "@open-signin/local-service";
import { createLogger } from "@open-signin/token-service";

import { RoundRobinProxy } from "../../../packages/local-service/test/support/round-robin-proxy.js";
import { REDIS_PERSISTENCE } from "../../../packages/local-service/test/support/three-nodes.js";
import { FaultProxy } from "../../../packages/token-service/test/support/fault-proxy.js";
import { RedisServer } from "../../../packages/token-service/test/support/redis-servers.js";

export interface InteropUser {
  readonly userName: string;
  readonly password: string;
  readonly arn: string;
}

/**
 * The deployments the suite runs against, one vitest project each (vitest.config.ts sets
 * INTEROP_SETUP):
 *
 * - `sqlite`: one node on the default store, as `npm start` runs it;
 * - `redis-3-nodes`: three nodes on one data directory and one redis-server (appendonly yes),
 *   behind a round-robin load balancer, as the README's "Running several nodes" describes. The
 *   nodes run in this process (each its own service: listener, store connection, keys, users view)
 *   so that tests can give them settings the CLI refuses, such as a 3-second session.
 */
const INTEROP_SETUPS = ["sqlite", "redis-3-nodes"] as const;
type InteropSetup = (typeof INTEROP_SETUPS)[number];

function interopSetup(): InteropSetup {
  const setup = process.env.INTEROP_SETUP ?? "sqlite";
  if (!(INTEROP_SETUPS as readonly string[]).includes(setup)) {
    throw new Error(`INTEROP_SETUP=${setup}: expected one of ${INTEROP_SETUPS.join(", ")}`);
  }
  return setup as InteropSetup;
}

/** What runs behind the fault proxy, and how to stop it. */
interface Backend {
  readonly origin: string;
  close(): Promise<void>;
}

/**
 * The project's local Sign-In service on loopback ports with a fresh data directory, for real AWS
 * clients to talk to, in the deployment {@link interopSetup} names. Clients reach it through a
 * {@link FaultProxy} (`faults`), which can replace the next successful token responses with a 500
 * or a 429, as when a response is lost on the way back; the service itself has no fault hooks.
 */
export class InteropService {
  private userCount = 0;

  private constructor(
    private readonly backend: Backend,
    private readonly dataDir: string,
    readonly admin: UserAdmin,
    readonly faults: FaultProxy,
  ) {}

  /** `sessionMaxSeconds` below the CLI's minimum lets a test watch a session expire in seconds. */
  static async start(options: { sessionMaxSeconds?: number } = {}): Promise<InteropService> {
    const dataDir = await mkdtemp(join(tmpdir(), "open-signin-interop-"));
    // The clients talk to the proxy, so its origin is the service's public URL: that is what a DPoP
    // proof must name and what Host must say, as for any deployment behind a proxy.
    const faults = await FaultProxy.start();
    const settings = resolveLocalServiceSettings({ flags: { port: "0", dataDir, publicUrls: faults.url }, env: {} });
    const overrides = options.sessionMaxSeconds ? { sessionMaxSeconds: options.sessionMaxSeconds } : {};
    const start = interopSetup() === "sqlite" ? startOneNode : startThreeNodesOnRedis;
    try {
      const backend = await start({ ...settings, ...overrides });
      faults.forwardTo(backend.origin);
      return new InteropService(backend, dataDir, new UserAdmin(new UsersFile(settings.usersFile)), faults);
    } catch (error) {
      await faults.close();
      await rm(dataDir, { recursive: true, force: true });
      throw error;
    }
  }

  get url(): string {
    return this.faults.url;
  }

  /** A new user allowed to sign in and refresh, unless `permissions` says otherwise. */
  async createUser(permissions?: readonly string[]): Promise<InteropUser> {
    const userName = `user${++this.userCount}`;
    const password = `${userName}-interop-password`;
    const user = await this.admin.addUser({
      userName,
      password,
      accountId: "000000000000",
      ...(permissions ? { permissions } : {}),
    });
    return { userName, password, arn: `arn:aws:iam::${user.accountId}:user/${user.userName}` };
  }

  async close(): Promise<void> {
    await this.faults.close();
    await this.backend.close();
    await rm(this.dataDir, { recursive: true, force: true });
  }
}

type Settings = Parameters<typeof startLocalService>[0];
const silent = () => ({ logger: createLogger({ level: "silent" }) });

async function startOneNode(settings: Settings): Promise<Backend> {
  const handle = await startLocalService(settings, silent());
  return { origin: `http://127.0.0.1:${handle.port}`, close: () => handle.close() };
}

async function startThreeNodesOnRedis(settings: Settings): Promise<Backend> {
  const redis = await RedisServer.start(REDIS_PERSISTENCE);
  const balancer = await RoundRobinProxy.start();
  const nodes: LocalServiceHandle[] = [];
  const close = async () => {
    await balancer.close();
    await Promise.all(nodes.map((node) => node.close()));
    await redis.stop();
  };
  try {
    const onRedis: Settings = { ...settings, store: { kind: "redis", url: redis.url } };
    // The first node creates the keys and users file; the others find them.
    nodes.push(await startLocalService(onRedis, silent()));
    await Promise.all([1, 2].map(async () => nodes.push(await startLocalService(onRedis, silent()))));
    balancer.setBackends(nodes.map((node) => `http://127.0.0.1:${node.port}`));
    return { origin: balancer.url, close };
  } catch (error) {
    await close();
    throw error;
  }
}
