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
  expectInt32 as __expectInt32,
  expectLong as __expectLong,
  expectNonNull as __expectNonNull,
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
  InvalidGrantException,
  InvalidScopeException,
  ResourceNotFoundException,
  ServiceUnavailableException,
  TooManyRequestsError,
  ValidationException,
} from "../models/errors";
import {
  AccessToken,
  BatchRevokeSessionError,
  CreateOAuth2TokenRequestBody,
  CreateOAuth2TokenResponseBody,
  RevokedSession,
  Session,
} from "../models/models_0";
import {
  BatchRevokeSessionsServerInput,
  BatchRevokeSessionsServerOutput,
} from "../server/operations/BatchRevokeSessions";
import { CreateBearerTokenServerInput, CreateBearerTokenServerOutput } from "../server/operations/CreateBearerToken";
import { CreateOAuth2TokenServerInput, CreateOAuth2TokenServerOutput } from "../server/operations/CreateOAuth2Token";
import {
  CreateOAuth2TokenWithIAMServerInput,
  CreateOAuth2TokenWithIAMServerOutput,
} from "../server/operations/CreateOAuth2TokenWithIAM";
import {
  CreateOAuth2TokenWithTokenExchangeServerInput,
  CreateOAuth2TokenWithTokenExchangeServerOutput,
} from "../server/operations/CreateOAuth2TokenWithTokenExchange";
import { GetSessionServerInput, GetSessionServerOutput } from "../server/operations/GetSession";
import {
  IntrospectOAuth2TokenWithIAMServerInput,
  IntrospectOAuth2TokenWithIAMServerOutput,
} from "../server/operations/IntrospectOAuth2TokenWithIAM";
import { ListSessionsServerInput, ListSessionsServerOutput } from "../server/operations/ListSessions";
import {
  RevokeOAuth2TokenWithIAMServerInput,
  RevokeOAuth2TokenWithIAMServerOutput,
} from "../server/operations/RevokeOAuth2TokenWithIAM";

export const deserializeBatchRevokeSessionsRequest = async (
  output: __HttpRequest,
  context: __SerdeContext,
): Promise<BatchRevokeSessionsServerInput> => {
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
  const data: Record<string, any> = __expectNonNull(__expectObject(await parseBody(output.body, context)), "body");
  const doc = take(data, {
    principalArn: __expectString,
    reason: __expectString,
    sessionArns: (_) => de_SessionArnList(_, context),
  });
  Object.assign(contents, doc);
  return contents;
};

export const deserializeCreateBearerTokenRequest = async (
  output: __HttpRequest,
  context: __SerdeContext,
): Promise<CreateBearerTokenServerInput> => {
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
  const data: Record<string, any> = __expectNonNull(__expectObject(await parseBody(output.body, context)), "body");
  const doc = take(data, {
    durationSeconds: [, __expectInt32, `duration`],
    grantType: [, __expectString, `grant_type`],
    resource: __expectString,
  });
  Object.assign(contents, doc);
  return contents;
};

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

export const deserializeCreateOAuth2TokenWithIAMRequest = async (
  output: __HttpRequest,
  context: __SerdeContext,
): Promise<CreateOAuth2TokenWithIAMServerInput> => {
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
  const data: Record<string, any> = __expectNonNull(__expectObject(await parseBody(output.body, context)), "body");
  const doc = take(data, {
    grantType: [, __expectString, `grant_type`],
    resource: __expectString,
  });
  Object.assign(contents, doc);
  return contents;
};

export const deserializeCreateOAuth2TokenWithTokenExchangeRequest = async (
  output: __HttpRequest,
  context: __SerdeContext,
): Promise<CreateOAuth2TokenWithTokenExchangeServerInput> => {
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
  const data: Record<string, any> = __expectNonNull(__expectObject(await parseBody(output.body, context)), "body");
  const doc = take(data, {
    assertion: __expectString,
    clientId: [, __expectString, `client_id`],
    grantType: [, __expectString, `grant_type`],
    resource: __expectString,
    scope: __expectString,
    subjectToken: [, __expectString, `subject_token`],
    subjectTokenType: [, __expectString, `subject_token_type`],
  });
  Object.assign(contents, doc);
  return contents;
};

