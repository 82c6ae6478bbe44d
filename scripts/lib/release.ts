import { copyFileSync, readFileSync, writeFileSync } from "node:fs";

import { baselineModel, type DiffEvent, isBreaking } from "./compat.js";
import { builtModelAst } from "./model.js";
import { fromRoot } from "./paths.js";

export type Bump = "major" | "minor" | "patch" | "none";

/** Traits whose changes never reach a client's API or the wire. */
const documentationOnly =
  /^ModifiedTrait\.(Add|Remove|Update)\.(smithy\.api#(documentation|examples|externalDocumentation)|smithy\.test#)/;

/** Events that only reflect how the model files are organised, not the API. */
const bookkeeping = /^(AddedMetadata|RemovedMetadata|ChangedMetadata)/;

/**
 * The semantic-version bump a model change calls for, from the `smithy diff` events against the
 * last released model:
 *
 * - major: anything breaking (see isBreaking), acknowledged or not;
 * - minor: added operations, members, shapes, enum values or errors, or any other API change;
 * - patch: documentation, examples and test traits only;
 * - none: no change at all.
 */
export function bumpFor(events: readonly DiffEvent[]): Bump {
  const relevant = events.filter((event) => !bookkeeping.test(event.id));
  if (relevant.length === 0) return "none";
  if (relevant.some(isBreaking)) return "major";
  if (relevant.some((event) => !documentationOnly.test(event.id))) return "minor";
  return "patch";
}

export function nextVersion(current: string, bump: Bump): string {
  const match = /^(\d+)\.(\d+)\.(\d+)$/.exec(current);
  if (!match) throw new Error(`${current} is not a plain major.minor.patch version`);
  const [major, minor, patch] = match.slice(1).map(Number) as [number, number, number];
  switch (bump) {
    case "major":
      return `${major + 1}.0.0`;
    case "minor":
      return `${major}.${minor + 1}.0`;
    case "patch":
      return `${major}.${minor}.${patch + 1}`;
    case "none":
      return current;
  }
}

const buildConfig = fromRoot("smithy-build.json");
type BuildConfig = { projections: Record<string, { plugins: Record<string, { packageVersion?: string }> }> };

/** The generated packages' version, as smithy-build.json sets it (the same in every projection). */
export function currentPackageVersion(path = buildConfig): string {
  const config = JSON.parse(readFileSync(path, "utf8")) as BuildConfig;
  const versions = new Set(
    Object.values(config.projections).flatMap((projection) =>
      Object.values(projection.plugins).flatMap((plugin) => (plugin.packageVersion ? [plugin.packageVersion] : [])),
    ),
  );
  if (versions.size !== 1)
    throw new Error(`smithy-build.json sets more than one packageVersion: ${[...versions].join(", ")}`);
  return [...versions][0]!;
}

export function writePackageVersion(version: string, path = buildConfig): void {
  const config = JSON.parse(readFileSync(path, "utf8")) as BuildConfig;
  for (const projection of Object.values(config.projections)) {
    for (const plugin of Object.values(projection.plugins)) {
      if (plugin.packageVersion) plugin.packageVersion = version;
    }
  }
  writeFileSync(path, `${JSON.stringify(config, null, 2)}\n`);
}

/** After publishing: the built model becomes the released baseline that later changes are diffed against. */
export function recordReleasedModel(): void {
  copyFileSync(builtModelAst, baselineModel);
}
