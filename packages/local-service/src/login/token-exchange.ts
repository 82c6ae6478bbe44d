import type { KeyObject } from "node:crypto";

import { CreateOAuth2TokenCommand, SigninClient, type CreateOAuth2TokenResponseBody } from "@open-signin/client";

import { dpopProof } from "./dpop.js";
import { LoginError } from "./login-error.js";

export interface CodeExchange {
  /** The Sign-In endpoint, path prefix included: the token call keeps it, like the CLI's. */
  readonly endpointUrl: string;
  readonly region: string;
  readonly dpopKey: KeyObject;
  readonly clientId: string;
  readonly code: string;
  readonly codeVerifier: string;
  readonly redirectUri: string;
}

/** Redeems an authorization code at `POST /v1/token` with the generated client and a DPoP proof. */
export async function exchangeAuthorizationCode(exchange: CodeExchange): Promise<CreateOAuth2TokenResponseBody> {
  const client = new SigninClient({
    region: exchange.region,
    endpoint: exchange.endpointUrl,
    // The AWS CLI v2 default; explicit so a local config file cannot change it.
    retryMode: "standard",
    maxAttempts: 3,
  });
  addDpopProofs(client, exchange.dpopKey);
  try {
    const response = await client.send(
      new CreateOAuth2TokenCommand({
        tokenInput: {
          clientId: exchange.clientId,
          grantType: "authorization_code",
          code: exchange.code,
          codeVerifier: exchange.codeVerifier,
          redirectUri: exchange.redirectUri,
        },
      }),
    );
    if (response.tokenOutput === undefined) throw new LoginError("Failed to retrieve an access token.");
    return response.tokenOutput;
  } catch (error) {
    throw tokenErrorToLoginError(error, exchange.endpointUrl);
  } finally {
    client.destroy();
  }
}

/**
 * Signs every attempt with a fresh DPoP proof, as the AWS SDK for JavaScript does. `htu` is built
 * from the final request as the SDK builds it (`protocol//hostname[:port]path`, port only when
 * the endpoint names one), so it matches what the service receives.
 */
function addDpopProofs(client: SigninClient, dpopKey: KeyObject): void {
  client.middlewareStack.add(
    (next) => async (args) => {
      const request = args.request;
      if (isHttpRequest(request)) {
        const port = request.port === undefined ? "" : `:${request.port}`;
        const htu = `${request.protocol}//${request.hostname}${port}${request.path}`;
        request.headers["DPoP"] = dpopProof(dpopKey, { method: request.method, htu });
      }
      return next(args);
    },
    { step: "finalizeRequest", name: "dpopProofMiddleware" },
  );
}

interface HttpRequestLike {
  method: string;
  protocol: string;
  hostname: string;
  port?: number;
  path: string;
  headers: Record<string, string>;
}

const isHttpRequest = (value: unknown): value is HttpRequestLike =>
  typeof value === "object" &&
  value !== null &&
  ["method", "protocol", "hostname", "path"].every(
    (name) => typeof (value as Record<string, unknown>)[name] === "string",
  ) &&
  typeof (value as { headers?: unknown }).headers === "object";

/** The service's answer, as something the person can act on. */
function tokenErrorToLoginError(error: unknown, endpointUrl: string): LoginError {
  if (error instanceof LoginError) return error;
  if (!(error instanceof Error)) return new LoginError(`The token request failed: ${String(error)}`, { cause: error });
  const oauthError = (error as { error?: unknown }).error;
  if (error.name === "AccessDeniedException" && oauthError === "AUTHCODE_EXPIRED") {
    return new LoginError("The authorization code expired before it could be redeemed; run login again.", {
      cause: error,
    });
  }
  if (error.name === "AccessDeniedException" && oauthError === "INSUFFICIENT_PERMISSIONS") {
    return new LoginError(
      "You signed in, but your identity may not create login credentials: it needs permission for the " +
        "'signin:CreateOAuth2Token' action (for example through the SignInLocalDevelopmentAccess managed policy).",
      { cause: error },
    );
  }
  const fault = (error as { $fault?: unknown }).$fault;
  if (fault === "client" || fault === "server") {
    const code = typeof oauthError === "string" ? ` ${oauthError}` : "";
    return new LoginError(`Sign-In refused the token request (${error.name}${code}): ${error.message}`, {
      cause: error,
    });
  }
  const networkCode = (error as { code?: unknown }).code;
  const detail = typeof networkCode === "string" ? `${networkCode}: ${error.message}` : error.message;
  return new LoginError(`The token request to ${endpointUrl} failed: ${detail}`, { cause: error });
}
