/**
 * `npm run release:version`: derives the next version of @open-signin/client and
 * @open-signin/server-sdk from `smithy diff` against the last released model
 * (codegen/baseline/signin.json): breaking -> major, added operations or members -> minor,
 * documentation only -> patch.
 *
 *   npm run release:version                # print the bump, the next version and why
 *   npm run release:version -- --write     # also set it as packageVersion in smithy-build.json
 *   npm run release:version -- --record    # after publishing: make the built model the new baseline
 */
import { parseArgs } from "node:util";

import { diffAgainstBaseline, isBreaking } from "./lib/compat.js";
import { buildModel } from "./lib/model.js";
import {
  bumpFor,
  currentPackageVersion,
  nextVersion,
  recordReleasedModel,
  writePackageVersion,
} from "./lib/release.js";

const { values } = parseArgs({ options: { write: { type: "boolean" }, record: { type: "boolean" } } });

if (values.record) {
  buildModel();
  recordReleasedModel();
  console.log("codegen/baseline/signin.json is now the released model; empty codegen/compat-acknowledgements.json.");
  process.exit(0);
}

const events = diffAgainstBaseline();
const bump = bumpFor(events);
const current = currentPackageVersion();
const next = nextVersion(current, bump);
const breaking = events.filter(isBreaking);
const reasons = (breaking.length > 0 ? breaking : events).slice(0, 10);
console.log(`${bump}: ${current} -> ${next}`);
for (const event of reasons) console.log(`  ${event.severity} ${event.id} ${event.shape}`);
if (values.write && next !== current) {
  writePackageVersion(next);
  console.log(`smithy-build.json: packageVersion ${next}; now run npm run generate`);
}
