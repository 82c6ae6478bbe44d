import { fromRoot, smithyOutputDir } from "./paths.js";
import { runSmithyCli } from "./toolchain.js";

/** Runs all projections of smithy-build.json into build/smithy. */
export function buildModel(): void {
  runSmithyCli("build", ["-c", fromRoot("smithy-build.json"), "--output", smithyOutputDir]);
}

/** The JSON AST of our model as built by the `source` projection. */
export const builtModelAst = fromRoot("build", "smithy", "source", "model", "model.json");
