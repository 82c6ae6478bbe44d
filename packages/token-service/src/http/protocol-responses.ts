import type { ServerSerdeContext } from "@aws-smithy/server-common";
import { Aws_restJson1, OAuth2ErrorCode } from "@open-signin/server-sdk";
import { HttpResponse } from "@smithy/protocol-http";

import { type ProtocolError, accessDeniedStatus, invalidRequest, serverError } from "../errors/protocol-errors.js";

/**
 * The serde context the generated serializers expect. Error and output serialization only
 * stringify JSON; the stream and request members exist for the type and are never called.
 */
const serdeContext: ServerSerdeContext = {
  base64Encoder: (bytes) => Buffer.from(bytes).toString("base64"),
  base64Decoder: (text) => new Uint8Array(Buffer.from(text, "base64")),
  utf8Encoder: (bytes) => Buffer.from(typeof bytes === "string" ? bytes : Buffer.from(bytes)).toString("utf8"),
  utf8Decoder: (text) => new Uint8Array(Buffer.from(text, "utf8")),
  streamCollector: () => Promise.reject(new Error("not used when serializing responses")),
  requestHandler: { handle: () => Promise.reject(new Error("not used on the server")) },
  disableHostPrefix: true,
};

/**
 * Renders a protocol error with the generated serializer, for requests the runtime rejects before
 * they reach the generated handler (too large, wrong media type, throttled). Every modeled error
 * on the wire thus comes out of generated code.
 */
export async function protocolErrorResponse(error: ProtocolError): Promise<HttpResponse> {
  switch (error.name) {
    case "ValidationException":
      return Aws_restJson1.serializeValidationExceptionError(error, serdeContext);
    case "TooManyRequestsError":
      return Aws_restJson1.serializeTooManyRequestsErrorError(error, serdeContext);
    case "InternalServerException":
      return Aws_restJson1.serializeInternalServerExceptionError(error, serdeContext);
    case "AccessDeniedException":
      return Aws_restJson1.serializeAccessDeniedExceptionError(error, serdeContext);
    case "InvalidGrantException":
      return Aws_restJson1.serializeInvalidGrantExceptionError(error, serdeContext);
    case "InvalidScopeException":
      return Aws_restJson1.serializeInvalidScopeExceptionError(error, serdeContext);
    case "ResourceNotFoundException":
      return Aws_restJson1.serializeResourceNotFoundExceptionError(error, serdeContext);
  }
}

/**
 * 404 UnknownOperationException (a Smithy framework error: no operation is bound to this request),
 * in the same shape the HTTP server gives unknown paths.
 */
export async function unknownOperationResponse(url: URL): Promise<HttpResponse> {
  const body = JSON.stringify({
    error: OAuth2ErrorCode.INVALID_REQUEST,
    message: `No operation is served at ${url.pathname} with this query.`,
  });
  return new HttpResponse({
    statusCode: 404,
    headers: {
      "content-type": "application/json",
      "content-length": String(Buffer.byteLength(body)),
      "x-amzn-errortype": "UnknownOperationException",
    },
    body,
  });
}

/** The error type a response carries, as restJson1 clients read it. */
export const errorTypeOf = (response: HttpResponse): string | undefined => {
  const value = response.headers["x-amzn-errortype"];
  return value?.split(":")[0];
};

/**
 * Applies what the generated code cannot know: AccessDeniedException's status follows its
 * `error` code (401 or 403), since the model gives the shape no fixed @httpError.
 */
export function withRuntimeStatus(response: HttpResponse): HttpResponse {
  if (errorTypeOf(response) !== "AccessDeniedException") return response;
  const code = (JSON.parse(String(response.body)) as { error?: string }).error;
  response.statusCode = accessDeniedStatus(code);
  return response;
}

/**
 * The generated SDK answers requests it cannot even parse with framework errors (types such as
 * SerializationException, with an empty body) that Sign-In clients do not model. They become the
 * modeled ValidationException or InternalServerException, keeping the status.
 */
export async function withModeledFrameworkErrors(response: HttpResponse): Promise<HttpResponse> {
  const type = errorTypeOf(response);
  const message = type === undefined ? undefined : frameworkErrorMessages[type];
  if (message === undefined) return response;
  const status = response.statusCode;
  const modeled = await protocolErrorResponse(status >= 500 ? serverError() : invalidRequest(message));
  modeled.statusCode = status;
  return modeled;
}

const frameworkErrorMessages: Readonly<Record<string, string>> = {
  SerializationException: "The request body could not be parsed.",
  UnsupportedMediaTypeException: "Send the request body as application/json or application/x-www-form-urlencoded.",
  NotAcceptableException: "The response is application/json, which the Accept header excludes.",
  UnknownOperationException: "No operation matches this request.",
  InternalFailure: "",
};
