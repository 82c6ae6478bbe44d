import { randomUUID } from "node:crypto";

import type { CreateOAuth2TokenResponseBody } from "@open-signin/client";

import { CROSS_DEVICE_CLIENT_ID, SAME_DEVICE_CLIENT_ID } from "../protocol/client-ids.js";
import { decodeVerificationCode } from "../protocol/verification-code.js";
import { authorizeUrl, baseUrlOf } from "./authorize-url.js";
import {
  awsConfigFilePath,
  awsCredentialsFilePath,
  readProfileValues,
  readTextFile,
  updateAwsConfigFile,
} from "./aws-config-file.js";
import { generateDpopKey, sec1Pem } from "./dpop.js";
import { accountIdOfLoginSession, loginSessionFromIdToken } from "./id-token.js";
import { formatExpiresAt, loginCacheDirectory, writeLoginCache } from "./login-cache.js";
import { LoginError } from "./login-error.js";
import { type AuthorizationCallback, LoopbackCallbackServer } from "./loopback-callback.js";
import { openBrowser as openDefaultBrowser } from "./open-browser.js";
import { codeChallengeOf, createCodeVerifier } from "./pkce.js";
import { ensureNoOtherCredentials } from "./profile-check.js";
import { exchangeAuthorizationCode } from "./token-exchange.js";

export interface LoginOptions {
  /** The Sign-In endpoint (`--endpoint-url`); a path prefix is kept for the token call only. */
  readonly endpointUrl: string;
  readonly region: string;
  /** Default "default". */
  readonly profile: string;
  /** Cross-device flow: the person pastes a verification code instead of a loopback redirect. */
  readonly remote: boolean;
  /** Try to open the authorize URL in a browser (it is printed either way). */
  readonly openBrowser: boolean;
  /** How long to wait for the loopback redirect; default 10 minutes, like the AWS CLI. */
  readonly timeoutMs?: number;
}

export interface LoginIo {
  readonly env: NodeJS.ProcessEnv;
  /** User-facing messages. */
  readonly out: (line: string) => void;
  /** Reads an answer: the pasted verification code, or a y/n confirmation. */
  readonly prompt: (question: string) => Promise<string>;
  readonly openBrowser?: (url: string) => Promise<boolean>;
  readonly now?: () => number;
}

export interface LoginResult {
  readonly loginSession: string;
  readonly accountId: string;
  readonly cacheFile: string;
  readonly configFile: string;
  readonly profile: string;
}

export const VERIFICATION_CODE_PROMPT = "Enter the authorization code displayed in your browser: ";

/**
 * `aws login`, step for step as AWS CLI v2 performs it against the Sign-In service: authorize in
 * a browser with PKCE, redeem the code with a DPoP proof, then write the login cache file and
 * point the profile's `login_session` at it, where every AWS SDK finds it.
 */
export async function runLogin(options: LoginOptions, io: LoginIo): Promise<LoginResult> {
  const profile = options.profile === "" ? "default" : options.profile;
  const now = io.now ?? Date.now;
  const configFile = awsConfigFilePath(io.env);
  ensureNoOtherCredentials(profile, await profileKeys(io.env, configFile, profile));

  const dpopKey = generateDpopKey();
  const codeVerifier = createCodeVerifier();
  const grant = await authorize(options, io, codeChallengeOf(codeVerifier));
  const tokens = requireLoginTokens(
    await exchangeAuthorizationCode({
      endpointUrl: options.endpointUrl,
      region: options.region,
      dpopKey,
      codeVerifier,
      ...grant,
    }),
  );
  const loginSession = loginSessionFromIdToken(tokens.idToken);
  const accountId = accountIdOfLoginSession(loginSession);

  // Read again: the file may have changed while the person was signing in.
  const current = readProfileValues((await readTextFile(configFile)) ?? "", profile) ?? new Map<string, string>();
  await confirmSessionChange(profile, current.get("login_session"), loginSession, io);

  const cacheFile = await writeLoginCache(loginCacheDirectory(io.env), loginSession, {
    accessToken: { ...tokens.accessToken, accountId, expiresAt: formatExpiresAt(now() + tokens.expiresIn * 1000) },
    tokenType: tokens.tokenType,
    clientId: grant.clientId,
    refreshToken: tokens.refreshToken,
    idToken: tokens.idToken,
    dpopKey: sec1Pem(dpopKey),
  });
  // The SDKs refresh through the profile's region (the JS SDK fails without one even with a
  // custom endpoint, botocore signs its refresh client for it), so a profile without a region
  // gets the one this login used. The AWS CLI does the same when it had to ask for the region.
  const values: Record<string, string> = { login_session: loginSession };
  if ((current.get("region") ?? "") === "") values.region = options.region;
  await updateAwsConfigFile(configFile, profile, values);

  const result = { loginSession, accountId, cacheFile, configFile, profile };
  printSummary(result, options, io);
  return result;
}

/**
 * The browser half: shows the authorize URL and waits for the code, from the loopback redirect
 * (same device) or pasted by the person (cross device). The code is returned only if it answers
 * this attempt's state.
 */
