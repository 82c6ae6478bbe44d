import { createPrivateKey, createPublicKey } from "node:crypto";
import { mkdir, readdir, readFile, stat, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";

import { s256Challenge } from "@open-signin/token-service";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";

import { LoginError } from "../../src/login/login-error.js";
import { type LoginOptions, runLogin, VERIFICATION_CODE_PROMPT } from "../../src/login/login-command.js";
import { CROSS_DEVICE_CLIENT_ID, SAME_DEVICE_CLIENT_ID } from "../../src/protocol/client-ids.js";
import { encodeVerificationCode } from "../../src/protocol/verification-code.js";
import {
  accessDenied,
  ALICE,
  type CannedResponse,
  FakeTokenEndpoint,
  jwkThumbprint,
  type TokenCall,
  tokenResponse,
} from "./support/fake-token-endpoint.js";
import { browserGet, Terminal } from "./support/login-driver.js";
import { createTempHome, type TempHome } from "./support/temp-home.js";

const posix = process.platform !== "win32";
const CODE = "auth-code-0123456789";
const NOW = Date.UTC(2030, 0, 2, 3, 4, 5, 678);
// hashlib.sha256(b"arn:aws:iam::111122223333:user/alice").hexdigest() + ".json"
const ALICE_CACHE_FILE = "5778c30d3fe8c123cb2ab0d5a82c81b6fdcedfb868a6625f6f5bf6f05a7f129b.json";

let home: TempHome;
let endpoint: FakeTokenEndpoint;

beforeEach(async () => {
  home = await createTempHome();
  endpoint = await FakeTokenEndpoint.start();
  // The SDK client reads the shared config for its own settings: keep it off the real ~/.aws too.
  vi.stubEnv("AWS_CONFIG_FILE", home.configFile);
  vi.stubEnv("AWS_SHARED_CREDENTIALS_FILE", home.credentialsFile);
});

afterEach(async () => {
  expect(endpoint.failures).toEqual([]);
  vi.unstubAllEnvs();
  await endpoint.close();
  await home.remove();
});

const options = (changes: Partial<LoginOptions> = {}): LoginOptions => ({
  endpointUrl: endpoint.origin,
  region: "us-west-2",
  profile: "default",
  remote: false,
  openBrowser: false,
  ...changes,
});

/** Plays the browser for a same-device login: signs in (here: nothing) and follows the redirect. */
const followRedirect = async (terminal: Terminal, query: (state: string) => string): Promise<void> => {
  const printed = await terminal.authorizeUrl;
  expect(await browserGet(`${printed.redirectUri}?${query(printed.state)}`)).toBe(200);
};

/** Checks the token request as the service would, then answers `answer`. */
const expectTokenRequest =
  (
    expected: { clientId: string; redirectUri: () => string; path?: string },
    terminal: Terminal,
    answer = tokenResponse(),
  ) =>
  (call: TokenCall): CannedResponse => {
    expect(call.method).toBe("POST");
    expect(call.path).toBe(expected.path ?? "/v1/token");
    expect(call.headers["content-type"]).toBe("application/json");
    expect(call.headers.authorization).toBeUndefined();
    // Model order, as the SDK serializes it.
    expect(Object.keys(call.body)).toEqual(["clientId", "grantType", "code", "redirectUri", "codeVerifier"]);
    expect(call.body).toMatchObject({
      clientId: expected.clientId,
      grantType: "authorization_code",
      code: CODE,
      redirectUri: expected.redirectUri(),
    });
    expect(call.body.codeVerifier).toMatch(/^[A-Za-z0-9\-._~]{64}$/);
    // PKCE: the verifier is the one behind the challenge in the URL the person opened.
    expect(s256Challenge(String(call.body.codeVerifier))).toBe(terminal.printed?.codeChallenge);
    const proof = call.dpop;
    expect(proof?.signatureValid).toBe(true);
    expect(proof?.header).toMatchObject({ typ: "dpop+jwt", alg: "ES256", jwk: { kty: "EC", crv: "P-256" } });
    expect(proof?.payload.htm).toBe("POST");
    expect(proof?.payload.htu).toBe(`${endpoint.origin}${expected.path ?? "/v1/token"}`);
    expect(Math.abs(Number(proof?.payload.iat) - Date.now() / 1000)).toBeLessThan(60);
    return answer;
  };

const readJson = async (path: string): Promise<Record<string, unknown>> =>
  JSON.parse(await readFile(path, "utf8")) as Record<string, unknown>;

const nothingWritten = async (): Promise<void> => {
  await expect(stat(home.cacheDirectory)).rejects.toThrow(/ENOENT/);
  await expect(stat(home.configFile)).rejects.toThrow(/ENOENT/);
};

describe("runLogin, same device", () => {
  it("authorizes through the loopback redirect and writes the cache file and the profile", async () => {
    const terminal = new Terminal(home.env, undefined, () => NOW);
    let redirectUri = "";
    const answer = tokenResponse();
    endpoint.respond = expectTokenRequest(
      { clientId: SAME_DEVICE_CLIENT_ID, redirectUri: () => redirectUri },
      terminal,
      answer,
    );
    const browser = (async () => {
      const printed = await terminal.authorizeUrl;
      redirectUri = printed.redirectUri;
      await followRedirect(terminal, (state) => `code=${CODE}&state=${state}`);
    })();

    const result = await runLogin(options(), terminal.io());
    await browser;

    // The authorize URL, exactly as the CLI builds it.
    const printed = await terminal.authorizeUrl;
    const port = new URL(printed.redirectUri).port;
    expect(printed.redirectUri).toBe(`http://127.0.0.1:${port}/oauth/callback`);
    expect(printed.state).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(printed.codeChallenge).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(printed.url).toBe(
      `${endpoint.origin}/v1/authorize?response_type=code` +
        "&client_id=arn%3Aaws%3Asignin%3A%3A%3Adevtools%2Fsame-device" +
        `&state=${printed.state}&code_challenge_method=SHA-256&scope=openid` +
        `&redirect_uri=http%3A%2F%2F127.0.0.1%3A${port}%2Foauth%2Fcallback` +
        `&code_challenge=${printed.codeChallenge}`,
    );
    expect(endpoint.calls).toHaveLength(1);

    // The cache file, as the SDKs read it.
    expect(result).toEqual({
      loginSession: ALICE,
      accountId: "111122223333",
      cacheFile: join(home.cacheDirectory, ALICE_CACHE_FILE),
      configFile: home.configFile,
      profile: "default",
    });
    expect(await readdir(home.cacheDirectory)).toEqual([ALICE_CACHE_FILE]);
    const text = await readFile(result.cacheFile, "utf8");
    expect(text.includes("\n") || text.includes('": ')).toBe(false);
    const cache = JSON.parse(text) as Record<string, unknown>;
    expect(cache).toEqual({
      accessToken: {
        accessKeyId: "ASIAEXAMPLEKEY000001",
        secretAccessKey: "secret/EXAMPLE+key",
        sessionToken: "session-token-EXAMPLE",
        accountId: "111122223333",
        expiresAt: "2030-01-02T03:19:05Z",
      },
      tokenType: "aws_sigv4",
      clientId: SAME_DEVICE_CLIENT_ID,
      refreshToken: "refresh-token-EXAMPLE",
      idToken: (answer.body as { idToken: string }).idToken,
      dpopKey: expect.stringMatching(/^-----BEGIN EC PRIVATE KEY-----\n[\s\S]+\n-----END EC PRIVATE KEY-----\n$/),
    });
    // The stored key is the key whose proof the endpoint saw.
    const storedJwk = createPublicKey(createPrivateKey(String(cache.dpopKey))).export({ format: "jwk" });
    expect(jwkThumbprint(storedJwk)).toBe(endpoint.calls[0]?.dpop?.jkt);
    if (posix) {
      expect((await stat(result.cacheFile)).mode & 0o777).toBe(0o600);
      expect((await stat(home.cacheDirectory)).mode & 0o777).toBe(0o700);
    }

    // The profile, with the region SDK refreshes will need.
    expect(await readFile(home.configFile, "utf8")).toBe(`[default]\nlogin_session = ${ALICE}\nregion = us-west-2\n`);
    if (posix) expect((await stat(home.configFile)).mode & 0o777).toBe(0o600);

    // What the person reads.
    expect(terminal.lines).toContain(printed.url);
    expect(terminal.output).toContain(`Logged in as ${ALICE} (account 111122223333).`);
    expect(terminal.output).toContain(result.cacheFile);
    expect(terminal.output).toContain(`export AWS_ENDPOINT_URL_SIGNIN=${endpoint.origin}`);
    expect(terminal.output).not.toContain("AWS_PROFILE");
    expect(terminal.output).not.toMatch(/secret\/EXAMPLE|session-token-EXAMPLE|refresh-token-EXAMPLE/);
    expect(terminal.questions).toEqual([]);
  });

  it("keeps a path prefix for the token call only, and the htu follows it", async () => {
    const terminal = new Terminal(home.env);
    let redirectUri = "";
    endpoint.respond = expectTokenRequest(
      { clientId: SAME_DEVICE_CLIENT_ID, redirectUri: () => redirectUri, path: "/prefix/v1/token" },
      terminal,
    );
    const browser = (async () => {
      redirectUri = (await terminal.authorizeUrl).redirectUri;
      await followRedirect(terminal, (state) => `state=${state}&code=${CODE}`);
    })();
    await runLogin(options({ endpointUrl: `${endpoint.origin}/prefix` }), terminal.io());
    await browser;
    expect((await terminal.authorizeUrl).url.startsWith(`${endpoint.origin}/v1/authorize?`)).toBe(true);
    expect(endpoint.calls.map((call) => call.path)).toEqual(["/prefix/v1/token"]);
  });

  it("opens the browser when asked and tells the person if that failed", async () => {
    const terminal = new Terminal(home.env);
    const opened: string[] = [];
    const io = terminal.io({
      openBrowser: async (url) => {
        opened.push(url);
        void followRedirect(terminal, (state) => `code=${CODE}&state=${state}`);
        return false;
      },
    });
    await runLogin(options({ openBrowser: true }), io);
    expect(opened).toEqual([(await terminal.authorizeUrl).url]);
    expect(terminal.output).toMatch(/Attempting to open your default browser/);
    expect(terminal.output).toMatch(/--remote/);
    expect(terminal.output).toMatch(/Could not open a browser/);
  });

  it("does not open a browser unless asked", async () => {
    const terminal = new Terminal(home.env);
    const openBrowser = vi.fn(async () => true);
    void followRedirect(terminal, (state) => `code=${CODE}&state=${state}`);
    await runLogin(options(), terminal.io({ openBrowser }));
    expect(openBrowser).not.toHaveBeenCalled();
  });

  it("fails on a state that is not its own, redeeming nothing and writing nothing", async () => {
    const terminal = new Terminal(home.env);
    void followRedirect(terminal, () => `code=${CODE}&state=someone-elses-state`);
    const login = runLogin(options(), terminal.io());
    await expect(login).rejects.toThrow(LoginError);
    await expect(login).rejects.toThrow(/State parameter someone-elses-state does not match expected value/);
    expect(endpoint.calls).toEqual([]);
    await nothingWritten();
  });

  it("fails when the sign-in page redirects with an error", async () => {
    const terminal = new Terminal(home.env);
    void followRedirect(terminal, (state) => `error=access_denied&error_description=Denied+by+test&state=${state}`);
    await expect(runLogin(options(), terminal.io())).rejects.toThrow(
      /Failed to retrieve an authorization code: the sign-in page returned access_denied: Denied by test/,
    );
    expect(endpoint.calls).toEqual([]);
    await nothingWritten();
  });

  it("gives up after the timeout and stops listening", async () => {
    const terminal = new Terminal(home.env);
    await expect(runLogin(options({ timeoutMs: 100 }), terminal.io())).rejects.toThrow(/Timed out after/);
    const printed = await terminal.authorizeUrl;
    await expect(browserGet(`${printed.redirectUri}?code=late&state=${printed.state}`)).rejects.toThrow(/ECONNREFUSED/);
    await nothingWritten();
  });
});

describe("runLogin, cross device (--remote)", () => {
  it("prompts for the verification code and redeems it with the confirmation redirect_uri", async () => {
    await mkdir(dirname(home.configFile), { recursive: true });
    const existing = "# mine\n[default]\nregion = eu-west-1\n\n[profile dev]\nregion = ap-south-1\noutput = json\n";
    await writeFile(home.configFile, existing);
    const terminal = new Terminal(home.env, async (_question, t) =>
      encodeVerificationCode((await t.authorizeUrl).state, CODE),
    );
    endpoint.respond = expectTokenRequest(
      { clientId: CROSS_DEVICE_CLIENT_ID, redirectUri: () => `${endpoint.origin}/v1/sessions/confirmation` },
      terminal,
    );
    const openBrowser = vi.fn(async () => true);

    const result = await runLogin(options({ remote: true, profile: "dev" }), terminal.io({ openBrowser }));

    const printed = await terminal.authorizeUrl;
    expect(printed.url).toBe(
      `${endpoint.origin}/v1/authorize?response_type=code` +
        "&client_id=arn%3Aaws%3Asignin%3A%3A%3Adevtools%2Fcross-device" +
        `&state=${printed.state}&code_challenge_method=SHA-256&scope=openid` +
        `&redirect_uri=${encodeURIComponent(`${endpoint.origin}/v1/sessions/confirmation`)}` +
        `&code_challenge=${printed.codeChallenge}`,
    );
    expect(terminal.questions).toEqual([VERIFICATION_CODE_PROMPT]);
    expect(VERIFICATION_CODE_PROMPT).toBe("Enter the authorization code displayed in your browser: ");
    expect(openBrowser).not.toHaveBeenCalled();
    expect(endpoint.calls).toHaveLength(1);

    const cache = await readJson(result.cacheFile);
    expect(cache.clientId).toBe(CROSS_DEVICE_CLIENT_ID);
    // The profile already had a region: only login_session is added, the rest stays.
    expect(await readFile(home.configFile, "utf8")).toBe(
      existing.replace("output = json\n", `output = json\nlogin_session = ${ALICE}\n`),
    );
    expect(terminal.output).toContain("export AWS_PROFILE=dev");
  });

  it("accepts a pasted code with whitespace around it", async () => {
    const terminal = new Terminal(home.env, async (_question, t) => {
      return `  ${encodeVerificationCode((await t.authorizeUrl).state, CODE)}\n`;
    });
    await expect(runLogin(options({ remote: true }), terminal.io())).resolves.toMatchObject({ loginSession: ALICE });
    expect(endpoint.calls[0]?.body.code).toBe(CODE);
  });

  it.each([
    ["nothing", () => ""],
    ["garbage", () => "not a code"],
    ["a code without state", () => Buffer.from(`code=${CODE}`).toString("base64")],
  ])("fails clearly when the person pastes %s", async (_name, pasted) => {
    const terminal = new Terminal(home.env, async () => pasted());
    await expect(runLogin(options({ remote: true }), terminal.io())).rejects.toThrow(
      /Failed to (decode the verification code|retrieve an authorization code)/,
    );
    expect(endpoint.calls).toEqual([]);
    await nothingWritten();
  });

  it("fails on a verification code from another login attempt", async () => {
    const terminal = new Terminal(home.env, async () => encodeVerificationCode("other-state", CODE));
    await expect(runLogin(options({ remote: true }), terminal.io())).rejects.toThrow(/does not match expected value/);
    expect(endpoint.calls).toEqual([]);
    await nothingWritten();
  });
});

describe("runLogin, service errors", () => {
  const remoteTerminal = (): Terminal =>
    new Terminal(home.env, async (_question, t) => encodeVerificationCode((await t.authorizeUrl).state, CODE));

  it.each([
    [
      "an expired code",
      accessDenied(401, "AUTHCODE_EXPIRED", "The authorization code has expired."),
      /authorization code expired.*run login again/,
    ],
    [
      "missing permissions",
      accessDenied(403, "INSUFFICIENT_PERMISSIONS", "Not allowed."),
      /'signin:CreateOAuth2Token'/,
    ],
    [
      "a validation error",
      {
        status: 400,
        headers: { "x-amzn-errortype": "ValidationException" },
        body: { error: "INVALID_REQUEST", message: "The authorization code is not valid." },
      },
      /ValidationException INVALID_REQUEST\): The authorization code is not valid\./,
    ],
    [
      "a response without an ID token",
      { status: 200, body: { ...(tokenResponse().body as object), idToken: undefined } },
      /no ID token/,
    ],
    [
      "an ID token whose sub is not an ARN",
      {
        status: 200,
        body: {
          ...(tokenResponse().body as object),
          idToken: `e30.${Buffer.from(JSON.stringify({ sub: "alice" })).toString("base64url")}.c2ln`,
        },
      },
      /not an ARN/,
    ],
  ])("reports %s clearly and writes nothing", async (_name, answer, message) => {
    endpoint.respond = () => answer;
    const login = runLogin(options({ remote: true }), remoteTerminal().io());
    await expect(login).rejects.toThrow(message);
    await expect(login).rejects.toBeInstanceOf(LoginError);
    expect(endpoint.calls).toHaveLength(1);
    await nothingWritten();
  });

  it("reports an unreachable endpoint with its URL", async () => {
    await endpoint.close();
    const closed = endpoint;
    endpoint = await FakeTokenEndpoint.start();
    const login = runLogin(options({ remote: true, endpointUrl: closed.origin }), remoteTerminal().io());
    await expect(login).rejects.toThrow(new RegExp(`The token request to ${closed.origin} failed: ECONNREFUSED`));
  });
});

