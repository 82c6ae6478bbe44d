import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";

/** A throwaway home directory and the environment that points every AWS path into it. */
export interface TempHome {
  readonly root: string;
  readonly configFile: string;
  readonly credentialsFile: string;
  readonly cacheDirectory: string;
  readonly env: NodeJS.ProcessEnv;
  remove(): Promise<void>;
}

export async function createTempHome(): Promise<TempHome> {
  const root = await mkdtemp(join(tmpdir(), "open-signin-login-"));
  const configFile = join(root, ".aws", "config");
  const credentialsFile = join(root, ".aws", "credentials");
  const cacheDirectory = join(root, "login-cache");
  return {
    root,
    configFile,
    credentialsFile,
    cacheDirectory,
    // HOME too, so that nothing falls back to the real ~/.aws.
    env: {
      HOME: root,
      USERPROFILE: root,
      AWS_CONFIG_FILE: configFile,
      AWS_SHARED_CREDENTIALS_FILE: credentialsFile,
      AWS_LOGIN_CACHE_DIRECTORY: cacheDirectory,
    },
    remove: () => rm(root, { recursive: true, force: true }),
  };
}
