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

import { FaultProxy } from "../../../packages/token-service/test/support/fault-proxy.js";

export interface InteropUser {
  readonly userName: string;
  readonly password: string;
  readonly arn: string;
}

/**
 * The project's local Sign-In service, started in this process on a loopback port with a fresh
 * data directory, for real AWS clients to talk to. Clients reach it through a {@link FaultProxy}
 * (`faults`), which can replace the next successful token responses with a 500 or a 429, as when a
 * response is lost on the way back; the service itself has no fault hooks.
 */
export class InteropService {
  private userCount = 0;

  private constructor(
    private readonly handle: LocalServiceHandle,
    private readonly dataDir: string,
    readonly admin: UserAdmin,
    readonly faults: FaultProxy,
  ) {}

  /** `sessionMaxSeconds` below the CLI's minimum lets a test watch a session expire in seconds. */
  static async start(options: { sessionMaxSeconds?: number } = {}): Promise<InteropService> {
    const dataDir = await mkdtemp(join(tmpdir(), "open-signin-interop-"));
    const settings = resolveLocalServiceSettings({ flags: { port: "0", dataDir }, env: {} });
    const handle = await startLocalService(
      { ...settings, ...(options.sessionMaxSeconds ? { sessionMaxSeconds: options.sessionMaxSeconds } : {}) },
      { logger: createLogger({ level: "silent" }) },
    );
    const faults = await FaultProxy.start();
    faults.forwardTo(handle.url);
    return new InteropService(handle, dataDir, new UserAdmin(new UsersFile(settings.usersFile)), faults);
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
    await this.handle.close();
    await rm(this.dataDir, { recursive: true, force: true });
  }
}
