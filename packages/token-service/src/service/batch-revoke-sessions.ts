import type { BatchRevokeSessions } from "@open-signin/server-sdk";

import type { OperationDependencies } from "./operation-dependencies.js";
import { notImplemented, withOperationErrors } from "./operation-errors.js";
import type { TokenRequestContext } from "./request-context.js";

/**
 * BatchRevokeSessions. PLACEHOLDER until its implementation lands: the caller is authenticated and authorized
 * like every SigV4 operation, then the request fails with a modeled InternalServerException.
 */
export function batchRevokeSessionsOperation(deps: OperationDependencies): BatchRevokeSessions<TokenRequestContext> {
  return withOperationErrors("BatchRevokeSessions", deps.logger, async (_input, context) => {
    await deps.authenticator.authenticate(context, "BatchRevokeSessions");
    throw notImplemented("BatchRevokeSessions");
  });
}
