import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { join } from "node:path";

import { parse } from "csv-parse/sync";

import { fromRoot } from "./paths.js";
import { CommandFailedError } from "./run.js";
import { classpathDir, resolveClasspath, runSmithyCli } from "./toolchain.js";

/** The released model that every change is diffed against (see codegen/baseline/README.md). */
export const baselineModel = fromRoot("codegen", "baseline", "signin.json");

/** Breaking changes a maintainer has accepted on purpose, each with a reason. */
const acknowledgementsFile = fromRoot("codegen", "compat-acknowledgements.json");

/**
 * Trait packages both models need. `smithy diff` (unlike `smithy build`) takes no --discover flag,
 * so their jars are placed beside each model, where the model assembler loads them as imports.
 */
const traitPackages = [
  "smithy-aws-traits",
  "smithy-aws-endpoints",
  "smithy-rules-engine",
  "smithy-protocol-test-traits",
];

const CSV_HEADER = "severity,id,shape,file";

interface DiffEvent {
  readonly severity: "DANGER" | "ERROR";
  readonly id: string;
  readonly shape: string;
  readonly message: string;
}

export interface Acknowledgement {
  readonly id: string;
  readonly shape: string;
  readonly reason: string;
}

export interface CompatReport {
  /** Breaking changes that no acknowledgement covers: these fail the check. */
  readonly unacknowledged: readonly DiffEvent[];
  /** Acknowledgements that match no current change: stale entries also fail the check. */
  readonly stale: readonly Acknowledgement[];
  readonly acknowledged: readonly DiffEvent[];
}

function stageModel(directory: string, sources: readonly string[]): void {
  rmSync(directory, { recursive: true, force: true });
  mkdirSync(directory, { recursive: true });
  for (const source of sources) cpSync(source, join(directory, source.split("/").pop()!), { recursive: true });
  const jars = readdirSync(classpathDir);
  for (const name of traitPackages) {
    const jar = jars.find((file) => file.startsWith(`${name}-`) && file.endsWith(".jar"));
    if (!jar) throw new Error(`${name} is not on the resolved classpath (${classpathDir})`);
    cpSync(join(classpathDir, jar), join(directory, jar));
  }
}

function readAcknowledgements(path = acknowledgementsFile): Acknowledgement[] {
  if (!existsSync(path)) return [];
  const parsed = JSON.parse(readFileSync(path, "utf8")) as { acknowledged?: Acknowledgement[] };
  for (const entry of parsed.acknowledged ?? []) {
    if (!entry.id || !entry.shape || !entry.reason?.trim()) {
      throw new Error(`${path}: every acknowledgement needs id, shape and a reason`);
    }
  }
  return parsed.acknowledged ?? [];
}

/**
 * Diffs `modelDirectory` against the released baseline with `smithy diff` and sorts the breaking
 * (DANGER or ERROR) events into acknowledged and unacknowledged ones.
 */
export function checkCompatibility(
  modelDirectory = fromRoot("model"),
  acknowledgements: readonly Acknowledgement[] = readAcknowledgements(),
): CompatReport {
  resolveClasspath();
  const workDir = fromRoot("build", "model-diff");
  stageModel(join(workDir, "old"), [baselineModel]);
  stageModel(
    join(workDir, "new"),
    readdirSync(modelDirectory).map((name) => join(modelDirectory, name)),
  );

  let csv: string;
  try {
    csv = runSmithyCli("diff", [
      "--allow-unknown-traits", // the baseline carries smithy.test#smokeTests, whose definition we don't load
      "--format",
      "csv",
      "--severity",
      "DANGER",
      "--mode",
      "arbitrary",
      "--old",
      join(workDir, "old"),
      "--new",
      join(workDir, "new"),
    ]);
  } catch (error) {
    // The CLI exits non-zero when it finds ERROR events; the CSV on stdout is still complete. Any
    // other failure (a model that does not load, a bad flag) has no CSV and must surface.
    if (!(error instanceof CommandFailedError) || !error.output.includes(CSV_HEADER)) throw error;
    csv = error.output;
  }
  if (!csv.includes(CSV_HEADER)) throw new Error(`smithy diff printed no CSV report:\n${csv}`);
  const rows = parse<Record<string, string>>(csv.slice(csv.indexOf(CSV_HEADER)), {
    columns: true,
    skip_empty_lines: true,
    relax_column_count: true,
  });
  const events: DiffEvent[] = rows
    .filter((row) => row.severity === "DANGER" || row.severity === "ERROR")
    .map((row) => ({
      severity: row.severity as DiffEvent["severity"],
      id: row.id!,
      shape: row.shape!,
      message: row.message!,
    }));

  const matches = (event: DiffEvent, ack: Acknowledgement) => event.id === ack.id && event.shape === ack.shape;
  return {
    unacknowledged: events.filter((event) => !acknowledgements.some((ack) => matches(event, ack))),
    acknowledged: events.filter((event) => acknowledgements.some((ack) => matches(event, ack))),
    stale: acknowledgements.filter((ack) => !events.some((event) => matches(event, ack))),
  };
}

export function describeReport(report: CompatReport): string {
  const lines: string[] = [];
  for (const event of report.unacknowledged) {
    lines.push(`BREAKING ${event.severity} ${event.id} on ${event.shape}: ${event.message}`);
  }
  for (const ack of report.stale) {
    lines.push(`STALE acknowledgement ${ack.id} on ${ack.shape}: no such change any more; remove it`);
  }
  for (const event of report.acknowledged) {
    lines.push(`acknowledged ${event.severity} ${event.id} on ${event.shape}`);
  }
  return lines.join("\n");
}
