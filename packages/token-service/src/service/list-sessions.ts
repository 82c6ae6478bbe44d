import type { ListSessions } from "@open-signin/server-sdk";

import type { OperationDependencies } from "./operation-dependencies.js";
import { notImplemented, withOperationErrors } from "./operation-errors.js";
import type { TokenRequestContext } from "./request-context.js";

/**
 * ListSessions. PLACEHOLDER until its implementation lands: the caller is authenticated and authorized
 * like every SigV4 operation, then the request fails with a modeled InternalServerException.
 */
export function listSessionsOperation(deps: OperationDependencies): ListSessions<TokenRequestContext> {
  return withOperationErrors("ListSessions", deps.logger, async (_input, context) => {
    await deps.authenticator.authenticate(context, "ListSessions");
    throw notImplemented("ListSessions");
  });
}
