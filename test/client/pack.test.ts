/**
 * The generated packages as their users get them: `npm pack` the client and the server SDK, install
 * the tarballs into a fresh project outside the workspace, and use them from both CommonJS and ES
 * module code; `npm publish --dry-run` accepts both manifests.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

import { beforeAll, describe, expect, it } from "vitest";

import { fromRoot } from "../../scripts/lib/paths.js";

const npm = (args: string[], cwd: string) =>
  execFileSync("npm", args, {
    cwd,
    encoding: "utf8",
    stdio: ["ignore", "pipe", "pipe"],
    env: { ...process.env, npm_config_audit: "false", npm_config_fund: "false" },
  });

/** A consumer script: serve one success and one AccessDenied response, print what the client saw. */
const consumer = (load: string) => `
${load}
const http = require("node:http");
const responses = [
  [200, {}, { accessToken: { accessKeyId: "ASIAPACKTEST", secretAccessKey: "s", sessionToken: "t" }, tokenType: "aws_sigv4", expiresIn: 900, refreshToken: "r" }],
  [403, { "x-amzn-errortype": "AccessDeniedException" }, { error: "INSUFFICIENT_PERMISSIONS", message: "no" }],
];
const seen = [];
const server = http.createServer((req, res) => {
  let body = "";
  req.on("data", (c) => (body += c));
  req.on("end", () => {
    seen.push({ method: req.method, url: req.url, body: JSON.parse(body) });
    const [status, headers, payload] = responses.shift();
    res.writeHead(status, { "content-type": "application/json", ...headers });
    res.end(JSON.stringify(payload));
  });
});
server.listen(0, "127.0.0.1", async () => {
  const client = new SigninClient({ region: "us-east-1", endpoint: "http://127.0.0.1:" + server.address().port, maxAttempts: 1 });
  const input = { tokenInput: { clientId: "arn:aws:signin:::devtools/same-device", grantType: "refresh_token", refreshToken: "old" } };
  const ok = await client.send(new CreateOAuth2TokenCommand(input));
  const denied = await client.send(new CreateOAuth2TokenCommand(input)).catch((e) => e);
  console.log(JSON.stringify({
    seen,
    accessKeyId: ok.tokenOutput.accessToken.accessKeyId,
    error: { isModeled: denied instanceof AccessDeniedException, name: denied.name, code: denied.error, status: denied.$metadata.httpStatusCode },
  }));
  server.close();
});
`;

const generatedPackages = ["@open-signin/client", "@open-signin/server-sdk"];

describe("npm pack of the generated client and server SDK", () => {
  let project: string;

  beforeAll(() => {
    const work = mkdtempSync(join(tmpdir(), "signin-client-pack-"));
    for (const name of generatedPackages) npm(["pack", "--workspace", name, "--pack-destination", work], fromRoot());
    const tarballs = readdirSync(work).filter((name) => name.endsWith(".tgz"));
    if (tarballs.length !== generatedPackages.length)
      throw new Error(`npm pack wrote ${tarballs.join(", ")} into ${work}`);
    project = join(work, "consumer");
    mkdirSync(project);
    writeFileSync(join(project, "package.json"), JSON.stringify({ name: "consumer", version: "1.0.0", private: true }));
    npm(["install", "--prefer-offline", ...tarballs.map((tarball) => join(work, tarball))], project);
  }, 300_000);

  it.each(generatedPackages)("%s: npm publish --dry-run accepts it", (name) => {
    // --ignore-scripts: the package is already built; prepack would rebuild it under other tests' feet.
    const output = npm(["publish", "--dry-run", "--ignore-scripts", "--workspace", name], fromRoot());
    expect(output).toContain(`${name}@`);
  });

  it.each(generatedPackages)("%s: a publishable manifest whose exports all exist", (name) => {
    const root = join(project, "node_modules", name);
    const manifest = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as Record<string, unknown>;
    expect(manifest).toMatchObject({ license: "Apache-2.0", repository: { type: "git" } });
    expect(manifest.private).not.toBe(true);
    expect(typeof manifest.description).toBe("string");
    // No typesVersions redirect into a dist-types/ts3.4 the package does not ship.
    expect(JSON.stringify(manifest.typesVersions ?? {})).not.toContain("ts3.4");
    const targets = JSON.stringify(manifest.exports).match(/\.\/[\w./-]+/g) ?? [];
    expect(targets.length).toBeGreaterThan(3);
    for (const target of targets) expect(existsSync(join(root, target)), `${name} exports ${target}`).toBe(true);
  });

  it("the server SDK loads from CommonJS and from an ES module", () => {
    writeFileSync(
      join(project, "server.cjs"),
      `const sdk = require("@open-signin/server-sdk"); console.log(JSON.stringify({ handler: typeof sdk.getSigninServiceHandler, op: typeof sdk.getCreateOAuth2TokenHandler }));`,
    );
    writeFileSync(
      join(project, "server.mjs"),
      `import { getSigninServiceHandler, getCreateOAuth2TokenHandler } from "@open-signin/server-sdk"; console.log(JSON.stringify({ handler: typeof getSigninServiceHandler, op: typeof getCreateOAuth2TokenHandler }));`,
    );
    for (const file of ["server.cjs", "server.mjs"]) {
      const printed = execFileSync(process.execPath, [file], { cwd: project, encoding: "utf8" }).trim();
      expect(JSON.parse(printed)).toEqual({ handler: "function", op: "function" });
    }
  });

  const run = (file: string, source: string) => {
    writeFileSync(join(project, file), source);
    return JSON.parse(
      execFileSync(process.execPath, [file], { cwd: project, encoding: "utf8" }).trim().split("\n").at(-1)!,
    ) as unknown;
  };

  const expected = {
    seen: [
      {
        method: "POST",
        url: "/v1/token",
        body: { clientId: "arn:aws:signin:::devtools/same-device", grantType: "refresh_token", refreshToken: "old" },
      },
      {
        method: "POST",
        url: "/v1/token",
        body: { clientId: "arn:aws:signin:::devtools/same-device", grantType: "refresh_token", refreshToken: "old" },
      },
    ],
    accessKeyId: "ASIAPACKTEST",
    error: { isModeled: true, name: "AccessDeniedException", code: "INSUFFICIENT_PERMISSIONS", status: 403 },
  };

  it("works from CommonJS", () => {
    const loaded = `const { SigninClient, CreateOAuth2TokenCommand, AccessDeniedException } = require("@open-signin/client");`;
    expect(run("consumer.cjs", consumer(loaded))).toEqual(expected);
  });

  it("works from an ES module", () => {
    const loaded = `import { createRequire } from "node:module";
import { SigninClient, CreateOAuth2TokenCommand, AccessDeniedException } from "@open-signin/client";
const require = createRequire(import.meta.url);`;
    expect(run("consumer.mjs", consumer(loaded))).toEqual(expected);
  });
});
