/** `npm run build`: every package, incrementally (see lib/build.ts); compiler errors on the terminal. */
import { buildWorkspace } from "./lib/build.js";
import { CommandFailedError } from "./lib/run.js";

try {
  buildWorkspace({ stdio: "inherit" });
} catch (error) {
  if (!(error instanceof CommandFailedError)) throw error;
  process.exit(1);
}
