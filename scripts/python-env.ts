/**
 * `npm run python:env`: creates the project-local Python environments the interop suite uses
 * (.venv/botocore-oldest, .venv/botocore-newest) from their pinned requirements. Idempotent.
 */
import { ensurePythonEnvironments, pythonEnvironments, pythonOf } from "./lib/python-env.js";
import { run } from "./lib/run.js";

ensurePythonEnvironments((line) => console.log(line));
for (const name of pythonEnvironments) {
  const version = run(pythonOf(name), [
    "-c",
    "import botocore, awscrt; print(botocore.__version__, 'awscrt', awscrt.__version__)",
  ]).trim();
  console.log(`.venv/${name}: botocore ${version}`);
}
