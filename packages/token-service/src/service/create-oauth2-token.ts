import type { CreateOAuth2Token } from "@open-signin/server-sdk";

import { DpopProofError, type DpopProofVerifier } from "../dpop/proof-verifier.js";
import { requestFingerprint } from "../dpop/proof-ledger.js";
import type { AuthorizationCodeGrant } from "../grants/authorization-code-grant.js";
import type { ProofUse, RefreshTokenGrant } from "../grants/refresh-token-grant.js";
import { StoreCapacityError, StoreUnavailableError } from "../store/atomic-store.js";
import type { ClientAuthenticator } from "./client-authentication.js";
import {
  invalidRequest,
  isProtocolError,
  serverError,
  serviceUnavailable,
  tooManyRequests,
} from "../errors/protocol-errors.js";
import type { TokenRequestContext } from "./request-context.js";
import { readTokenRequest } from "./token-request.js";

export interface CreateOAuth2TokenDependencies {
  readonly clients: ClientAuthenticator;
  readonly dpop: DpopProofVerifier;
  readonly authorizationCode: AuthorizationCodeGrant;
  readonly refreshToken: RefreshTokenGrant;
  /** Told about failures the client only sees as server_error; must not log secrets. */
  readonly onUnexpectedError: (error: unknown, context: TokenRequestContext) => void;
  /** Told when the store did not answer; the client gets 503. */
  readonly onStoreUnavailable: (error: StoreUnavailableError, context: TokenRequestContext) => void;
}

/**
 * The CreateOAuth2Token operation, as the generated server SDK calls it: the input has passed the
 * model's validation; this applies the grant rules and dispatches to the grant.
 *
 * Nothing here stores anything. RFC 9449 §4.3 (a proof serves one request; an identical retry of
 * that request is still that request) is enforced by each grant once the request has shown it
 * holds something only a legitimate client has (a live code, a refresh token we sealed), so that
 * requests with self-made proofs and junk grants cannot fill the store.
 */
export function createOAuth2TokenOperation(
  deps: CreateOAuth2TokenDependencies,
): CreateOAuth2Token<TokenRequestContext> {
  return async (input, context) => {
    try {
      const request = readTokenRequest(input.tokenInput);
      await deps.clients.authenticate(context);
      const use = verifyProof(deps.dpop, context);
      const tokenOutput =
        request.grantType === "authorization_code"
          ? await deps.authorizationCode.exchange(request, use)
          : await deps.refreshToken.exchange(request, use);
      return { tokenOutput };
    } catch (error) {
      if (isProtocolError(error)) throw error;
      if (error instanceof DpopProofError) throw invalidRequest(`Invalid DPoP proof: ${error.message}`);
      if (error instanceof StoreCapacityError) throw tooManyRequests("The service is busy. Retry later.");
      if (error instanceof StoreUnavailableError) {
        // Never a silent success: whatever the store did or did not record, this request failed.
        deps.onStoreUnavailable(error, context);
        context.reportUnavailable();
        throw serviceUnavailable();
      }
      deps.onUnexpectedError(error, context);
      throw serverError();
    }
  };
}

/** Checks the proof itself (signature, htm, htu, iat); stateless. */
function verifyProof(dpop: DpopProofVerifier, context: TokenRequestContext): ProofUse {
  const proof = dpop.verify(context.headerValues("dpop"), {
    method: context.method,
    url: context.url,
    origins: context.origins,
  });
  // The path, not the origin: an identical retry may arrive under another of the service's names.
  const target = `${context.url.pathname}${context.url.search}`;
  return { proof, fingerprint: requestFingerprint(context.method, target, context.body) };
}
