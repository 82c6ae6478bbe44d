/**
 * `open-signin sessions list|get|revoke` and `open-signin logout` (cli/signin-api.ts) against the
 * real token service on a loopback port, signing with the credentials `open-signin login` wrote.
 */
import { existsSync } from "node:fs";
import { type HttpServer, MemoryStore, SigninAction, type TokenService } from "@open-signin/token-service";
import { afterEach, beforeEach, describe, expect, it } from "vitest";

import { type SigninApiOptions, getSession, listSessions, logout, revokeSessions } from "../../src/cli/signin-api.js";
import { runLogin } from "../../src/login/login-command.js";
import { startAliceTokenService } from "../login/support/alice-token-service.js";
import { ALICE } from "../login/support/fake-token-endpoint.js";
import { Terminal, browserGet } from "../login/support/login-driver.js";
import { type TempHome, createTempHome } from "../login/support/temp-home.js";

let home: TempHome;
let store: MemoryStore;
let service: TokenService;
let server: HttpServer;
let origin: string;

beforeEach(async () => {
  home = await createTempHome();
  store = new MemoryStore({ sweepIntervalMs: 0 });
  ({ service, server, origin } = await startAliceTokenService(store, Object.values(SigninAction)));
});

afterEach(async () => {
  await server.close();
  await store.close();
  await home.remove();
});

/** `open-signin login --profile <profile>`, the browser played by issuing the code directly. */
async function login(profile: string) {
  const terminal = new Terminal(home.env);
  const browser = (async () => {
    const printed = await terminal.authorizeUrl;
    const { code } = await service.authorizationCodes.issue({
      clientId: printed.clientId,
      redirectUri: printed.redirectUri,
      codeChallenge: printed.codeChallenge,
      principalArn: ALICE,
      credentialVersion: 1,
    });
    await browserGet(`${printed.redirectUri}?code=${encodeURIComponent(code)}&state=${printed.state}`);
  })();
  const result = await runLogin(
    { endpointUrl: origin, region: "us-east-1", profile, remote: false, openBrowser: false },
    terminal.io(),
  );
  await browser;
  return result;
}

function cli(profile: string): SigninApiOptions & { lines: string[] } {
  const lines: string[] = [];
  return { endpointUrl: origin, profile, region: "us-east-1", env: home.env, out: (line) => lines.push(line), lines };
}

const listed = (lines: string[]) =>
  (JSON.parse(lines.at(-1)!) as { items: { sessionArn: string; status: string }[] }).items;

describe("open-signin sessions", () => {
  it("lists, describes and revokes sessions, signing with the profile's login", async () => {
    await login("admin");
    await login("laptop");
    const admin = cli("admin");
    await listSessions(admin, {});
    const items = listed(admin.lines);
    expect(items).toHaveLength(2);

    await getSession(admin, items[0]!.sessionArn);
    expect(JSON.parse(admin.lines.at(-1)!)).toMatchObject({ sessionArn: items[0]!.sessionArn, status: "ACTIVE" });

    expect(await revokeSessions(admin, [items[1]!.sessionArn], { reason: "test" })).toBe(true);
    expect(admin.lines.at(-1)).toBe(`revoked ${items[1]!.sessionArn}`);
    await listSessions(admin, { status: "REVOKED" });
    expect(listed(admin.lines).map((item) => item.sessionArn)).toEqual([items[1]!.sessionArn]);
  });

  it("names the missing permission and how to grant it when the service refuses the signer", async () => {
    await server.close();
    // What `users add` grants: signing in, not the session operations.
    ({ service, server, origin } = await startAliceTokenService(store, [
      SigninAction.AuthorizeOAuth2Access,
      SigninAction.CreateOAuth2Token,
    ]));
    await login("admin");
    await expect(listSessions(cli("admin"), {})).rejects.toThrow(
      /^AccessDeniedException \(403\): .*signin:ListSessions.*\nTo allow it, .*npx open-signin users set-permissions <userName> <the actions the user keeps> signin:ListSessions /s,
    );
  });

  it("says what is missing without a login", async () => {
    await expect(listSessions(cli("nobody"), {})).rejects.toThrow(/Profile nobody has no login_session/);
  });
});

describe("open-signin logout", () => {
  it("ends the session on the service, then removes the login cache file, and says both", async () => {
    const laptop = await login("laptop");
    const out = cli("laptop");
    expect(await logout(out)).toBe(true);
    expect(out.lines).toEqual([
      "The login session was ended on the service: its refresh token can no longer be used.",
      `Removed the login cache ${laptop.cacheFile}.`,
    ]);
    expect(existsSync(laptop.cacheFile)).toBe(false);

    const revoked = await service.sessions.list({ accountId: "111122223333", status: "REVOKED", limit: 10 });
    expect(revoked.map((session) => session.principalArn)).toEqual([ALICE]);
  });

  it("still removes the file, and says the session lives on, when the service refuses", async () => {
    const laptop = await login("laptop");
    const out = { ...cli("laptop"), endpointUrl: "http://127.0.0.1:9" };
    expect(await logout(out)).toBe(false);
    expect(out.lines[0]).toMatch(
      /^The service did not end the login session .*it stays usable on the service until it expires\.$/,
    );
    expect(existsSync(laptop.cacheFile)).toBe(false);
  });
});
