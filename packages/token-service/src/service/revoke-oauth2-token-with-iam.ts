import type { RevokeOAuth2TokenWithIAM } from "@open-signin/server-sdk";

import { RefreshTokenRevocation } from "../access/refresh-token-revocation.js";
import { iamCallerOf } from "./iam-caller-of.js";
import type { OperationDependencies } from "./operation-dependencies.js";
import { withOperationErrors } from "./operation-errors.js";
import type { TokenRequestContext } from "./request-context.js";

/**
 * RevokeOAuth2TokenWithIAM (RFC 7009): the signer, holding signin:RevokeOAuth2Token, ends the login
 * session of a refresh token of its account (access/refresh-token-revocation.ts). The answer is
 * always `{}`; what happened is logged for the service, without the token.
 */
export function revokeOAuth2TokenWithIAMOperation(
  deps: OperationDependencies,
): RevokeOAuth2TokenWithIAM<TokenRequestContext> {
  const revocation = new RefreshTokenRevocation({
    refreshTokens: deps.refreshTokens,
    revokeSession: deps.revokeSession,
    clock: deps.clock,
  });
  return withOperationErrors("RevokeOAuth2TokenWithIAM", deps.logger, async (input, context) => {
    const caller = await deps.authenticator.authenticate(context, "RevokeOAuth2TokenWithIAM");
    const outcome = await revocation.revoke(iamCallerOf(caller), input.token!);
    deps.logger.info(
      { requestId: context.requestId, caller: caller.principal.arn, outcome },
      "refresh token revocation",
    );
    return {};
  });
}
