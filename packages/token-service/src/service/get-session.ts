import type { GetSession } from "@open-signin/server-sdk";

import { sessionNotFound } from "../errors/protocol-errors.js";
import type { OperationDependencies } from "./operation-dependencies.js";
import { withOperationErrors } from "./operation-errors.js";
import type { TokenRequestContext } from "./request-context.js";
import { isCallersAccount, ownerOf, ownsSession, requireSessionId, toSessionSummary } from "./session-access.js";

/**
 * GetSession: one session of the caller (or of `principalArn`). A session of another identity or
 * account, like an unknown or expired one, is 404 ResourceNotFoundException.
 */
export function getSessionOperation(deps: OperationDependencies): GetSession<TokenRequestContext> {
  return withOperationErrors("GetSession", deps.logger, async (input, context) => {
    const caller = await deps.authenticator.authenticate(context, "GetSession");
    const { sessionId } = requireSessionId("sessionArn", input.sessionArn!);
    const owner = ownerOf(caller, input.principalArn);
    if (!isCallersAccount(caller, owner)) throw sessionNotFound();
    const record = await deps.sessions.get(sessionId);
    if (!record || record.sessionArn !== input.sessionArn || !ownsSession(owner, record)) throw sessionNotFound();
    return {
      ...toSessionSummary(record),
      ...(record.lastUsedAt === undefined ? {} : { lastUsedAt: Math.floor(record.lastUsedAt / 1000) }),
      issuedInRegion: record.issuedInRegion,
      ...(record.userAgent === undefined ? {} : { userAgent: record.userAgent }),
    };
  });
}
