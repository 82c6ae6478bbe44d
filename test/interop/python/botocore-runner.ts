/**
 * The TypeScript half of the botocore interop scripts in this folder: runs a script with a pinned
 * botocore environment's interpreter and the client machine's environment variables, and types
 * the one JSON line it prints.
 */
import { execFile } from "node:child_process";
import { type KeyObject } from "node:crypto";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";

import { generateKeyPair } from "@open-signin/token-service";

import { type PythonEnvironment, pythonOf } from "../../../scripts/lib/python-env.js";

const execFileAsync = promisify(execFile);

/** One HTTP attempt of CreateOAuth2Token as botocore sent it (seen through its `before-send` event). */
export interface BotocoreAttempt {
  readonly url: string;
  readonly dpop: string | null;
  /** botocore's User-Agent, which names the retry mode in effect (`cfg/retry-mode#...`). */
  readonly userAgent: string;
  readonly hasAuthorization: boolean;
  readonly body: string;
  /** The HTTP status, or "exception: <class>" when no response came back. */
  readonly status: number | string | null;
}

/** An exception botocore raised, as botocore_report.describe_error puts it. */
export interface BotocoreError {
  readonly class: string;
  readonly module: string;
  readonly message: string;
  readonly mro: readonly string[];
  readonly clientError?: {
    readonly code: string;
    readonly message: string;
    /** The modeled `error` member (OAuth2ErrorCode) that botocore merges into the response. */
    readonly error?: string;
    readonly httpStatus: number;
    readonly retryAttempts?: number;
  };
  /** The exception this one was raised `from` (botocore's login errors wrap the ClientError). */
  readonly cause?: BotocoreError;
}

export interface BotocoreRun {
  /** `botocore.__version__` of the interpreter that ran: what the compatibility claims report. */
  readonly botocoreVersion: string;
  readonly error?: BotocoreError;
  readonly attempts: readonly BotocoreAttempt[];
}

export interface LoginProviderRun extends BotocoreRun {
  /** `Credentials.method` of what the session resolved; "login" for the login provider. */
  readonly method?: string;
  readonly credentials?: {
    readonly accessKeyId: string;
    readonly secretAccessKey: string;
    readonly sessionToken: string;
  };
}

export interface TokenOutput {
  readonly accessToken: {
    readonly accessKeyId: string;
    readonly secretAccessKey: string;
    readonly sessionToken: string;
  };
  readonly tokenType: string;
  readonly expiresIn: number;
  readonly refreshToken: string;
  readonly idToken?: string;
}

export interface SigninClientRun extends BotocoreRun {
  /** With `freshAwscrtKey`: the key, as `aws login` writes it to the cache (SEC1 PEM). */
  readonly dpopKey?: string;
  readonly tokenOutput?: TokenOutput;
  readonly retryAttempts?: number;
}

export type TokenInput =
  | {
      readonly clientId: string;
      readonly grantType: "authorization_code";
      readonly code: string;
      readonly codeVerifier: string;
      readonly redirectUri: string;
    }
  | { readonly clientId: string; readonly grantType: "refresh_token"; readonly refreshToken: string };

const scriptPath = (name: string): string => fileURLToPath(new URL(`./${name}`, import.meta.url));

async function runScript<T extends BotocoreRun>(
  environment: PythonEnvironment,
  script: string,
  args: readonly string[],
  env: Record<string, string>,
): Promise<T> {
  const { stdout } = await execFileAsync(pythonOf(environment), [scriptPath(script), ...args], {
    // Only the client machine's variables: nothing of the developer's own AWS setup leaks in.
    env: {
      ...env,
      // Keeps __pycache__ out of the repository.
      PYTHONDONTWRITEBYTECODE: "1",
      // If a test ever left the chain without a login profile, fail fast instead of probing IMDS.
      AWS_EC2_METADATA_DISABLED: "true",
    },
    timeout: 60_000,
    maxBuffer: 4 * 1024 * 1024,
  });
  const lines = stdout.trim().split("\n");
  return JSON.parse(lines[lines.length - 1]!) as T;
}

/** Resolves credentials with a plain botocore Session: botocore's LoginProvider and its refresh. */
export const refreshWithLoginProvider = (
  environment: PythonEnvironment,
  env: Record<string, string>,
): Promise<LoginProviderRun> => runScript(environment, "login_provider_refresh.py", [], env);

