import type { CreateOAuth2TokenWithIAM } from "@open-signin/server-sdk";

import type { OperationDependencies } from "./operation-dependencies.js";
import { notImplemented, withOperationErrors } from "./operation-errors.js";
import type { TokenRequestContext } from "./request-context.js";

/**
 * CreateOAuth2TokenWithIAM. PLACEHOLDER until its implementation lands: the caller is authenticated and authorized
 * like every SigV4 operation, then the request fails with a modeled InternalServerException.
 */
export function createOAuth2TokenWithIAMOperation(
  deps: OperationDependencies,
): CreateOAuth2TokenWithIAM<TokenRequestContext> {
  return withOperationErrors("CreateOAuth2TokenWithIAM", deps.logger, async (_input, context) => {
    await deps.authenticator.authenticate(context, "CreateOAuth2TokenWithIAM");
    throw notImplemented("CreateOAuth2TokenWithIAM");
  });
}
