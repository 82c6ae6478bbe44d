/**
 * The README's "After a model change", done the way a user does it, in a scratch copy of the
 * repository: add an operation, `npm run generate`, see the client gain the command and the server
 * SDK the operation, see the build fail until the service implements it, and see `npm run model:diff`
 * accept the addition; then make three breaking changes and see `model:diff` refuse each one with a
 * message naming it.
 *
 * To stay fast the copy reuses what is already resolved: node_modules and build/smithy-cp (the
 * Maven-resolved Smithy jars) are hard-linked, not installed again. Nothing in this loop writes into
 * node_modules (a generated package.json that changed would trigger `npm install`; the test checks
 * that none did).
 */
import { execFileSync, spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";

import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { fromRoot, repoRoot } from "../../scripts/lib/paths.js";
import { resolveClasspath } from "../../scripts/lib/toolchain.js";

let copy: string;

/** Runs a command in the copy; returns its exit status and combined output. */
function inCopy(command: string, args: string[]): { status: number | null; output: string } {
  const result = spawnSync(command, args, {
    cwd: copy,
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
    env: { ...process.env, npm_config_audit: "false", npm_config_fund: "false", SNAPSHOT_MODE: "" },
  });
  return { status: result.status, output: `${result.stdout ?? ""}${result.stderr ?? ""}` };
}

const edit = (file: string, change: (text: string) => string): void => {
  const path = join(copy, file);
  const before = readFileSync(path, "utf8");
  const after = change(before);
  if (after === before) throw new Error(`the edit changed nothing in ${file}`);
  writeFileSync(path, after);
};

/** Hard-links a directory tree (same file system: the copy lives under build/). */
const linkTree = (relative: string): void => {
  const source = fromRoot(relative);
  if (!existsSync(source)) return;
  mkdirSync(dirname(join(copy, relative)), { recursive: true });
  execFileSync("cp", ["-al", source, join(copy, relative)]);
};

const PING = `$version: "2.0"

namespace com.amazonaws.signin

/// Answers whether the service is up. Added by the model-change loop test.
@http(method: "GET", uri: "/ping")
@readonly
@auth([])
operation Ping {
    input := {}
    output := {
        /// Always \`ok\`.
        @required
        status: String
    }
}
`;

describe("the model-change loop (README: After a model change)", () => {
  beforeAll(() => {
    resolveClasspath();
    mkdirSync(fromRoot("build"), { recursive: true });
    copy = join(mkdtempSync(fromRoot("build", "model-change-loop-")), "repo");
    // The working tree as git sees it (tracked and new files, nothing ignored).
    const files = execFileSync("git", ["ls-files", "-z", "--cached", "--others", "--exclude-standard"], {
      cwd: repoRoot,
      encoding: "utf8",
    })
      .split("\0")
      .filter((file) => file && existsSync(fromRoot(file)));
    for (const file of files) {
      mkdirSync(dirname(join(copy, file)), { recursive: true });
      cpSync(fromRoot(file), join(copy, file));
    }
    linkTree("node_modules");
    for (const name of readdirSync(fromRoot("packages"))) linkTree(join("packages", name, "node_modules"));
    linkTree(join("build", "smithy-cp"));
  }, 300_000);

  afterAll(() => {
    if (copy) rmSync(dirname(copy), { recursive: true, force: true });
  });

  it("an added operation reaches the client, the server SDK and the service, and is compatible", () => {
    // 1. Edit the model: the operation, bound to the service.
    writeFileSync(join(copy, "model", "ping.smithy"), PING);
    edit("model/signin.smithy", (text) => text.replace("    operations: [\n", "    operations: [\n        Ping\n"));
    // The service will serve it, so the server projection keeps it.
    edit("smithy-build.json", (text) => text.replace("BatchRevokeSessions])", "BatchRevokeSessions, Ping])"));

    // 2. Regenerate.
    const generate = inCopy("npm", ["run", "generate"]);
    expect(generate.status, generate.output).toBe(0);
    expect(generate.output).toContain("generated package.json files unchanged");
    expect(existsSync(join(copy, "packages/client/src/commands/PingCommand.ts"))).toBe(true);
    expect(readFileSync(join(copy, "packages/client/src/index.ts"), "utf8")).toContain("./commands");
    expect(readFileSync(join(copy, "packages/client/src/commands/index.ts"), "utf8")).toContain("./PingCommand");
    expect(existsSync(join(copy, "packages/server-sdk/src/server/operations/Ping.ts"))).toBe(true);
    expect(existsSync(join(copy, "packages/client/test/snapshots/req/Ping.txt"))).toBe(true);

    // 3. The build fails until the service implements the operation.
    const sdkBuild = inCopy("npm", ["run", "build", "--workspace", "@open-signin/server-sdk"]);
    expect(sdkBuild.status, sdkBuild.output).toBe(0);
    const unimplemented = inCopy("npm", ["run", "build", "--workspace", "@open-signin/token-service"]);
    expect(unimplemented.status).not.toBe(0);
    expect(unimplemented.output).toMatch(/Property 'Ping' is missing/);

    edit("packages/token-service/src/token-service.ts", (text) =>
      text.replace(
        "          CreateOAuth2Token: operation,\n",
        '          CreateOAuth2Token: operation,\n          Ping: async () => ({ status: "ok" }),\n',
      ),
    );
    const implemented = inCopy("npm", ["run", "build", "--workspace", "@open-signin/token-service"]);
    expect(implemented.status, implemented.output).toBe(0);

    // 4. Adding an operation is backward compatible.
    const diff = inCopy("npm", ["run", "model:diff"]);
    expect(diff.status, diff.output).toBe(0);
    expect(diff.output).toContain("Model is backward compatible with the released baseline.");
  }, 600_000);

  const breaking: [string, string, (text: string) => string, RegExp][] = [
    [
      "a renamed jsonName",
      "model/tokens.smithy",
      (text) => text.replace('@jsonName("redirectUri")', '@jsonName("redirect_uri")'),
      /BREAKING ERROR TraitBreakingChange\.Update\.smithy\.api#jsonName on com\.amazonaws\.signin#CreateOAuth2TokenRequestBody\$redirectUri/,
    ],
    [
      "a member made required",
      "model/tokens.smithy",
      (text) => text.replace('    @jsonName("redirectUri")\n', '    @jsonName("redirectUri")\n    @required\n'),
      /BREAKING \w+ ChangedNullability[.\w]* on com\.amazonaws\.signin#CreateOAuth2TokenRequestBody\$redirectUri/,
    ],
    [
      "an error removed from an operation",
      "model/tokens.smithy",
      (text) => {
        const operation = text.indexOf("operation CreateOAuth2Token {");
        const at = text.indexOf("        ValidationException\n", operation);
        return text.slice(0, at) + text.slice(at + "        ValidationException\n".length);
      },
      /BREAKING WARNING RemovedOperationError\.ValidationException on com\.amazonaws\.signin#CreateOAuth2Token/,
    ],
  ];

  it.each(breaking)(
    "model:diff refuses %s, naming it",
    (_name, file, change, message) => {
      const original = readFileSync(join(copy, file), "utf8");
      try {
        edit(file, change);
        const diff = inCopy("npm", ["run", "model:diff"]);
        expect(diff.status, diff.output).not.toBe(0);
        expect(diff.output).toMatch(message);
        expect(diff.output).toContain("The model is not backward compatible with the released model.");
      } finally {
        writeFileSync(join(copy, file), original);
      }
    },
    120_000,
  );
});
