import { type ChildProcessWithoutNullStreams, spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

/** The built `open-signin` command, as `npm start` and users run it. */
const CLI = fileURLToPath(new URL("../../dist/cli/main.js", import.meta.url));

function assertCliBuilt(): void {
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run \`npm run build\` first (npm test does).`);
}

/** A running `open-signin` process whose output the test can wait on. */
export class CliProcess {
  stdout = "";
  stderr = "";
  readonly exited: Promise<number | null>;

  private constructor(readonly child: ChildProcessWithoutNullStreams) {
    child.stdout.on("data", (chunk: Buffer) => (this.stdout += chunk.toString("utf8")));
    child.stderr.on("data", (chunk: Buffer) => (this.stderr += chunk.toString("utf8")));
    this.exited = new Promise((resolve) => child.on("exit", (code) => resolve(code)));
  }

  static start(args: string[], env: NodeJS.ProcessEnv = {}): CliProcess {
    assertCliBuilt();
    return new CliProcess(spawn(process.execPath, [CLI, ...args], { env: { ...process.env, ...env }, stdio: "pipe" }));
  }

  /** Resolves with the first match of `pattern` in stderr (where people-facing text goes). */
  async waitForStderr(pattern: RegExp, timeoutMs = 20_000): Promise<RegExpExecArray> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const match = pattern.exec(this.stderr);
      if (match) return match;
      if (Date.now() > deadline || this.child.exitCode !== null) {
        throw new Error(`no ${pattern} in output:\n--- stderr\n${this.stderr}\n--- stdout\n${this.stdout}`);
      }
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
  }
}

/** Runs `open-signin <args>` to completion, feeding `input` on stdin. */
export async function runCli(args: string[], options: { env?: NodeJS.ProcessEnv; input?: string } = {}) {
  const process_ = CliProcess.start(args, options.env);
  process_.child.stdin.end(options.input ?? "");
  const code = await process_.exited;
  return { code, stdout: process_.stdout, stderr: process_.stderr };
}
