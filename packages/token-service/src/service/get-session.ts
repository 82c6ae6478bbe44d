import type { GetSession } from "@open-signin/server-sdk";

import type { OperationDependencies } from "./operation-dependencies.js";
import { notImplemented, withOperationErrors } from "./operation-errors.js";
import type { TokenRequestContext } from "./request-context.js";

/**
 * GetSession. PLACEHOLDER until its implementation lands: the caller is authenticated and authorized
 * like every SigV4 operation, then the request fails with a modeled InternalServerException.
 */
export function getSessionOperation(deps: OperationDependencies): GetSession<TokenRequestContext> {
  return withOperationErrors("GetSession", deps.logger, async (_input, context) => {
    await deps.authenticator.authenticate(context, "GetSession");
    throw notImplemented("GetSession");
  });
}
