// smithy-typescript generated code
import {
  loadRestJsonErrorCode,
  parseJsonBody as parseBody,
  parseJsonErrorBody as parseErrorBody,
} from "@aws-sdk/core/protocols";
import {
  acceptMatches as __acceptMatches,
  NotAcceptableException as __NotAcceptableException,
  ServerSerdeContext,
  ServiceException as __BaseException,
  SmithyFrameworkException as __SmithyFrameworkException,
  UnsupportedMediaTypeException as __UnsupportedMediaTypeException,
} from "@aws-smithy/server-common";
import { HttpRequest as __HttpRequest, HttpResponse as __HttpResponse } from "@smithy/protocol-http";
import {
  _json,
  collectBody,
  expectObject as __expectObject,
  expectString as __expectString,
  isSerializableHeaderValue,
  map,
  take,
} from "@smithy/smithy-client";
import type {
  Endpoint as __Endpoint,
  ResponseMetadata as __ResponseMetadata,
  SerdeContext as __SerdeContext,
} from "@smithy/types";
import { calculateBodyLength } from "@smithy/util-body-length-node";

import {
  AccessDeniedException,
  InternalServerException,
  TooManyRequestsError,
  ValidationException,
} from "../models/errors";
import { AccessToken, CreateOAuth2TokenRequestBody, CreateOAuth2TokenResponseBody } from "../models/models_0";
import { CreateOAuth2TokenServerInput, CreateOAuth2TokenServerOutput } from "../server/operations/CreateOAuth2Token";

export const deserializeCreateOAuth2TokenRequest = async (
  output: __HttpRequest,
  context: __SerdeContext,
): Promise<CreateOAuth2TokenServerInput> => {
  const contentTypeHeaderKey: string | undefined = Object.keys(output.headers).find(
    (key) => key.toLowerCase() === "content-type",
  );
  if (contentTypeHeaderKey != null) {
    const contentType = output.headers[contentTypeHeaderKey];
    if (contentType !== undefined && contentType !== "application/json") {
      throw new __UnsupportedMediaTypeException();
    }
  }
  const acceptHeaderKey: string | undefined = Object.keys(output.headers).find((key) => key.toLowerCase() === "accept");
  if (acceptHeaderKey != null) {
    const accept = output.headers[acceptHeaderKey];
    if (!__acceptMatches(accept, "application/json")) {
      throw new __NotAcceptableException();
    }
  }
  const contents: any = map({});
  const data: Record<string, any> | undefined = __expectObject(await parseBody(output.body, context));
  contents.tokenInput = de_CreateOAuth2TokenRequestBody(data, context);
  return contents;
};

export const serializeCreateOAuth2TokenResponse = async (
  input: CreateOAuth2TokenServerOutput,
  ctx: ServerSerdeContext,
): Promise<__HttpResponse> => {
  const context: __SerdeContext = {
    ...ctx,
    endpoint: () =>
      Promise.resolve({
        protocol: "",
        hostname: "",
        path: "",
      }),
  };
  let statusCode: number = 200;
  let headers: any = map({}, isSerializableHeaderValue, {
    "content-type": "application/json",
  });
  let body: any;
  if (input.tokenOutput !== undefined) {
    body = se_CreateOAuth2TokenResponseBody(input.tokenOutput, context);
  }
  if (body === undefined) {
    body = {};
  }
  body = JSON.stringify(body);
  if (
    body &&
    Object.keys(headers)
      .map((str) => str.toLowerCase())
      .indexOf("content-length") === -1
  ) {
    const length = calculateBodyLength(body);
    if (length !== undefined) {
      headers = { ...headers, "content-length": String(length) };
    }
  }
  return new __HttpResponse({
    headers,
    body,
    statusCode,
  });
};

export const serializeFrameworkException = async (
  input: __SmithyFrameworkException,
  ctx: ServerSerdeContext,
): Promise<__HttpResponse> => {
  const context: __SerdeContext = {
    ...ctx,
    endpoint: () =>
      Promise.resolve({
        protocol: "",
        hostname: "",
        path: "",
      }),
  };
  switch (input.name) {
    case "InternalFailure": {
      const statusCode: number = 500;
      let headers: any = map({}, isSerializableHeaderValue, {
        "x-amzn-errortype": "InternalFailure",
        "content-type": "application/json",
      });
      let body: any;
      body = "{}";
      return new __HttpResponse({
        headers,
        body,
        statusCode,
      });
    }
    case "NotAcceptableException": {
      const statusCode: number = 406;
      let headers: any = map({}, isSerializableHeaderValue, {
        "x-amzn-errortype": "NotAcceptableException",
        "content-type": "application/json",
      });
      let body: any;
      body = "{}";
      return new __HttpResponse({
        headers,
        body,
        statusCode,
      });
    }
    case "SerializationException": {
      const statusCode: number = 400;
      let headers: any = map({}, isSerializableHeaderValue, {
        "x-amzn-errortype": "SerializationException",
        "content-type": "application/json",
      });
      let body: any;
      body = "{}";
      return new __HttpResponse({
        headers,
        body,
        statusCode,
      });
    }
    case "UnknownOperationException": {
      const statusCode: number = 404;
      let headers: any = map({}, isSerializableHeaderValue, {
        "x-amzn-errortype": "UnknownOperationException",
        "content-type": "application/json",
      });
      let body: any;
      body = "{}";
      return new __HttpResponse({
        headers,
        body,
        statusCode,
      });
    }
    case "UnsupportedMediaTypeException": {
      const statusCode: number = 415;
      let headers: any = map({}, isSerializableHeaderValue, {
        "x-amzn-errortype": "UnsupportedMediaTypeException",
        "content-type": "application/json",
      });
      let body: any;
      body = "{}";
      return new __HttpResponse({
        headers,
        body,
        statusCode,
      });
    }
  }
};

