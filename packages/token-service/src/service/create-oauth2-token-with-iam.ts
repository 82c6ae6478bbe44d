import type { CreateOAuth2TokenWithIAM } from "@open-signin/server-sdk";

import { AccessTokenIssuer } from "../access/access-token-issuer.js";
import { IamAccessTokenGrant } from "../access/iam-access-token.js";
import { AccessTokenCodec } from "../tokens/access-token.js";
import { iamCallerOf } from "./iam-caller-of.js";
import type { OperationDependencies } from "./operation-dependencies.js";
import { withOperationErrors } from "./operation-errors.js";
import type { TokenRequestContext } from "./request-context.js";

/**
 * CreateOAuth2TokenWithIAM: the client credentials grant for a SigV4 signer holding
 * signin:CreateOAuth2Token (the action AWS maps this operation to); see access/iam-access-token.ts.
 */
export function createOAuth2TokenWithIAMOperation(
  deps: OperationDependencies,
): CreateOAuth2TokenWithIAM<TokenRequestContext> {
  const grant = new IamAccessTokenGrant({
    issuer: new AccessTokenIssuer({
      codec: new AccessTokenCodec(deps.keyring, { issuer: deps.issuer }),
      clock: deps.clock,
      random: deps.random,
    }),
    clock: deps.clock,
  });
  return withOperationErrors("CreateOAuth2TokenWithIAM", deps.logger, async (input, context) => {
    const caller = await deps.authenticator.authenticate(context, "CreateOAuth2TokenWithIAM");
    return grant.issue(iamCallerOf(caller), { resource: input.resource! });
  });
}
