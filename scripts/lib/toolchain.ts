import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";

import { fromRoot } from "./paths.js";
import { run } from "./run.js";

/**
 * The Smithy toolchain versions. gradle.properties is their single source: Gradle reads it
 * natively, and this module hands the same keys to Maven as -D properties.
 */
export type ToolchainVersions = Readonly<Record<string, string>>;

const versionsFile = fromRoot("gradle.properties");
const pomFile = fromRoot("codegen", "pom.xml");
export const classpathDir = fromRoot("build", "smithy-cp");

/** Parses the `key=value` lines of gradle.properties; `#` and `!` start comments. */
export function parseProperties(text: string): ToolchainVersions {
  const entries: [string, string][] = [];
  for (const [index, rawLine] of text.split(/\r?\n/).entries()) {
    const line = rawLine.trim();
    if (line === "" || line.startsWith("#") || line.startsWith("!")) continue;
    const match = /^([A-Za-z0-9_.-]+)\s*[=:]\s*(.*)$/.exec(line);
    if (!match) throw new Error(`gradle.properties line ${index + 1} is not key=value: ${rawLine}`);
    entries.push([match[1]!, match[2]!]);
  }
  return Object.freeze(Object.fromEntries(entries));
}

export function readToolchainVersions(): ToolchainVersions {
  return parseProperties(readFileSync(versionsFile, "utf8"));
}

/** The -Dkey=value arguments that feed gradle.properties into codegen/pom.xml. */
function mavenVersionArgs(versions: ToolchainVersions): string[] {
  return Object.entries(versions).map(([key, value]) => `-D${key}=${value}`);
}

const stampFile = join(classpathDir, ".stamp");

/**
 * Resolves the Smithy CLI, trait packages and TypeScript generators with Maven and copies the jars
 * to build/smithy-cp. A stamp of the versions and the pom skips the work when nothing changed.
 */
export function resolveClasspath(): string {
  const versions = readToolchainVersions();
  const stamp = createHash("sha256").update(JSON.stringify(versions)).update(readFileSync(pomFile)).digest("hex");
  if (existsSync(stampFile) && readFileSync(stampFile, "utf8") === stamp) return classpathDir;

  rmSync(classpathDir, { recursive: true, force: true });
  mkdirSync(classpathDir, { recursive: true });
  run("mvn", [
    "-B",
    "-q",
    "-f",
    pomFile,
    ...mavenVersionArgs(versions),
    "dependency:copy-dependencies",
    `-DoutputDirectory=${classpathDir}`,
  ]);
  writeFileSync(stampFile, stamp);
  return classpathDir;
}

/** The jar file names on the resolved classpath, e.g. `smithy-cli-1.69.0.jar`. */
export function classpathJars(): string[] {
  return readdirSync(classpathDir).filter((name) => name.endsWith(".jar"));
}

/**
 * Runs the Smithy CLI on the resolved classpath. `build` and `validate` get `--discover`: without it
 * (and without a `maven` block in smithy-build.json) they ignore trait definitions in the jars.
 * `diff` accepts no such flag; see scripts/lib/compat.ts for how it finds the traits.
 */
export function runSmithyCli(command: "build" | "validate" | "diff", args: readonly string[]): string {
  const cp = resolveClasspath();
  const discover = command === "diff" ? [] : ["--discover"];
  return run("java", ["-cp", `${cp}/*`, "software.amazon.smithy.cli.SmithyCli", command, ...discover, ...args]);
}
