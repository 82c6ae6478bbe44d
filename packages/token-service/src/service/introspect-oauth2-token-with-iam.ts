import type { IntrospectOAuth2TokenWithIAM } from "@open-signin/server-sdk";

import type { OperationDependencies } from "./operation-dependencies.js";
import { notImplemented, withOperationErrors } from "./operation-errors.js";
import type { TokenRequestContext } from "./request-context.js";

/**
 * IntrospectOAuth2TokenWithIAM. PLACEHOLDER until its implementation lands: the caller is authenticated and authorized
 * like every SigV4 operation, then the request fails with a modeled InternalServerException.
 */
export function introspectOAuth2TokenWithIAMOperation(
  deps: OperationDependencies,
): IntrospectOAuth2TokenWithIAM<TokenRequestContext> {
  return withOperationErrors("IntrospectOAuth2TokenWithIAM", deps.logger, async (_input, context) => {
    await deps.authenticator.authenticate(context, "IntrospectOAuth2TokenWithIAM");
    throw notImplemented("IntrospectOAuth2TokenWithIAM");
  });
}
