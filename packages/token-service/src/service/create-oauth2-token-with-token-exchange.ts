import type { CreateOAuth2TokenWithTokenExchange } from "@open-signin/server-sdk";

import { AccessTokenIssuer } from "../access/access-token-issuer.js";
import { AccessTokenStatus } from "../access/access-token-status.js";
import { TokenExchangeGrant } from "../access/token-exchange-grant.js";
import { AccessTokenCodec } from "../tokens/access-token.js";
import type { OperationDependencies } from "./operation-dependencies.js";
import { withOperationErrors } from "./operation-errors.js";
import type { TokenRequestContext } from "./request-context.js";

/**
 * CreateOAuth2TokenWithTokenExchange (RFC 8693). The model marks it `@auth([])`: no signature is
 * checked, the subject token alone authenticates the request (access/token-exchange-grant.ts).
 */
export function createOAuth2TokenWithTokenExchangeOperation(
  deps: OperationDependencies,
): CreateOAuth2TokenWithTokenExchange<TokenRequestContext> {
  const accessTokens = new AccessTokenCodec(deps.keyring, { issuer: deps.issuer });
  const grant = new TokenExchangeGrant({
    accessTokens,
    status: new AccessTokenStatus({ principals: deps.principals, isSessionRevoked: deps.isSessionRevoked }),
    issuer: new AccessTokenIssuer({ codec: accessTokens, clock: deps.clock, random: deps.random }),
    clock: deps.clock,
  });
  return withOperationErrors("CreateOAuth2TokenWithTokenExchange", deps.logger, async (input) =>
    grant.exchange({
      grantType: input.grantType!,
      subjectToken: input.subjectToken,
      subjectTokenType: input.subjectTokenType,
      resource: input.resource,
      scope: input.scope,
    }),
  );
}