/**
 * CreateOAuth2Token through botocore's signin client with botocore's own DPoP handler signing with
 * `dpopKey` (PEM) or with a key fresh from awscrt as `aws login` makes it, or with a `dpopProof`
 * botocore built earlier.
 */
export const createTokenWithSigninClient = (
  environment: PythonEnvironment,
  env: Record<string, string>,
  request: (
    | { readonly dpopKey: string }
    | { readonly dpopProof: string }
    | { readonly freshAwscrtKey: { readonly shortCoordinate: boolean } }
  ) & { readonly tokenInput: TokenInput },
): Promise<SigninClientRun> => runScript(environment, "signin_create_token.py", [JSON.stringify(request)], env);

/** The credentials a botocore client signs with. */
export interface SigningCredentials {
  readonly accessKeyId: string;
  readonly secretAccessKey: string;
  readonly sessionToken: string;
}

export interface TokenOperationRun extends BotocoreRun {
  /** The operation's output without ResponseMetadata, when it succeeded. */
  readonly response?: Record<string, unknown>;
  readonly httpStatus?: number;
  /** Whether botocore put a SigV4 Authorization header on the request. */
  readonly signed?: boolean;
}

/**
 * One of the IAM token operations (`operation` is the API name, `params` botocore's keyword
 * arguments) through botocore's signin client, signing with `credentials` where the model says to.
 */
export const callTokenOperation = (
  environment: PythonEnvironment,
  env: Record<string, string>,
  request: {
    readonly operation: string;
    readonly params: Record<string, unknown>;
    readonly credentials?: SigningCredentials;
  },
): Promise<TokenOperationRun> => runScript(environment, "signin_token_operation.py", [JSON.stringify(request)], env);

export interface DpopEncodingSurvey extends BotocoreRun {
  /** How many proofs had a signature of each byte length. */
  readonly signatureBytes: Record<string, number>;
  /** One proof per unusual signature length, for the given htu, with full-length coordinates. */
  readonly shortSignatureExamples: Record<string, string>;
}

/** Builds `proofs` DPoP proofs with botocore's proof builder and fresh keys; counts signature lengths. */
export const surveyDpopEncoding = (
  environment: PythonEnvironment,
  request: { readonly proofs: number; readonly htu: string },
): Promise<DpopEncodingSurvey> => runScript(environment, "dpop_encoding_survey.py", [JSON.stringify(request)], {});

/** The parts of a DPoP proof the tests look at. */
export interface DecodedProof {
  readonly header: { readonly typ: string; readonly alg: string; readonly jwk: Record<string, string> };
  readonly payload: { readonly jti: string; readonly htm: string; readonly htu: string; readonly iat: number };
  readonly signatureBytes: number;
}

export function decodeProof(proof: string): DecodedProof {
  const [header, payload, signature] = proof.split(".");
  const json = (part: string | undefined): unknown => JSON.parse(Buffer.from(part ?? "", "base64url").toString("utf8"));
  return {
    header: json(header) as DecodedProof["header"],
    payload: json(payload) as DecodedProof["payload"],
    signatureBytes: Buffer.from(signature ?? "", "base64url").length,
  };
}

/** A fresh P-256 key in the form the login cache keeps it (SEC1 PEM). */
export function newDpopKeyPem(): string {
  return sec1PemOf(generateKeyPair("ec", { namedCurve: "P-256" }).privateKey);
}

function sec1PemOf(key: KeyObject): string {
  return String(key.export({ type: "sec1", format: "pem" }));
}

/** What signin_session_operation.py reports: TokenOperationRun plus the URL AWS's endpoint rules chose. */
export interface SessionOperationRun extends TokenOperationRun {
  readonly rulesUrl?: string;
}

/**
 * One of the session operations (ListSessions, GetSession, BatchRevokeSessions) through botocore's
 * signin client, SigV4-signed with `credentials`, sent to the service in AWS_ENDPOINT_URL_SIGNIN
 * (AWS's rules would send it to signin.{Region}.api.aws; see the script).
 */
export const callSessionOperation = (
  environment: PythonEnvironment,
  env: Record<string, string>,
  request: {
    readonly operation: string;
    readonly params: Record<string, unknown>;
    readonly credentials: SigningCredentials;
  },
): Promise<SessionOperationRun> =>
  runScript(environment, "signin_session_operation.py", [JSON.stringify(request)], env);