export const deserializeGetSessionRequest = async (
  output: __HttpRequest,
  context: __SerdeContext,
): Promise<GetSessionServerInput> => {
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
  const data: Record<string, any> = __expectNonNull(__expectObject(await parseBody(output.body, context)), "body");
  const doc = take(data, {
    principalArn: __expectString,
    sessionArn: __expectString,
  });
  Object.assign(contents, doc);
  return contents;
};

export const deserializeIntrospectOAuth2TokenWithIAMRequest = async (
  output: __HttpRequest,
  context: __SerdeContext,
): Promise<IntrospectOAuth2TokenWithIAMServerInput> => {
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
  const data: Record<string, any> = __expectNonNull(__expectObject(await parseBody(output.body, context)), "body");
  const doc = take(data, {
    token: [, __expectString, `token`],
    tokenTypeHint: [, __expectString, `token_type_hint`],
  });
  Object.assign(contents, doc);
  return contents;
};

export const deserializeListSessionsRequest = async (
  output: __HttpRequest,
  context: __SerdeContext,
): Promise<ListSessionsServerInput> => {
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
  const data: Record<string, any> = __expectNonNull(__expectObject(await parseBody(output.body, context)), "body");
  const doc = take(data, {
    clientId: __expectString,
    issuedAfter: __expectLong,
    issuedBefore: __expectLong,
    maxResults: __expectInt32,
    nextToken: __expectString,
    principalArn: __expectString,
    status: __expectString,
  });
  Object.assign(contents, doc);
  return contents;
};

export const deserializeRevokeOAuth2TokenWithIAMRequest = async (
  output: __HttpRequest,
  context: __SerdeContext,
): Promise<RevokeOAuth2TokenWithIAMServerInput> => {
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
  const data: Record<string, any> = __expectNonNull(__expectObject(await parseBody(output.body, context)), "body");
  const doc = take(data, {
    token: [, __expectString, `token`],
  });
  Object.assign(contents, doc);
  return contents;
};

