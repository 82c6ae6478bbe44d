import { normalizeCodeChallenge } from "@open-signin/token-service";

import { type RedirectCheck, checkRedirectUri } from "./redirect-uri.js";

/** A validated authorization request, as the AWS CLI sends it to GET /v1/authorize. */
export interface AuthorizeRequest {
  readonly clientId: string;
  readonly redirectUri: string;
  readonly state: string;
  /** S256 challenge, 43 characters (a trailing `=` from the client is tolerated and removed). */
  readonly codeChallenge: string;
}

export type AuthorizeOutcome =
  | { readonly ok: true; readonly request: AuthorizeRequest; readonly destination: "loopback" | "confirmation" }
  /** The client or redirect URI can't be trusted: show an error page, never redirect (RFC 6749 §4.1.2.1). */
  | { readonly ok: false; readonly redirect: false; readonly message: string }
  /** Anything else goes back to the client as `error`, `error_description` and `state`. */
  | {
      readonly ok: false;
      readonly redirect: true;
      readonly redirectUri: string;
      readonly destination: "loopback" | "confirmation";
      readonly error: "invalid_request" | "unsupported_response_type" | "invalid_scope";
      readonly description: string;
      readonly state: string | undefined;
    };

const MAX_STATE_LENGTH = 512;

/**
 * Validates the query of GET /v1/authorize: exactly what the AWS CLI sends (reference §4.4):
 * response_type=code, client_id, state, code_challenge_method=SHA-256 (S256 too), scope=openid,
 * redirect_uri and code_challenge.
 */
export function parseAuthorizeRequest(query: URLSearchParams, serviceOrigins: readonly string[]): AuthorizeOutcome {
  // A symbol, not a string, so that a parameter whose value is the text "repeated" is not taken for one.
  const repeated = Symbol("repeated");
  const single = (name: string): string | undefined | typeof repeated => {
    const values = query.getAll(name);
    return values.length > 1 ? repeated : values[0];
  };

  const clientId = single("client_id");
  if (clientId === undefined || clientId === repeated) {
    return { ok: false, redirect: false, message: "The request names no single client_id." };
  }
  const redirectUri = single("redirect_uri");
  if (redirectUri === undefined || redirectUri === repeated) {
    return { ok: false, redirect: false, message: "The request names no single redirect_uri." };
  }
  const check: RedirectCheck = checkRedirectUri(clientId, redirectUri, serviceOrigins);
  if (!check.ok) return { ok: false, redirect: false, message: check.reason };

  // From here on the client is known and its redirect URI is safe: errors go back to it.
  const rawState = single("state");
  const state = typeof rawState === "string" && isAcceptableState(rawState) ? rawState : undefined;
  const fail = (
    error: "invalid_request" | "unsupported_response_type" | "invalid_scope",
    description: string,
  ): AuthorizeOutcome => ({
    ok: false,
    redirect: true,
    redirectUri,
    destination: check.kind,
    error,
    description,
    state,
  });

  for (const name of ["response_type", "state", "scope", "code_challenge_method", "code_challenge"]) {
    if (single(name) === repeated) return fail("invalid_request", `${name} appears more than once.`);
  }
  if (state === undefined)
    return fail("invalid_request", `state is required (1 to ${MAX_STATE_LENGTH} printable characters).`);
  if (single("response_type") !== "code") return fail("unsupported_response_type", "response_type must be code.");
  const scopes = new Set((single("scope") as string | undefined)?.split(" ").filter(Boolean) ?? []);
  if (scopes.size !== 1 || !scopes.has("openid")) return fail("invalid_scope", "scope must be openid.");
  const method = single("code_challenge_method");
  if (method !== "SHA-256" && method !== "S256") {
    return fail("invalid_request", "code_challenge_method must be SHA-256 (PKCE with SHA-256).");
  }
  const codeChallenge = normalizeCodeChallenge(single("code_challenge"));
  if (codeChallenge === undefined) {
    return fail(
      "invalid_request",
      "code_challenge must be 43 base64url characters: BASE64URL(SHA-256(code_verifier)).",
    );
  }
  return { ok: true, request: { clientId, redirectUri, state, codeChallenge }, destination: check.kind };
}

const isAcceptableState = (state: string): boolean =>
  state.length > 0 && state.length <= MAX_STATE_LENGTH && /^[\x20-\x7e]+$/.test(state);

/** Where an authorization response (a code, or an error) is sent for a destination. */
export function authorizationResponseUrl(
  redirectUri: string,
  parameters: Readonly<Record<string, string | undefined>>,
): string {
  const url = new URL(redirectUri);
  for (const [name, value] of Object.entries(parameters)) if (value !== undefined) url.searchParams.set(name, value);
  return url.href;
}
