import { join } from "node:path";

import { type SettingsValues, resolveSettings, setting, tokenServiceSettings } from "@open-signin/token-service";
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
};

export type LocalServiceSettings = SettingsValues<typeof localServiceSettings> & { readonly usersFile: string };

export function resolveLocalServiceSettings(sources: Parameters<typeof resolveSettings>[1]): LocalServiceSettings {
  const settings = resolveSettings(localServiceSettings, sources);
  return { ...settings, usersFile: settings.usersFile ?? join(settings.dataDir, "users.json") };
}