export const serializeBatchRevokeSessionsResponse = async (
  input: BatchRevokeSessionsServerOutput,
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
  body = JSON.stringify(
    take(input, {
      errors: (_) => se_BatchRevokeSessionErrorList(_, context),
      revokedSessions: (_) => se_RevokedSessionList(_, context),
    }),
  );
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

export const serializeCreateBearerTokenResponse = async (
  input: CreateBearerTokenServerOutput,
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
  body = JSON.stringify(
    take(input, {
      access_token: [, , `accessToken`],
      expires_in: [, , `expiresIn`],
      token_type: [, , `tokenType`],
    }),
  );
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

export const serializeCreateOAuth2TokenWithIAMResponse = async (
  input: CreateOAuth2TokenWithIAMServerOutput,
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
  body = JSON.stringify(
    take(input, {
      access_token: [, , `accessToken`],
      expires_in: [, , `expiresIn`],
      token_type: [, , `tokenType`],
    }),
  );
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

export const serializeCreateOAuth2TokenWithTokenExchangeResponse = async (
  input: CreateOAuth2TokenWithTokenExchangeServerOutput,
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
  body = JSON.stringify(
    take(input, {
      access_token: [, , `accessToken`],
      expires_in: [, , `expiresIn`],
      issued_token_type: [, , `issuedTokenType`],
      resource: [],
      scope: [],
      token_type: [, , `tokenType`],
    }),
  );
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

export const serializeGetSessionResponse = async (
  input: GetSessionServerOutput,
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
  body = JSON.stringify(
    take(input, {
      clientId: [],
      clientType: [],
      expiresAt: [],
      issuedAt: [],
      issuedInRegion: [],
      lastUsedAt: [],
      originSessionArn: [],
      principalArn: [],
      resource: [],
      role: [],
      sessionArn: [],
      status: [],
      userAgent: [],
    }),
  );
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

export const serializeIntrospectOAuth2TokenWithIAMResponse = async (
  input: IntrospectOAuth2TokenWithIAMServerOutput,
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
  body = JSON.stringify(
    take(input, {
      account_id: [, , `accountId`],
      active: [],
      aud: [, , `aud`],
      client_id: [, , `clientId`],
      exp: [, , `exp`],
      iat: [, , `iat`],
      iss: [, , `iss`],
      jti: [, , `jti`],
      nbf: [, , `nbf`],
      resource: [, , `resource`],
      signin_session: [, , `signinSession`],
      sub: [, , `sub`],
      token_type: [, , `tokenType`],
      user_id: [, , `userId`],
    }),
  );
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

export const serializeListSessionsResponse = async (
  input: ListSessionsServerOutput,
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
  body = JSON.stringify(
    take(input, {
      items: (_) => se_SessionSummaryList(_, context),
      nextToken: [],
    }),
  );
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

export const serializeRevokeOAuth2TokenWithIAMResponse = async (
  input: RevokeOAuth2TokenWithIAMServerOutput,
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
  body = "{}";
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

export const serializeInvalidGrantExceptionError = async (
  input: InvalidGrantException,
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
    "x-amzn-errortype": "InvalidGrantException",
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

export const serializeInvalidScopeExceptionError = async (
  input: InvalidScopeException,
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
    "x-amzn-errortype": "InvalidScopeException",
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

export const serializeResourceNotFoundExceptionError = async (
  input: ResourceNotFoundException,
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
  const statusCode: number = 404;
  let headers: any = map({}, isSerializableHeaderValue, {
    "x-amzn-errortype": "ResourceNotFoundException",
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

export const serializeServiceUnavailableExceptionError = async (
  input: ServiceUnavailableException,
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
  const statusCode: number = 503;
  let headers: any = map({}, isSerializableHeaderValue, {
    "x-amzn-errortype": "ServiceUnavailableException",
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
 * serializeAws_restJson1BatchRevokeSessionError
 */
const se_BatchRevokeSessionError = (input: BatchRevokeSessionError, context: __SerdeContext): any => {
  return take(input, {
    code: [],
    message: [],
    sessionArn: [],
  });
};

/**
 * serializeAws_restJson1BatchRevokeSessionErrorList
 */
const se_BatchRevokeSessionErrorList = (input: BatchRevokeSessionError[], context: __SerdeContext): any => {
  return input
    .filter((e: any) => e != null)
    .map((entry) => {
      return se_BatchRevokeSessionError(entry, context);
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
 * serializeAws_restJson1RevokedSession
 */
const se_RevokedSession = (input: RevokedSession, context: __SerdeContext): any => {
  return take(input, {
    sessionArn: [],
  });
};

/**
 * serializeAws_restJson1RevokedSessionList
 */
const se_RevokedSessionList = (input: RevokedSession[], context: __SerdeContext): any => {
  return input
    .filter((e: any) => e != null)
    .map((entry) => {
      return se_RevokedSession(entry, context);
    });
};

/**
 * serializeAws_restJson1Session
 */
const se_Session = (input: Session, context: __SerdeContext): any => {
  return take(input, {
    clientId: [],
    clientType: [],
    expiresAt: [],
    issuedAt: [],
    principalArn: [],
    resource: [],
    role: [],
    sessionArn: [],
    status: [],
  });
};

/**
 * serializeAws_restJson1SessionSummaryList
 */
const se_SessionSummaryList = (input: Session[], context: __SerdeContext): any => {
  return input
    .filter((e: any) => e != null)
    .map((entry) => {
      return se_Session(entry, context);
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

/**
 * deserializeAws_restJson1SessionArnList
 */
const de_SessionArnList = (output: any, context: __SerdeContext): string[] => {
  const retVal = (output || []).map((entry: any) => {
    if (entry === null) {
      throw new TypeError(
        'All elements of the non-sparse list "com.amazonaws.signin#SessionArnList" must be non-null.',
      );
    }
    return __expectString(entry) as any;
  });
  return retVal;
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
