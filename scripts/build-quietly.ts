/**
 * `npm start` builds first, so that it always runs the current code. The build is incremental
 * (a second start with nothing changed skips the compiler's work), quiet when it works, and
 * prints everything when it does not.
 */
import { buildWorkspace } from "./lib/build.js";
import { CommandFailedError } from "./lib/run.js";

try {
  buildWorkspace();
} catch (error) {
  if (!(error instanceof CommandFailedError)) throw error;
  console.error(error.output);
  console.error("The build failed; fix the errors above and run npm start again.");
  process.exit(1);
}
