import { existsSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import type { SpawnSyncOptions } from "node:child_process";

import { fromRoot } from "./paths.js";
import { run } from "./run.js";

/**
 * Compiles every package, in dependency order, with `tsc --build`, which skips a project whose
 * build info says its inputs have not changed: a build with nothing changed (a second
 * `npm start`) takes a second or two instead of a minute.
 *
 * The generated packages keep their build info next to their tsconfig files, outside their output
 * folders (those tsconfig files are the generator's), so `tsc --build` would call such a project up
 * to date after its output was deleted. For those, the build info is forgotten first, which makes
 * `tsc --build` compile the project again. Throws CommandFailedError when compilation fails.
 */
export function buildWorkspace(options: SpawnSyncOptions = {}): void {
  for (const project of projects) {
    if (!existsSync(fromRoot(project.output))) rmSync(fromRoot(project.buildInfo), { force: true });
  }
  const tsc = createRequire(import.meta.url).resolve("typescript/bin/tsc");
  run(process.execPath, [tsc, "--build", ...projects.map((project) => project.config)], options);
}

interface Project {
  readonly config: string;
  readonly output: string;
  readonly buildInfo: string;
}

const generated = (name: string): Project[] =>
  (["cjs", "es", "types"] as const).map((flavour) => ({
    config: `packages/${name}/tsconfig.${flavour}.json`,
    output: `packages/${name}/dist-${flavour}`,
    buildInfo: `packages/${name}/tsconfig.${flavour}.tsbuildinfo`,
  }));

const handWritten = (name: string): Project => ({
  config: `packages/${name}/tsconfig.build.json`,
  output: `packages/${name}/dist`,
  buildInfo: `packages/${name}/dist/tsconfig.build.tsbuildinfo`,
});

/** Upstream first: each package compiles against the declarations of the ones before it. */
const projects: readonly Project[] = [
  ...generated("client"),
  ...generated("server-sdk"),
  handWritten("token-service"),
  handWritten("local-service"),
];
