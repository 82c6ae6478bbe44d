/**
 * Before the interop suite: the Python clients need their virtual environments (one per pinned
 * botocore version). The script is idempotent and fast once they exist; .ci/run also calls it as
 * a step of its own.
 */
import { ensurePythonEnvironments } from "../../scripts/lib/python-env.js";

export default function setup(): void {
  ensurePythonEnvironments();
}
