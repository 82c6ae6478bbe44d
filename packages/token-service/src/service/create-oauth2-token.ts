import type { CreateOAuth2Token } from "@open-signin/server-sdk";

import { DpopProofError, type DpopProofVerifier, type VerifiedDpopProof } from "../dpop/proof-verifier.js";
import { type DpopProofLedger, requestFingerprint } from "../dpop/proof-ledger.js";
import type { AuthorizationCodeGrant } from "../grants/authorization-code-grant.js";
import type { RefreshTokenGrant } from "../grants/refresh-token-grant.js";
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
  readonly proofLedger: DpopProofLedger;
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
 */
export function createOAuth2TokenOperation(
  deps: CreateOAuth2TokenDependencies,
): CreateOAuth2Token<TokenRequestContext> {
  return async (input, context) => {
    try {
      const request = readTokenRequest(input.tokenInput);
      await deps.clients.authenticate(context);

      // RFC 9449 §4.3: both grants need a proof, and a proof serves one request only (an identical
      // retry of that request is still that request).
      const proof = await checkProof(deps, context);

      const tokenOutput =
        request.grantType === "authorization_code"
          ? await deps.authorizationCode.exchange(request, proof)
          : await deps.refreshToken.exchange(request, proof);
      return { tokenOutput };
    } catch (error) {
      if (isProtocolError(error)) throw error;
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

async function checkProof(
  { dpop, proofLedger }: Pick<CreateOAuth2TokenDependencies, "dpop" | "proofLedger">,
  context: TokenRequestContext,
): Promise<VerifiedDpopProof> {
  try {
    const proof = dpop.verify(context.headerValues("dpop"), { method: context.method, url: context.url });
    await proofLedger.reserve(proof, requestFingerprint(context.method, context.url.href, context.body));
    return proof;
  } catch (error) {
    if (error instanceof DpopProofError) throw invalidRequest(`Invalid DPoP proof: ${error.message}`);
    throw error;
  }
}
