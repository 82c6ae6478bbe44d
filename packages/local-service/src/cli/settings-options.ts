import { type Command, Option } from "commander";
import type { SettingsTable } from "@open-signin/token-service";

/** Adds one `--flag <value>` per setting, with its environment variable named in the help. */
export function addSettingOptions(command: Command, table: SettingsTable): Command {
  for (const setting of Object.values(table)) {
    const option = new Option(`--${setting.flag} ${setting.valueName}`, `${setting.description} [env ${setting.env}]`);
    if (setting.repeatable)
      option.argParser((value: string, previous?: string) => (previous ? `${previous},${value}` : value));
    command.addOption(option);
  }
  return command;
}

/** The flags the user gave, keyed by setting name, for resolveSettings. */
export function settingFlags(command: Command, table: SettingsTable): Record<string, string | undefined> {
  const given = command.opts<Record<string, string | undefined>>();
  return Object.fromEntries(Object.entries(table).map(([name, setting]) => [name, given[camelCase(setting.flag)]]));
}

const camelCase = (flag: string): string => flag.replace(/-([a-z])/g, (_match, letter: string) => letter.toUpperCase());
