import { readFile } from "node:fs/promises";

import { fromLoginCredentials } from "@aws-sdk/credential-providers";
import { type HttpServer, MemoryStore, SigninAction, type TokenService } from "@open-signin/token-service";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";

import { runLogin } from "../../src/login/login-command.js";
import { encodeVerificationCode } from "../../src/protocol/verification-code.js";
import { startAliceTokenService } from "./support/alice-token-service.js";
import { ALICE } from "./support/fake-token-endpoint.js";
import { browserGet, Terminal, type PrintedAuthorizeUrl } from "./support/login-driver.js";
import { createTempHome, type TempHome } from "./support/temp-home.js";

/*
 * The login command against the real token service (the project's own, on a loopback port), then
 * the AWS SDK for JavaScript reading and refreshing what it wrote. The sign-in pages are not
 * involved: the test issues the authorization code the way they would after a sign-in.
 */

let home: TempHome;
let store: MemoryStore;
let service: TokenService;
let server: HttpServer;
let origin: string;

beforeEach(async () => {
  home = await createTempHome();
  store = new MemoryStore({ sweepIntervalMs: 0 });
  ({ service, server, origin } = await startAliceTokenService(store, [
    SigninAction.CreateOAuth2Token,
    SigninAction.AuthorizeOAuth2Access,
  ]));
  // The SDK reads the cache directory and shared files from the process environment. It also
  // caches what it read per path (the login's own client read the config file before the login
  // wrote it), hence `ignoreCache` below.
  for (const [name, value] of Object.entries(home.env)) vi.stubEnv(name, value);
});

afterEach(async () => {
  vi.unstubAllEnvs();
  await server.close();
  await store.close();
  await home.remove();
});

/** What the sign-in pages do once the person has signed in: bind a code to the authorize request. */
const issueCode = async (printed: PrintedAuthorizeUrl): Promise<string> => {
  const { code } = await service.authorizationCodes.issue({
    clientId: printed.clientId,
    redirectUri: printed.redirectUri,
    codeChallenge: printed.codeChallenge,
    principalArn: ALICE,
    credentialVersion: 1,
  });
  return code;
};

describe("login against the token service, then the AWS SDK", () => {
  it("same device: the SDK loads the cached credentials", async () => {
    const terminal = new Terminal(home.env);
    const browser = (async () => {
      const printed = await terminal.authorizeUrl;
      const code = await issueCode(printed);
      await browserGet(`${printed.redirectUri}?code=${encodeURIComponent(code)}&state=${printed.state}`);
    })();
    const result = await runLogin(
      { endpointUrl: origin, region: "us-east-1", profile: "dev", remote: false, openBrowser: false },
      terminal.io(),
    );
    await browser;
    const cache = JSON.parse(await readFile(result.cacheFile, "utf8")) as { accessToken: Record<string, string> };

    const credentials = await fromLoginCredentials({
      profile: "dev",
      ignoreCache: true,
      clientConfig: { endpoint: origin },
    })();
    expect(credentials).toMatchObject({
      accessKeyId: cache.accessToken.accessKeyId,
      secretAccessKey: cache.accessToken.secretAccessKey,
      sessionToken: cache.accessToken.sessionToken,
      accountId: "111122223333",
    });
    expect(credentials.accessKeyId).toMatch(/^ASIA/);
  });

  it("cross device: credentials near expiry are refreshed with the stored DPoP key", async () => {
    const terminal = new Terminal(home.env, async (_question, t) => {
      const printed = await t.authorizeUrl;
      return encodeVerificationCode(printed.state, await issueCode(printed));
    });
    // Pretend the login happened 14m50s ago, so the credentials expire in 10 s and the SDK
    // refreshes them at once (its threshold is 5 minutes).
    const result = await runLogin(
      { endpointUrl: origin, region: "us-east-1", profile: "default", remote: true, openBrowser: false },
      { ...terminal.io(), now: () => Date.now() - 890_000 },
    );
    const before = JSON.parse(await readFile(result.cacheFile, "utf8")) as {
      accessToken: Record<string, string>;
      refreshToken: string;
      dpopKey: string;
    };

    const credentials = await fromLoginCredentials({
      profile: "default",
      ignoreCache: true,
      clientConfig: { endpoint: origin },
    })();

    // A refresh the service accepted: only the holder of the cached key could have made it.
    expect(credentials.accessKeyId).not.toBe(before.accessToken.accessKeyId);
    const after = JSON.parse(await readFile(result.cacheFile, "utf8")) as typeof before;
    expect(after.refreshToken).not.toBe(before.refreshToken);
    expect(after.dpopKey).toBe(before.dpopKey);
    expect(after.accessToken.accessKeyId).toBe(credentials.accessKeyId);
    expect(new Date(String(after.accessToken.expiresAt)).getTime()).toBeGreaterThan(Date.now() + 800_000);
  });
});
