import { z } from "zod";

/**
 * One configurable setting: its command-line flag, its environment variable, its help text and the
 * schema that validates (and coerces) the raw text. Flags, environment names, `--help` and
 * validation all come from these declarations, so they cannot disagree.
 */
export interface Setting<T> {
  /** Long flag without the dashes, e.g. `port` for `--port`. */
  readonly flag: string;
  readonly env: string;
  readonly description: string;
  /** Placeholder shown in help, e.g. `<seconds>`. */
  readonly valueName: string;
  readonly schema: z.ZodType<T>;
}

export type SettingsTable = Readonly<Record<string, Setting<unknown>>>;
export type SettingsValues<Table extends SettingsTable> = {
  readonly [Key in keyof Table]: Table[Key] extends Setting<infer T> ? T : never;
};

/** Every invalid setting at once, each named the way the user set it. */
export class ConfigurationError extends Error {
  override readonly name = "ConfigurationError";
  constructor(readonly problems: readonly string[]) {
    super(`Invalid configuration:\n${problems.map((problem) => `  - ${problem}`).join("\n")}`);
  }
}

export const setting = <T>(declaration: Setting<T>): Setting<T> => declaration;

const integerText = (min: number, max: number) =>
  z
    .string()
    .trim()
    .regex(/^\d+$/, `expected a whole number from ${min} to ${max}`)
    .transform(Number)
    .pipe(z.number().int().min(min, `must be at least ${min}`).max(max, `must be at most ${max}`));

/** An integer setting with bounds and a default. */
export const integerSetting = (
  declaration: Omit<Setting<number>, "schema"> & {
    readonly min: number;
    readonly max: number;
    readonly defaultValue: number;
  },
): Setting<number> => ({
  ...declaration,
  schema: integerText(declaration.min, declaration.max)
    .optional()
    .transform((value) => value ?? declaration.defaultValue),
});

/** An optional integer setting: undefined when not given. */
export const optionalIntegerSetting = (
  declaration: Omit<Setting<number | undefined>, "schema"> & { readonly min: number; readonly max: number },
): Setting<number | undefined> => ({
  ...declaration,
  schema: integerText(declaration.min, declaration.max).optional(),
});

/**
 * Resolves every setting of `table` from command-line values (already split by the CLI parser,
 * keyed by setting name) and environment variables, flags winning, then validates all of them.
 * Throws one ConfigurationError listing every problem.
 */
export function resolveSettings<Table extends SettingsTable>(
  table: Table,
  sources: { readonly flags?: Readonly<Record<string, string | undefined>>; readonly env?: NodeJS.ProcessEnv },
): SettingsValues<Table> {
  const values: Record<string, unknown> = {};
  const problems: string[] = [];
  for (const [name, declaration] of Object.entries(table)) {
    const fromFlag = sources.flags?.[name];
    const fromEnv = sources.env?.[declaration.env];
    const raw = fromFlag ?? (fromEnv === "" ? undefined : fromEnv);
    const origin = fromFlag !== undefined ? `--${declaration.flag}` : `${declaration.env}`;
    const result = declaration.schema.safeParse(raw);
    if (result.success) values[name] = result.data;
    else
      problems.push(
        `${origin}=${JSON.stringify(raw)}: ${result.error.issues.map((issue) => issue.message).join("; ")}`,
      );
  }
  if (problems.length > 0) throw new ConfigurationError(problems);
  return values as SettingsValues<Table>;
}
