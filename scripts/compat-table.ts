/**
 * `npm run compat:table`: writes the README's compatibility table from the interop suite's last
 * results (build/interop/compatibility.json, written by test/interop/compatibility-reporter.ts).
 * `--check` only compares, and fails if the README's table differs: CI runs it after the suite so
 * that the table never claims more, or less, than the clients proved.
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { parseArgs } from "node:util";

import { fromRoot } from "./lib/paths.js";
import {
  type CompatibilityResults,
  claimsMissingASetup,
  renderCompatibilityTable,
  replaceTable,
} from "./lib/compat-table.js";
import { INTEROP_PROJECTS } from "../test/interop/compatibility-reporter.js";

const { values } = parseArgs({ options: { check: { type: "boolean" } } });
const resultsPath = fromRoot("build", "interop", "compatibility.json");
if (!existsSync(resultsPath)) {
  console.error(
    "No interop results: run the suite first (npm test, or npx vitest run --project interop --project interop-3-nodes).",
  );
  process.exit(1);
}
const results = JSON.parse(readFileSync(resultsPath, "utf8")) as CompatibilityResults;
const failed = results.results.filter((result) => result.outcome !== "passed");
if (failed.length > 0) {
  console.error(
    `The interop suite did not pass; not writing a table:\n${failed.map((r) => `  ${r.outcome}: ${r.test}`).join("\n")}`,
  );
  process.exit(1);
}
const missing = claimsMissingASetup(results, Object.values(INTEROP_PROJECTS));
if (missing.length > 0) {
  console.error(
    "The interop results do not cover every deployment; not writing a table. Run both interop projects " +
      `(npm test, or npx vitest run --project interop --project interop-3-nodes):\n${missing.map((m) => `  ${m}`).join("\n")}`,
  );
  process.exit(1);
}

const readmePath = fromRoot("README.md");
const readme = readFileSync(readmePath, "utf8");
const updated = replaceTable(readme, renderCompatibilityTable(results));
if (values.check) {
  if (updated !== readme) {
    console.error(
      "README.md's compatibility table does not match the interop results. Run `npm run compat:table` and commit.",
    );
    process.exit(1);
  }
  console.log("README.md's compatibility table matches the interop results.");
} else {
  writeFileSync(readmePath, updated);
  console.log("README.md's compatibility table updated from the interop results.");
}
