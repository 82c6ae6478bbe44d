import { join } from "node:path";

import {
  type SettingsValues,
  integerSetting,
  resolveSettings,
  setting,
  tokenServiceSettings,
} from "@open-signin/token-service";
import { z } from "zod";

/** The token service's settings plus what the local service adds: where its users live. */
export const localServiceSettings = {
  ...tokenServiceSettings,
  usersFile: setting({
    flag: "users-file",
    env: "SIGNIN_USERS_FILE",
    valueName: "<path>",
    description: "the users directory file, mode 0600 (default <data-dir>/users.json)",
    schema: z.string().trim().min(1).optional(),
  }),
  signInUserAttempts: integerSetting({
    flag: "signin-user-attempts",
    env: "SIGNIN_USER_ATTEMPTS",
    valueName: "<count>",
    description: "password checks one user name gets at once before doubling waits (1 s up to 15 min) begin",
    min: 1,
    max: 100,
    defaultValue: 5,
  }),
  passwordChecks: integerSetting({
    flag: "password-checks",
    env: "SIGNIN_PASSWORD_CHECKS",
    valueName: "<count>",
    description: "password checks (scrypt) running at once; keep below libuv's pool size (UV_THREADPOOL_SIZE, 4)",
    min: 1,
    max: 64,
    defaultValue: 2,
  }),
  passwordQueue: integerSetting({
    flag: "password-queue",
    env: "SIGNIN_PASSWORD_QUEUE",
    valueName: "<count>",
    description: "password checks that may wait for a slot; beyond it the sign-in form answers 429",
    min: 0,
    max: 10_000,
    defaultValue: 16,
  }),
};

export type LocalServiceSettings = SettingsValues<typeof localServiceSettings> & { readonly usersFile: string };

export function resolveLocalServiceSettings(sources: Parameters<typeof resolveSettings>[1]): LocalServiceSettings {
  const settings = resolveSettings(localServiceSettings, sources);
  return { ...settings, usersFile: settings.usersFile ?? join(settings.dataDir, "users.json") };
}
