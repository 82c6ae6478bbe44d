/**
 * `npm run generate`: regenerates everything derived from the model.
 *
 *   1. Smithy build of all projections (build/smithy).
 *   2. Replace the generated packages in packages/ with the fresh output.
 *   3. Publish the OpenAPI document to openapi/.
 *   4. Refresh package-lock.json if a generated package.json changed.
 *   5. Format with the repository's pinned Prettier.
 *   6. Rewrite the client's wire snapshots (test/snapshots) from the fresh client.
 *
 * Running it twice leaves `git status` clean; CI runs it and fails on any drift, which is how a
 * hand edit in generated code is caught.
 *
 * With `--projections <dir>` step 1 is skipped and the projections are read from <dir> instead; that
 * is the Gradle route: `gradle smithyBuild`, then
 * `npm run generate -- --projections build/smithyprojections/open-signin`.
 */
import { copyFileSync, cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";

import { buildModel } from "./lib/model.js";
import { fromRoot, smithyOutputDir } from "./lib/paths.js";
import { run } from "./lib/run.js";

interface GeneratedPackage {
  readonly projection: string;
  readonly plugin: string;
  readonly directory: string;
}

export const generatedPackages: readonly GeneratedPackage[] = [
  { projection: "client", plugin: "typescript-client-codegen", directory: "packages/client" },
  { projection: "server", plugin: "typescript-server-codegen", directory: "packages/server-sdk" },
];

/** Build artefacts and installs inside a generated package that regeneration must not delete. */
const keepOnRegenerate = (name: string): boolean =>
  name === "node_modules" || name.startsWith("dist-") || name.endsWith(".tsbuildinfo");

function replaceGeneratedPackage({ projection, plugin, directory }: GeneratedPackage, projections: string): void {
  const source = join(projections, projection, plugin);
  if (!existsSync(source)) throw new Error(`Smithy produced no ${plugin} output in ${source}`);
  const target = fromRoot(directory);
  mkdirSync(target, { recursive: true });
  for (const name of readdirSync(target)) {
    if (!keepOnRegenerate(name)) rmSync(join(target, name), { recursive: true, force: true });
  }
  cpSync(source, target, { recursive: true });
}

/** Manifest contents as parsed JSON, so that formatting alone never counts as a change. */
const readManifests = (paths: readonly string[]): string =>
  JSON.stringify(paths.map((path) => (existsSync(path) ? (JSON.parse(readFileSync(path, "utf8")) as unknown) : null)));

function main(): void {
  const { values } = parseArgs({ options: { projections: { type: "string" } } });
  const projections = values.projections ? resolve(values.projections) : smithyOutputDir;
  const manifests = generatedPackages.map(({ directory }) => fromRoot(directory, "package.json"));
  const manifestsBefore = readManifests(manifests);

  if (values.projections) {
    console.log(`1/6 using projections built elsewhere: ${projections}`);
  } else {
    console.log("1/6 smithy build");
    buildModel();
  }

  console.log("2/6 replace generated packages");
  generatedPackages.forEach((generated) => replaceGeneratedPackage(generated, projections));

  console.log("3/6 publish OpenAPI");
  mkdirSync(fromRoot("openapi"), { recursive: true });
  copyFileSync(
    join(smithyOutputDir, "openapi", "openapi", "Signin.openapi.json"),
    fromRoot("openapi", "signin.openapi.json"),
  );

  if (readManifests(manifests) !== manifestsBefore) {
    console.log("4/6 a generated package.json changed: npm install");
    run("npm", ["install", "--no-audit", "--no-fund"]);
  } else {
    console.log("4/6 generated package.json files unchanged");
  }

  console.log("5/6 format");
  run(fromRoot("node_modules", ".bin", "prettier"), [
    "--write",
    "--log-level",
    "warn",
    ...generatedPackages.map(({ directory }) => directory),
    "openapi",
  ]);

  console.log("6/6 client wire snapshots");
  run(fromRoot("node_modules", ".bin", "vitest"), ["run", "--project", "client-snapshots"], {
    env: { ...process.env, SNAPSHOT_MODE: "write" },
  });
  console.log("Generated packages are up to date.");
}

main();
