import type { IncomingMessage, ServerResponse } from "node:http";

import type { ServiceHandler } from "@aws-smithy/server-common";
import type { HttpRequest, HttpResponse } from "@smithy/protocol-http";

import { ClientAddresses } from "../limits/client-address.js";
import { clientSource } from "../limits/client-source.js";
import { type RateLimiter, RateLimiterUnavailableError } from "../limits/store-rate-limiter.js";
import type { Logger } from "../runtime/logger.js";
import type { RandomSource } from "../runtime/random.js";
import { invalidRequest, serverError, serviceUnavailable, tooManyRequests } from "../errors/protocol-errors.js";
import type { TokenRequestContext } from "../service/request-context.js";
import { toSmithyRequest, writeSmithyResponse } from "./node-adapter.js";
import {
  errorTypeOf,
  protocolErrorResponse,
  unknownOperationResponse,
  withModeledFrameworkErrors,
  withRuntimeStatus,
} from "./protocol-responses.js";
import { PayloadTooLargeError, isClientAbort, readBody } from "./request-body.js";
import type { PublicOrigins } from "./public-origins.js";
import { type ServedOperationName, servedOperationOf } from "./served-operations.js";
import { normalizeOperationBody, operationMembers } from "./operation-body.js";
import { normalizeTokenRequestBody } from "./token-request-body.js";

export interface TokenEndpointOptions {
  readonly handler: ServiceHandler<TokenRequestContext, HttpRequest, HttpResponse>;
  readonly random: RandomSource;
  readonly logger: Logger;
  readonly maxBodyBytes: number;
  /** Requests per client source (an address, or its block: see limits/client-source.ts). */
  readonly rateLimiter?: RateLimiter;
  /** Which address a request came from (the TCP peer, or the client a trusted proxy names). */
  readonly clientAddresses?: ClientAddresses;
}

const directPeers = new ClientAddresses();

/** What a 503 asks clients to wait: a store failover or reconnect usually takes a second or two. */
const STORE_RETRY_AFTER_SECONDS = 2;

interface Outcome {
  readonly response: HttpResponse;
  readonly operation?: ServedOperationName | undefined;
  readonly grantType?: string | undefined;
  readonly extraHeaders?: Readonly<Record<string, string>>;
}

/**
 * Every served operation's path (POST /v1/token and the others in served-operations.ts): takes the
 * HTTP request to the generated service handler and its response back to the wire. Around the
 * generated code it adds what the model leaves to the runtime: body limits, form and media-type
 * transcoding, throttling, the AccessDeniedException status, `Cache-Control: no-store` and
 * `X-Amzn-RequestId` on every answer, 404 UnknownOperationException for a mounted path whose query
 * selects no operation, and a 500 for anything unexpected.
 */
export class TokenEndpoint {
  constructor(private readonly options: TokenEndpointOptions) {}

  async handle(request: IncomingMessage, response: ServerResponse, url: URL, origins: PublicOrigins): Promise<void> {
    const { random, logger } = this.options;
    const startedAt = performance.now();
    const requestId = random.uuid();
    const clientAddress = (this.options.clientAddresses ?? directPeers).of(request);

    let outcome: Outcome;
    try {
      outcome = await this.process(request, url, origins.origins, requestId, clientAddress);
    } catch (error) {
      if (isClientAbort(error, request)) {
        // Nobody is listening: write nothing, count nothing as a failure of ours.
        logger.debug({ requestId, clientAddress, path: url.pathname }, "client aborted the request");
        response.destroy();
        return;
      }
      logger.error({ requestId, err: error }, "token request failed unexpectedly");
      outcome = { response: await protocolErrorResponse(serverError()) };
    }

    const smithy = outcome.response;
    // Every 429 says when to come back (a busy store, a refresh in progress), not only the limiter's.
    if (smithy.statusCode === 429 && !outcome.extraHeaders?.["retry-after"]) smithy.headers["retry-after"] = "1";
    Object.assign(smithy.headers, outcome.extraHeaders, {
      "cache-control": "no-store",
      pragma: "no-cache",
      "x-amzn-requestid": requestId,
    });
    if (!request.complete) response.setHeader("connection", "close");
    writeSmithyResponse(response, smithy);

    const errorType = errorTypeOf(smithy);
    logger.info(
      {
        requestId,
        method: request.method,
        path: url.pathname,
        operation: outcome.operation,
        status: smithy.statusCode,
        grantType: outcome.grantType,
        errorType,
        errorCode: errorType === undefined ? undefined : errorCodeOf(smithy),
        clientAddress,
        durationMs: Math.round(performance.now() - startedAt),
      },
      "token request",
    );
  }

