import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";

/**
 * A client machine's AWS files in a temp directory: the config file, the credentials file and the
 * login cache, reached through the clients' own environment variables, never ~/.aws.
 */
export class ClientHome {
  private constructor(readonly root: string) {}

  static async create(): Promise<ClientHome> {
    const root = await mkdtemp(join(tmpdir(), "open-signin-client-"));
    await mkdir(join(root, "aws", "login", "cache"), { recursive: true, mode: 0o700 });
    return new ClientHome(root);
  }

  get configFile(): string {
    return join(this.root, "aws", "config");
  }

  get cacheDirectory(): string {
    return join(this.root, "aws", "login", "cache");
  }

  /** The variables every AWS client reads: files, the Sign-In endpoint override, the region. */
  env(serviceUrl: string): Record<string, string> {
    return {
      HOME: this.root,
      AWS_CONFIG_FILE: this.configFile,
      AWS_SHARED_CREDENTIALS_FILE: join(this.root, "aws", "credentials"),
      AWS_LOGIN_CACHE_DIRECTORY: this.cacheDirectory,
      AWS_ENDPOINT_URL_SIGNIN: serviceUrl,
      AWS_REGION: "us-east-1",
    };
  }

  async cacheFile(): Promise<string> {
    const files = (await readdir(this.cacheDirectory)).filter((name) => name.endsWith(".json"));
    if (files.length !== 1) throw new Error(`expected one login cache file, found ${files.length}`);
    return join(this.cacheDirectory, files[0]!);
  }

  async readCache(): Promise<LoginCache> {
    return JSON.parse(await readFile(await this.cacheFile(), "utf8")) as LoginCache;
  }

  /** Moves the cached credentials' expiry to `secondsFromNow`; within 5 minutes, clients refresh. */
  async expireIn(secondsFromNow: number): Promise<void> {
    const cache = await this.readCache();
    cache.accessToken.expiresAt = new Date(Date.now() + secondsFromNow * 1000).toISOString().replace(/\.\d{3}Z$/, "Z");
    await writeFile(await this.cacheFile(), JSON.stringify(cache), { mode: 0o600 });
  }

  async remove(): Promise<void> {
    await rm(this.root, { recursive: true, force: true });
  }
}

export interface LoginCache {
  accessToken: {
    accessKeyId: string;
    secretAccessKey: string;
    sessionToken: string;
    accountId: string;
    expiresAt: string;
  };
  tokenType: string;
  clientId: string;
  refreshToken: string;
  idToken: string;
  dpopKey: string;
}
