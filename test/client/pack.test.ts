/**
 * The generated client as its users get it: `npm pack` the workspace package, install the tarball
 * into a fresh project outside the workspace, and call a loopback HTTP server with it from both
 * CommonJS and ES module code.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, writeFileSync } from "node:fs";
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

describe("npm pack of the generated client", () => {
  let project: string;

  beforeAll(() => {
    const work = mkdtempSync(join(tmpdir(), "signin-client-pack-"));
    npm(["pack", "--workspace", "@open-signin/client", "--pack-destination", work], fromRoot());
    const tarball = readdirSync(work).find((name) => name.endsWith(".tgz"));
    if (!tarball) throw new Error(`npm pack wrote no tarball into ${work}`);
    project = join(work, "consumer");
    mkdirSync(project);
    writeFileSync(join(project, "package.json"), JSON.stringify({ name: "consumer", version: "1.0.0", private: true }));
    npm(["install", "--prefer-offline", join(work, tarball)], project);
  }, 300_000);

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
