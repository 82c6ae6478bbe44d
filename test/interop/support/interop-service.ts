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
import { type TokenEndpointFaults, createLogger } from "@open-signin/token-service";
import { InternalServerException, TooManyRequestsError } from "@open-signin/server-sdk";

export type InjectedFault = "server-error" | "throttle";

/**
 * Test-only fault injection for the interop suite: the next N successful token responses are
 * replaced by a 500 or a 429, after the service has done its work, as when a response is lost on
 * the way back. It exists only in this process's memory; nothing on the network can arm it.
 */
export class FaultQueue implements TokenEndpointFaults {
  private readonly queue: InjectedFault[] = [];
  injected = 0;

  failNextResponses(...faults: InjectedFault[]): void {
    this.queue.push(...faults);
  }

  afterProcessing({ status }: { readonly status: number }) {
    if (status !== 200) return undefined;
    const fault = this.queue.shift();
    if (!fault) return undefined;
    this.injected++;
    return fault === "server-error"
      ? new InternalServerException({ error: "server_error", message: "The service could not process the request." })
      : new TooManyRequestsError({ error: "INVALID_REQUEST", message: "Too many requests. Retry later." });
  }
}

export interface InteropUser {
  readonly userName: string;
  readonly password: string;
  readonly arn: string;
}

/**
 * The project's local Sign-In service, started in this process on a loopback port with a fresh
 * data directory, for real AWS clients to talk to.
 */
export class InteropService {
  private userCount = 0;

  private constructor(
    private readonly handle: LocalServiceHandle,
    private readonly dataDir: string,
    readonly admin: UserAdmin,
    readonly faults: FaultQueue,
  ) {}

  /** `sessionMaxSeconds` below the CLI's minimum lets a test watch a session expire in seconds. */
  static async start(options: { sessionMaxSeconds?: number } = {}): Promise<InteropService> {
    const dataDir = await mkdtemp(join(tmpdir(), "open-signin-interop-"));
    const settings = resolveLocalServiceSettings({ flags: { port: "0", dataDir }, env: {} });
    const faults = new FaultQueue();
    const handle = await startLocalService(
      { ...settings, ...(options.sessionMaxSeconds ? { sessionMaxSeconds: options.sessionMaxSeconds } : {}) },
      { logger: createLogger({ level: "silent" }), faults },
    );
    return new InteropService(handle, dataDir, new UserAdmin(new UsersFile(settings.usersFile)), faults);
  }

  get url(): string {
    return this.handle.url;
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
    await this.handle.close();
    await rm(this.dataDir, { recursive: true, force: true });
  }
}
