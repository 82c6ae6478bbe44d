import type { CreateBearerToken } from "@open-signin/server-sdk";

import { AccessTokenIssuer } from "../access/access-token-issuer.js";
import { BearerTokenGrant } from "../access/bearer-token.js";
import { AccessTokenCodec } from "../tokens/access-token.js";
import { iamCallerOf } from "./iam-caller-of.js";
import type { OperationDependencies } from "./operation-dependencies.js";
import { withOperationErrors } from "./operation-errors.js";
import type { TokenRequestContext } from "./request-context.js";

/** CreateBearerToken for a SigV4 signer holding signin:CreateBearerToken; see access/bearer-token.ts. */
export function createBearerTokenOperation(deps: OperationDependencies): CreateBearerToken<TokenRequestContext> {
  const grant = new BearerTokenGrant({
    issuer: new AccessTokenIssuer({
      codec: new AccessTokenCodec(deps.keyring, { issuer: deps.issuer }),
      clock: deps.clock,
      random: deps.random,
    }),
  });
  return withOperationErrors("CreateBearerToken", deps.logger, async (input, context) => {
    const caller = await deps.authenticator.authenticate(context, "CreateBearerToken");
    return grant.issue(iamCallerOf(caller), { resource: input.resource!, durationSeconds: input.durationSeconds });
  });
}
