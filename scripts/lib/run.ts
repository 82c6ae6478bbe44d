import { spawnSync, type SpawnSyncOptions } from "node:child_process";

import { repoRoot } from "./paths.js";

export class CommandFailedError extends Error {
  constructor(
    readonly command: string,
    readonly status: number | null,
    readonly output: string,
  ) {
    super(`${command} exited with ${status ?? "a signal"}\n${output}`);
  }
}

/**
 * Runs a command to completion. Output is captured and only shown when the command fails, so a
 * green `npm run generate` stays quiet while a red one explains itself.
 */
export function run(command: string, args: readonly string[], options: SpawnSyncOptions = {}): string {
  const result = spawnSync(command, args, {
    cwd: repoRoot,
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
    ...options,
  });
  if (result.error) throw result.error;
  const output = `${String(result.stdout ?? "")}${String(result.stderr ?? "")}`;
  if (result.status !== 0) {
    throw new CommandFailedError([command, ...args].join(" "), result.status, output);
  }
  return output;
}
