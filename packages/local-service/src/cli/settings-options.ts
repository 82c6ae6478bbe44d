import { type Command, Option } from "commander";
import type { SettingsTable } from "@open-signin/token-service";

/** Adds one `--flag <value>` per setting, with its environment variable named in the help. */
export function addSettingOptions(command: Command, table: SettingsTable): Command {
  for (const setting of Object.values(table)) {
    command.addOption(
      new Option(`--${setting.flag} ${setting.valueName}`, `${setting.description} [env ${setting.env}]`),
    );
  }
  return command;
}

/** The flags the user gave, keyed by setting name, for resolveSettings. */
export function settingFlags(command: Command, table: SettingsTable): Record<string, string | undefined> {
  const given = command.opts<Record<string, string | undefined>>();
  return Object.fromEntries(Object.entries(table).map(([name, setting]) => [name, given[camelCase(setting.flag)]]));
}

const camelCase = (flag: string): string => flag.replace(/-([a-z])/g, (_match, letter: string) => letter.toUpperCase());