async function authorize(
  options: LoginOptions,
  io: LoginIo,
  codeChallenge: string,
): Promise<{ clientId: string; redirectUri: string; code: string }> {
  const baseUrl = baseUrlOf(options.endpointUrl);
  const state = randomUUID();
  const loopback = options.remote ? undefined : await LoopbackCallbackServer.start();
  try {
    const clientId = loopback === undefined ? CROSS_DEVICE_CLIENT_ID : SAME_DEVICE_CLIENT_ID;
    const redirectUri = loopback?.redirectUri ?? `${baseUrl}/v1/sessions/confirmation`;
    await showAuthorizeUrl(authorizeUrl({ baseUrl, clientId, state, codeChallenge, redirectUri }), options, io);
    const callback =
      loopback === undefined
        ? await readVerificationCode(io)
        : await loopback.waitForCode(options.timeoutMs === undefined ? {} : { timeoutMs: options.timeoutMs });
    if (callback.state !== state) {
      throw new LoginError(
        `State parameter ${callback.state} does not match expected value ${state}. ` +
          "The sign-in response belongs to another login attempt; run login again.",
      );
    }
    return { clientId, redirectUri, code: callback.code };
  } finally {
    await loopback?.close();
  }
}

interface LoginTokens {
  readonly accessToken: {
    readonly accessKeyId: string;
    readonly secretAccessKey: string;
    readonly sessionToken: string;
  };
  readonly tokenType: string;
  readonly expiresIn: number;
  readonly refreshToken: string;
  readonly idToken: string;
}

/** The members an authorization_code response must have; the CLI fails without any of them. */
function requireLoginTokens(tokens: CreateOAuth2TokenResponseBody): LoginTokens {
  const { accessToken, expiresIn, refreshToken, tokenType, idToken } = tokens;
  if (
    accessToken?.accessKeyId === undefined ||
    accessToken.secretAccessKey === undefined ||
    accessToken.sessionToken === undefined ||
    expiresIn === undefined ||
    refreshToken === undefined ||
    tokenType === undefined
  ) {
    throw new LoginError("The token response from Sign-In is incomplete.");
  }
  if (idToken === undefined) throw new LoginError("The token response from Sign-In has no ID token.");
  const { accessKeyId, secretAccessKey, sessionToken } = accessToken;
  return { accessToken: { accessKeyId, secretAccessKey, sessionToken }, tokenType, expiresIn, refreshToken, idToken };
}

/** Keys of the profile in the config file merged with the credentials file, as botocore merges them. */
async function profileKeys(env: NodeJS.ProcessEnv, configFile: string, profile: string): Promise<Set<string>> {
  const config = readProfileValues((await readTextFile(configFile)) ?? "", profile);
  const credentials = readProfileValues(
    (await readTextFile(awsCredentialsFilePath(env))) ?? "",
    profile,
    (section, name) => section === name,
  );
  return new Set([...(config?.keys() ?? []), ...(credentials?.keys() ?? [])]);
}

async function showAuthorizeUrl(url: string, options: LoginOptions, io: LoginIo): Promise<void> {
  if (options.openBrowser) {
    io.out(
      "Attempting to open your default browser. If the browser does not open, open the following URL." +
        (options.remote ? "" : "\nIf you are unable to open the URL on this device, run login again with --remote."),
    );
  } else {
    io.out(
      options.remote
        ? "Open the following URL in a browser on any device and sign in:"
        : "Open the following URL in a browser on this device and sign in:",
    );
  }
  io.out("");
  io.out(url);
  io.out("");
  if (!options.openBrowser) return;
  const open = io.openBrowser ?? openDefaultBrowser;
  // A failed attempt only means the person opens the printed URL themselves.
  const opened = await Promise.resolve()
    .then(() => open(url))
    .catch(() => false);
  if (!opened) io.out("Could not open a browser; open the URL above yourself.");
}

async function readVerificationCode(io: LoginIo): Promise<AuthorizationCallback> {
  const answer = await io.prompt(VERIFICATION_CODE_PROMPT);
  if (answer.trim() === "") throw new LoginError("Failed to retrieve an authorization code: none was entered.");
  const decoded = decodeVerificationCode(answer);
  if (decoded === undefined) {
    throw new LoginError(
      "Failed to decode the verification code. Paste the whole code shown on the confirmation page.",
    );
  }
  return decoded;
}

async function confirmSessionChange(
  profile: string,
  existing: string | undefined,
  loginSession: string,
  io: LoginIo,
): Promise<void> {
  if (existing === undefined || existing === "" || existing === loginSession) return;
  const answer = await io.prompt(
    `Profile ${profile} is already configured to use session ${existing}. ` +
      `Do you want to overwrite it to use ${loginSession} instead? (y/n): `,
  );
  if (!/^y(es)?$/i.test(answer.trim())) {
    throw new LoginError(`Login cancelled: profile ${profile} still uses session ${existing}.`);
  }
}

function printSummary(result: LoginResult, options: LoginOptions, io: LoginIo): void {
  io.out(`Logged in as ${result.loginSession} (account ${result.accountId}).`);
  io.out(`Updated profile ${result.profile} in ${result.configFile} to use these credentials.`);
  io.out(`Credentials cached in ${result.cacheFile}; AWS SDKs refresh them automatically.`);
  const exports = [
    ...(result.profile === "default" ? [] : [`export AWS_PROFILE=${result.profile}`]),
    // Refreshes do not know about --endpoint-url: the SDKs find a non-AWS Sign-In endpoint only
    // through this variable (or a `services` section in the config file).
    ...(isAwsEndpoint(options.endpointUrl) ? [] : [`export AWS_ENDPOINT_URL_SIGNIN=${options.endpointUrl}`]),
  ];
  if (exports.length === 0) return;
  io.out("To use them from an AWS SDK or the AWS CLI:");
  for (const line of exports) io.out(`  ${line}`);
}

const isAwsEndpoint = (endpointUrl: string): boolean => {
  const host = new URL(endpointUrl).hostname.toLowerCase();
  return [".amazon.com", ".amazonaws.com", ".amazonaws.cn", ".amazonaws-us-gov.com", ".signin.aws"].some((suffix) =>
    `.${host}`.endsWith(suffix),
  );
};
