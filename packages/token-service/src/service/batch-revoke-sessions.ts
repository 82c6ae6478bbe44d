import type { BatchRevokeSessionError, BatchRevokeSessions, RevokedSession } from "@open-signin/server-sdk";

import type { OperationDependencies } from "./operation-dependencies.js";
import { withOperationErrors } from "./operation-errors.js";
import type { TokenRequestContext } from "./request-context.js";
import { isCallersAccount, ownerOf, ownsSession, sessionIdOf } from "./session-access.js";

/**
 * BatchRevokeSessions: revokes up to five sessions of the caller (or of `principalArn`). Each
 * session succeeds or fails on its own: an unknown, expired, malformed or not-owned session is
 * listed in `errors` and the others are still revoked. Revoking a revoked session succeeds, and a
 * session named twice is answered once. A revoked session's refresh tokens get 401 TOKEN_EXPIRED
 * at their next use, on every node (TokenService.revokeSession).
 */
export function batchRevokeSessionsOperation(deps: OperationDependencies): BatchRevokeSessions<TokenRequestContext> {
  return withOperationErrors("BatchRevokeSessions", deps.logger, async (input, context) => {
    const caller = await deps.authenticator.authenticate(context, "BatchRevokeSessions");
    const owner = ownerOf(caller, input.principalArn);
    const revokedSessions: RevokedSession[] = [];
    const errors: BatchRevokeSessionError[] = [];
    for (const sessionArn of new Set(input.sessionArns)) {
      const parsed = sessionIdOf(sessionArn);
      if (!parsed) {
        errors.push({ sessionArn, code: "INVALID_REQUEST", message: "This is not a session ARN." });
        continue;
      }
      const record = isCallersAccount(caller, owner) ? await deps.sessions.get(parsed.sessionId) : undefined;
      if (!record || record.sessionArn !== sessionArn || !ownsSession(owner, record)) {
        errors.push({ sessionArn, code: "RESOURCE_NOT_FOUND", message: "The session was not found." });
        continue;
      }
      await deps.revokeSession(record.sessionId);
      deps.logger.info(
        {
          requestId: context.requestId,
          event: "session-revoked",
          sessionArn,
          by: caller.principal.arn,
          reason: input.reason,
        },
        "session revoked",
      );
      revokedSessions.push({ sessionArn });
    }
    return { revokedSessions, errors };
  });
}