  private async process(
    request: IncomingMessage,
    url: URL,
    origins: readonly string[],
    requestId: string,
    clientAddress: string,
  ): Promise<Outcome> {
    const { handler, maxBodyBytes, rateLimiter } = this.options;

    let allowance;
    try {
      allowance = await rateLimiter?.consume(clientSource(clientAddress));
    } catch (error) {
      if (!(error instanceof RateLimiterUnavailableError)) throw error;
      this.options.logger.warn({ requestId, event: "store-unavailable", reason: error.message }, "store unavailable");
      return unavailable(await protocolErrorResponse(serviceUnavailable()));
    }
    if (allowance && !allowance.allowed) {
      return {
        response: await protocolErrorResponse(tooManyRequests()),
        extraHeaders: { "retry-after": String(allowance.retryAfterSeconds) },
      };
    }

    let raw: Buffer;
    try {
      raw = await readBody(request, maxBodyBytes);
    } catch (error) {
      if (!(error instanceof PayloadTooLargeError)) throw error;
      return { response: await rejected(413, error.message) };
    }

    const operation = servedOperationOf(url);
    if (operation === undefined) return { response: await unknownOperationResponse(url) };
    // Only CreateOAuth2Token takes OAuth form bodies (the model documents both); the rest are JSON.
    const normalized =
      operation === "CreateOAuth2Token"
        ? normalizeTokenRequestBody(request.headers["content-type"], raw)
        : normalizeOperationBody(request.headers["content-type"], raw, operationMembers[operation]);
    if (!normalized.ok) return { operation, response: await rejected(normalized.status, normalized.message) };
    const grantType = "grantType" in normalized ? normalized.grantType : undefined;

    let storeUnavailable = false;
    const context = requestContext(request, url, origins, raw, requestId, clientAddress, () => {
      storeUnavailable = true;
    });
    const smithyRequest = toSmithyRequest(request, url, normalized.json, { "content-type": "application/json" });
    const response = withRuntimeStatus(await withModeledFrameworkErrors(await handler.handle(smithyRequest, context)));
    if (storeUnavailable && errorTypeOf(response) === "InternalServerException") {
      return { ...unavailable(response), operation, grantType };
    }
    return { response, operation, grantType };
  }
}

function unavailable(response: HttpResponse): Outcome {
  response.statusCode = 503;
  return { response, extraHeaders: { "retry-after": String(STORE_RETRY_AFTER_SECONDS) } };
}

async function rejected(status: number, message: string): Promise<HttpResponse> {
  const response = await protocolErrorResponse(invalidRequest(message));
  response.statusCode = status;
  return response;
}

function requestContext(
  request: IncomingMessage,
  url: URL,
  origins: readonly string[],
  body: Buffer,
  requestId: string,
  clientAddress: string,
  reportUnavailable: () => void,
): TokenRequestContext {
  return {
    reportUnavailable,
    requestId,
    method: request.method ?? "",
    url,
    origins,
    body,
    clientAddress,
    header: (name) => request.headersDistinct[name.toLowerCase()]?.[0],
    headerValues: (name) => request.headersDistinct[name.toLowerCase()] ?? [],
  };
}

function errorCodeOf(response: HttpResponse): string | undefined {
  try {
    return (JSON.parse(String(response.body)) as { error?: string }).error;
  } catch {
    return undefined;
  }
}
