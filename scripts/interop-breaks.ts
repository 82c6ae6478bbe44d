/**
 * `npm run interop:breaks`: proves the interop suite can fail. Each deliberate break below is a
 * small bug planted in the token service; the script plants it, rebuilds, runs the interop suite,
 * records which real-client tests went red, and restores the source. A break that no test
 * notices is reported as a gap and fails the script.
 *
 * It edits files in the working tree, so it refuses to start with uncommitted changes under
 * packages/token-service/src, and always restores them (and rebuilds) before it exits.
 */
import { readFileSync, writeFileSync } from "node:fs";

import { fromRoot } from "./lib/paths.js";
import { CommandFailedError, run } from "./lib/run.js";

interface Edit {
  readonly file: string;
  readonly search: string;
  readonly replace: string;
}

interface Break {
  readonly name: string;
  readonly edits: readonly Edit[];
}

const breaks: readonly Break[] = [
  {
    name: "wrong X-Amzn-Errortype on every modeled error",
    edits: [
      {
        file: "packages/token-service/src/http/token-endpoint.ts",
        search: "    const replaced = faults?.afterProcessing?.({ requestId, status: produced.statusCode });",
        replace:
          '    if (produced.headers["x-amzn-errortype"]) produced.headers["x-amzn-errortype"] = "ServiceError";\n' +
          "    const replaced = faults?.afterProcessing?.({ requestId, status: produced.statusCode });",
      },
    ],
  },
  {
    name: "refresh response without refreshToken",
    edits: [
      {
        file: "packages/token-service/src/grants/token-minter.ts",
        search: "    if (withIdToken) {",
        replace:
          "    if (!withIdToken) delete (output as { refreshToken?: string }).refreshToken;\n    if (withIdToken) {",
      },
    ],
  },
  {
    name: "DPoP htu check that ignores the port",
    edits: [
      {
        file: "packages/token-service/src/dpop/htu.ts",
        search: "    claimed.port === requestUrl.port &&\n",
        replace: "",
      },
    ],
  },
];

const sourceDirectory = "packages/token-service/src";
if (run("git", ["status", "--porcelain", "--", sourceDirectory]).trim() !== "") {
  console.error(`${sourceDirectory} has uncommitted changes; commit or stash them first.`);
  process.exit(2);
}

function apply(edit: Edit): string {
  const path = fromRoot(edit.file);
  const original = readFileSync(path, "utf8");
  const occurrences = original.split(edit.search).length - 1;
  if (occurrences !== 1)
    throw new Error(`${edit.file}: the break's anchor occurs ${occurrences} times; update the script`);
  writeFileSync(path, original.replace(edit.search, edit.replace));
  return original;
}

function failingInteropTests(label: string): string[] {
  const report = fromRoot("build", "interop", `break-${label}.json`);
  try {
    run(fromRoot("node_modules", ".bin", "vitest"), [
      "run",
      "--project",
      "interop",
      "--reporter=json",
      `--outputFile=${report}`,
    ]);
  } catch (error) {
    if (!(error instanceof CommandFailedError)) throw error; // red is the expected outcome
  }
  const results = JSON.parse(readFileSync(report, "utf8")) as {
    testResults: { name: string; assertionResults: { fullName: string; status: string }[] }[];
  };
  return results.testResults.flatMap((file) =>
    file.assertionResults
      .filter((test) => test.status === "failed")
      .map((test) => `${file.name.replace(`${fromRoot()}/`, "")} › ${test.fullName}`),
  );
}

const rebuild = () => run("npm", ["run", "build", "--workspace", "@open-signin/token-service"]);
const findings: { name: string; failed: string[] }[] = [];
try {
  for (const [index, planted] of breaks.entries()) {
    console.log(`\n[${index + 1}/${breaks.length}] ${planted.name}`);
    const originals = planted.edits.map((edit) => [edit.file, apply(edit)] as const);
    try {
      rebuild();
      const failed = failingInteropTests(String(index + 1));
      findings.push({ name: planted.name, failed });
      console.log(
        failed.length === 0
          ? "  NO interop test noticed this break"
          : failed.map((test) => `  red: ${test}`).join("\n"),
      );
    } finally {
      for (const [file, content] of originals) writeFileSync(fromRoot(file), content);
    }
  }
} finally {
  rebuild();
}

const gaps = findings.filter((finding) => finding.failed.length === 0);
console.log(`\n${findings.map((f) => `${f.name}: ${f.failed.length} interop tests failed`).join("\n")}`);
if (gaps.length > 0) {
  console.error(`\nBreaks no interop test caught: ${gaps.map((gap) => gap.name).join("; ")}`);
  process.exit(1);
}
