import type { IntrospectOAuth2TokenWithIAM } from "@open-signin/server-sdk";

import { AccessTokenStatus } from "../access/access-token-status.js";
import { TokenIntrospection } from "../access/token-introspection.js";
import { sessionArn } from "../sessions/session-arn.js";
import { AccessTokenCodec } from "../tokens/access-token.js";
import { iamCallerOf } from "./iam-caller-of.js";
import type { OperationDependencies } from "./operation-dependencies.js";
import { withOperationErrors } from "./operation-errors.js";
import type { TokenRequestContext } from "./request-context.js";

/**
 * IntrospectOAuth2TokenWithIAM (RFC 7662): the signer, holding signin:IntrospectOAuth2Token, learns
 * whether a refresh or access token of its account is active and what it carries
 * (access/token-introspection.ts); anything else is exactly `{"active": false}`.
 */
export function introspectOAuth2TokenWithIAMOperation(
  deps: OperationDependencies,
): IntrospectOAuth2TokenWithIAM<TokenRequestContext> {
  const introspection = new TokenIntrospection({
    refreshTokens: deps.refreshTokens,
    accessTokens: new AccessTokenCodec(deps.keyring, { issuer: deps.issuer }),
    accessTokenStatus: new AccessTokenStatus({
      principals: deps.principals,
      isSessionRevoked: deps.isSessionRevoked,
    }),
    isSessionRevoked: deps.isSessionRevoked,
    chains: deps.refreshChains,
    principals: deps.principals,
    clock: deps.clock,
    issuer: deps.issuer,
    sessionArn: (accountId, sessionId) => sessionArn(deps.region, accountId, sessionId),
  });
  return withOperationErrors("IntrospectOAuth2TokenWithIAM", deps.logger, async (input, context) => {
    const caller = await deps.authenticator.authenticate(context, "IntrospectOAuth2TokenWithIAM");
    return introspection.introspect(iamCallerOf(caller), input.token!);
  });
}