describe("runLogin, existing profiles", () => {
  const remoteLogin = (profile: string, answers: Record<string, string> = {}) => {
    const terminal = new Terminal(home.env, async (question, t) => {
      if (question === VERIFICATION_CODE_PROMPT) return encodeVerificationCode((await t.authorizeUrl).state, CODE);
      const answer = Object.entries(answers).find(([start]) => question.startsWith(start))?.[1];
      if (answer === undefined) throw new Error(`unexpected question: ${question}`);
      return answer;
    });
    return { terminal, login: runLogin(options({ remote: true, profile }), terminal.io()) };
  };

  it.each([
    ["config", "[profile dev]\nrole_arn = arn:aws:iam::1:role/r\nsource_profile = x\n", "Assume Role"],
    ["config", "[profile dev]\nsso_account_id = 1\n", "SSO"],
    ["config", "[profile dev]\ncredential_process = /bin/creds\n", "Credential Process"],
    ["config", "[profile dev]\nweb_identity_token_file = /t\n", "Web Identity"],
    ["credentials", "[dev]\naws_access_key_id = AKIA\naws_secret_access_key = s\n", "Access Key"],
  ])("refuses a profile that already has other credentials (%s file: %s)", async (file, text, style) => {
    const path = file === "config" ? home.configFile : home.credentialsFile;
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, text);
    const { terminal, login } = remoteLogin("dev");
    await expect(login).rejects.toThrow(`Profile 'dev' is already configured with ${style} credentials.`);
    expect(terminal.lines).toEqual([]);
    expect(await readFile(path, "utf8")).toBe(text);
    await expect(stat(home.cacheDirectory)).rejects.toThrow(/ENOENT/);
  });

  it("does not mistake another profile's credentials for this one's", async () => {
    await mkdir(dirname(home.configFile), { recursive: true });
    await writeFile(home.credentialsFile, "[default]\naws_access_key_id = AKIA\n");
    await writeFile(home.configFile, "[default]\nrole_arn = x\n");
    const { login } = remoteLogin("dev");
    await expect(login).resolves.toMatchObject({ profile: "dev" });
  });

  it("asks before replacing another login session, and leaves everything alone on no", async () => {
    await mkdir(dirname(home.configFile), { recursive: true });
    const existing = "[default]\nlogin_session = arn:aws:iam::111122223333:user/bob\n";
    await writeFile(home.configFile, existing);
    const { terminal, login } = remoteLogin("default", { "Profile default is already configured": "n" });
    await expect(login).rejects.toThrow(
      /Login cancelled: profile default still uses session arn:aws:iam::111122223333:user\/bob/,
    );
    expect(terminal.questions[1]).toBe(
      "Profile default is already configured to use session arn:aws:iam::111122223333:user/bob. " +
        `Do you want to overwrite it to use ${ALICE} instead? (y/n): `,
    );
    expect(await readFile(home.configFile, "utf8")).toBe(existing);
    await expect(stat(home.cacheDirectory)).rejects.toThrow(/ENOENT/);
  });

  it("replaces the other login session on yes, keeping the line's place", async () => {
    await mkdir(dirname(home.configFile), { recursive: true });
    await writeFile(
      home.configFile,
      "[default]\nlogin_session = arn:aws:iam::111122223333:user/bob\nregion = eu-north-1\n",
    );
    const { login } = remoteLogin("default", { "Profile default": "yes" });
    await login;
    expect(await readFile(home.configFile, "utf8")).toBe(`[default]\nlogin_session = ${ALICE}\nregion = eu-north-1\n`);
    expect(await readdir(home.cacheDirectory)).toHaveLength(1);
  });

  it("logs in again to the same session without asking", async () => {
    await mkdir(dirname(home.configFile), { recursive: true });
    await writeFile(home.configFile, `[default]\nlogin_session = ${ALICE}\nregion = eu-north-1\n`);
    const { terminal, login } = remoteLogin("default");
    await login;
    expect(terminal.questions).toEqual([VERIFICATION_CODE_PROMPT]);
    expect(await readFile(home.configFile, "utf8")).toBe(`[default]\nlogin_session = ${ALICE}\nregion = eu-north-1\n`);
  });
});
