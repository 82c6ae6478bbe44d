import type { ListSessions } from "@open-signin/server-sdk";

import { insufficientPermissions } from "../errors/protocol-errors.js";
import { SigninAction } from "../principals/principal-directory.js";
import { ListSessionsPageTokens } from "./list-sessions-page-token.js";
import type { OperationDependencies } from "./operation-dependencies.js";
import { withOperationErrors } from "./operation-errors.js";
import type { TokenRequestContext } from "./request-context.js";
import { isCallersAccount, ownerOf, toSessionSummary } from "./session-access.js";

const DEFAULT_MAX_RESULTS = 20;

/**
 * ListSessions: a page of the sessions of the caller, another identity of its account, or the
 * whole account (`principalArn`), filtered by status, client and issue time, oldest first.
 * Another account's sessions: 403 INSUFFICIENT_PERMISSIONS.
 */
export function listSessionsOperation(deps: OperationDependencies): ListSessions<TokenRequestContext> {
  const pageTokens = new ListSessionsPageTokens(deps.pageTokens);
  return withOperationErrors("ListSessions", deps.logger, async (input, context) => {
    const caller = await deps.authenticator.authenticate(context, "ListSessions");
    const owner = ownerOf(caller, input.principalArn);
    if (!isCallersAccount(caller, owner)) throw insufficientPermissions(SigninAction.ListSessions);

    const filters = {
      accountId: owner.accountId,
      principalArn: owner.principalArn,
      status: input.status,
      clientId: input.clientId,
      issuedAtOrAfter: input.issuedAfter === undefined ? undefined : input.issuedAfter * 1000,
      issuedBefore: input.issuedBefore === undefined ? undefined : input.issuedBefore * 1000,
    };
    // The token is bound to who asks and what they asked for, not to the page size.
    const binding = JSON.stringify([caller.principal.arn, filters]);
    const after = input.nextToken ? pageTokens.open(input.nextToken, binding) : undefined;
    const limit = input.maxResults ?? DEFAULT_MAX_RESULTS;

    // One more than the page: its presence says whether a next page exists.
    const records = await deps.sessions.list({ ...filters, after, limit: limit + 1 });
    const page = records.slice(0, limit);
    const last = page.at(-1);
    return {
      items: page.map(toSessionSummary),
      ...(records.length > limit && last ? { nextToken: pageTokens.issue(binding, last) } : {}),
    };
  });
}
