/**
 * Several nodes on one data directory: a key rotated with `open-signin keys rotate` is used for
 * signing by every running node without a restart, and tokens issued under the previous keys
 * (sealed refresh tokens, signed ID tokens) keep working. The nodes check the key directory every
 * 200 ms here instead of every 15 s.
 */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";

import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { createLogger } from "@open-signin/token-service";

import { resolveLocalServiceSettings } from "../../src/serve/local-service-settings.js";
import { type LocalServiceHandle, startLocalService } from "../../src/serve/start-local-service.js";
import { runCli } from "../support/cli-process.js";
import { BrowserSession, CliLikeClient, formTokenIn, send } from "../support/local-service.js";

const SAME_DEVICE = "arn:aws:signin:::devtools/same-device";
const REDIRECT = "http://127.0.0.1:53037/oauth/callback";
const RELOAD_MS = 200;

const headerKid = (jwt: string): string =>
  (JSON.parse(Buffer.from(jwt.split(".")[0]!, "base64url").toString()) as { kid: string }).kid;

let dataDir: string;
let nodes: LocalServiceHandle[];
beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), "open-signin-keys-"));
  const settings = resolveLocalServiceSettings({ flags: { port: "0", dataDir }, env: {} });
  const start = () =>
    startLocalService(settings, { logger: createLogger({ level: "silent" }), keysReloadIntervalMs: RELOAD_MS });
  // One after the other: the second finds the first's keys and users.
  nodes = [await start(), await start()];
});
afterAll(async () => {
  await Promise.all(nodes.map((node) => node.close()));
  await rm(dataDir, { recursive: true, force: true });
});

async function signIn(node: LocalServiceHandle, password: string, userName: string) {
  const cli = new CliLikeClient(node.url, SAME_DEVICE, REDIRECT);
  const browser = new BrowserSession();
  const page = await browser.get(cli.authorizeUrl());
  const signedIn = await browser.postForm(`${node.url}/v1/authorize`, {
    form_token: formTokenIn(page.body),
    username: userName,
    password,
  });
  expect(signedIn.status).toBe(302);
  const code = new URL(String(signedIn.headers.location)).searchParams.get("code");
  const exchanged = await cli.exchange(code!);
  expect(exchanged.status).toBe(200);
  return { cli, json: exchanged.json };
}

const jwksKids = async (node: LocalServiceHandle): Promise<string[]> => {
  const response = await send(`${node.url}/.well-known/jwks.json`);
  expect(response.status).toBe(200);
  return (JSON.parse(response.body) as { keys: { kid: string }[] }).keys.map((key) => key.kid);
};

describe("a key rotated with `open-signin keys rotate` while two nodes run on the data directory", () => {
  it("signs on both nodes within the check interval, and a refresh token from before still refreshes", async () => {
    const developer = nodes[0]!.developmentUser!;
    const before = await signIn(nodes[0]!, developer.password, developer.userName);
    const oldKid = headerKid(before.json.idToken as string);
    for (const node of nodes) expect((await jwksKids(node))[0]).toBe(oldKid);

    const rotated = await runCli(["keys", "rotate", "--data-dir", dataDir]);
    expect(rotated.code).toBe(0);
    // The promise the command makes is the interval every node checks the key directory at.
    expect(rotated.stdout).toMatch(/Running services sign with them within 15 seconds, without a restart\.\n$/);
    const newKid = /New signing key (\S+),/.exec(rotated.stdout)?.[1];
    expect(newKid).toBeDefined();
    expect(newKid).not.toBe(oldKid);

    // Both nodes publish the new key first, and the old one still, well within a few intervals.
    const deadline = Date.now() + 20 * RELOAD_MS + 2_000;
    for (const node of nodes) {
      for (;;) {
        const kids = await jwksKids(node);
        if (kids[0] === newKid) {
          expect(kids).toContain(oldKid);
          break;
        }
        if (Date.now() > deadline) throw new Error(`${node.url} still signs with ${kids[0]}`);
        await new Promise((resolve) => setTimeout(resolve, RELOAD_MS / 2));
      }
    }

    // The refresh token sealed under the old encryption key refreshes on the other node (from the
    // same client: the session is bound to its DPoP key).
    const bound = await moveClient(before.cli, nodes[1]!).refresh(before.json.refreshToken as string);
    expect(bound.status).toBe(200);
    expect(bound.json.refreshToken).toBeTypeOf("string");

    // A fresh sign-in on either node is signed with the new key.
    for (const node of nodes) {
      const after = await signIn(node, developer.password, developer.userName);
      expect(headerKid(after.json.idToken as string)).toBe(newKid);
    }
  });
});

/** The same client (same DPoP key and PKCE pair), talking to another node. */
function moveClient(cli: CliLikeClient, node: LocalServiceHandle): CliLikeClient {
  return Object.assign(Object.create(Object.getPrototypeOf(cli) as object) as CliLikeClient, cli, { base: node.url });
}
