/**
 * `npm run check:generated`: regenerates everything and fails if the committed generated code
 * (packages/client, packages/server-sdk, openapi/) differs from fresh output. A hand edit in
 * generated code, or a model change committed without regenerating, shows up here.
 */
import { run } from "./lib/run.js";

const generatedPaths = ["packages/client", "packages/server-sdk", "openapi", "package-lock.json"];

run("npx", ["tsx", "scripts/generate.ts"], { stdio: "inherit" });
const drift = run("git", ["status", "--porcelain", "--untracked-files=all", "--", ...generatedPaths]).trim();
if (drift) {
  console.error("Generated code differs from what the model produces:\n" + drift + "\n");
  console.error(run("git", ["--no-pager", "diff", "--stat", "--", ...generatedPaths]));
  console.error(
    "Do not edit generated files. Change the model or smithy-build.json, run `npm run generate`, and commit the result.",
  );
  process.exit(1);
}
console.log("Generated code matches the model.");
