import { isProtocolError, serverError, serviceUnavailable, tooManyRequests } from "../errors/protocol-errors.js";
import type { Logger } from "../runtime/logger.js";
import { StoreCapacityError, StoreUnavailableError } from "../store/atomic-store.js";
import type { TokenRequestContext } from "./request-context.js";

type Operation<I, O> = (input: I, context: TokenRequestContext) => Promise<O>;

/**
 * Wraps an operation so that everything it throws reaches the client as a modeled error: protocol
 * errors pass through; a full store is 429, an unreachable one 503 (never a silent success);
 * anything else is logged without the input and becomes a 500 that tells the client nothing.
 */
export function withOperationErrors<I, O>(name: string, logger: Logger, operation: Operation<I, O>): Operation<I, O> {
  return async (input, context) => {
    try {
      return await operation(input, context);
    } catch (error) {
      if (isProtocolError(error)) throw error;
      if (error instanceof StoreCapacityError) throw tooManyRequests("The service is busy. Retry later.");
      if (error instanceof StoreUnavailableError) {
        logger.warn(
          { requestId: context.requestId, event: "store-unavailable", reason: error.message },
          "store unavailable",
        );
        context.reportUnavailable();
        throw serviceUnavailable();
      }
      logger.error({ requestId: context.requestId, err: error }, `${name} failed unexpectedly`);
      throw serverError();
    }
  };
}