export const serializeAccessDeniedExceptionError = async (
  input: AccessDeniedException,
  ctx: ServerSerdeContext,
): Promise<__HttpResponse> => {
  const context: __SerdeContext = {
    ...ctx,
    endpoint: () =>
      Promise.resolve({
        protocol: "",
        hostname: "",
        path: "",
      }),
  };
  const statusCode: number = 400;
  let headers: any = map({}, isSerializableHeaderValue, {
    "x-amzn-errortype": "AccessDeniedException",
    "content-type": "application/json",
  });
  let body: any;
  body = JSON.stringify(
    take(input, {
      error: [],
      message: [],
    }),
  );
  return new __HttpResponse({
    headers,
    body,
    statusCode,
  });
};

export const serializeInternalServerExceptionError = async (
  input: InternalServerException,
  ctx: ServerSerdeContext,
): Promise<__HttpResponse> => {
  const context: __SerdeContext = {
    ...ctx,
    endpoint: () =>
      Promise.resolve({
        protocol: "",
        hostname: "",
        path: "",
      }),
  };
  const statusCode: number = 500;
  let headers: any = map({}, isSerializableHeaderValue, {
    "x-amzn-errortype": "InternalServerException",
    "content-type": "application/json",
  });
  let body: any;
  body = JSON.stringify(
    take(input, {
      error: [],
      message: [],
    }),
  );
  return new __HttpResponse({
    headers,
    body,
    statusCode,
  });
};

export const serializeTooManyRequestsErrorError = async (
  input: TooManyRequestsError,
  ctx: ServerSerdeContext,
): Promise<__HttpResponse> => {
  const context: __SerdeContext = {
    ...ctx,
    endpoint: () =>
      Promise.resolve({
        protocol: "",
        hostname: "",
        path: "",
      }),
  };
  const statusCode: number = 429;
  let headers: any = map({}, isSerializableHeaderValue, {
    "x-amzn-errortype": "TooManyRequestsError",
    "content-type": "application/json",
  });
  let body: any;
  body = JSON.stringify(
    take(input, {
      error: [],
      message: [],
    }),
  );
  return new __HttpResponse({
    headers,
    body,
    statusCode,
  });
};

export const serializeValidationExceptionError = async (
  input: ValidationException,
  ctx: ServerSerdeContext,
): Promise<__HttpResponse> => {
  const context: __SerdeContext = {
    ...ctx,
    endpoint: () =>
      Promise.resolve({
        protocol: "",
        hostname: "",
        path: "",
      }),
  };
  const statusCode: number = 400;
  let headers: any = map({}, isSerializableHeaderValue, {
    "x-amzn-errortype": "ValidationException",
    "content-type": "application/json",
  });
  let body: any;
  body = JSON.stringify(
    take(input, {
      error: [],
      message: [],
    }),
  );
  return new __HttpResponse({
    headers,
    body,
    statusCode,
  });
};

/**
 * serializeAws_restJson1AccessToken
 */
const se_AccessToken = (input: AccessToken, context: __SerdeContext): any => {
  return take(input, {
    accessKeyId: [, , `accessKeyId`],
    secretAccessKey: [, , `secretAccessKey`],
    sessionToken: [, , `sessionToken`],
  });
};

/**
 * serializeAws_restJson1CreateOAuth2TokenResponseBody
 */
const se_CreateOAuth2TokenResponseBody = (input: CreateOAuth2TokenResponseBody, context: __SerdeContext): any => {
  return take(input, {
    accessToken: [, (_) => se_AccessToken(_, context), `accessToken`],
    expiresIn: [, , `expiresIn`],
    idToken: [, , `idToken`],
    refreshToken: [, , `refreshToken`],
    tokenType: [, , `tokenType`],
  });
};

/**
 * deserializeAws_restJson1CreateOAuth2TokenRequestBody
 */
const de_CreateOAuth2TokenRequestBody = (output: any, context: __SerdeContext): CreateOAuth2TokenRequestBody => {
  return take(output, {
    clientId: [, __expectString, `clientId`],
    code: __expectString,
    codeVerifier: [, __expectString, `codeVerifier`],
    grantType: [, __expectString, `grantType`],
    redirectUri: [, __expectString, `redirectUri`],
    refreshToken: [, __expectString, `refreshToken`],
  }) as any;
};

const deserializeMetadata = (output: __HttpResponse): __ResponseMetadata => ({
  httpStatusCode: output.statusCode,
  requestId:
    output.headers["x-amzn-requestid"] ?? output.headers["x-amzn-request-id"] ?? output.headers["x-amz-request-id"],
  extendedRequestId: output.headers["x-amz-id-2"],
  cfId: output.headers["x-amz-cf-id"],
});

// Encode Uint8Array data into string with utf-8.
const collectBodyString = (streamBody: any, context: __SerdeContext): Promise<string> =>
  collectBody(streamBody, context).then((body) => context.utf8Encoder(body));
