import type { CreateOAuth2TokenWithTokenExchange } from "@open-signin/server-sdk";

import type { OperationDependencies } from "./operation-dependencies.js";
import { notImplemented, withOperationErrors } from "./operation-errors.js";
import type { TokenRequestContext } from "./request-context.js";

/**
 * CreateOAuth2TokenWithTokenExchange. PLACEHOLDER until its implementation lands: it fails with a
 * modeled InternalServerException. The model marks it `@auth([])`: the subject token, not a SigV4
 * signature, authenticates the request.
 */
export function createOAuth2TokenWithTokenExchangeOperation(
  deps: OperationDependencies,
): CreateOAuth2TokenWithTokenExchange<TokenRequestContext> {
  return withOperationErrors("CreateOAuth2TokenWithTokenExchange", deps.logger, async () => {
    throw notImplemented("CreateOAuth2TokenWithTokenExchange");
  });
}
