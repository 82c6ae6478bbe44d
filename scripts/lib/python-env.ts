import { createHash } from "node:crypto";
import { existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";

import { fromRoot } from "./paths.js";
import { run } from "./run.js";

/**
 * The Python clients the interop suite runs, each in its own project-local virtual environment
 * under .venv/, installed from PyPI with every package pinned in its requirements file.
 */
export const pythonEnvironments = ["botocore-oldest", "botocore-newest"] as const;
export type PythonEnvironment = (typeof pythonEnvironments)[number];

const requirementsOf = (name: PythonEnvironment) =>
  fromRoot("test", "interop", "python", "requirements", `${name}.txt`);
const directoryOf = (name: PythonEnvironment) => fromRoot(".venv", name);

/** The interpreter of an environment, e.g. .venv/botocore-newest/bin/python */
export const pythonOf = (name: PythonEnvironment): string => join(directoryOf(name), "bin", "python");

/**
 * Creates or refreshes every environment whose requirements changed since it was built; does
 * nothing when all are current. A stamp holding the requirements' hash marks a finished install,
 * so an interrupted one is redone rather than trusted.
 */
export function ensurePythonEnvironments(log: (line: string) => void = () => {}): void {
  for (const name of pythonEnvironments) {
    const requirements = requirementsOf(name);
    const stampFile = join(directoryOf(name), ".requirements-sha256");
    const wanted = createHash("sha256").update(readFileSync(requirements)).digest("hex");
    if (existsSync(stampFile) && readFileSync(stampFile, "utf8") === wanted && existsSync(pythonOf(name))) continue;

    log(`creating .venv/${name} from ${requirements}`);
    rmSync(directoryOf(name), { recursive: true, force: true });
    run("python3", ["-m", "venv", directoryOf(name)]);
    run(pythonOf(name), [
      "-m",
      "pip",
      "install",
      "--quiet",
      "--disable-pip-version-check",
      "--no-input",
      "-r",
      requirements,
    ]);
    writeFileSync(stampFile, wanted);
  }
}
