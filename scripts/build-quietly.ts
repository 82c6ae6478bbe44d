/**
 * `npm start` builds first, so that it always runs the current code. The build is quiet when it
 * works and prints everything when it does not.
 */
import { CommandFailedError, run } from "./lib/run.js";

try {
  run("npm", ["run", "build"]);
} catch (error) {
  if (!(error instanceof CommandFailedError)) throw error;
  console.error(error.output);
  console.error("The build failed; fix the errors above and run npm start again.");
  process.exit(1);
}
