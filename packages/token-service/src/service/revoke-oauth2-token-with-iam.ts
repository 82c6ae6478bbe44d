import type { RevokeOAuth2TokenWithIAM } from "@open-signin/server-sdk";

import type { OperationDependencies } from "./operation-dependencies.js";
import { notImplemented, withOperationErrors } from "./operation-errors.js";
import type { TokenRequestContext } from "./request-context.js";

/**
 * RevokeOAuth2TokenWithIAM. PLACEHOLDER until its implementation lands: the caller is authenticated and authorized
 * like every SigV4 operation, then the request fails with a modeled InternalServerException.
 */
export function revokeOAuth2TokenWithIAMOperation(
  deps: OperationDependencies,
): RevokeOAuth2TokenWithIAM<TokenRequestContext> {
  return withOperationErrors("RevokeOAuth2TokenWithIAM", deps.logger, async (_input, context) => {
    await deps.authenticator.authenticate(context, "RevokeOAuth2TokenWithIAM");
    throw notImplemented("RevokeOAuth2TokenWithIAM");
  });
}
