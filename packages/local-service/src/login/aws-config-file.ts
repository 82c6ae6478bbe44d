import { readFile, realpath } from "node:fs/promises";
import { join } from "node:path";

import { expandUser, homeDirectory } from "./home-path.js";
import { type IniLine, joinIniLines, parseIniLines, preferredEol } from "./ini-lines.js";
import { errorCode, existingMode, writeFileAtomically } from "../files/atomic-file.js";

/*
 * The shared AWS config file is edited line by line rather than parsed and re-serialized with an
 * INI library: such libraries rewrite the whole file, dropping comments and reordering or
 * reformatting what they do not understand, in a file that belongs to the person and to other
 * tools. The AWS CLI's own writer (awscli/customizations/configure/writer.py) is line based for
 * the same reason. Reading follows botocore's parser (see ini-lines.ts).
 */

/** `$AWS_CONFIG_FILE` (with `~` expanded), else `~/.aws/config`. */
export function awsConfigFilePath(env: NodeJS.ProcessEnv): string {
  const configured = env.AWS_CONFIG_FILE;
  return configured !== undefined && configured !== ""
    ? expandUser(configured, env)
    : join(homeDirectory(env), ".aws", "config");
}

/** `$AWS_SHARED_CREDENTIALS_FILE` (with `~` expanded), else `~/.aws/credentials`. */
export function awsCredentialsFilePath(env: NodeJS.ProcessEnv): string {
  const configured = env.AWS_SHARED_CREDENTIALS_FILE;
  return configured !== undefined && configured !== ""
    ? expandUser(configured, env)
    : join(homeDirectory(env), ".aws", "credentials");
}

/** Whether a section header of the config file is the one botocore reads as `profile`. */
export function isConfigSectionOf(section: string, profile: string): boolean {
  // Like the AWS CLI's writer, `default` means `[default]` only: a `[profile default]` is left
  // alone rather than guessed at.
  if (profile === "default") return section === "default";
  // botocore shlex-splits `profile NAME` into exactly two words, so quotes may surround the name.
  const match = /^profile[ \t]+(?:"([^"]*)"|'([^']*)'|(\S+))[ \t]*$/.exec(section);
  return match !== null && (match[1] ?? match[2] ?? match[3]) === profile;
}

/**
 * The keys (lowercased) and first-line values of a profile, or undefined if the file has no
 * section for it. `sectionMatches` picks the section: config files name it `[profile NAME]`,
 * credentials files `[NAME]`.
 */
export function readProfileValues(
  text: string,
  profile: string,
  sectionMatches: (section: string, profile: string) => boolean = isConfigSectionOf,
): Map<string, string> | undefined {
  const lines = parseIniLines(text);
  const range = sectionRange(lines, profile, sectionMatches);
  if (range === undefined) return undefined;
  const values = new Map<string, string>();
  for (const line of lines.slice(range.header + 1, range.end)) {
    if (line.kind === "option" && line.key !== undefined && !values.has(line.key))
      values.set(line.key, line.value ?? "");
  }
  return values;
}

/**
 * `text` with `values` set in the profile's section: a key's existing line (and any continuation
 * lines of its value) is replaced in place, a missing key is added after the section's last
 * setting, and a missing section is appended at the end. Every other byte stays as it was; new
 * lines use the file's line ending.
 */
export function setProfileValues(text: string, profile: string, values: Readonly<Record<string, string>>): string {
  validateEntries(profile, values);
  const eol = preferredEol(text);
  const lines: Array<Pick<IniLine, "text" | "eol">> = [];
  const parsed = parseIniLines(text);
  const range = sectionRange(parsed, profile, isConfigSectionOf);
  const pending = new Map(Object.entries(values).map(([key, value]) => [key.toLowerCase(), { key, value }]));
  const newLine = (key: string, value: string): Pick<IniLine, "text" | "eol"> => ({ text: `${key} = ${value}`, eol });

  if (range === undefined) {
    lines.push(...parsed);
    terminateLastLine(lines, eol);
    lines.push({ text: `[${profile === "default" ? "default" : `profile ${profile}`}]`, eol });
    for (const { key, value } of pending.values()) lines.push(newLine(key, value));
    return joinIniLines(lines);
  }

  let insertAfter = range.header;
  let replacing = false;
  parsed.forEach((line, index) => {
    const inSection = index > range.header && index < range.end;
    if (inSection && line.kind === "continuation" && replacing) return;
    replacing = false;
    if (inSection && line.kind === "option" && line.key !== undefined) {
      const entry = pending.get(line.key);
      if (entry !== undefined) {
        pending.delete(line.key);
        replacing = true;
        // A replaced last line without a line ending keeps having none.
        lines.push({ text: `${entry.key} = ${entry.value}`, eol: line.eol });
        insertAfter = lines.length - 1;
        return;
      }
    }
    lines.push(line);
    if (inSection && (line.kind === "option" || line.kind === "continuation")) insertAfter = lines.length - 1;
  });
  if (pending.size > 0) {
    const anchor = lines[insertAfter];
    if (anchor !== undefined && anchor.eol === "") lines[insertAfter] = { text: anchor.text, eol };
    lines.splice(insertAfter + 1, 0, ...[...pending.values()].map(({ key, value }) => newLine(key, value)));
  }
  return joinIniLines(lines);
}

/**
 * Sets `values` in the profile of the config file at `path`. The file is replaced atomically and
 * keeps its permissions (a new one is 0600 in a 0700 directory); a symlinked config file is
 * followed, so the link stays a link.
 */
export async function updateAwsConfigFile(
  path: string,
  profile: string,
  values: Readonly<Record<string, string>>,
): Promise<void> {
  const target = await realpath(path).catch((error: unknown) => {
    if (errorCode(error) === "ENOENT") return path;
    throw error;
  });
  const text = (await readTextFile(target)) ?? "";
  const mode = (await existingMode(target)) ?? 0o600;
  await writeFileAtomically(target, setProfileValues(text, profile, values), mode);
}

/** The file's text, or undefined if it does not exist. */
export async function readTextFile(path: string): Promise<string | undefined> {
  try {
    return await readFile(path, "utf8");
  } catch (error) {
    if (errorCode(error) === "ENOENT") return undefined;
    throw error;
  }
}

function sectionRange(
  lines: readonly IniLine[],
  profile: string,
  sectionMatches: (section: string, profile: string) => boolean,
): { header: number; end: number } | undefined {
  const header = lines.findIndex((line) => line.kind === "header" && sectionMatches(line.section ?? "", profile));
  if (header < 0) return undefined;
  const next = lines.findIndex((line, index) => index > header && line.kind === "header");
  return { header, end: next < 0 ? lines.length : next };
}

function terminateLastLine(lines: Array<Pick<IniLine, "text" | "eol">>, eol: string): void {
  const last = lines.at(-1);
  if (last !== undefined && last.eol === "") lines[lines.length - 1] = { text: last.text, eol };
}

function validateEntries(profile: string, values: Readonly<Record<string, string>>): void {
  // A name botocore would read back as this profile: one shlex word, no brackets.
  if (!/^[^\s"'[\]]+$/.test(profile)) throw new Error(`Invalid profile name: ${JSON.stringify(profile)}`);
  for (const [key, value] of Object.entries(values)) {
    if (!/^[A-Za-z0-9_.-]+$/.test(key)) throw new Error(`Invalid config key: ${JSON.stringify(key)}`);
    // Only the key is named: values may be sensitive.
    if (/[\r\n]/.test(value)) throw new Error(`Invalid value for ${key}: line breaks are not allowed`);
  }
}
