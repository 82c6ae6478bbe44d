// smithy-typescript generated code
import { expect, test as it } from "vitest";

import { BatchRevokeSessionsCommand } from "../../src/commands/BatchRevokeSessionsCommand";
import { CreateBearerTokenCommand } from "../../src/commands/CreateBearerTokenCommand";
import { CreateOAuth2TokenCommand } from "../../src/commands/CreateOAuth2TokenCommand";
import { CreateOAuth2TokenWithIAMCommand } from "../../src/commands/CreateOAuth2TokenWithIAMCommand";
import { CreateOAuth2TokenWithTokenExchangeCommand } from "../../src/commands/CreateOAuth2TokenWithTokenExchangeCommand";
import { DeleteConsoleAuthorizationConfigurationCommand } from "../../src/commands/DeleteConsoleAuthorizationConfigurationCommand";
import { DeleteResourcePermissionStatementCommand } from "../../src/commands/DeleteResourcePermissionStatementCommand";
import { GetConsoleAuthorizationConfigurationCommand } from "../../src/commands/GetConsoleAuthorizationConfigurationCommand";
import { GetResourcePolicyCommand } from "../../src/commands/GetResourcePolicyCommand";
import { GetSessionCommand } from "../../src/commands/GetSessionCommand";
import { IntrospectOAuth2TokenWithIAMCommand } from "../../src/commands/IntrospectOAuth2TokenWithIAMCommand";
import { ListResourcePermissionStatementsCommand } from "../../src/commands/ListResourcePermissionStatementsCommand";
import { ListSessionsCommand } from "../../src/commands/ListSessionsCommand";
import { PutConsoleAuthorizationConfigurationCommand } from "../../src/commands/PutConsoleAuthorizationConfigurationCommand";
import { PutResourcePermissionStatementCommand } from "../../src/commands/PutResourcePermissionStatementCommand";
import { RevokeOAuth2TokenWithIAMCommand } from "../../src/commands/RevokeOAuth2TokenWithIAMCommand";
import { SigninClient } from "../../src/SigninClient";
import type { HttpHandlerOptions, HeaderBag, Endpoint } from "@smithy/types";
import { type HttpHandler, HttpRequest, HttpResponse } from "@smithy/protocol-http";
import { Readable } from "node:stream";

/**
 * Throws an expected exception that contains the serialized request.
 */
class EXPECTED_REQUEST_SERIALIZATION_ERROR extends Error {
  constructor(readonly request: HttpRequest) {
    super();
  }
}

/**
 * Throws an EXPECTED_REQUEST_SERIALIZATION_ERROR error before sending a
 * request. The thrown exception contains the serialized request.
 */
class RequestSerializationTestHandler implements HttpHandler {
  handle(request: HttpRequest, options?: HttpHandlerOptions): Promise<{ response: HttpResponse }> {
    return Promise.reject(new EXPECTED_REQUEST_SERIALIZATION_ERROR(request));
  }
  updateHttpClientConfig(key: never, value: never): void {}
  httpHandlerConfigs() {
    return {};
  }
}

/**
 * Returns a resolved Promise of the specified response contents.
 */
class ResponseDeserializationTestHandler implements HttpHandler {
  isSuccess: boolean;
  code: number;
  headers: HeaderBag;
  body: string | Uint8Array;
  isBase64Body: boolean;

  constructor(isSuccess: boolean, code: number, headers?: HeaderBag, body?: string) {
    this.isSuccess = isSuccess;
    this.code = code;
    if (headers === undefined) {
      this.headers = {};
    } else {
      this.headers = headers;
    }
    if (body === undefined) {
      body = "";
    }
    this.body = body;
    this.isBase64Body = String(body).length > 0 && Buffer.from(String(body), "base64").toString("base64") === body;
  }

  handle(request: HttpRequest, options?: HttpHandlerOptions): Promise<{ response: HttpResponse }> {
    return Promise.resolve({
      response: new HttpResponse({
        statusCode: this.code,
        headers: this.headers,
        body: this.isBase64Body ? toBytes(this.body as string) : Readable.from([this.body]),
      }),
    });
  }

  updateHttpClientConfig(key: never, value: never): void {}

  httpHandlerConfigs() {
    return {};
  }
}

interface comparableParts {
  [key: string]: string;
}

/**
 * Generates a standard map of un-equal values given input parts.
 */
const compareParts = (expectedParts: comparableParts, generatedParts: comparableParts) => {
  const unequalParts: any = {};
  Object.keys(expectedParts).forEach((key) => {
    if (generatedParts[key] === undefined) {
      unequalParts[key] = { exp: expectedParts[key], gen: undefined };
    } else if (!equivalentContents(expectedParts[key], generatedParts[key])) {
      unequalParts[key] = { exp: expectedParts[key], gen: generatedParts[key] };
    }
  });

  Object.keys(generatedParts).forEach((key) => {
    if (expectedParts[key] === undefined) {
      unequalParts[key] = { exp: undefined, gen: generatedParts[key] };
    }
  });

  if (Object.keys(unequalParts).length !== 0) {
    return unequalParts;
  }
  return undefined;
};

/**
 * Compares all types for equivalent contents, doing nested
 * equality checks based on non-`$metadata`
 * properties that have defined values.
 */
const equivalentContents = (expected: any, generated: any): boolean => {
  if (typeof (global as any).expect === "function") {
    expect(normalizeByteArrayType(generated)).toEqual(normalizeByteArrayType(expected));
    return true;
  }

  let localExpected = expected;

  // Short circuit on equality.
  if (localExpected == generated) {
    return true;
  }

  if (typeof expected !== "object") {
    return expected === generated;
  }

  // If a test fails with an issue in the below 6 lines, it's likely
  // due to an issue in the nestedness or existence of the property
  // being compared.
  delete localExpected["$metadata"];
  delete generated["$metadata"];
  Object.keys(localExpected).forEach((key) => localExpected[key] === undefined && delete localExpected[key]);
  Object.keys(generated).forEach((key) => generated[key] === undefined && delete generated[key]);

  const expectedProperties = Object.getOwnPropertyNames(localExpected);
  const generatedProperties = Object.getOwnPropertyNames(generated);

  // Short circuit on different property counts.
  if (expectedProperties.length != generatedProperties.length) {
    return false;
  }

  // Compare properties directly.
  for (var index = 0; index < expectedProperties.length; index++) {
    const propertyName = expectedProperties[index];
    if (!equivalentContents(localExpected[propertyName], generated[propertyName])) {
      return false;
    }
  }

  return true;
};

const clientParams = {
  region: "us-west-2",
  credentials: { accessKeyId: "key", secretAccessKey: "secret" },
  apiKey: { apiKey: "apiKey" },
  endpoint: {
    url: new URL("https://localhost/"),
    headers: {
      "x-default-header": ["default-header-value"],
    },
  },
};

/**
 * A wrapper function that shadows `fail` from jest-jasmine2
 * (jasmine2 was replaced with circus in > v27 as the default test runner)
 */
const fail = (error?: any): never => {
  throw new Error(error);
};

/**
 * Hexadecimal to byteArray.
 */
const toBytes = (hex: string) => {
  return Buffer.from(hex, "base64");
};

function normalizeByteArrayType(data: any) {
  // normalize float32 errors
  if (typeof data === "number") {
    const u = new Uint8Array(4);
    const dv = new DataView(u.buffer, u.byteOffset, u.byteLength);
    dv.setFloat32(0, data);
    return dv.getFloat32(0);
  }
  if (!data || typeof data !== "object") {
    return data;
  }
  if (data instanceof Uint8Array) {
    return Uint8Array.from(data);
  }
  if (data instanceof String || data instanceof Boolean || data instanceof Number) {
    return data.valueOf();
  }
  const output = {} as any;
  for (const key of Object.getOwnPropertyNames(data)) {
    output[key] = normalizeByteArrayType(data[key]);
  }
  return output;
}

/**
 * Rate limiting: 429, error INVALID_REQUEST. Note the shape name ends in Error.
 */
it("SigninTooManyRequestsError:Error:BatchRevokeSessions", async () => {
  const client = new SigninClient({
    ...clientParams,
    requestHandler: new ResponseDeserializationTestHandler(
      false,
      429,
      {
        "x-amzn-errortype": "TooManyRequestsError",
        "content-type": "application/json",
      },
      `{"error":"INVALID_REQUEST","message":"Too many requests. Retry later."}`,
    ),
  });

  const params: any = {};
  const command = new BatchRevokeSessionsCommand(params);

  try {
    await client.send(command);
  } catch (err) {
    if (err.name !== "TooManyRequestsError") {
      console.log(err);
      fail(`Expected a TooManyRequestsError to be thrown, got ${err.name} instead`);
      return;
    }
    const r: any = err;
    expect(r.$metadata.httpStatusCode).toBe(429);
    const paramsToValidate: any = [
      {
        error: "INVALID_REQUEST",
        message: "Too many requests. Retry later.",
      },
    ][0];
    Object.keys(paramsToValidate).forEach((param) => {
      expect(
        r[param],
        `The output field ${param} should have been defined in ${JSON.stringify(r, null, 2)}`,
      ).toBeDefined();
      expect(equivalentContents(paramsToValidate[param], r[param])).toBe(true);
    });
    return;
  }
  fail("Expected an exception to be thrown from response");
});

/**
 * A service failure: 500, error server_error (lowercase on the wire).
 */
it("SigninInternalServerException:Error:BatchRevokeSessions", async () => {
  const client = new SigninClient({
    ...clientParams,
    requestHandler: new ResponseDeserializationTestHandler(
      false,
      500,
      {
        "x-amzn-errortype": "InternalServerException",
        "content-type": "application/json",
      },
      `{"error":"server_error","message":"The service could not process the request."}`,
    ),
  });

  const params: any = {};
  const command = new BatchRevokeSessionsCommand(params);

  try {
    await client.send(command);
  } catch (err) {
    if (err.name !== "InternalServerException") {
      console.log(err);
      fail(`Expected a InternalServerException to be thrown, got ${err.name} instead`);
      return;
    }
    const r: any = err;
    expect(r.$metadata.httpStatusCode).toBe(500);
    const paramsToValidate: any = [
      {
        error: "server_error",
        message: "The service could not process the request.",
      },
    ][0];
    Object.keys(paramsToValidate).forEach((param) => {
      expect(
        r[param],
        `The output field ${param} should have been defined in ${JSON.stringify(r, null, 2)}`,
      ).toBeDefined();
      expect(equivalentContents(paramsToValidate[param], r[param])).toBe(true);
    });
    return;
  }
  fail("Expected an exception to be thrown from response");
});

/**
 * A rejected request: 400, type in X-Amzn-Errortype, error INVALID_REQUEST.
 */
it("SigninValidationException:Error:BatchRevokeSessions", async () => {
  const client = new SigninClient({
    ...clientParams,
    requestHandler: new ResponseDeserializationTestHandler(
      false,
      400,
      {
        "x-amzn-errortype": "ValidationException",
        "content-type": "application/json",
      },
      `{"error":"INVALID_REQUEST","message":"codeVerifier is required for grantType authorization_code."}`,
    ),
  });

  const params: any = {};
  const command = new BatchRevokeSessionsCommand(params);

  try {
    await client.send(command);
  } catch (err) {
    if (err.name !== "ValidationException") {
      console.log(err);
      fail(`Expected a ValidationException to be thrown, got ${err.name} instead`);
      return;
    }
    const r: any = err;
    expect(r.$metadata.httpStatusCode).toBe(400);
    const paramsToValidate: any = [
      {
        error: "INVALID_REQUEST",
        message: "codeVerifier is required for grantType authorization_code.",
      },
    ][0];
    Object.keys(paramsToValidate).forEach((param) => {
      expect(
        r[param],
        `The output field ${param} should have been defined in ${JSON.stringify(r, null, 2)}`,
      ).toBeDefined();
      expect(equivalentContents(paramsToValidate[param], r[param])).toBe(true);
    });
    return;
  }
  fail("Expected an exception to be thrown from response");
});

/**
 * An ended session or expired refresh token: 401 TOKEN_EXPIRED.
 */
it("SigninAccessDeniedTokenExpired:Error:BatchRevokeSessions", async () => {
  const client = new SigninClient({
    ...clientParams,
    requestHandler: new ResponseDeserializationTestHandler(
      false,
      401,
      {
        "x-amzn-errortype": "AccessDeniedException",
        "content-type": "application/json",
      },
      `{"error":"TOKEN_EXPIRED","message":"The refresh token has expired."}`,
    ),
  });

  const params: any = {};
  const command = new BatchRevokeSessionsCommand(params);

  try {
    await client.send(command);
  } catch (err) {
    if (err.name !== "AccessDeniedException") {
      console.log(err);
      fail(`Expected a AccessDeniedException to be thrown, got ${err.name} instead`);
      return;
    }
    const r: any = err;
    expect(r.$metadata.httpStatusCode).toBe(401);
    const paramsToValidate: any = [
      {
        error: "TOKEN_EXPIRED",
        message: "The refresh token has expired.",
      },
    ][0];
    Object.keys(paramsToValidate).forEach((param) => {
      expect(
        r[param],
        `The output field ${param} should have been defined in ${JSON.stringify(r, null, 2)}`,
      ).toBeDefined();
      expect(equivalentContents(paramsToValidate[param], r[param])).toBe(true);
    });
    return;
  }
  fail("Expected an exception to be thrown from response");
});

/**
 * An expired authorization code: 401 AUTHCODE_EXPIRED.
 */
it("SigninAccessDeniedAuthcodeExpired:Error:BatchRevokeSessions", async () => {
  const client = new SigninClient({
    ...clientParams,
    requestHandler: new ResponseDeserializationTestHandler(
      false,
      401,
      {
        "x-amzn-errortype": "AccessDeniedException",
        "content-type": "application/json",
      },
      `{"error":"AUTHCODE_EXPIRED","message":"The authorization code has expired."}`,
    ),
  });

  const params: any = {};
  const command = new BatchRevokeSessionsCommand(params);

  try {
    await client.send(command);
  } catch (err) {
    if (err.name !== "AccessDeniedException") {
      console.log(err);
      fail(`Expected a AccessDeniedException to be thrown, got ${err.name} instead`);
      return;
    }
    const r: any = err;
    expect(r.$metadata.httpStatusCode).toBe(401);
    const paramsToValidate: any = [
      {
        error: "AUTHCODE_EXPIRED",
        message: "The authorization code has expired.",
      },
    ][0];
    Object.keys(paramsToValidate).forEach((param) => {
      expect(
        r[param],
        `The output field ${param} should have been defined in ${JSON.stringify(r, null, 2)}`,
      ).toBeDefined();
      expect(equivalentContents(paramsToValidate[param], r[param])).toBe(true);
    });
    return;
  }
  fail("Expected an exception to be thrown from response");
});

/**
 * The principal's credentials changed after sign-in: 403 USER_CREDENTIALS_CHANGED.
 */
it("SigninAccessDeniedUserCredentialsChanged:Error:BatchRevokeSessions", async () => {
  const client = new SigninClient({
    ...clientParams,
    requestHandler: new ResponseDeserializationTestHandler(
      false,
      403,
      {
        "x-amzn-errortype": "AccessDeniedException",
        "content-type": "application/json",
      },
      `{"error":"USER_CREDENTIALS_CHANGED","message":"The credentials of this principal changed after sign-in."}`,
    ),
  });

  const params: any = {};
  const command = new BatchRevokeSessionsCommand(params);

  try {
    await client.send(command);
  } catch (err) {
    if (err.name !== "AccessDeniedException") {
      console.log(err);
      fail(`Expected a AccessDeniedException to be thrown, got ${err.name} instead`);
      return;
    }
    const r: any = err;
    expect(r.$metadata.httpStatusCode).toBe(403);
    const paramsToValidate: any = [
      {
        error: "USER_CREDENTIALS_CHANGED",
        message: "The credentials of this principal changed after sign-in.",
      },
    ][0];
    Object.keys(paramsToValidate).forEach((param) => {
      expect(
        r[param],
        `The output field ${param} should have been defined in ${JSON.stringify(r, null, 2)}`,
      ).toBeDefined();
      expect(equivalentContents(paramsToValidate[param], r[param])).toBe(true);
    });
    return;
  }
  fail("Expected an exception to be thrown from response");
});

/**
 * The principal may not call signin:CreateOAuth2Token: 403 INSUFFICIENT_PERMISSIONS.
 */
it("SigninAccessDeniedInsufficientPermissions:Error:BatchRevokeSessions", async () => {
  const client = new SigninClient({
    ...clientParams,
    requestHandler: new ResponseDeserializationTestHandler(
      false,
      403,
      {
        "x-amzn-errortype": "AccessDeniedException",
        "content-type": "application/json",
      },
      `{"error":"INSUFFICIENT_PERMISSIONS","message":"The principal is not allowed to perform signin:CreateOAuth2Token."}`,
    ),
  });

  const params: any = {};
  const command = new BatchRevokeSessionsCommand(params);

  try {
    await client.send(command);
  } catch (err) {
    if (err.name !== "AccessDeniedException") {
      console.log(err);
      fail(`Expected a AccessDeniedException to be thrown, got ${err.name} instead`);
      return;
    }
    const r: any = err;
    expect(r.$metadata.httpStatusCode).toBe(403);
    const paramsToValidate: any = [
      {
        error: "INSUFFICIENT_PERMISSIONS",
        message: "The principal is not allowed to perform signin:CreateOAuth2Token.",
      },
    ][0];
    Object.keys(paramsToValidate).forEach((param) => {
      expect(
        r[param],
        `The output field ${param} should have been defined in ${JSON.stringify(r, null, 2)}`,
      ).toBeDefined();
      expect(equivalentContents(paramsToValidate[param], r[param])).toBe(true);
    });
    return;
  }
  fail("Expected an exception to be thrown from response");
});

/**
 * Rate limiting: 429, error INVALID_REQUEST. Note the shape name ends in Error.
 */
it("SigninTooManyRequestsError:Error:CreateBearerToken", async () => {
  const client = new SigninClient({
    ...clientParams,
    requestHandler: new ResponseDeserializationTestHandler(
      false,
      429,
      {
        "x-amzn-errortype": "TooManyRequestsError",
        "content-type": "application/json",
      },
      `{"error":"INVALID_REQUEST","message":"Too many requests. Retry later."}`,
    ),
  });

  const params: any = {};
  const command = new CreateBearerTokenCommand(params);

  try {
    await client.send(command);
  } catch (err) {
    if (err.name !== "TooManyRequestsError") {
      console.log(err);
      fail(`Expected a TooManyRequestsError to be thrown, got ${err.name} instead`);
      return;
    }
    const r: any = err;
    expect(r.$metadata.httpStatusCode).toBe(429);
    const paramsToValidate: any = [
      {
        error: "INVALID_REQUEST",
        message: "Too many requests. Retry later.",
      },
    ][0];
    Object.keys(paramsToValidate).forEach((param) => {
      expect(
        r[param],
        `The output field ${param} should have been defined in ${JSON.stringify(r, null, 2)}`,
      ).toBeDefined();
      expect(equivalentContents(paramsToValidate[param], r[param])).toBe(true);
    });
    return;
  }
  fail("Expected an exception to be thrown from response");
});

/**
 * A service failure: 500, error server_error (lowercase on the wire).
 */
it("SigninInternalServerException:Error:CreateBearerToken", async () => {
  const client = new SigninClient({
    ...clientParams,
    requestHandler: new ResponseDeserializationTestHandler(
      false,
      500,
      {
        "x-amzn-errortype": "InternalServerException",
        "content-type": "application/json",
      },
      `{"error":"server_error","message":"The service could not process the request."}`,
    ),
  });

  const params: any = {};
  const command = new CreateBearerTokenCommand(params);

  try {
    await client.send(command);
  } catch (err) {
    if (err.name !== "InternalServerException") {
      console.log(err);
      fail(`Expected a InternalServerException to be thrown, got ${err.name} instead`);
      return;
    }
    const r: any = err;
    expect(r.$metadata.httpStatusCode).toBe(500);
    const paramsToValidate: any = [
      {
        error: "server_error",
        message: "The service could not process the request.",
      },
    ][0];
    Object.keys(paramsToValidate).forEach((param) => {
      expect(
        r[param],
        `The output field ${param} should have been defined in ${JSON.stringify(r, null, 2)}`,
      ).toBeDefined();
      expect(equivalentContents(paramsToValidate[param], r[param])).toBe(true);
    });
    return;
  }
  fail("Expected an exception to be thrown from response");
});

/**
 * A rejected request: 400, type in X-Amzn-Errortype, error INVALID_REQUEST.
 */
it("SigninValidationException:Error:CreateBearerToken", async () => {
  const client = new SigninClient({
    ...clientParams,
    requestHandler: new ResponseDeserializationTestHandler(
      false,
      400,
      {
        "x-amzn-errortype": "ValidationException",
        "content-type": "application/json",
      },
      `{"error":"INVALID_REQUEST","message":"codeVerifier is required for grantType authorization_code."}`,
    ),
  });

  const params: any = {};
  const command = new CreateBearerTokenCommand(params);

  try {
    await client.send(command);
  } catch (err) {
    if (err.name !== "ValidationException") {
      console.log(err);
      fail(`Expected a ValidationException to be thrown, got ${err.name} instead`);
      return;
    }
    const r: any = err;
    expect(r.$metadata.httpStatusCode).toBe(400);
    const paramsToValidate: any = [
      {
        error: "INVALID_REQUEST",
        message: "codeVerifier is required for grantType authorization_code.",
      },
    ][0];
    Object.keys(paramsToValidate).forEach((param) => {
      expect(
        r[param],
        `The output field ${param} should have been defined in ${JSON.stringify(r, null, 2)}`,
      ).toBeDefined();
      expect(equivalentContents(paramsToValidate[param], r[param])).toBe(true);
    });
    return;
  }
  fail("Expected an exception to be thrown from response");
});

/**
 * An ended session or expired refresh token: 401 TOKEN_EXPIRED.
 */
it("SigninAccessDeniedTokenExpired:Error:CreateBearerToken", async () => {
  const client = new SigninClient({
    ...clientParams,
    requestHandler: new ResponseDeserializationTestHandler(
      false,
      401,
      {
        "x-amzn-errortype": "AccessDeniedException",
        "content-type": "application/json",
      },
      `{"error":"TOKEN_EXPIRED","message":"The refresh token has expired."}`,
    ),
  });

  const params: any = {};
  const command = new CreateBearerTokenCommand(params);

  try {
    await client.send(command);
  } catch (err) {
    if (err.name !== "AccessDeniedException") {
      console.log(err);
      fail(`Expected a AccessDeniedException to be thrown, got ${err.name} instead`);
      return;
    }
    const r: any = err;
    expect(r.$metadata.httpStatusCode).toBe(401);
    const paramsToValidate: any = [
      {
        error: "TOKEN_EXPIRED",
        message: "The refresh token has expired.",
      },
    ][0];
    Object.keys(paramsToValidate).forEach((param) => {
      expect(
        r[param],
        `The output field ${param} should have been defined in ${JSON.stringify(r, null, 2)}`,
      ).toBeDefined();
      expect(equivalentContents(paramsToValidate[param], r[param])).toBe(true);
    });
    return;
  }
  fail("Expected an exception to be thrown from response");
});

/**
 * An expired authorization code: 401 AUTHCODE_EXPIRED.
 */
it("SigninAccessDeniedAuthcodeExpired:Error:CreateBearerToken", async () => {
  const client = new SigninClient({
    ...clientParams,
    requestHandler: new ResponseDeserializationTestHandler(
      false,
      401,
      {
        "x-amzn-errortype": "AccessDeniedException",
        "content-type": "application/json",
      },
      `{"error":"AUTHCODE_EXPIRED","message":"The authorization code has expired."}`,
    ),
  });

  const params: any = {};
  const command = new CreateBearerTokenCommand(params);

  try {
    await client.send(command);
  } catch (err) {
    if (err.name !== "AccessDeniedException") {
      console.log(err);
      fail(`Expected a AccessDeniedException to be thrown, got ${err.name} instead`);
      return;
    }
    const r: any = err;
    expect(r.$metadata.httpStatusCode).toBe(401);
    const paramsToValidate: any = [
      {
        error: "AUTHCODE_EXPIRED",
        message: "The authorization code has expired.",
      },
    ][0];
    Object.keys(paramsToValidate).forEach((param) => {
      expect(
        r[param],
        `The output field ${param} should have been defined in ${JSON.stringify(r, null, 2)}`,
      ).toBeDefined();
      expect(equivalentContents(paramsToValidate[param], r[param])).toBe(true);
    });
    return;
  }
  fail("Expected an exception to be thrown from response");
});

/**
 * The principal's credentials changed after sign-in: 403 USER_CREDENTIALS_CHANGED.
 */
it("SigninAccessDeniedUserCredentialsChanged:Error:CreateBearerToken", async () => {
  const client = new SigninClient({
    ...clientParams,
    requestHandler: new ResponseDeserializationTestHandler(
      false,
      403,
      {
        "x-amzn-errortype": "AccessDeniedException",
        "content-type": "application/json",
      },
      `{"error":"USER_CREDENTIALS_CHANGED","message":"The credentials of this principal changed after sign-in."}`,
    ),
  });

  const params: any = {};
  const command = new CreateBearerTokenCommand(params);

  try {
    await client.send(command);
  } catch (err) {
    if (err.name !== "AccessDeniedException") {
      console.log(err);
      fail(`Expected a AccessDeniedException to be thrown, got ${err.name} instead`);
      return;
    }
    const r: any = err;
    expect(r.$metadata.httpStatusCode).toBe(403);
    const paramsToValidate: any = [
      {
        error: "USER_CREDENTIALS_CHANGED",
        message: "The credentials of this principal changed after sign-in.",
      },
    ][0];
    Object.keys(paramsToValidate).forEach((param) => {
      expect(
        r[param],
        `The output field ${param} should have been defined in ${JSON.stringify(r, null, 2)}`,
      ).toBeDefined();
      expect(equivalentContents(paramsToValidate[param], r[param])).toBe(true);
    });
    return;
  }
  fail("Expected an exception to be thrown from response");
});

/**
 * The principal may not call signin:CreateOAuth2Token: 403 INSUFFICIENT_PERMISSIONS.
 */
it("SigninAccessDeniedInsufficientPermissions:Error:CreateBearerToken", async () => {
  const client = new SigninClient({
    ...clientParams,
    requestHandler: new ResponseDeserializationTestHandler(
      false,
      403,
      {
        "x-amzn-errortype": "AccessDeniedException",
        "content-type": "application/json",
      },
      `{"error":"INSUFFICIENT_PERMISSIONS","message":"The principal is not allowed to perform signin:CreateOAuth2Token."}`,
    ),
  });

  const params: any = {};
  const command = new CreateBearerTokenCommand(params);

  try {
    await client.send(command);
  } catch (err) {
    if (err.name !== "AccessDeniedException") {
      console.log(err);
      fail(`Expected a AccessDeniedException to be thrown, got ${err.name} instead`);
      return;
    }
    const r: any = err;
    expect(r.$metadata.httpStatusCode).toBe(403);
    const paramsToValidate: any = [
      {
        error: "INSUFFICIENT_PERMISSIONS",
        message: "The principal is not allowed to perform signin:CreateOAuth2Token.",
      },
    ][0];
    Object.keys(paramsToValidate).forEach((param) => {
      expect(
        r[param],
        `The output field ${param} should have been defined in ${JSON.stringify(r, null, 2)}`,
      ).toBeDefined();
      expect(equivalentContents(paramsToValidate[param], r[param])).toBe(true);
    });
    return;
  }
  fail("Expected an exception to be thrown from response");
});

/**
 * An authorization_code exchange is a bare JSON object (the @httpPayload), members in model
 * order, sent unsigned: the operation is @auth([]) so no SigV4 headers appear.
 */
it("SigninAuthorizationCodeGrantRequest:Request", async () => {
  const client = new SigninClient({
    ...clientParams,
    requestHandler: new RequestSerializationTestHandler(),
  });

  const command = new CreateOAuth2TokenCommand({
    tokenInput: {
      clientId: "arn:aws:signin:::devtools/same-device",
      grantType: "authorization_code",
      code: "SigninCode-3f9c2a",
      redirectUri: "http://127.0.0.1:53037/oauth/callback",
      codeVerifier: "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
    } as any,
  } as any);
  try {
    await client.send(command);
    fail("Expected an EXPECTED_REQUEST_SERIALIZATION_ERROR to be thrown");
    return;
  } catch (err) {
    if (!(err instanceof EXPECTED_REQUEST_SERIALIZATION_ERROR)) {
      fail(err);
      return;
    }
    const r = err.request;
    expect(r.method).toBe("POST");
    expect(r.path).toBe("/v1/token");

    expect(
      r.headers["authorization"],
      `Header key "authorization" should have been undefined in ${JSON.stringify(r.headers)}`,
    ).toBeUndefined();
    expect(
      r.headers["x-amz-date"],
      `Header key "x-amz-date" should have been undefined in ${JSON.stringify(r.headers)}`,
    ).toBeUndefined();
    expect(
      r.headers["x-amz-security-token"],
      `Header key "x-amz-security-token" should have been undefined in ${JSON.stringify(r.headers)}`,
    ).toBeUndefined();

    expect(r.headers["content-type"]).toBe("application/json");

    expect(r.body, `Body was undefined.`).toBeDefined();
    const utf8Encoder = client.config.utf8Encoder;
    const bodyString = `{\"clientId\":\"arn:aws:signin:::devtools/same-device\",\"grantType\":\"authorization_code\",\"code\":\"SigninCode-3f9c2a\",\"redirectUri\":\"http://127.0.0.1:53037/oauth/callback\",\"codeVerifier\":\"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\"}`;
    const unequalParts: any = compareEquivalentJsonBodies(bodyString, r.body.toString());
    expect(unequalParts).toBeUndefined();
  }
});

/**
 * A refresh_token exchange carries only clientId, grantType and refreshToken.
 */
it("SigninRefreshTokenGrantRequest:Request", async () => {
  const client = new SigninClient({
    ...clientParams,
    requestHandler: new RequestSerializationTestHandler(),
  });

  const command = new CreateOAuth2TokenCommand({
    tokenInput: {
      clientId: "arn:aws:signin:::devtools/cross-device",
      grantType: "refresh_token",
      refreshToken: "opaque-refresh-token",
    } as any,
  } as any);
  try {
    await client.send(command);
    fail("Expected an EXPECTED_REQUEST_SERIALIZATION_ERROR to be thrown");
    return;
  } catch (err) {
    if (!(err instanceof EXPECTED_REQUEST_SERIALIZATION_ERROR)) {
      fail(err);
      return;
    }
    const r = err.request;
    expect(r.method).toBe("POST");
    expect(r.path).toBe("/v1/token");

    expect(
      r.headers["authorization"],
      `Header key "authorization" should have been undefined in ${JSON.stringify(r.headers)}`,
    ).toBeUndefined();
    expect(
      r.headers["x-amz-date"],
      `Header key "x-amz-date" should have been undefined in ${JSON.stringify(r.headers)}`,
    ).toBeUndefined();
    expect(
      r.headers["x-amz-security-token"],
      `Header key "x-amz-security-token" should have been undefined in ${JSON.stringify(r.headers)}`,
    ).toBeUndefined();

    expect(r.headers["content-type"]).toBe("application/json");

    expect(r.body, `Body was undefined.`).toBeDefined();
    const utf8Encoder = client.config.utf8Encoder;
    const bodyString = `{\"clientId\":\"arn:aws:signin:::devtools/cross-device\",\"grantType\":\"refresh_token\",\"refreshToken\":\"opaque-refresh-token\"}`;
    const unequalParts: any = compareEquivalentJsonBodies(bodyString, r.body.toString());
    expect(unequalParts).toBeUndefined();
  }
});

/**
 * A code exchange returns credentials, token type, lifetime, a refresh token and an ID token as a bare JSON object.
 */
it("SigninAuthorizationCodeGrantResponse:Response", async () => {
  const client = new SigninClient({
    ...clientParams,
    requestHandler: new ResponseDeserializationTestHandler(
      true,
      200,
      {
        "content-type": "application/json",
      },
      `{"accessToken":{"accessKeyId":"ASIAIOSFODNN7EXAMPLE","secretAccessKey":"wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY","sessionToken":"session-token"},"tokenType":"aws_sigv4","expiresIn":900,"refreshToken":"opaque-refresh-token","idToken":"header.payload.signature"}`,
    ),
  });

  const params: any = {};
  const command = new CreateOAuth2TokenCommand(params);

  let r: any;
  try {
    r = await client.send(command);
  } catch (err) {
    fail("Expected a valid response to be returned, got " + err);
    return;
  }
  expect(r.$metadata.httpStatusCode).toBe(200);
  const paramsToValidate: any = [
    {
      tokenOutput: {
        accessToken: {
          accessKeyId: "ASIAIOSFODNN7EXAMPLE",
          secretAccessKey: "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
          sessionToken: "session-token",
        },
        tokenType: "aws_sigv4",
        expiresIn: 900,
        refreshToken: "opaque-refresh-token",
        idToken: "header.payload.signature",
      },
    },
  ][0];
  Object.keys(paramsToValidate).forEach((param) => {
    expect(
      r[param],
      `The output field ${param} should have been defined in ${JSON.stringify(r, null, 2)}`,
    ).toBeDefined();
    expect(equivalentContents(paramsToValidate[param], r[param])).toBe(true);
  });
});

/**
 * A refresh returns new credentials and a rotated refresh token, and no ID token.
 */
it("SigninRefreshTokenGrantResponse:Response", async () => {
  const client = new SigninClient({
    ...clientParams,
    requestHandler: new ResponseDeserializationTestHandler(
      true,
      200,
      {
        "content-type": "application/json",
      },
      `{"accessToken":{"accessKeyId":"ASIAI44QH8DHBEXAMPLE","secretAccessKey":"je7MtGbClwBF/2Zp9Utk/h3yCo8nvbEXAMPLEKEY","sessionToken":"session-token-2"},"tokenType":"aws_sigv4","expiresIn":900,"refreshToken":"rotated-refresh-token"}`,
    ),
  });

  const params: any = {};
  const command = new CreateOAuth2TokenCommand(params);

  let r: any;
  try {
    r = await client.send(command);
  } catch (err) {
    fail("Expected a valid response to be returned, got " + err);
    return;
  }
  expect(r.$metadata.httpStatusCode).toBe(200);
  const paramsToValidate: any = [
    {
      tokenOutput: {
        accessToken: {
          accessKeyId: "ASIAI44QH8DHBEXAMPLE",
          secretAccessKey: "je7MtGbClwBF/2Zp9Utk/h3yCo8nvbEXAMPLEKEY",
          sessionToken: "session-token-2",
        },
        tokenType: "aws_sigv4",
        expiresIn: 900,
        refreshToken: "rotated-refresh-token",
      },
    },
  ][0];
  Object.keys(paramsToValidate).forEach((param) => {
    expect(
      r[param],
      `The output field ${param} should have been defined in ${JSON.stringify(r, null, 2)}`,
    ).toBeDefined();
    expect(equivalentContents(paramsToValidate[param], r[param])).toBe(true);
  });
});

/**
 * An ended session or expired refresh token: 401 TOKEN_EXPIRED.
 */
it("SigninAccessDeniedTokenExpired:Error:CreateOAuth2Token", async () => {
  const client = new SigninClient({
    ...clientParams,
    requestHandler: new ResponseDeserializationTestHandler(
      false,
      401,
      {
        "x-amzn-errortype": "AccessDeniedException",
        "content-type": "application/json",
      },
      `{"error":"TOKEN_EXPIRED","message":"The refresh token has expired."}`,
    ),
  });

  const params: any = {};
  const command = new CreateOAuth2TokenCommand(params);

  try {
    await client.send(command);
  } catch (err) {
    if (err.name !== "AccessDeniedException") {
      console.log(err);
      fail(`Expected a AccessDeniedException to be thrown, got ${err.name} instead`);
      return;
    }
    const r: any = err;
    expect(r.$metadata.httpStatusCode).toBe(401);
    const paramsToValidate: any = [
      {
        error: "TOKEN_EXPIRED",
        message: "The refresh token has expired.",
      },
    ][0];
    Object.keys(paramsToValidate).forEach((param) => {
      expect(
        r[param],
        `The output field ${param} should have been defined in ${JSON.stringify(r, null, 2)}`,
      ).toBeDefined();
      expect(equivalentContents(paramsToValidate[param], r[param])).toBe(true);
    });
    return;
  }
  fail("Expected an exception to be thrown from response");
});

/**
 * An expired authorization code: 401 AUTHCODE_EXPIRED.
 */
it("SigninAccessDeniedAuthcodeExpired:Error:CreateOAuth2Token", async () => {
  const client = new SigninClient({
    ...clientParams,
    requestHandler: new ResponseDeserializationTestHandler(
      false,
      401,
      {
        "x-amzn-errortype": "AccessDeniedException",
        "content-type": "application/json",
      },
      `{"error":"AUTHCODE_EXPIRED","message":"The authorization code has expired."}`,
    ),
  });

  const params: any = {};
  const command = new CreateOAuth2TokenCommand(params);

  try {
    await client.send(command);
  } catch (err) {
    if (err.name !== "AccessDeniedException") {
      console.log(err);
      fail(`Expected a AccessDeniedException to be thrown, got ${err.name} instead`);
      return;
    }
    const r: any = err;
    expect(r.$metadata.httpStatusCode).toBe(401);
    const paramsToValidate: any = [
      {
        error: "AUTHCODE_EXPIRED",
        message: "The authorization code has expired.",
      },
    ][0];
    Object.keys(paramsToValidate).forEach((param) => {
      expect(
        r[param],
        `The output field ${param} should have been defined in ${JSON.stringify(r, null, 2)}`,
      ).toBeDefined();
      expect(equivalentContents(paramsToValidate[param], r[param])).toBe(true);
    });
    return;
  }
  fail("Expected an exception to be thrown from response");
});

/**
 * The principal's credentials changed after sign-in: 403 USER_CREDENTIALS_CHANGED.
 */
it("SigninAccessDeniedUserCredentialsChanged:Error:CreateOAuth2Token", async () => {
  const client = new SigninClient({
    ...clientParams,
    requestHandler: new ResponseDeserializationTestHandler(
      false,
      403,
      {
        "x-amzn-errortype": "AccessDeniedException",
        "content-type": "application/json",
      },
      `{"error":"USER_CREDENTIALS_CHANGED","message":"The credentials of this principal changed after sign-in."}`,
    ),
  });

  const params: any = {};
  const command = new CreateOAuth2TokenCommand(params);

  try {
    await client.send(command);
  } catch (err) {
    if (err.name !== "AccessDeniedException") {
      console.log(err);
      fail(`Expected a AccessDeniedException to be thrown, got ${err.name} instead`);
      return;
    }
    const r: any = err;
    expect(r.$metadata.httpStatusCode).toBe(403);
    const paramsToValidate: any = [
      {
        error: "USER_CREDENTIALS_CHANGED",
        message: "The credentials of this principal changed after sign-in.",
      },
    ][0];
    Object.keys(paramsToValidate).forEach((param) => {
      expect(
        r[param],
        `The output field ${param} should have been defined in ${JSON.stringify(r, null, 2)}`,
      ).toBeDefined();
      expect(equivalentContents(paramsToValidate[param], r[param])).toBe(true);
    });
    return;
  }
  fail("Expected an exception to be thrown from response");
});

/**
 * The principal may not call signin:CreateOAuth2Token: 403 INSUFFICIENT_PERMISSIONS.
 */
it("SigninAccessDeniedInsufficientPermissions:Error:CreateOAuth2Token", async () => {
  const client = new SigninClient({
    ...clientParams,
    requestHandler: new ResponseDeserializationTestHandler(
      false,
      403,
      {
        "x-amzn-errortype": "AccessDeniedException",
        "content-type": "application/json",
      },
      `{"error":"INSUFFICIENT_PERMISSIONS","message":"The principal is not allowed to perform signin:CreateOAuth2Token."}`,
    ),
  });

  const params: any = {};
  const command = new CreateOAuth2TokenCommand(params);

  try {
    await client.send(command);
  } catch (err) {
    if (err.name !== "AccessDeniedException") {
      console.log(err);
      fail(`Expected a AccessDeniedException to be thrown, got ${err.name} instead`);
      return;
    }
    const r: any = err;
    expect(r.$metadata.httpStatusCode).toBe(403);
    const paramsToValidate: any = [
      {
        error: "INSUFFICIENT_PERMISSIONS",
        message: "The principal is not allowed to perform signin:CreateOAuth2Token.",
      },
    ][0];
    Object.keys(paramsToValidate).forEach((param) => {
      expect(
        r[param],
        `The output field ${param} should have been defined in ${JSON.stringify(r, null, 2)}`,
      ).toBeDefined();
      expect(equivalentContents(paramsToValidate[param], r[param])).toBe(true);
    });
    return;
  }
  fail("Expected an exception to be thrown from response");
});

/**
 * A service failure: 500, error server_error (lowercase on the wire).
 */
it("SigninInternalServerException:Error:CreateOAuth2Token", async () => {
  const client = new SigninClient({
    ...clientParams,
    requestHandler: new ResponseDeserializationTestHandler(
      false,
      500,
      {
        "x-amzn-errortype": "InternalServerException",
        "content-type": "application/json",
      },
      `{"error":"server_error","message":"The service could not process the request."}`,
    ),
  });

  const params: any = {};
  const command = new CreateOAuth2TokenCommand(params);

  try {
    await client.send(command);
  } catch (err) {
    if (err.name !== "InternalServerException") {
      console.log(err);
      fail(`Expected a InternalServerException to be thrown, got ${err.name} instead`);
      return;
    }
    const r: any = err;
    expect(r.$metadata.httpStatusCode).toBe(500);
    const paramsToValidate: any = [
      {
        error: "server_error",
        message: "The service could not process the request.",
      },
    ][0];
    Object.keys(paramsToValidate).forEach((param) => {
      expect(
        r[param],
        `The output field ${param} should have been defined in ${JSON.stringify(r, null, 2)}`,
      ).toBeDefined();
      expect(equivalentContents(paramsToValidate[param], r[param])).toBe(true);
    });
    return;
  }
  fail("Expected an exception to be thrown from response");
});

/**
 * Rate limiting: 429, error INVALID_REQUEST. Note the shape name ends in Error.
 */
it("SigninTooManyRequestsError:Error:CreateOAuth2Token", async () => {
  const client = new SigninClient({
    ...clientParams,
    requestHandler: new ResponseDeserializationTestHandler(
      false,
      429,
      {
        "x-amzn-errortype": "TooManyRequestsError",
        "content-type": "application/json",
      },
      `{"error":"INVALID_REQUEST","message":"Too many requests. Retry later."}`,
    ),
  });

  const params: any = {};
  const command = new CreateOAuth2TokenCommand(params);

  try {
    await client.send(command);
  } catch (err) {
    if (err.name !== "TooManyRequestsError") {
      console.log(err);
      fail(`Expected a TooManyRequestsError to be thrown, got ${err.name} instead`);
      return;
    }
    const r: any = err;
    expect(r.$metadata.httpStatusCode).toBe(429);
    const paramsToValidate: any = [
      {
        error: "INVALID_REQUEST",
        message: "Too many requests. Retry later.",
      },
    ][0];
    Object.keys(paramsToValidate).forEach((param) => {
      expect(
        r[param],
        `The output field ${param} should have been defined in ${JSON.stringify(r, null, 2)}`,
      ).toBeDefined();
      expect(equivalentContents(paramsToValidate[param], r[param])).toBe(true);
    });
    return;
  }
  fail("Expected an exception to be thrown from response");
});

/**
 * A rejected request: 400, type in X-Amzn-Errortype, error INVALID_REQUEST.
 */
it("SigninValidationException:Error:CreateOAuth2Token", async () => {
  const client = new SigninClient({
    ...clientParams,
    requestHandler: new ResponseDeserializationTestHandler(
      false,
      400,
      {
        "x-amzn-errortype": "ValidationException",
        "content-type": "application/json",
      },
      `{"error":"INVALID_REQUEST","message":"codeVerifier is required for grantType authorization_code."}`,
    ),
  });

  const params: any = {};
  const command = new CreateOAuth2TokenCommand(params);

  try {
    await client.send(command);
  } catch (err) {
    if (err.name !== "ValidationException") {
      console.log(err);
      fail(`Expected a ValidationException to be thrown, got ${err.name} instead`);
      return;
    }
    const r: any = err;
    expect(r.$metadata.httpStatusCode).toBe(400);
    const paramsToValidate: any = [
      {
        error: "INVALID_REQUEST",
        message: "codeVerifier is required for grantType authorization_code.",
      },
    ][0];
    Object.keys(paramsToValidate).forEach((param) => {
      expect(
        r[param],
        `The output field ${param} should have been defined in ${JSON.stringify(r, null, 2)}`,
      ).toBeDefined();
      expect(equivalentContents(paramsToValidate[param], r[param])).toBe(true);
    });
    return;
  }
  fail("Expected an exception to be thrown from response");
});

/**
 * Rate limiting: 429, error INVALID_REQUEST. Note the shape name ends in Error.
 */
it("SigninTooManyRequestsError:Error:CreateOAuth2TokenWithIAM", async () => {
  const client = new SigninClient({
    ...clientParams,
    requestHandler: new ResponseDeserializationTestHandler(
      false,
      429,
      {
        "x-amzn-errortype": "TooManyRequestsError",
        "content-type": "application/json",
      },
      `{"error":"INVALID_REQUEST","message":"Too many requests. Retry later."}`,
    ),
  });

  const params: any = {};
  const command = new CreateOAuth2TokenWithIAMCommand(params);

  try {
    await client.send(command);
  } catch (err) {
    if (err.name !== "TooManyRequestsError") {
      console.log(err);
      fail(`Expected a TooManyRequestsError to be thrown, got ${err.name} instead`);
      return;
    }
    const r: any = err;
    expect(r.$metadata.httpStatusCode).toBe(429);
    const paramsToValidate: any = [
      {
        error: "INVALID_REQUEST",
        message: "Too many requests. Retry later.",
      },
    ][0];
    Object.keys(paramsToValidate).forEach((param) => {
      expect(
        r[param],
        `The output field ${param} should have been defined in ${JSON.stringify(r, null, 2)}`,
      ).toBeDefined();
      expect(equivalentContents(paramsToValidate[param], r[param])).toBe(true);
    });
    return;
  }
  fail("Expected an exception to be thrown from response");
});

/**
 * A service failure: 500, error server_error (lowercase on the wire).
 */
it("SigninInternalServerException:Error:CreateOAuth2TokenWithIAM", async () => {
  const client = new SigninClient({
    ...clientParams,
    requestHandler: new ResponseDeserializationTestHandler(
      false,
      500,
      {
        "x-amzn-errortype": "InternalServerException",
        "content-type": "application/json",
      },
      `{"error":"server_error","message":"The service could not process the request."}`,
    ),
  });

  const params: any = {};
  const command = new CreateOAuth2TokenWithIAMCommand(params);

  try {
    await client.send(command);
  } catch (err) {
    if (err.name !== "InternalServerException") {
      console.log(err);
      fail(`Expected a InternalServerException to be thrown, got ${err.name} instead`);
      return;
    }
    const r: any = err;
    expect(r.$metadata.httpStatusCode).toBe(500);
    const paramsToValidate: any = [
      {
        error: "server_error",
        message: "The service could not process the request.",
      },
    ][0];
    Object.keys(paramsToValidate).forEach((param) => {
      expect(
        r[param],
        `The output field ${param} should have been defined in ${JSON.stringify(r, null, 2)}`,
      ).toBeDefined();
      expect(equivalentContents(paramsToValidate[param], r[param])).toBe(true);
    });
    return;
  }
  fail("Expected an exception to be thrown from response");
});

/**
 * A rejected request: 400, type in X-Amzn-Errortype, error INVALID_REQUEST.
 */
it("SigninValidationException:Error:CreateOAuth2TokenWithIAM", async () => {
  const client = new SigninClient({
    ...clientParams,
    requestHandler: new ResponseDeserializationTestHandler(
      false,
      400,
      {
        "x-amzn-errortype": "ValidationException",
        "content-type": "application/json",
      },
      `{"error":"INVALID_REQUEST","message":"codeVerifier is required for grantType authorization_code."}`,
    ),
  });

  const params: any = {};
  const command = new CreateOAuth2TokenWithIAMCommand(params);

  try {
    await client.send(command);
  } catch (err) {
    if (err.name !== "ValidationException") {
      console.log(err);
      fail(`Expected a ValidationException to be thrown, got ${err.name} instead`);
      return;
    }
    const r: any = err;
    expect(r.$metadata.httpStatusCode).toBe(400);
    const paramsToValidate: any = [
      {
        error: "INVALID_REQUEST",
        message: "codeVerifier is required for grantType authorization_code.",
      },
    ][0];
    Object.keys(paramsToValidate).forEach((param) => {
      expect(
        r[param],
        `The output field ${param} should have been defined in ${JSON.stringify(r, null, 2)}`,
      ).toBeDefined();
      expect(equivalentContents(paramsToValidate[param], r[param])).toBe(true);
    });
    return;
  }
  fail("Expected an exception to be thrown from response");
});

/**
 * An ended session or expired refresh token: 401 TOKEN_EXPIRED.
 */
it("SigninAccessDeniedTokenExpired:Error:CreateOAuth2TokenWithIAM", async () => {
  const client = new SigninClient({
    ...clientParams,
    requestHandler: new ResponseDeserializationTestHandler(
      false,
      401,
      {
        "x-amzn-errortype": "AccessDeniedException",
        "content-type": "application/json",
      },
      `{"error":"TOKEN_EXPIRED","message":"The refresh token has expired."}`,
    ),
  });

  const params: any = {};
  const command = new CreateOAuth2TokenWithIAMCommand(params);

  try {
    await client.send(command);
  } catch (err) {
    if (err.name !== "AccessDeniedException") {
      console.log(err);
      fail(`Expected a AccessDeniedException to be thrown, got ${err.name} instead`);
      return;
    }
    const r: any = err;
    expect(r.$metadata.httpStatusCode).toBe(401);
    const paramsToValidate: any = [
      {
        error: "TOKEN_EXPIRED",
        message: "The refresh token has expired.",
      },
    ][0];
    Object.keys(paramsToValidate).forEach((param) => {
      expect(
        r[param],
        `The output field ${param} should have been defined in ${JSON.stringify(r, null, 2)}`,
      ).toBeDefined();
      expect(equivalentContents(paramsToValidate[param], r[param])).toBe(true);
    });
    return;
  }
  fail("Expected an exception to be thrown from response");
});

/**
 * An expired authorization code: 401 AUTHCODE_EXPIRED.
 */
it("SigninAccessDeniedAuthcodeExpired:Error:CreateOAuth2TokenWithIAM", async () => {
  const client = new SigninClient({
    ...clientParams,
    requestHandler: new ResponseDeserializationTestHandler(
      false,
      401,
      {
        "x-amzn-errortype": "AccessDeniedException",
        "content-type": "application/json",
      },
      `{"error":"AUTHCODE_EXPIRED","message":"The authorization code has expired."}`,
    ),
  });

  const params: any = {};
  const command = new CreateOAuth2TokenWithIAMCommand(params);

  try {
    await client.send(command);
  } catch (err) {
    if (err.name !== "AccessDeniedException") {
      console.log(err);
      fail(`Expected a AccessDeniedException to be thrown, got ${err.name} instead`);
      return;
    }
    const r: any = err;
    expect(r.$metadata.httpStatusCode).toBe(401);
    const paramsToValidate: any = [
      {
        error: "AUTHCODE_EXPIRED",
        message: "The authorization code has expired.",
      },
    ][0];
    Object.keys(paramsToValidate).forEach((param) => {
      expect(
        r[param],
        `The output field ${param} should have been defined in ${JSON.stringify(r, null, 2)}`,
      ).toBeDefined();
      expect(equivalentContents(paramsToValidate[param], r[param])).toBe(true);
    });
    return;
  }
  fail("Expected an exception to be thrown from response");
});

/**
 * The principal's credentials changed after sign-in: 403 USER_CREDENTIALS_CHANGED.
 */
it("SigninAccessDeniedUserCredentialsChanged:Error:CreateOAuth2TokenWithIAM", async () => {
  const client = new SigninClient({
    ...clientParams,
    requestHandler: new ResponseDeserializationTestHandler(
      false,
      403,
      {
        "x-amzn-errortype": "AccessDeniedException",
        "content-type": "application/json",
      },
      `{"error":"USER_CREDENTIALS_CHANGED","message":"The credentials of this principal changed after sign-in."}`,
    ),
  });

  const params: any = {};
  const command = new CreateOAuth2TokenWithIAMCommand(params);

  try {
    await client.send(command);
  } catch (err) {
    if (err.name !== "AccessDeniedException") {
      console.log(err);
      fail(`Expected a AccessDeniedException to be thrown, got ${err.name} instead`);
      return;
    }
    const r: any = err;
    expect(r.$metadata.httpStatusCode).toBe(403);
    const paramsToValidate: any = [
      {
        error: "USER_CREDENTIALS_CHANGED",
        message: "The credentials of this principal changed after sign-in.",
      },
    ][0];
    Object.keys(paramsToValidate).forEach((param) => {
      expect(
        r[param],
        `The output field ${param} should have been defined in ${JSON.stringify(r, null, 2)}`,
      ).toBeDefined();
      expect(equivalentContents(paramsToValidate[param], r[param])).toBe(true);
    });
    return;
  }
  fail("Expected an exception to be thrown from response");
});

/**
 * The principal may not call signin:CreateOAuth2Token: 403 INSUFFICIENT_PERMISSIONS.
 */
it("SigninAccessDeniedInsufficientPermissions:Error:CreateOAuth2TokenWithIAM", async () => {
  const client = new SigninClient({
    ...clientParams,
    requestHandler: new ResponseDeserializationTestHandler(
      false,
      403,
      {
        "x-amzn-errortype": "AccessDeniedException",
        "content-type": "application/json",
      },
      `{"error":"INSUFFICIENT_PERMISSIONS","message":"The principal is not allowed to perform signin:CreateOAuth2Token."}`,
    ),
  });

  const params: any = {};
  const command = new CreateOAuth2TokenWithIAMCommand(params);

  try {
    await client.send(command);
  } catch (err) {
    if (err.name !== "AccessDeniedException") {
      console.log(err);
      fail(`Expected a AccessDeniedException to be thrown, got ${err.name} instead`);
      return;
    }
    const r: any = err;
    expect(r.$metadata.httpStatusCode).toBe(403);
    const paramsToValidate: any = [
      {
        error: "INSUFFICIENT_PERMISSIONS",
        message: "The principal is not allowed to perform signin:CreateOAuth2Token.",
      },
    ][0];
    Object.keys(paramsToValidate).forEach((param) => {
      expect(
        r[param],
        `The output field ${param} should have been defined in ${JSON.stringify(r, null, 2)}`,
      ).toBeDefined();
      expect(equivalentContents(paramsToValidate[param], r[param])).toBe(true);
    });
    return;
  }
  fail("Expected an exception to be thrown from response");
});

/**
 * Rate limiting: 429, error INVALID_REQUEST. Note the shape name ends in Error.
 */
it("SigninTooManyRequestsError:Error:CreateOAuth2TokenWithTokenExchange", async () => {
  const client = new SigninClient({
    ...clientParams,
    requestHandler: new ResponseDeserializationTestHandler(
      false,
      429,
      {
        "x-amzn-errortype": "TooManyRequestsError",
        "content-type": "application/json",
      },
      `{"error":"INVALID_REQUEST","message":"Too many requests. Retry later."}`,
    ),
  });

  const params: any = {};
  const command = new CreateOAuth2TokenWithTokenExchangeCommand(params);

  try {
    await client.send(command);
  } catch (err) {
    if (err.name !== "TooManyRequestsError") {
      console.log(err);
      fail(`Expected a TooManyRequestsError to be thrown, got ${err.name} instead`);
      return;
    }
    const r: any = err;
    expect(r.$metadata.httpStatusCode).toBe(429);
    const paramsToValidate: any = [
      {
        error: "INVALID_REQUEST",
        message: "Too many requests. Retry later.",
      },
    ][0];
    Object.keys(paramsToValidate).forEach((param) => {
      expect(
        r[param],
        `The output field ${param} should have been defined in ${JSON.stringify(r, null, 2)}`,
      ).toBeDefined();
      expect(equivalentContents(paramsToValidate[param], r[param])).toBe(true);
    });
    return;
  }
  fail("Expected an exception to be thrown from response");
});

/**
 * A service failure: 500, error server_error (lowercase on the wire).
 */
it("SigninInternalServerException:Error:CreateOAuth2TokenWithTokenExchange", async () => {
  const client = new SigninClient({
    ...clientParams,
    requestHandler: new ResponseDeserializationTestHandler(
      false,
      500,
      {
        "x-amzn-errortype": "InternalServerException",
        "content-type": "application/json",
      },
      `{"error":"server_error","message":"The service could not process the request."}`,
    ),
  });

  const params: any = {};
  const command = new CreateOAuth2TokenWithTokenExchangeCommand(params);

  try {
    await client.send(command);
  } catch (err) {
    if (err.name !== "InternalServerException") {
      console.log(err);
      fail(`Expected a InternalServerException to be thrown, got ${err.name} instead`);
      return;
    }
    const r: any = err;
    expect(r.$metadata.httpStatusCode).toBe(500);
    const paramsToValidate: any = [
      {
        error: "server_error",
        message: "The service could not process the request.",
      },
    ][0];
    Object.keys(paramsToValidate).forEach((param) => {
      expect(
        r[param],
        `The output field ${param} should have been defined in ${JSON.stringify(r, null, 2)}`,
      ).toBeDefined();
      expect(equivalentContents(paramsToValidate[param], r[param])).toBe(true);
    });
    return;
  }
  fail("Expected an exception to be thrown from response");
});

/**
 * A rejected request: 400, type in X-Amzn-Errortype, error INVALID_REQUEST.
 */
it("SigninValidationException:Error:CreateOAuth2TokenWithTokenExchange", async () => {
  const client = new SigninClient({
    ...clientParams,
    requestHandler: new ResponseDeserializationTestHandler(
      false,
      400,
      {
        "x-amzn-errortype": "ValidationException",
        "content-type": "application/json",
      },
      `{"error":"INVALID_REQUEST","message":"codeVerifier is required for grantType authorization_code."}`,
    ),
  });

  const params: any = {};
  const command = new CreateOAuth2TokenWithTokenExchangeCommand(params);

  try {
    await client.send(command);
  } catch (err) {
    if (err.name !== "ValidationException") {
      console.log(err);
      fail(`Expected a ValidationException to be thrown, got ${err.name} instead`);
      return;
    }
    const r: any = err;
    expect(r.$metadata.httpStatusCode).toBe(400);
    const paramsToValidate: any = [
      {
        error: "INVALID_REQUEST",
        message: "codeVerifier is required for grantType authorization_code.",
      },
    ][0];
    Object.keys(paramsToValidate).forEach((param) => {
      expect(
        r[param],
        `The output field ${param} should have been defined in ${JSON.stringify(r, null, 2)}`,
      ).toBeDefined();
      expect(equivalentContents(paramsToValidate[param], r[param])).toBe(true);
    });
    return;
  }
  fail("Expected an exception to be thrown from response");
});

/**
 * Rate limiting: 429, error INVALID_REQUEST. Note the shape name ends in Error.
 */
it("SigninTooManyRequestsError:Error:DeleteConsoleAuthorizationConfiguration", async () => {
  const client = new SigninClient({
    ...clientParams,
    requestHandler: new ResponseDeserializationTestHandler(
      false,
      429,
      {
        "x-amzn-errortype": "TooManyRequestsError",
        "content-type": "application/json",
      },
      `{"error":"INVALID_REQUEST","message":"Too many requests. Retry later."}`,
    ),
  });

  const params: any = {};
  const command = new DeleteConsoleAuthorizationConfigurationCommand(params);

  try {
    await client.send(command);
  } catch (err) {
    if (err.name !== "TooManyRequestsError") {
      console.log(err);
      fail(`Expected a TooManyRequestsError to be thrown, got ${err.name} instead`);
      return;
    }
    const r: any = err;
    expect(r.$metadata.httpStatusCode).toBe(429);
    const paramsToValidate: any = [
      {
        error: "INVALID_REQUEST",
        message: "Too many requests. Retry later.",
      },
    ][0];
    Object.keys(paramsToValidate).forEach((param) => {
      expect(
        r[param],
        `The output field ${param} should have been defined in ${JSON.stringify(r, null, 2)}`,
      ).toBeDefined();
      expect(equivalentContents(paramsToValidate[param], r[param])).toBe(true);
    });
    return;
  }
  fail("Expected an exception to be thrown from response");
});

/**
 * A service failure: 500, error server_error (lowercase on the wire).
 */
it("SigninInternalServerException:Error:DeleteConsoleAuthorizationConfiguration", async () => {
  const client = new SigninClient({
    ...clientParams,
    requestHandler: new ResponseDeserializationTestHandler(
      false,
      500,
      {
        "x-amzn-errortype": "InternalServerException",
        "content-type": "application/json",
      },
      `{"error":"server_error","message":"The service could not process the request."}`,
    ),
  });

  const params: any = {};
  const command = new DeleteConsoleAuthorizationConfigurationCommand(params);

  try {
    await client.send(command);
  } catch (err) {
    if (err.name !== "InternalServerException") {
      console.log(err);
      fail(`Expected a InternalServerException to be thrown, got ${err.name} instead`);
      return;
    }
    const r: any = err;
    expect(r.$metadata.httpStatusCode).toBe(500);
    const paramsToValidate: any = [
      {
        error: "server_error",
        message: "The service could not process the request.",
      },
    ][0];
    Object.keys(paramsToValidate).forEach((param) => {
      expect(
        r[param],
        `The output field ${param} should have been defined in ${JSON.stringify(r, null, 2)}`,
      ).toBeDefined();
      expect(equivalentContents(paramsToValidate[param], r[param])).toBe(true);
    });
    return;
  }
  fail("Expected an exception to be thrown from response");
});

/**
 * A rejected request: 400, type in X-Amzn-Errortype, error INVALID_REQUEST.
 */
it("SigninValidationException:Error:DeleteConsoleAuthorizationConfiguration", async () => {
  const client = new SigninClient({
    ...clientParams,
    requestHandler: new ResponseDeserializationTestHandler(
      false,
      400,
      {
        "x-amzn-errortype": "ValidationException",
        "content-type": "application/json",
      },
      `{"error":"INVALID_REQUEST","message":"codeVerifier is required for grantType authorization_code."}`,
    ),
  });

  const params: any = {};
  const command = new DeleteConsoleAuthorizationConfigurationCommand(params);

  try {
    await client.send(command);
  } catch (err) {
    if (err.name !== "ValidationException") {
      console.log(err);
      fail(`Expected a ValidationException to be thrown, got ${err.name} instead`);
      return;
    }
    const r: any = err;
    expect(r.$metadata.httpStatusCode).toBe(400);
    const paramsToValidate: any = [
      {
        error: "INVALID_REQUEST",
        message: "codeVerifier is required for grantType authorization_code.",
      },
    ][0];
    Object.keys(paramsToValidate).forEach((param) => {
      expect(
        r[param],
        `The output field ${param} should have been defined in ${JSON.stringify(r, null, 2)}`,
      ).toBeDefined();
      expect(equivalentContents(paramsToValidate[param], r[param])).toBe(true);
    });
    return;
  }
  fail("Expected an exception to be thrown from response");
});

/**
 * An ended session or expired refresh token: 401 TOKEN_EXPIRED.
 */
it("SigninAccessDeniedTokenExpired:Error:DeleteConsoleAuthorizationConfiguration", async () => {
  const client = new SigninClient({
    ...clientParams,
    requestHandler: new ResponseDeserializationTestHandler(
      false,
      401,
      {
        "x-amzn-errortype": "AccessDeniedException",
        "content-type": "application/json",
      },
      `{"error":"TOKEN_EXPIRED","message":"The refresh token has expired."}`,
    ),
  });

  const params: any = {};
  const command = new DeleteConsoleAuthorizationConfigurationCommand(params);

  try {
    await client.send(command);
  } catch (err) {
    if (err.name !== "AccessDeniedException") {
      console.log(err);
      fail(`Expected a AccessDeniedException to be thrown, got ${err.name} instead`);
      return;
    }
    const r: any = err;
    expect(r.$metadata.httpStatusCode).toBe(401);
    const paramsToValidate: any = [
      {
        error: "TOKEN_EXPIRED",
        message: "The refresh token has expired.",
      },
    ][0];
    Object.keys(paramsToValidate).forEach((param) => {
      expect(
        r[param],
        `The output field ${param} should have been defined in ${JSON.stringify(r, null, 2)}`,
      ).toBeDefined();
      expect(equivalentContents(paramsToValidate[param], r[param])).toBe(true);
    });
    return;
  }
  fail("Expected an exception to be thrown from response");
});

/**
 * An expired authorization code: 401 AUTHCODE_EXPIRED.
 */
it("SigninAccessDeniedAuthcodeExpired:Error:DeleteConsoleAuthorizationConfiguration", async () => {
  const client = new SigninClient({
    ...clientParams,
    requestHandler: new ResponseDeserializationTestHandler(
      false,
      401,
      {
        "x-amzn-errortype": "AccessDeniedException",
        "content-type": "application/json",
      },
      `{"error":"AUTHCODE_EXPIRED","message":"The authorization code has expired."}`,
    ),
  });

  const params: any = {};
  const command = new DeleteConsoleAuthorizationConfigurationCommand(params);

  try {
    await client.send(command);
  } catch (err) {
    if (err.name !== "AccessDeniedException") {
      console.log(err);
      fail(`Expected a AccessDeniedException to be thrown, got ${err.name} instead`);
      return;
    }
    const r: any = err;
    expect(r.$metadata.httpStatusCode).toBe(401);
    const paramsToValidate: any = [
      {
        error: "AUTHCODE_EXPIRED",
        message: "The authorization code has expired.",
      },
    ][0];
    Object.keys(paramsToValidate).forEach((param) => {
      expect(
        r[param],
        `The output field ${param} should have been defined in ${JSON.stringify(r, null, 2)}`,
      ).toBeDefined();
      expect(equivalentContents(paramsToValidate[param], r[param])).toBe(true);
    });
    return;
  }
  fail("Expected an exception to be thrown from response");
});

/**
 * The principal's credentials changed after sign-in: 403 USER_CREDENTIALS_CHANGED.
 */
it("SigninAccessDeniedUserCredentialsChanged:Error:DeleteConsoleAuthorizationConfiguration", async () => {
  const client = new SigninClient({
    ...clientParams,
    requestHandler: new ResponseDeserializationTestHandler(
      false,
      403,
      {
        "x-amzn-errortype": "AccessDeniedException",
        "content-type": "application/json",
      },
      `{"error":"USER_CREDENTIALS_CHANGED","message":"The credentials of this principal changed after sign-in."}`,
    ),
  });

  const params: any = {};
  const command = new DeleteConsoleAuthorizationConfigurationCommand(params);

  try {
    await client.send(command);
  } catch (err) {
    if (err.name !== "AccessDeniedException") {
      console.log(err);
      fail(`Expected a AccessDeniedException to be thrown, got ${err.name} instead`);
      return;
    }
    const r: any = err;
    expect(r.$metadata.httpStatusCode).toBe(403);
    const paramsToValidate: any = [
      {
        error: "USER_CREDENTIALS_CHANGED",
        message: "The credentials of this principal changed after sign-in.",
      },
    ][0];
    Object.keys(paramsToValidate).forEach((param) => {
      expect(
        r[param],
        `The output field ${param} should have been defined in ${JSON.stringify(r, null, 2)}`,
      ).toBeDefined();
      expect(equivalentContents(paramsToValidate[param], r[param])).toBe(true);
    });
    return;
  }
  fail("Expected an exception to be thrown from response");
});

/**
 * The principal may not call signin:CreateOAuth2Token: 403 INSUFFICIENT_PERMISSIONS.
 */
it("SigninAccessDeniedInsufficientPermissions:Error:DeleteConsoleAuthorizationConfiguration", async () => {
  const client = new SigninClient({
    ...clientParams,
    requestHandler: new ResponseDeserializationTestHandler(
      false,
      403,
      {
        "x-amzn-errortype": "AccessDeniedException",
        "content-type": "application/json",
      },
      `{"error":"INSUFFICIENT_PERMISSIONS","message":"The principal is not allowed to perform signin:CreateOAuth2Token."}`,
    ),
  });

  const params: any = {};
  const command = new DeleteConsoleAuthorizationConfigurationCommand(params);

  try {
    await client.send(command);
  } catch (err) {
    if (err.name !== "AccessDeniedException") {
      console.log(err);
      fail(`Expected a AccessDeniedException to be thrown, got ${err.name} instead`);
      return;
    }
    const r: any = err;
    expect(r.$metadata.httpStatusCode).toBe(403);
    const paramsToValidate: any = [
      {
        error: "INSUFFICIENT_PERMISSIONS",
        message: "The principal is not allowed to perform signin:CreateOAuth2Token.",
      },
    ][0];
    Object.keys(paramsToValidate).forEach((param) => {
      expect(
        r[param],
        `The output field ${param} should have been defined in ${JSON.stringify(r, null, 2)}`,
      ).toBeDefined();
      expect(equivalentContents(paramsToValidate[param], r[param])).toBe(true);
    });
    return;
  }
  fail("Expected an exception to be thrown from response");
});

/**
 * Rate limiting: 429, error INVALID_REQUEST. Note the shape name ends in Error.
 */
it("SigninTooManyRequestsError:Error:DeleteResourcePermissionStatement", async () => {
  const client = new SigninClient({
    ...clientParams,
    requestHandler: new ResponseDeserializationTestHandler(
      false,
      429,
      {
        "x-amzn-errortype": "TooManyRequestsError",
        "content-type": "application/json",
      },
      `{"error":"INVALID_REQUEST","message":"Too many requests. Retry later."}`,
    ),
  });

  const params: any = {};
  const command = new DeleteResourcePermissionStatementCommand(params);

  try {
    await client.send(command);
  } catch (err) {
    if (err.name !== "TooManyRequestsError") {
      console.log(err);
      fail(`Expected a TooManyRequestsError to be thrown, got ${err.name} instead`);
      return;
    }
    const r: any = err;
    expect(r.$metadata.httpStatusCode).toBe(429);
    const paramsToValidate: any = [
      {
        error: "INVALID_REQUEST",
        message: "Too many requests. Retry later.",
      },
    ][0];
    Object.keys(paramsToValidate).forEach((param) => {
      expect(
        r[param],
        `The output field ${param} should have been defined in ${JSON.stringify(r, null, 2)}`,
      ).toBeDefined();
      expect(equivalentContents(paramsToValidate[param], r[param])).toBe(true);
    });
    return;
  }
  fail("Expected an exception to be thrown from response");
});

/**
 * A service failure: 500, error server_error (lowercase on the wire).
 */
it("SigninInternalServerException:Error:DeleteResourcePermissionStatement", async () => {
  const client = new SigninClient({
    ...clientParams,
    requestHandler: new ResponseDeserializationTestHandler(
      false,
      500,
      {
        "x-amzn-errortype": "InternalServerException",
        "content-type": "application/json",
      },
      `{"error":"server_error","message":"The service could not process the request."}`,
    ),
  });

  const params: any = {};
  const command = new DeleteResourcePermissionStatementCommand(params);

  try {
    await client.send(command);
  } catch (err) {
    if (err.name !== "InternalServerException") {
      console.log(err);
      fail(`Expected a InternalServerException to be thrown, got ${err.name} instead`);
      return;
    }
    const r: any = err;
    expect(r.$metadata.httpStatusCode).toBe(500);
    const paramsToValidate: any = [
      {
        error: "server_error",
        message: "The service could not process the request.",
      },
    ][0];
    Object.keys(paramsToValidate).forEach((param) => {
      expect(
        r[param],
        `The output field ${param} should have been defined in ${JSON.stringify(r, null, 2)}`,
      ).toBeDefined();
      expect(equivalentContents(paramsToValidate[param], r[param])).toBe(true);
    });
    return;
  }
  fail("Expected an exception to be thrown from response");
});

/**
 * A rejected request: 400, type in X-Amzn-Errortype, error INVALID_REQUEST.
 */
it("SigninValidationException:Error:DeleteResourcePermissionStatement", async () => {
  const client = new SigninClient({
    ...clientParams,
    requestHandler: new ResponseDeserializationTestHandler(
      false,
      400,
      {
        "x-amzn-errortype": "ValidationException",
        "content-type": "application/json",
      },
      `{"error":"INVALID_REQUEST","message":"codeVerifier is required for grantType authorization_code."}`,
    ),
  });

  const params: any = {};
  const command = new DeleteResourcePermissionStatementCommand(params);

  try {
    await client.send(command);
  } catch (err) {
    if (err.name !== "ValidationException") {
      console.log(err);
      fail(`Expected a ValidationException to be thrown, got ${err.name} instead`);
      return;
    }
    const r: any = err;
    expect(r.$metadata.httpStatusCode).toBe(400);
    const paramsToValidate: any = [
      {
        error: "INVALID_REQUEST",
        message: "codeVerifier is required for grantType authorization_code.",
      },
    ][0];
    Object.keys(paramsToValidate).forEach((param) => {
      expect(
        r[param],
        `The output field ${param} should have been defined in ${JSON.stringify(r, null, 2)}`,
      ).toBeDefined();
      expect(equivalentContents(paramsToValidate[param], r[param])).toBe(true);
    });
    return;
  }
  fail("Expected an exception to be thrown from response");
});

/**
 * An ended session or expired refresh token: 401 TOKEN_EXPIRED.
 */
it("SigninAccessDeniedTokenExpired:Error:DeleteResourcePermissionStatement", async () => {
  const client = new SigninClient({
    ...clientParams,
    requestHandler: new ResponseDeserializationTestHandler(
      false,
      401,
      {
        "x-amzn-errortype": "AccessDeniedException",
        "content-type": "application/json",
      },
      `{"error":"TOKEN_EXPIRED","message":"The refresh token has expired."}`,
    ),
  });

  const params: any = {};
  const command = new DeleteResourcePermissionStatementCommand(params);

  try {
    await client.send(command);
  } catch (err) {
    if (err.name !== "AccessDeniedException") {
      console.log(err);
      fail(`Expected a AccessDeniedException to be thrown, got ${err.name} instead`);
      return;
    }
    const r: any = err;
    expect(r.$metadata.httpStatusCode).toBe(401);
    const paramsToValidate: any = [
      {
        error: "TOKEN_EXPIRED",
        message: "The refresh token has expired.",
      },
    ][0];
    Object.keys(paramsToValidate).forEach((param) => {
      expect(
        r[param],
        `The output field ${param} should have been defined in ${JSON.stringify(r, null, 2)}`,
      ).toBeDefined();
      expect(equivalentContents(paramsToValidate[param], r[param])).toBe(true);
    });
    return;
  }
  fail("Expected an exception to be thrown from response");
});

/**
 * An expired authorization code: 401 AUTHCODE_EXPIRED.
 */
it("SigninAccessDeniedAuthcodeExpired:Error:DeleteResourcePermissionStatement", async () => {
  const client = new SigninClient({
    ...clientParams,
    requestHandler: new ResponseDeserializationTestHandler(
      false,
      401,
      {
        "x-amzn-errortype": "AccessDeniedException",
        "content-type": "application/json",
      },
      `{"error":"AUTHCODE_EXPIRED","message":"The authorization code has expired."}`,
    ),
  });

  const params: any = {};
  const command = new DeleteResourcePermissionStatementCommand(params);

  try {
    await client.send(command);
  } catch (err) {
    if (err.name !== "AccessDeniedException") {
      console.log(err);
      fail(`Expected a AccessDeniedException to be thrown, got ${err.name} instead`);
      return;
    }
    const r: any = err;
    expect(r.$metadata.httpStatusCode).toBe(401);
    const paramsToValidate: any = [
      {
        error: "AUTHCODE_EXPIRED",
        message: "The authorization code has expired.",
      },
    ][0];
    Object.keys(paramsToValidate).forEach((param) => {
      expect(
        r[param],
        `The output field ${param} should have been defined in ${JSON.stringify(r, null, 2)}`,
      ).toBeDefined();
      expect(equivalentContents(paramsToValidate[param], r[param])).toBe(true);
    });
    return;
  }
  fail("Expected an exception to be thrown from response");
});

/**
 * The principal's credentials changed after sign-in: 403 USER_CREDENTIALS_CHANGED.
 */
it("SigninAccessDeniedUserCredentialsChanged:Error:DeleteResourcePermissionStatement", async () => {
  const client = new SigninClient({
    ...clientParams,
    requestHandler: new ResponseDeserializationTestHandler(
      false,
      403,
      {
        "x-amzn-errortype": "AccessDeniedException",
        "content-type": "application/json",
      },
      `{"error":"USER_CREDENTIALS_CHANGED","message":"The credentials of this principal changed after sign-in."}`,
    ),
  });

  const params: any = {};
  const command = new DeleteResourcePermissionStatementCommand(params);

  try {
    await client.send(command);
  } catch (err) {
    if (err.name !== "AccessDeniedException") {
      console.log(err);
      fail(`Expected a AccessDeniedException to be thrown, got ${err.name} instead`);
      return;
    }
    const r: any = err;
    expect(r.$metadata.httpStatusCode).toBe(403);
    const paramsToValidate: any = [
      {
        error: "USER_CREDENTIALS_CHANGED",
        message: "The credentials of this principal changed after sign-in.",
      },
    ][0];
    Object.keys(paramsToValidate).forEach((param) => {
      expect(
        r[param],
        `The output field ${param} should have been defined in ${JSON.stringify(r, null, 2)}`,
      ).toBeDefined();
      expect(equivalentContents(paramsToValidate[param], r[param])).toBe(true);
    });
    return;
  }
  fail("Expected an exception to be thrown from response");
});

/**
 * The principal may not call signin:CreateOAuth2Token: 403 INSUFFICIENT_PERMISSIONS.
 */
it("SigninAccessDeniedInsufficientPermissions:Error:DeleteResourcePermissionStatement", async () => {
  const client = new SigninClient({
    ...clientParams,
    requestHandler: new ResponseDeserializationTestHandler(
      false,
      403,
      {
        "x-amzn-errortype": "AccessDeniedException",
        "content-type": "application/json",
      },
      `{"error":"INSUFFICIENT_PERMISSIONS","message":"The principal is not allowed to perform signin:CreateOAuth2Token."}`,
    ),
  });

  const params: any = {};
  const command = new DeleteResourcePermissionStatementCommand(params);

  try {
    await client.send(command);
  } catch (err) {
    if (err.name !== "AccessDeniedException") {
      console.log(err);
      fail(`Expected a AccessDeniedException to be thrown, got ${err.name} instead`);
      return;
    }
    const r: any = err;
    expect(r.$metadata.httpStatusCode).toBe(403);
    const paramsToValidate: any = [
      {
        error: "INSUFFICIENT_PERMISSIONS",
        message: "The principal is not allowed to perform signin:CreateOAuth2Token.",
      },
    ][0];
    Object.keys(paramsToValidate).forEach((param) => {
      expect(
        r[param],
        `The output field ${param} should have been defined in ${JSON.stringify(r, null, 2)}`,
      ).toBeDefined();
      expect(equivalentContents(paramsToValidate[param], r[param])).toBe(true);
    });
    return;
  }
  fail("Expected an exception to be thrown from response");
});

/**
 * Rate limiting: 429, error INVALID_REQUEST. Note the shape name ends in Error.
 */
it("SigninTooManyRequestsError:Error:GetConsoleAuthorizationConfiguration", async () => {
  const client = new SigninClient({
    ...clientParams,
    requestHandler: new ResponseDeserializationTestHandler(
      false,
      429,
      {
        "x-amzn-errortype": "TooManyRequestsError",
        "content-type": "application/json",
      },
      `{"error":"INVALID_REQUEST","message":"Too many requests. Retry later."}`,
    ),
  });

  const params: any = {};
  const command = new GetConsoleAuthorizationConfigurationCommand(params);

  try {
    await client.send(command);
  } catch (err) {
    if (err.name !== "TooManyRequestsError") {
      console.log(err);
      fail(`Expected a TooManyRequestsError to be thrown, got ${err.name} instead`);
      return;
    }
    const r: any = err;
    expect(r.$metadata.httpStatusCode).toBe(429);
    const paramsToValidate: any = [
      {
        error: "INVALID_REQUEST",
        message: "Too many requests. Retry later.",
      },
    ][0];
    Object.keys(paramsToValidate).forEach((param) => {
      expect(
        r[param],
        `The output field ${param} should have been defined in ${JSON.stringify(r, null, 2)}`,
      ).toBeDefined();
      expect(equivalentContents(paramsToValidate[param], r[param])).toBe(true);
    });
    return;
  }
  fail("Expected an exception to be thrown from response");
});

/**
 * A service failure: 500, error server_error (lowercase on the wire).
 */
it("SigninInternalServerException:Error:GetConsoleAuthorizationConfiguration", async () => {
  const client = new SigninClient({
    ...clientParams,
    requestHandler: new ResponseDeserializationTestHandler(
      false,
      500,
      {
        "x-amzn-errortype": "InternalServerException",
        "content-type": "application/json",
      },
      `{"error":"server_error","message":"The service could not process the request."}`,
    ),
  });

  const params: any = {};
  const command = new GetConsoleAuthorizationConfigurationCommand(params);

  try {
    await client.send(command);
  } catch (err) {
    if (err.name !== "InternalServerException") {
      console.log(err);
      fail(`Expected a InternalServerException to be thrown, got ${err.name} instead`);
      return;
    }
    const r: any = err;
    expect(r.$metadata.httpStatusCode).toBe(500);
    const paramsToValidate: any = [
      {
        error: "server_error",
        message: "The service could not process the request.",
      },
    ][0];
    Object.keys(paramsToValidate).forEach((param) => {
      expect(
        r[param],
        `The output field ${param} should have been defined in ${JSON.stringify(r, null, 2)}`,
      ).toBeDefined();
      expect(equivalentContents(paramsToValidate[param], r[param])).toBe(true);
    });
    return;
  }
  fail("Expected an exception to be thrown from response");
});

/**
 * A rejected request: 400, type in X-Amzn-Errortype, error INVALID_REQUEST.
 */
it("SigninValidationException:Error:GetConsoleAuthorizationConfiguration", async () => {
  const client = new SigninClient({
    ...clientParams,
    requestHandler: new ResponseDeserializationTestHandler(
      false,
      400,
      {
        "x-amzn-errortype": "ValidationException",
        "content-type": "application/json",
      },
      `{"error":"INVALID_REQUEST","message":"codeVerifier is required for grantType authorization_code."}`,
    ),
  });

  const params: any = {};
  const command = new GetConsoleAuthorizationConfigurationCommand(params);

  try {
    await client.send(command);
  } catch (err) {
    if (err.name !== "ValidationException") {
      console.log(err);
      fail(`Expected a ValidationException to be thrown, got ${err.name} instead`);
      return;
    }
    const r: any = err;
    expect(r.$metadata.httpStatusCode).toBe(400);
    const paramsToValidate: any = [
      {
        error: "INVALID_REQUEST",
        message: "codeVerifier is required for grantType authorization_code.",
      },
    ][0];
    Object.keys(paramsToValidate).forEach((param) => {
      expect(
        r[param],
        `The output field ${param} should have been defined in ${JSON.stringify(r, null, 2)}`,
      ).toBeDefined();
      expect(equivalentContents(paramsToValidate[param], r[param])).toBe(true);
    });
    return;
  }
  fail("Expected an exception to be thrown from response");
});

/**
 * An ended session or expired refresh token: 401 TOKEN_EXPIRED.
 */
it("SigninAccessDeniedTokenExpired:Error:GetConsoleAuthorizationConfiguration", async () => {
  const client = new SigninClient({
    ...clientParams,
    requestHandler: new ResponseDeserializationTestHandler(
      false,
      401,
      {
        "x-amzn-errortype": "AccessDeniedException",
        "content-type": "application/json",
      },
      `{"error":"TOKEN_EXPIRED","message":"The refresh token has expired."}`,
    ),
  });

  const params: any = {};
  const command = new GetConsoleAuthorizationConfigurationCommand(params);

  try {
    await client.send(command);
  } catch (err) {
    if (err.name !== "AccessDeniedException") {
      console.log(err);
      fail(`Expected a AccessDeniedException to be thrown, got ${err.name} instead`);
      return;
    }
    const r: any = err;
    expect(r.$metadata.httpStatusCode).toBe(401);
    const paramsToValidate: any = [
      {
        error: "TOKEN_EXPIRED",
        message: "The refresh token has expired.",
      },
    ][0];
    Object.keys(paramsToValidate).forEach((param) => {
      expect(
        r[param],
        `The output field ${param} should have been defined in ${JSON.stringify(r, null, 2)}`,
      ).toBeDefined();
      expect(equivalentContents(paramsToValidate[param], r[param])).toBe(true);
    });
    return;
  }
  fail("Expected an exception to be thrown from response");
});

/**
 * An expired authorization code: 401 AUTHCODE_EXPIRED.
 */
it("SigninAccessDeniedAuthcodeExpired:Error:GetConsoleAuthorizationConfiguration", async () => {
  const client = new SigninClient({
    ...clientParams,
    requestHandler: new ResponseDeserializationTestHandler(
      false,
      401,
      {
        "x-amzn-errortype": "AccessDeniedException",
        "content-type": "application/json",
      },
      `{"error":"AUTHCODE_EXPIRED","message":"The authorization code has expired."}`,
    ),
  });

  const params: any = {};
  const command = new GetConsoleAuthorizationConfigurationCommand(params);

  try {
    await client.send(command);
  } catch (err) {
    if (err.name !== "AccessDeniedException") {
      console.log(err);
      fail(`Expected a AccessDeniedException to be thrown, got ${err.name} instead`);
      return;
    }
    const r: any = err;
    expect(r.$metadata.httpStatusCode).toBe(401);
    const paramsToValidate: any = [
      {
        error: "AUTHCODE_EXPIRED",
        message: "The authorization code has expired.",
      },
    ][0];
    Object.keys(paramsToValidate).forEach((param) => {
      expect(
        r[param],
        `The output field ${param} should have been defined in ${JSON.stringify(r, null, 2)}`,
      ).toBeDefined();
      expect(equivalentContents(paramsToValidate[param], r[param])).toBe(true);
    });
    return;
  }
  fail("Expected an exception to be thrown from response");
});

/**
 * The principal's credentials changed after sign-in: 403 USER_CREDENTIALS_CHANGED.
 */
it("SigninAccessDeniedUserCredentialsChanged:Error:GetConsoleAuthorizationConfiguration", async () => {
  const client = new SigninClient({
    ...clientParams,
    requestHandler: new ResponseDeserializationTestHandler(
      false,
      403,
      {
        "x-amzn-errortype": "AccessDeniedException",
        "content-type": "application/json",
      },
      `{"error":"USER_CREDENTIALS_CHANGED","message":"The credentials of this principal changed after sign-in."}`,
    ),
  });

  const params: any = {};
  const command = new GetConsoleAuthorizationConfigurationCommand(params);

  try {
    await client.send(command);
  } catch (err) {
    if (err.name !== "AccessDeniedException") {
      console.log(err);
      fail(`Expected a AccessDeniedException to be thrown, got ${err.name} instead`);
      return;
    }
    const r: any = err;
    expect(r.$metadata.httpStatusCode).toBe(403);
    const paramsToValidate: any = [
      {
        error: "USER_CREDENTIALS_CHANGED",
        message: "The credentials of this principal changed after sign-in.",
      },
    ][0];
    Object.keys(paramsToValidate).forEach((param) => {
      expect(
        r[param],
        `The output field ${param} should have been defined in ${JSON.stringify(r, null, 2)}`,
      ).toBeDefined();
      expect(equivalentContents(paramsToValidate[param], r[param])).toBe(true);
    });
    return;
  }
  fail("Expected an exception to be thrown from response");
});

/**
 * The principal may not call signin:CreateOAuth2Token: 403 INSUFFICIENT_PERMISSIONS.
 */
it("SigninAccessDeniedInsufficientPermissions:Error:GetConsoleAuthorizationConfiguration", async () => {
  const client = new SigninClient({
    ...clientParams,
    requestHandler: new ResponseDeserializationTestHandler(
      false,
      403,
      {
        "x-amzn-errortype": "AccessDeniedException",
        "content-type": "application/json",
      },
      `{"error":"INSUFFICIENT_PERMISSIONS","message":"The principal is not allowed to perform signin:CreateOAuth2Token."}`,
    ),
  });

  const params: any = {};
  const command = new GetConsoleAuthorizationConfigurationCommand(params);

  try {
    await client.send(command);
  } catch (err) {
    if (err.name !== "AccessDeniedException") {
      console.log(err);
      fail(`Expected a AccessDeniedException to be thrown, got ${err.name} instead`);
      return;
    }
    const r: any = err;
    expect(r.$metadata.httpStatusCode).toBe(403);
    const paramsToValidate: any = [
      {
        error: "INSUFFICIENT_PERMISSIONS",
        message: "The principal is not allowed to perform signin:CreateOAuth2Token.",
      },
    ][0];
    Object.keys(paramsToValidate).forEach((param) => {
      expect(
        r[param],
        `The output field ${param} should have been defined in ${JSON.stringify(r, null, 2)}`,
      ).toBeDefined();
      expect(equivalentContents(paramsToValidate[param], r[param])).toBe(true);
    });
    return;
  }
  fail("Expected an exception to be thrown from response");
});

/**
 * Rate limiting: 429, error INVALID_REQUEST. Note the shape name ends in Error.
 */
it("SigninTooManyRequestsError:Error:GetResourcePolicy", async () => {
  const client = new SigninClient({
    ...clientParams,
    requestHandler: new ResponseDeserializationTestHandler(
      false,
      429,
      {
        "x-amzn-errortype": "TooManyRequestsError",
        "content-type": "application/json",
      },
      `{"error":"INVALID_REQUEST","message":"Too many requests. Retry later."}`,
    ),
  });

  const params: any = {};
  const command = new GetResourcePolicyCommand(params);

  try {
    await client.send(command);
  } catch (err) {
    if (err.name !== "TooManyRequestsError") {
      console.log(err);
      fail(`Expected a TooManyRequestsError to be thrown, got ${err.name} instead`);
      return;
    }
    const r: any = err;
    expect(r.$metadata.httpStatusCode).toBe(429);
    const paramsToValidate: any = [
      {
        error: "INVALID_REQUEST",
        message: "Too many requests. Retry later.",
      },
    ][0];
    Object.keys(paramsToValidate).forEach((param) => {
      expect(
        r[param],
        `The output field ${param} should have been defined in ${JSON.stringify(r, null, 2)}`,
      ).toBeDefined();
      expect(equivalentContents(paramsToValidate[param], r[param])).toBe(true);
    });
    return;
  }
  fail("Expected an exception to be thrown from response");
});

/**
 * A service failure: 500, error server_error (lowercase on the wire).
 */
it("SigninInternalServerException:Error:GetResourcePolicy", async () => {
  const client = new SigninClient({
    ...clientParams,
    requestHandler: new ResponseDeserializationTestHandler(
      false,
      500,
      {
        "x-amzn-errortype": "InternalServerException",
        "content-type": "application/json",
      },
      `{"error":"server_error","message":"The service could not process the request."}`,
    ),
  });

  const params: any = {};
  const command = new GetResourcePolicyCommand(params);

  try {
    await client.send(command);
  } catch (err) {
    if (err.name !== "InternalServerException") {
      console.log(err);
      fail(`Expected a InternalServerException to be thrown, got ${err.name} instead`);
      return;
    }
    const r: any = err;
    expect(r.$metadata.httpStatusCode).toBe(500);
    const paramsToValidate: any = [
      {
        error: "server_error",
        message: "The service could not process the request.",
      },
    ][0];
    Object.keys(paramsToValidate).forEach((param) => {
      expect(
        r[param],
        `The output field ${param} should have been defined in ${JSON.stringify(r, null, 2)}`,
      ).toBeDefined();
      expect(equivalentContents(paramsToValidate[param], r[param])).toBe(true);
    });
    return;
  }
  fail("Expected an exception to be thrown from response");
});

/**
 * An ended session or expired refresh token: 401 TOKEN_EXPIRED.
 */
it("SigninAccessDeniedTokenExpired:Error:GetResourcePolicy", async () => {
  const client = new SigninClient({
    ...clientParams,
    requestHandler: new ResponseDeserializationTestHandler(
      false,
      401,
      {
        "x-amzn-errortype": "AccessDeniedException",
        "content-type": "application/json",
      },
      `{"error":"TOKEN_EXPIRED","message":"The refresh token has expired."}`,
    ),
  });

  const params: any = {};
  const command = new GetResourcePolicyCommand(params);

  try {
    await client.send(command);
  } catch (err) {
    if (err.name !== "AccessDeniedException") {
      console.log(err);
      fail(`Expected a AccessDeniedException to be thrown, got ${err.name} instead`);
      return;
    }
    const r: any = err;
    expect(r.$metadata.httpStatusCode).toBe(401);
    const paramsToValidate: any = [
      {
        error: "TOKEN_EXPIRED",
        message: "The refresh token has expired.",
      },
    ][0];
    Object.keys(paramsToValidate).forEach((param) => {
      expect(
        r[param],
        `The output field ${param} should have been defined in ${JSON.stringify(r, null, 2)}`,
      ).toBeDefined();
      expect(equivalentContents(paramsToValidate[param], r[param])).toBe(true);
    });
    return;
  }
  fail("Expected an exception to be thrown from response");
});

/**
 * An expired authorization code: 401 AUTHCODE_EXPIRED.
 */
it("SigninAccessDeniedAuthcodeExpired:Error:GetResourcePolicy", async () => {
  const client = new SigninClient({
    ...clientParams,
    requestHandler: new ResponseDeserializationTestHandler(
      false,
      401,
      {
        "x-amzn-errortype": "AccessDeniedException",
        "content-type": "application/json",
      },
      `{"error":"AUTHCODE_EXPIRED","message":"The authorization code has expired."}`,
    ),
  });

  const params: any = {};
  const command = new GetResourcePolicyCommand(params);

  try {
    await client.send(command);
  } catch (err) {
    if (err.name !== "AccessDeniedException") {
      console.log(err);
      fail(`Expected a AccessDeniedException to be thrown, got ${err.name} instead`);
      return;
    }
    const r: any = err;
    expect(r.$metadata.httpStatusCode).toBe(401);
    const paramsToValidate: any = [
      {
        error: "AUTHCODE_EXPIRED",
        message: "The authorization code has expired.",
      },
    ][0];
    Object.keys(paramsToValidate).forEach((param) => {
      expect(
        r[param],
        `The output field ${param} should have been defined in ${JSON.stringify(r, null, 2)}`,
      ).toBeDefined();
      expect(equivalentContents(paramsToValidate[param], r[param])).toBe(true);
    });
    return;
  }
  fail("Expected an exception to be thrown from response");
});

/**
 * The principal's credentials changed after sign-in: 403 USER_CREDENTIALS_CHANGED.
 */
it("SigninAccessDeniedUserCredentialsChanged:Error:GetResourcePolicy", async () => {
  const client = new SigninClient({
    ...clientParams,
    requestHandler: new ResponseDeserializationTestHandler(
      false,
      403,
      {
        "x-amzn-errortype": "AccessDeniedException",
        "content-type": "application/json",
      },
      `{"error":"USER_CREDENTIALS_CHANGED","message":"The credentials of this principal changed after sign-in."}`,
    ),
  });

  const params: any = {};
  const command = new GetResourcePolicyCommand(params);

  try {
    await client.send(command);
  } catch (err) {
    if (err.name !== "AccessDeniedException") {
      console.log(err);
      fail(`Expected a AccessDeniedException to be thrown, got ${err.name} instead`);
      return;
    }
    const r: any = err;
    expect(r.$metadata.httpStatusCode).toBe(403);
    const paramsToValidate: any = [
      {
        error: "USER_CREDENTIALS_CHANGED",
        message: "The credentials of this principal changed after sign-in.",
      },
    ][0];
    Object.keys(paramsToValidate).forEach((param) => {
      expect(
        r[param],
        `The output field ${param} should have been defined in ${JSON.stringify(r, null, 2)}`,
      ).toBeDefined();
      expect(equivalentContents(paramsToValidate[param], r[param])).toBe(true);
    });
    return;
  }
  fail("Expected an exception to be thrown from response");
});

/**
 * The principal may not call signin:CreateOAuth2Token: 403 INSUFFICIENT_PERMISSIONS.
 */
it("SigninAccessDeniedInsufficientPermissions:Error:GetResourcePolicy", async () => {
  const client = new SigninClient({
    ...clientParams,
    requestHandler: new ResponseDeserializationTestHandler(
      false,
      403,
      {
        "x-amzn-errortype": "AccessDeniedException",
        "content-type": "application/json",
      },
      `{"error":"INSUFFICIENT_PERMISSIONS","message":"The principal is not allowed to perform signin:CreateOAuth2Token."}`,
    ),
  });

  const params: any = {};
  const command = new GetResourcePolicyCommand(params);

  try {
    await client.send(command);
  } catch (err) {
    if (err.name !== "AccessDeniedException") {
      console.log(err);
      fail(`Expected a AccessDeniedException to be thrown, got ${err.name} instead`);
      return;
    }
    const r: any = err;
    expect(r.$metadata.httpStatusCode).toBe(403);
    const paramsToValidate: any = [
      {
        error: "INSUFFICIENT_PERMISSIONS",
        message: "The principal is not allowed to perform signin:CreateOAuth2Token.",
      },
    ][0];
    Object.keys(paramsToValidate).forEach((param) => {
      expect(
        r[param],
        `The output field ${param} should have been defined in ${JSON.stringify(r, null, 2)}`,
      ).toBeDefined();
      expect(equivalentContents(paramsToValidate[param], r[param])).toBe(true);
    });
    return;
  }
  fail("Expected an exception to be thrown from response");
});

/**
 * Rate limiting: 429, error INVALID_REQUEST. Note the shape name ends in Error.
 */
it("SigninTooManyRequestsError:Error:GetSession", async () => {
  const client = new SigninClient({
    ...clientParams,
    requestHandler: new ResponseDeserializationTestHandler(
      false,
      429,
      {
        "x-amzn-errortype": "TooManyRequestsError",
        "content-type": "application/json",
      },
      `{"error":"INVALID_REQUEST","message":"Too many requests. Retry later."}`,
    ),
  });

  const params: any = {};
  const command = new GetSessionCommand(params);

  try {
    await client.send(command);
  } catch (err) {
    if (err.name !== "TooManyRequestsError") {
      console.log(err);
      fail(`Expected a TooManyRequestsError to be thrown, got ${err.name} instead`);
      return;
    }
    const r: any = err;
    expect(r.$metadata.httpStatusCode).toBe(429);
    const paramsToValidate: any = [
      {
        error: "INVALID_REQUEST",
        message: "Too many requests. Retry later.",
      },
    ][0];
    Object.keys(paramsToValidate).forEach((param) => {
      expect(
        r[param],
        `The output field ${param} should have been defined in ${JSON.stringify(r, null, 2)}`,
      ).toBeDefined();
      expect(equivalentContents(paramsToValidate[param], r[param])).toBe(true);
    });
    return;
  }
  fail("Expected an exception to be thrown from response");
});

/**
 * A service failure: 500, error server_error (lowercase on the wire).
 */
it("SigninInternalServerException:Error:GetSession", async () => {
  const client = new SigninClient({
    ...clientParams,
    requestHandler: new ResponseDeserializationTestHandler(
      false,
      500,
      {
        "x-amzn-errortype": "InternalServerException",
        "content-type": "application/json",
      },
      `{"error":"server_error","message":"The service could not process the request."}`,
    ),
  });

  const params: any = {};
  const command = new GetSessionCommand(params);

  try {
    await client.send(command);
  } catch (err) {
    if (err.name !== "InternalServerException") {
      console.log(err);
      fail(`Expected a InternalServerException to be thrown, got ${err.name} instead`);
      return;
    }
    const r: any = err;
    expect(r.$metadata.httpStatusCode).toBe(500);
    const paramsToValidate: any = [
      {
        error: "server_error",
        message: "The service could not process the request.",
      },
    ][0];
    Object.keys(paramsToValidate).forEach((param) => {
      expect(
        r[param],
        `The output field ${param} should have been defined in ${JSON.stringify(r, null, 2)}`,
      ).toBeDefined();
      expect(equivalentContents(paramsToValidate[param], r[param])).toBe(true);
    });
    return;
  }
  fail("Expected an exception to be thrown from response");
});

/**
 * A rejected request: 400, type in X-Amzn-Errortype, error INVALID_REQUEST.
 */
it("SigninValidationException:Error:GetSession", async () => {
  const client = new SigninClient({
    ...clientParams,
    requestHandler: new ResponseDeserializationTestHandler(
      false,
      400,
      {
        "x-amzn-errortype": "ValidationException",
        "content-type": "application/json",
      },
      `{"error":"INVALID_REQUEST","message":"codeVerifier is required for grantType authorization_code."}`,
    ),
  });

  const params: any = {};
  const command = new GetSessionCommand(params);

  try {
    await client.send(command);
  } catch (err) {
    if (err.name !== "ValidationException") {
      console.log(err);
      fail(`Expected a ValidationException to be thrown, got ${err.name} instead`);
      return;
    }
    const r: any = err;
    expect(r.$metadata.httpStatusCode).toBe(400);
    const paramsToValidate: any = [
      {
        error: "INVALID_REQUEST",
        message: "codeVerifier is required for grantType authorization_code.",
      },
    ][0];
    Object.keys(paramsToValidate).forEach((param) => {
      expect(
        r[param],
        `The output field ${param} should have been defined in ${JSON.stringify(r, null, 2)}`,
      ).toBeDefined();
      expect(equivalentContents(paramsToValidate[param], r[param])).toBe(true);
    });
    return;
  }
  fail("Expected an exception to be thrown from response");
});

/**
 * An ended session or expired refresh token: 401 TOKEN_EXPIRED.
 */
it("SigninAccessDeniedTokenExpired:Error:GetSession", async () => {
  const client = new SigninClient({
    ...clientParams,
    requestHandler: new ResponseDeserializationTestHandler(
      false,
      401,
      {
        "x-amzn-errortype": "AccessDeniedException",
        "content-type": "application/json",
      },
      `{"error":"TOKEN_EXPIRED","message":"The refresh token has expired."}`,
    ),
  });

  const params: any = {};
  const command = new GetSessionCommand(params);

  try {
    await client.send(command);
  } catch (err) {
    if (err.name !== "AccessDeniedException") {
      console.log(err);
      fail(`Expected a AccessDeniedException to be thrown, got ${err.name} instead`);
      return;
    }
    const r: any = err;
    expect(r.$metadata.httpStatusCode).toBe(401);
    const paramsToValidate: any = [
      {
        error: "TOKEN_EXPIRED",
        message: "The refresh token has expired.",
      },
    ][0];
    Object.keys(paramsToValidate).forEach((param) => {
      expect(
        r[param],
        `The output field ${param} should have been defined in ${JSON.stringify(r, null, 2)}`,
      ).toBeDefined();
      expect(equivalentContents(paramsToValidate[param], r[param])).toBe(true);
    });
    return;
  }
  fail("Expected an exception to be thrown from response");
});

/**
 * An expired authorization code: 401 AUTHCODE_EXPIRED.
 */
it("SigninAccessDeniedAuthcodeExpired:Error:GetSession", async () => {
  const client = new SigninClient({
    ...clientParams,
    requestHandler: new ResponseDeserializationTestHandler(
      false,
      401,
      {
        "x-amzn-errortype": "AccessDeniedException",
        "content-type": "application/json",
      },
      `{"error":"AUTHCODE_EXPIRED","message":"The authorization code has expired."}`,
    ),
  });

  const params: any = {};
  const command = new GetSessionCommand(params);

  try {
    await client.send(command);
  } catch (err) {
    if (err.name !== "AccessDeniedException") {
      console.log(err);
      fail(`Expected a AccessDeniedException to be thrown, got ${err.name} instead`);
      return;
    }
    const r: any = err;
    expect(r.$metadata.httpStatusCode).toBe(401);
    const paramsToValidate: any = [
      {
        error: "AUTHCODE_EXPIRED",
        message: "The authorization code has expired.",
      },
    ][0];
    Object.keys(paramsToValidate).forEach((param) => {
      expect(
        r[param],
        `The output field ${param} should have been defined in ${JSON.stringify(r, null, 2)}`,
      ).toBeDefined();
      expect(equivalentContents(paramsToValidate[param], r[param])).toBe(true);
    });
    return;
  }
  fail("Expected an exception to be thrown from response");
});

/**
 * The principal's credentials changed after sign-in: 403 USER_CREDENTIALS_CHANGED.
 */
it("SigninAccessDeniedUserCredentialsChanged:Error:GetSession", async () => {
  const client = new SigninClient({
    ...clientParams,
    requestHandler: new ResponseDeserializationTestHandler(
      false,
      403,
      {
        "x-amzn-errortype": "AccessDeniedException",
        "content-type": "application/json",
      },
      `{"error":"USER_CREDENTIALS_CHANGED","message":"The credentials of this principal changed after sign-in."}`,
    ),
  });

  const params: any = {};
  const command = new GetSessionCommand(params);

  try {
    await client.send(command);
  } catch (err) {
    if (err.name !== "AccessDeniedException") {
      console.log(err);
      fail(`Expected a AccessDeniedException to be thrown, got ${err.name} instead`);
      return;
    }
    const r: any = err;
    expect(r.$metadata.httpStatusCode).toBe(403);
    const paramsToValidate: any = [
      {
        error: "USER_CREDENTIALS_CHANGED",
        message: "The credentials of this principal changed after sign-in.",
      },
    ][0];
    Object.keys(paramsToValidate).forEach((param) => {
      expect(
        r[param],
        `The output field ${param} should have been defined in ${JSON.stringify(r, null, 2)}`,
      ).toBeDefined();
      expect(equivalentContents(paramsToValidate[param], r[param])).toBe(true);
    });
    return;
  }
  fail("Expected an exception to be thrown from response");
});

/**
 * The principal may not call signin:CreateOAuth2Token: 403 INSUFFICIENT_PERMISSIONS.
 */
it("SigninAccessDeniedInsufficientPermissions:Error:GetSession", async () => {
  const client = new SigninClient({
    ...clientParams,
    requestHandler: new ResponseDeserializationTestHandler(
      false,
      403,
      {
        "x-amzn-errortype": "AccessDeniedException",
        "content-type": "application/json",
      },
      `{"error":"INSUFFICIENT_PERMISSIONS","message":"The principal is not allowed to perform signin:CreateOAuth2Token."}`,
    ),
  });

  const params: any = {};
  const command = new GetSessionCommand(params);

  try {
    await client.send(command);
  } catch (err) {
    if (err.name !== "AccessDeniedException") {
      console.log(err);
      fail(`Expected a AccessDeniedException to be thrown, got ${err.name} instead`);
      return;
    }
    const r: any = err;
    expect(r.$metadata.httpStatusCode).toBe(403);
    const paramsToValidate: any = [
      {
        error: "INSUFFICIENT_PERMISSIONS",
        message: "The principal is not allowed to perform signin:CreateOAuth2Token.",
      },
    ][0];
    Object.keys(paramsToValidate).forEach((param) => {
      expect(
        r[param],
        `The output field ${param} should have been defined in ${JSON.stringify(r, null, 2)}`,
      ).toBeDefined();
      expect(equivalentContents(paramsToValidate[param], r[param])).toBe(true);
    });
    return;
  }
  fail("Expected an exception to be thrown from response");
});

/**
 * Rate limiting: 429, error INVALID_REQUEST. Note the shape name ends in Error.
 */
it("SigninTooManyRequestsError:Error:IntrospectOAuth2TokenWithIAM", async () => {
  const client = new SigninClient({
    ...clientParams,
    requestHandler: new ResponseDeserializationTestHandler(
      false,
      429,
      {
        "x-amzn-errortype": "TooManyRequestsError",
        "content-type": "application/json",
      },
      `{"error":"INVALID_REQUEST","message":"Too many requests. Retry later."}`,
    ),
  });

  const params: any = {};
  const command = new IntrospectOAuth2TokenWithIAMCommand(params);

  try {
    await client.send(command);
  } catch (err) {
    if (err.name !== "TooManyRequestsError") {
      console.log(err);
      fail(`Expected a TooManyRequestsError to be thrown, got ${err.name} instead`);
      return;
    }
    const r: any = err;
    expect(r.$metadata.httpStatusCode).toBe(429);
    const paramsToValidate: any = [
      {
        error: "INVALID_REQUEST",
        message: "Too many requests. Retry later.",
      },
    ][0];
    Object.keys(paramsToValidate).forEach((param) => {
      expect(
        r[param],
        `The output field ${param} should have been defined in ${JSON.stringify(r, null, 2)}`,
      ).toBeDefined();
      expect(equivalentContents(paramsToValidate[param], r[param])).toBe(true);
    });
    return;
  }
  fail("Expected an exception to be thrown from response");
});

/**
 * A service failure: 500, error server_error (lowercase on the wire).
 */
it("SigninInternalServerException:Error:IntrospectOAuth2TokenWithIAM", async () => {
  const client = new SigninClient({
    ...clientParams,
    requestHandler: new ResponseDeserializationTestHandler(
      false,
      500,
      {
        "x-amzn-errortype": "InternalServerException",
        "content-type": "application/json",
      },
      `{"error":"server_error","message":"The service could not process the request."}`,
    ),
  });

  const params: any = {};
  const command = new IntrospectOAuth2TokenWithIAMCommand(params);

  try {
    await client.send(command);
  } catch (err) {
    if (err.name !== "InternalServerException") {
      console.log(err);
      fail(`Expected a InternalServerException to be thrown, got ${err.name} instead`);
      return;
    }
    const r: any = err;
    expect(r.$metadata.httpStatusCode).toBe(500);
    const paramsToValidate: any = [
      {
        error: "server_error",
        message: "The service could not process the request.",
      },
    ][0];
    Object.keys(paramsToValidate).forEach((param) => {
      expect(
        r[param],
        `The output field ${param} should have been defined in ${JSON.stringify(r, null, 2)}`,
      ).toBeDefined();
      expect(equivalentContents(paramsToValidate[param], r[param])).toBe(true);
    });
    return;
  }
  fail("Expected an exception to be thrown from response");
});

/**
 * A rejected request: 400, type in X-Amzn-Errortype, error INVALID_REQUEST.
 */
it("SigninValidationException:Error:IntrospectOAuth2TokenWithIAM", async () => {
  const client = new SigninClient({
    ...clientParams,
    requestHandler: new ResponseDeserializationTestHandler(
      false,
      400,
      {
        "x-amzn-errortype": "ValidationException",
        "content-type": "application/json",
      },
      `{"error":"INVALID_REQUEST","message":"codeVerifier is required for grantType authorization_code."}`,
    ),
  });

  const params: any = {};
  const command = new IntrospectOAuth2TokenWithIAMCommand(params);

  try {
    await client.send(command);
  } catch (err) {
    if (err.name !== "ValidationException") {
      console.log(err);
      fail(`Expected a ValidationException to be thrown, got ${err.name} instead`);
      return;
    }
    const r: any = err;
    expect(r.$metadata.httpStatusCode).toBe(400);
    const paramsToValidate: any = [
      {
        error: "INVALID_REQUEST",
        message: "codeVerifier is required for grantType authorization_code.",
      },
    ][0];
    Object.keys(paramsToValidate).forEach((param) => {
      expect(
        r[param],
        `The output field ${param} should have been defined in ${JSON.stringify(r, null, 2)}`,
      ).toBeDefined();
      expect(equivalentContents(paramsToValidate[param], r[param])).toBe(true);
    });
    return;
  }
  fail("Expected an exception to be thrown from response");
});

/**
 * An ended session or expired refresh token: 401 TOKEN_EXPIRED.
 */
it("SigninAccessDeniedTokenExpired:Error:IntrospectOAuth2TokenWithIAM", async () => {
  const client = new SigninClient({
    ...clientParams,
    requestHandler: new ResponseDeserializationTestHandler(
      false,
      401,
      {
        "x-amzn-errortype": "AccessDeniedException",
        "content-type": "application/json",
      },
      `{"error":"TOKEN_EXPIRED","message":"The refresh token has expired."}`,
    ),
  });

  const params: any = {};
  const command = new IntrospectOAuth2TokenWithIAMCommand(params);

  try {
    await client.send(command);
  } catch (err) {
    if (err.name !== "AccessDeniedException") {
      console.log(err);
      fail(`Expected a AccessDeniedException to be thrown, got ${err.name} instead`);
      return;
    }
    const r: any = err;
    expect(r.$metadata.httpStatusCode).toBe(401);
    const paramsToValidate: any = [
      {
        error: "TOKEN_EXPIRED",
        message: "The refresh token has expired.",
      },
    ][0];
    Object.keys(paramsToValidate).forEach((param) => {
      expect(
        r[param],
        `The output field ${param} should have been defined in ${JSON.stringify(r, null, 2)}`,
      ).toBeDefined();
      expect(equivalentContents(paramsToValidate[param], r[param])).toBe(true);
    });
    return;
  }
  fail("Expected an exception to be thrown from response");
});

/**
 * An expired authorization code: 401 AUTHCODE_EXPIRED.
 */
it("SigninAccessDeniedAuthcodeExpired:Error:IntrospectOAuth2TokenWithIAM", async () => {
  const client = new SigninClient({
    ...clientParams,
    requestHandler: new ResponseDeserializationTestHandler(
      false,
      401,
      {
        "x-amzn-errortype": "AccessDeniedException",
        "content-type": "application/json",
      },
      `{"error":"AUTHCODE_EXPIRED","message":"The authorization code has expired."}`,
    ),
  });

  const params: any = {};
  const command = new IntrospectOAuth2TokenWithIAMCommand(params);

  try {
    await client.send(command);
  } catch (err) {
    if (err.name !== "AccessDeniedException") {
      console.log(err);
      fail(`Expected a AccessDeniedException to be thrown, got ${err.name} instead`);
      return;
    }
    const r: any = err;
    expect(r.$metadata.httpStatusCode).toBe(401);
    const paramsToValidate: any = [
      {
        error: "AUTHCODE_EXPIRED",
        message: "The authorization code has expired.",
      },
    ][0];
    Object.keys(paramsToValidate).forEach((param) => {
      expect(
        r[param],
        `The output field ${param} should have been defined in ${JSON.stringify(r, null, 2)}`,
      ).toBeDefined();
      expect(equivalentContents(paramsToValidate[param], r[param])).toBe(true);
    });
    return;
  }
  fail("Expected an exception to be thrown from response");
});

/**
 * The principal's credentials changed after sign-in: 403 USER_CREDENTIALS_CHANGED.
 */
it("SigninAccessDeniedUserCredentialsChanged:Error:IntrospectOAuth2TokenWithIAM", async () => {
  const client = new SigninClient({
    ...clientParams,
    requestHandler: new ResponseDeserializationTestHandler(
      false,
      403,
      {
        "x-amzn-errortype": "AccessDeniedException",
        "content-type": "application/json",
      },
      `{"error":"USER_CREDENTIALS_CHANGED","message":"The credentials of this principal changed after sign-in."}`,
    ),
  });

  const params: any = {};
  const command = new IntrospectOAuth2TokenWithIAMCommand(params);

  try {
    await client.send(command);
  } catch (err) {
    if (err.name !== "AccessDeniedException") {
      console.log(err);
      fail(`Expected a AccessDeniedException to be thrown, got ${err.name} instead`);
      return;
    }
    const r: any = err;
    expect(r.$metadata.httpStatusCode).toBe(403);
    const paramsToValidate: any = [
      {
        error: "USER_CREDENTIALS_CHANGED",
        message: "The credentials of this principal changed after sign-in.",
      },
    ][0];
    Object.keys(paramsToValidate).forEach((param) => {
      expect(
        r[param],
        `The output field ${param} should have been defined in ${JSON.stringify(r, null, 2)}`,
      ).toBeDefined();
      expect(equivalentContents(paramsToValidate[param], r[param])).toBe(true);
    });
    return;
  }
  fail("Expected an exception to be thrown from response");
});

/**
 * The principal may not call signin:CreateOAuth2Token: 403 INSUFFICIENT_PERMISSIONS.
 */
it("SigninAccessDeniedInsufficientPermissions:Error:IntrospectOAuth2TokenWithIAM", async () => {
  const client = new SigninClient({
    ...clientParams,
    requestHandler: new ResponseDeserializationTestHandler(
      false,
      403,
      {
        "x-amzn-errortype": "AccessDeniedException",
        "content-type": "application/json",
      },
      `{"error":"INSUFFICIENT_PERMISSIONS","message":"The principal is not allowed to perform signin:CreateOAuth2Token."}`,
    ),
  });

  const params: any = {};
  const command = new IntrospectOAuth2TokenWithIAMCommand(params);

  try {
    await client.send(command);
  } catch (err) {
    if (err.name !== "AccessDeniedException") {
      console.log(err);
      fail(`Expected a AccessDeniedException to be thrown, got ${err.name} instead`);
      return;
    }
    const r: any = err;
    expect(r.$metadata.httpStatusCode).toBe(403);
    const paramsToValidate: any = [
      {
        error: "INSUFFICIENT_PERMISSIONS",
        message: "The principal is not allowed to perform signin:CreateOAuth2Token.",
      },
    ][0];
    Object.keys(paramsToValidate).forEach((param) => {
      expect(
        r[param],
        `The output field ${param} should have been defined in ${JSON.stringify(r, null, 2)}`,
      ).toBeDefined();
      expect(equivalentContents(paramsToValidate[param], r[param])).toBe(true);
    });
    return;
  }
  fail("Expected an exception to be thrown from response");
});

/**
 * Rate limiting: 429, error INVALID_REQUEST. Note the shape name ends in Error.
 */
it("SigninTooManyRequestsError:Error:ListResourcePermissionStatements", async () => {
  const client = new SigninClient({
    ...clientParams,
    requestHandler: new ResponseDeserializationTestHandler(
      false,
      429,
      {
        "x-amzn-errortype": "TooManyRequestsError",
        "content-type": "application/json",
      },
      `{"error":"INVALID_REQUEST","message":"Too many requests. Retry later."}`,
    ),
  });

  const params: any = {};
  const command = new ListResourcePermissionStatementsCommand(params);

  try {
    await client.send(command);
  } catch (err) {
    if (err.name !== "TooManyRequestsError") {
      console.log(err);
      fail(`Expected a TooManyRequestsError to be thrown, got ${err.name} instead`);
      return;
    }
    const r: any = err;
    expect(r.$metadata.httpStatusCode).toBe(429);
    const paramsToValidate: any = [
      {
        error: "INVALID_REQUEST",
        message: "Too many requests. Retry later.",
      },
    ][0];
    Object.keys(paramsToValidate).forEach((param) => {
      expect(
        r[param],
        `The output field ${param} should have been defined in ${JSON.stringify(r, null, 2)}`,
      ).toBeDefined();
      expect(equivalentContents(paramsToValidate[param], r[param])).toBe(true);
    });
    return;
  }
  fail("Expected an exception to be thrown from response");
});

/**
 * A service failure: 500, error server_error (lowercase on the wire).
 */
it("SigninInternalServerException:Error:ListResourcePermissionStatements", async () => {
  const client = new SigninClient({
    ...clientParams,
    requestHandler: new ResponseDeserializationTestHandler(
      false,
      500,
      {
        "x-amzn-errortype": "InternalServerException",
        "content-type": "application/json",
      },
      `{"error":"server_error","message":"The service could not process the request."}`,
    ),
  });

  const params: any = {};
  const command = new ListResourcePermissionStatementsCommand(params);

  try {
    await client.send(command);
  } catch (err) {
    if (err.name !== "InternalServerException") {
      console.log(err);
      fail(`Expected a InternalServerException to be thrown, got ${err.name} instead`);
      return;
    }
    const r: any = err;
    expect(r.$metadata.httpStatusCode).toBe(500);
    const paramsToValidate: any = [
      {
        error: "server_error",
        message: "The service could not process the request.",
      },
    ][0];
    Object.keys(paramsToValidate).forEach((param) => {
      expect(
        r[param],
        `The output field ${param} should have been defined in ${JSON.stringify(r, null, 2)}`,
      ).toBeDefined();
      expect(equivalentContents(paramsToValidate[param], r[param])).toBe(true);
    });
    return;
  }
  fail("Expected an exception to be thrown from response");
});

/**
 * A rejected request: 400, type in X-Amzn-Errortype, error INVALID_REQUEST.
 */
it("SigninValidationException:Error:ListResourcePermissionStatements", async () => {
  const client = new SigninClient({
    ...clientParams,
    requestHandler: new ResponseDeserializationTestHandler(
      false,
      400,
      {
        "x-amzn-errortype": "ValidationException",
        "content-type": "application/json",
      },
      `{"error":"INVALID_REQUEST","message":"codeVerifier is required for grantType authorization_code."}`,
    ),
  });

  const params: any = {};
  const command = new ListResourcePermissionStatementsCommand(params);

  try {
    await client.send(command);
  } catch (err) {
    if (err.name !== "ValidationException") {
      console.log(err);
      fail(`Expected a ValidationException to be thrown, got ${err.name} instead`);
      return;
    }
    const r: any = err;
    expect(r.$metadata.httpStatusCode).toBe(400);
    const paramsToValidate: any = [
      {
        error: "INVALID_REQUEST",
        message: "codeVerifier is required for grantType authorization_code.",
      },
    ][0];
    Object.keys(paramsToValidate).forEach((param) => {
      expect(
        r[param],
        `The output field ${param} should have been defined in ${JSON.stringify(r, null, 2)}`,
      ).toBeDefined();
      expect(equivalentContents(paramsToValidate[param], r[param])).toBe(true);
    });
    return;
  }
  fail("Expected an exception to be thrown from response");
});

/**
 * An ended session or expired refresh token: 401 TOKEN_EXPIRED.
 */
it("SigninAccessDeniedTokenExpired:Error:ListResourcePermissionStatements", async () => {
  const client = new SigninClient({
    ...clientParams,
    requestHandler: new ResponseDeserializationTestHandler(
      false,
      401,
      {
        "x-amzn-errortype": "AccessDeniedException",
        "content-type": "application/json",
      },
      `{"error":"TOKEN_EXPIRED","message":"The refresh token has expired."}`,
    ),
  });

  const params: any = {};
  const command = new ListResourcePermissionStatementsCommand(params);

  try {
    await client.send(command);
  } catch (err) {
    if (err.name !== "AccessDeniedException") {
      console.log(err);
      fail(`Expected a AccessDeniedException to be thrown, got ${err.name} instead`);
      return;
    }
    const r: any = err;
    expect(r.$metadata.httpStatusCode).toBe(401);
    const paramsToValidate: any = [
      {
        error: "TOKEN_EXPIRED",
        message: "The refresh token has expired.",
      },
    ][0];
    Object.keys(paramsToValidate).forEach((param) => {
      expect(
        r[param],
        `The output field ${param} should have been defined in ${JSON.stringify(r, null, 2)}`,
      ).toBeDefined();
      expect(equivalentContents(paramsToValidate[param], r[param])).toBe(true);
    });
    return;
  }
  fail("Expected an exception to be thrown from response");
});

/**
 * An expired authorization code: 401 AUTHCODE_EXPIRED.
 */
it("SigninAccessDeniedAuthcodeExpired:Error:ListResourcePermissionStatements", async () => {
  const client = new SigninClient({
    ...clientParams,
    requestHandler: new ResponseDeserializationTestHandler(
      false,
      401,
      {
        "x-amzn-errortype": "AccessDeniedException",
        "content-type": "application/json",
      },
      `{"error":"AUTHCODE_EXPIRED","message":"The authorization code has expired."}`,
    ),
  });

  const params: any = {};
  const command = new ListResourcePermissionStatementsCommand(params);

  try {
    await client.send(command);
  } catch (err) {
    if (err.name !== "AccessDeniedException") {
      console.log(err);
      fail(`Expected a AccessDeniedException to be thrown, got ${err.name} instead`);
      return;
    }
    const r: any = err;
    expect(r.$metadata.httpStatusCode).toBe(401);
    const paramsToValidate: any = [
      {
        error: "AUTHCODE_EXPIRED",
        message: "The authorization code has expired.",
      },
    ][0];
    Object.keys(paramsToValidate).forEach((param) => {
      expect(
        r[param],
        `The output field ${param} should have been defined in ${JSON.stringify(r, null, 2)}`,
      ).toBeDefined();
      expect(equivalentContents(paramsToValidate[param], r[param])).toBe(true);
    });
    return;
  }
  fail("Expected an exception to be thrown from response");
});

/**
 * The principal's credentials changed after sign-in: 403 USER_CREDENTIALS_CHANGED.
 */
it("SigninAccessDeniedUserCredentialsChanged:Error:ListResourcePermissionStatements", async () => {
  const client = new SigninClient({
    ...clientParams,
    requestHandler: new ResponseDeserializationTestHandler(
      false,
      403,
      {
        "x-amzn-errortype": "AccessDeniedException",
        "content-type": "application/json",
      },
      `{"error":"USER_CREDENTIALS_CHANGED","message":"The credentials of this principal changed after sign-in."}`,
    ),
  });

  const params: any = {};
  const command = new ListResourcePermissionStatementsCommand(params);

  try {
    await client.send(command);
  } catch (err) {
    if (err.name !== "AccessDeniedException") {
      console.log(err);
      fail(`Expected a AccessDeniedException to be thrown, got ${err.name} instead`);
      return;
    }
    const r: any = err;
    expect(r.$metadata.httpStatusCode).toBe(403);
    const paramsToValidate: any = [
      {
        error: "USER_CREDENTIALS_CHANGED",
        message: "The credentials of this principal changed after sign-in.",
      },
    ][0];
    Object.keys(paramsToValidate).forEach((param) => {
      expect(
        r[param],
        `The output field ${param} should have been defined in ${JSON.stringify(r, null, 2)}`,
      ).toBeDefined();
      expect(equivalentContents(paramsToValidate[param], r[param])).toBe(true);
    });
    return;
  }
  fail("Expected an exception to be thrown from response");
});

/**
 * The principal may not call signin:CreateOAuth2Token: 403 INSUFFICIENT_PERMISSIONS.
 */
it("SigninAccessDeniedInsufficientPermissions:Error:ListResourcePermissionStatements", async () => {
  const client = new SigninClient({
    ...clientParams,
    requestHandler: new ResponseDeserializationTestHandler(
      false,
      403,
      {
        "x-amzn-errortype": "AccessDeniedException",
        "content-type": "application/json",
      },
      `{"error":"INSUFFICIENT_PERMISSIONS","message":"The principal is not allowed to perform signin:CreateOAuth2Token."}`,
    ),
  });

  const params: any = {};
  const command = new ListResourcePermissionStatementsCommand(params);

  try {
    await client.send(command);
  } catch (err) {
    if (err.name !== "AccessDeniedException") {
      console.log(err);
      fail(`Expected a AccessDeniedException to be thrown, got ${err.name} instead`);
      return;
    }
    const r: any = err;
    expect(r.$metadata.httpStatusCode).toBe(403);
    const paramsToValidate: any = [
      {
        error: "INSUFFICIENT_PERMISSIONS",
        message: "The principal is not allowed to perform signin:CreateOAuth2Token.",
      },
    ][0];
    Object.keys(paramsToValidate).forEach((param) => {
      expect(
        r[param],
        `The output field ${param} should have been defined in ${JSON.stringify(r, null, 2)}`,
      ).toBeDefined();
      expect(equivalentContents(paramsToValidate[param], r[param])).toBe(true);
    });
    return;
  }
  fail("Expected an exception to be thrown from response");
});

/**
 * Rate limiting: 429, error INVALID_REQUEST. Note the shape name ends in Error.
 */
it("SigninTooManyRequestsError:Error:ListSessions", async () => {
  const client = new SigninClient({
    ...clientParams,
    requestHandler: new ResponseDeserializationTestHandler(
      false,
      429,
      {
        "x-amzn-errortype": "TooManyRequestsError",
        "content-type": "application/json",
      },
      `{"error":"INVALID_REQUEST","message":"Too many requests. Retry later."}`,
    ),
  });

  const params: any = {};
  const command = new ListSessionsCommand(params);

  try {
    await client.send(command);
  } catch (err) {
    if (err.name !== "TooManyRequestsError") {
      console.log(err);
      fail(`Expected a TooManyRequestsError to be thrown, got ${err.name} instead`);
      return;
    }
    const r: any = err;
    expect(r.$metadata.httpStatusCode).toBe(429);
    const paramsToValidate: any = [
      {
        error: "INVALID_REQUEST",
        message: "Too many requests. Retry later.",
      },
    ][0];
    Object.keys(paramsToValidate).forEach((param) => {
      expect(
        r[param],
        `The output field ${param} should have been defined in ${JSON.stringify(r, null, 2)}`,
      ).toBeDefined();
      expect(equivalentContents(paramsToValidate[param], r[param])).toBe(true);
    });
    return;
  }
  fail("Expected an exception to be thrown from response");
});

/**
 * A service failure: 500, error server_error (lowercase on the wire).
 */
it("SigninInternalServerException:Error:ListSessions", async () => {
  const client = new SigninClient({
    ...clientParams,
    requestHandler: new ResponseDeserializationTestHandler(
      false,
      500,
      {
        "x-amzn-errortype": "InternalServerException",
        "content-type": "application/json",
      },
      `{"error":"server_error","message":"The service could not process the request."}`,
    ),
  });

  const params: any = {};
  const command = new ListSessionsCommand(params);

  try {
    await client.send(command);
  } catch (err) {
    if (err.name !== "InternalServerException") {
      console.log(err);
      fail(`Expected a InternalServerException to be thrown, got ${err.name} instead`);
      return;
    }
    const r: any = err;
    expect(r.$metadata.httpStatusCode).toBe(500);
    const paramsToValidate: any = [
      {
        error: "server_error",
        message: "The service could not process the request.",
      },
    ][0];
    Object.keys(paramsToValidate).forEach((param) => {
      expect(
        r[param],
        `The output field ${param} should have been defined in ${JSON.stringify(r, null, 2)}`,
      ).toBeDefined();
      expect(equivalentContents(paramsToValidate[param], r[param])).toBe(true);
    });
    return;
  }
  fail("Expected an exception to be thrown from response");
});

/**
 * A rejected request: 400, type in X-Amzn-Errortype, error INVALID_REQUEST.
 */
it("SigninValidationException:Error:ListSessions", async () => {
  const client = new SigninClient({
    ...clientParams,
    requestHandler: new ResponseDeserializationTestHandler(
      false,
      400,
      {
        "x-amzn-errortype": "ValidationException",
        "content-type": "application/json",
      },
      `{"error":"INVALID_REQUEST","message":"codeVerifier is required for grantType authorization_code."}`,
    ),
  });

  const params: any = {};
  const command = new ListSessionsCommand(params);

  try {
    await client.send(command);
  } catch (err) {
    if (err.name !== "ValidationException") {
      console.log(err);
      fail(`Expected a ValidationException to be thrown, got ${err.name} instead`);
      return;
    }
    const r: any = err;
    expect(r.$metadata.httpStatusCode).toBe(400);
    const paramsToValidate: any = [
      {
        error: "INVALID_REQUEST",
        message: "codeVerifier is required for grantType authorization_code.",
      },
    ][0];
    Object.keys(paramsToValidate).forEach((param) => {
      expect(
        r[param],
        `The output field ${param} should have been defined in ${JSON.stringify(r, null, 2)}`,
      ).toBeDefined();
      expect(equivalentContents(paramsToValidate[param], r[param])).toBe(true);
    });
    return;
  }
  fail("Expected an exception to be thrown from response");
});

/**
 * An ended session or expired refresh token: 401 TOKEN_EXPIRED.
 */
it("SigninAccessDeniedTokenExpired:Error:ListSessions", async () => {
  const client = new SigninClient({
    ...clientParams,
    requestHandler: new ResponseDeserializationTestHandler(
      false,
      401,
      {
        "x-amzn-errortype": "AccessDeniedException",
        "content-type": "application/json",
      },
      `{"error":"TOKEN_EXPIRED","message":"The refresh token has expired."}`,
    ),
  });

  const params: any = {};
  const command = new ListSessionsCommand(params);

  try {
    await client.send(command);
  } catch (err) {
    if (err.name !== "AccessDeniedException") {
      console.log(err);
      fail(`Expected a AccessDeniedException to be thrown, got ${err.name} instead`);
      return;
    }
    const r: any = err;
    expect(r.$metadata.httpStatusCode).toBe(401);
    const paramsToValidate: any = [
      {
        error: "TOKEN_EXPIRED",
        message: "The refresh token has expired.",
      },
    ][0];
    Object.keys(paramsToValidate).forEach((param) => {
      expect(
        r[param],
        `The output field ${param} should have been defined in ${JSON.stringify(r, null, 2)}`,
      ).toBeDefined();
      expect(equivalentContents(paramsToValidate[param], r[param])).toBe(true);
    });
    return;
  }
  fail("Expected an exception to be thrown from response");
});

/**
 * An expired authorization code: 401 AUTHCODE_EXPIRED.
 */
it("SigninAccessDeniedAuthcodeExpired:Error:ListSessions", async () => {
  const client = new SigninClient({
    ...clientParams,
    requestHandler: new ResponseDeserializationTestHandler(
      false,
      401,
      {
        "x-amzn-errortype": "AccessDeniedException",
        "content-type": "application/json",
      },
      `{"error":"AUTHCODE_EXPIRED","message":"The authorization code has expired."}`,
    ),
  });

  const params: any = {};
  const command = new ListSessionsCommand(params);

  try {
    await client.send(command);
  } catch (err) {
    if (err.name !== "AccessDeniedException") {
      console.log(err);
      fail(`Expected a AccessDeniedException to be thrown, got ${err.name} instead`);
      return;
    }
    const r: any = err;
    expect(r.$metadata.httpStatusCode).toBe(401);
    const paramsToValidate: any = [
      {
        error: "AUTHCODE_EXPIRED",
        message: "The authorization code has expired.",
      },
    ][0];
    Object.keys(paramsToValidate).forEach((param) => {
      expect(
        r[param],
        `The output field ${param} should have been defined in ${JSON.stringify(r, null, 2)}`,
      ).toBeDefined();
      expect(equivalentContents(paramsToValidate[param], r[param])).toBe(true);
    });
    return;
  }
  fail("Expected an exception to be thrown from response");
});

/**
 * The principal's credentials changed after sign-in: 403 USER_CREDENTIALS_CHANGED.
 */
it("SigninAccessDeniedUserCredentialsChanged:Error:ListSessions", async () => {
  const client = new SigninClient({
    ...clientParams,
    requestHandler: new ResponseDeserializationTestHandler(
      false,
      403,
      {
        "x-amzn-errortype": "AccessDeniedException",
        "content-type": "application/json",
      },
      `{"error":"USER_CREDENTIALS_CHANGED","message":"The credentials of this principal changed after sign-in."}`,
    ),
  });

  const params: any = {};
  const command = new ListSessionsCommand(params);

  try {
    await client.send(command);
  } catch (err) {
    if (err.name !== "AccessDeniedException") {
      console.log(err);
      fail(`Expected a AccessDeniedException to be thrown, got ${err.name} instead`);
      return;
    }
    const r: any = err;
    expect(r.$metadata.httpStatusCode).toBe(403);
    const paramsToValidate: any = [
      {
        error: "USER_CREDENTIALS_CHANGED",
        message: "The credentials of this principal changed after sign-in.",
      },
    ][0];
    Object.keys(paramsToValidate).forEach((param) => {
      expect(
        r[param],
        `The output field ${param} should have been defined in ${JSON.stringify(r, null, 2)}`,
      ).toBeDefined();
      expect(equivalentContents(paramsToValidate[param], r[param])).toBe(true);
    });
    return;
  }
  fail("Expected an exception to be thrown from response");
});

/**
 * The principal may not call signin:CreateOAuth2Token: 403 INSUFFICIENT_PERMISSIONS.
 */
it("SigninAccessDeniedInsufficientPermissions:Error:ListSessions", async () => {
  const client = new SigninClient({
    ...clientParams,
    requestHandler: new ResponseDeserializationTestHandler(
      false,
      403,
      {
        "x-amzn-errortype": "AccessDeniedException",
        "content-type": "application/json",
      },
      `{"error":"INSUFFICIENT_PERMISSIONS","message":"The principal is not allowed to perform signin:CreateOAuth2Token."}`,
    ),
  });

  const params: any = {};
  const command = new ListSessionsCommand(params);

  try {
    await client.send(command);
  } catch (err) {
    if (err.name !== "AccessDeniedException") {
      console.log(err);
      fail(`Expected a AccessDeniedException to be thrown, got ${err.name} instead`);
      return;
    }
    const r: any = err;
    expect(r.$metadata.httpStatusCode).toBe(403);
    const paramsToValidate: any = [
      {
        error: "INSUFFICIENT_PERMISSIONS",
        message: "The principal is not allowed to perform signin:CreateOAuth2Token.",
      },
    ][0];
    Object.keys(paramsToValidate).forEach((param) => {
      expect(
        r[param],
        `The output field ${param} should have been defined in ${JSON.stringify(r, null, 2)}`,
      ).toBeDefined();
      expect(equivalentContents(paramsToValidate[param], r[param])).toBe(true);
    });
    return;
  }
  fail("Expected an exception to be thrown from response");
});

/**
 * Rate limiting: 429, error INVALID_REQUEST. Note the shape name ends in Error.
 */
it("SigninTooManyRequestsError:Error:PutConsoleAuthorizationConfiguration", async () => {
  const client = new SigninClient({
    ...clientParams,
    requestHandler: new ResponseDeserializationTestHandler(
      false,
      429,
      {
        "x-amzn-errortype": "TooManyRequestsError",
        "content-type": "application/json",
      },
      `{"error":"INVALID_REQUEST","message":"Too many requests. Retry later."}`,
    ),
  });

  const params: any = {};
  const command = new PutConsoleAuthorizationConfigurationCommand(params);

  try {
    await client.send(command);
  } catch (err) {
    if (err.name !== "TooManyRequestsError") {
      console.log(err);
      fail(`Expected a TooManyRequestsError to be thrown, got ${err.name} instead`);
      return;
    }
    const r: any = err;
    expect(r.$metadata.httpStatusCode).toBe(429);
    const paramsToValidate: any = [
      {
        error: "INVALID_REQUEST",
        message: "Too many requests. Retry later.",
      },
    ][0];
    Object.keys(paramsToValidate).forEach((param) => {
      expect(
        r[param],
        `The output field ${param} should have been defined in ${JSON.stringify(r, null, 2)}`,
      ).toBeDefined();
      expect(equivalentContents(paramsToValidate[param], r[param])).toBe(true);
    });
    return;
  }
  fail("Expected an exception to be thrown from response");
});

/**
 * A service failure: 500, error server_error (lowercase on the wire).
 */
it("SigninInternalServerException:Error:PutConsoleAuthorizationConfiguration", async () => {
  const client = new SigninClient({
    ...clientParams,
    requestHandler: new ResponseDeserializationTestHandler(
      false,
      500,
      {
        "x-amzn-errortype": "InternalServerException",
        "content-type": "application/json",
      },
      `{"error":"server_error","message":"The service could not process the request."}`,
    ),
  });

  const params: any = {};
  const command = new PutConsoleAuthorizationConfigurationCommand(params);

  try {
    await client.send(command);
  } catch (err) {
    if (err.name !== "InternalServerException") {
      console.log(err);
      fail(`Expected a InternalServerException to be thrown, got ${err.name} instead`);
      return;
    }
    const r: any = err;
    expect(r.$metadata.httpStatusCode).toBe(500);
    const paramsToValidate: any = [
      {
        error: "server_error",
        message: "The service could not process the request.",
      },
    ][0];
    Object.keys(paramsToValidate).forEach((param) => {
      expect(
        r[param],
        `The output field ${param} should have been defined in ${JSON.stringify(r, null, 2)}`,
      ).toBeDefined();
      expect(equivalentContents(paramsToValidate[param], r[param])).toBe(true);
    });
    return;
  }
  fail("Expected an exception to be thrown from response");
});

/**
 * A rejected request: 400, type in X-Amzn-Errortype, error INVALID_REQUEST.
 */
it("SigninValidationException:Error:PutConsoleAuthorizationConfiguration", async () => {
  const client = new SigninClient({
    ...clientParams,
    requestHandler: new ResponseDeserializationTestHandler(
      false,
      400,
      {
        "x-amzn-errortype": "ValidationException",
        "content-type": "application/json",
      },
      `{"error":"INVALID_REQUEST","message":"codeVerifier is required for grantType authorization_code."}`,
    ),
  });

  const params: any = {};
  const command = new PutConsoleAuthorizationConfigurationCommand(params);

  try {
    await client.send(command);
  } catch (err) {
    if (err.name !== "ValidationException") {
      console.log(err);
      fail(`Expected a ValidationException to be thrown, got ${err.name} instead`);
      return;
    }
    const r: any = err;
    expect(r.$metadata.httpStatusCode).toBe(400);
    const paramsToValidate: any = [
      {
        error: "INVALID_REQUEST",
        message: "codeVerifier is required for grantType authorization_code.",
      },
    ][0];
    Object.keys(paramsToValidate).forEach((param) => {
      expect(
        r[param],
        `The output field ${param} should have been defined in ${JSON.stringify(r, null, 2)}`,
      ).toBeDefined();
      expect(equivalentContents(paramsToValidate[param], r[param])).toBe(true);
    });
    return;
  }
  fail("Expected an exception to be thrown from response");
});

/**
 * An ended session or expired refresh token: 401 TOKEN_EXPIRED.
 */
it("SigninAccessDeniedTokenExpired:Error:PutConsoleAuthorizationConfiguration", async () => {
  const client = new SigninClient({
    ...clientParams,
    requestHandler: new ResponseDeserializationTestHandler(
      false,
      401,
      {
        "x-amzn-errortype": "AccessDeniedException",
        "content-type": "application/json",
      },
      `{"error":"TOKEN_EXPIRED","message":"The refresh token has expired."}`,
    ),
  });

  const params: any = {};
  const command = new PutConsoleAuthorizationConfigurationCommand(params);

  try {
    await client.send(command);
  } catch (err) {
    if (err.name !== "AccessDeniedException") {
      console.log(err);
      fail(`Expected a AccessDeniedException to be thrown, got ${err.name} instead`);
      return;
    }
    const r: any = err;
    expect(r.$metadata.httpStatusCode).toBe(401);
    const paramsToValidate: any = [
      {
        error: "TOKEN_EXPIRED",
        message: "The refresh token has expired.",
      },
    ][0];
    Object.keys(paramsToValidate).forEach((param) => {
      expect(
        r[param],
        `The output field ${param} should have been defined in ${JSON.stringify(r, null, 2)}`,
      ).toBeDefined();
      expect(equivalentContents(paramsToValidate[param], r[param])).toBe(true);
    });
    return;
  }
  fail("Expected an exception to be thrown from response");
});

/**
 * An expired authorization code: 401 AUTHCODE_EXPIRED.
 */
it("SigninAccessDeniedAuthcodeExpired:Error:PutConsoleAuthorizationConfiguration", async () => {
  const client = new SigninClient({
    ...clientParams,
    requestHandler: new ResponseDeserializationTestHandler(
      false,
      401,
      {
        "x-amzn-errortype": "AccessDeniedException",
        "content-type": "application/json",
      },
      `{"error":"AUTHCODE_EXPIRED","message":"The authorization code has expired."}`,
    ),
  });

  const params: any = {};
  const command = new PutConsoleAuthorizationConfigurationCommand(params);

  try {
    await client.send(command);
  } catch (err) {
    if (err.name !== "AccessDeniedException") {
      console.log(err);
      fail(`Expected a AccessDeniedException to be thrown, got ${err.name} instead`);
      return;
    }
    const r: any = err;
    expect(r.$metadata.httpStatusCode).toBe(401);
    const paramsToValidate: any = [
      {
        error: "AUTHCODE_EXPIRED",
        message: "The authorization code has expired.",
      },
    ][0];
    Object.keys(paramsToValidate).forEach((param) => {
      expect(
        r[param],
        `The output field ${param} should have been defined in ${JSON.stringify(r, null, 2)}`,
      ).toBeDefined();
      expect(equivalentContents(paramsToValidate[param], r[param])).toBe(true);
    });
    return;
  }
  fail("Expected an exception to be thrown from response");
});

/**
 * The principal's credentials changed after sign-in: 403 USER_CREDENTIALS_CHANGED.
 */
it("SigninAccessDeniedUserCredentialsChanged:Error:PutConsoleAuthorizationConfiguration", async () => {
  const client = new SigninClient({
    ...clientParams,
    requestHandler: new ResponseDeserializationTestHandler(
      false,
      403,
      {
        "x-amzn-errortype": "AccessDeniedException",
        "content-type": "application/json",
      },
      `{"error":"USER_CREDENTIALS_CHANGED","message":"The credentials of this principal changed after sign-in."}`,
    ),
  });

  const params: any = {};
  const command = new PutConsoleAuthorizationConfigurationCommand(params);

  try {
    await client.send(command);
  } catch (err) {
    if (err.name !== "AccessDeniedException") {
      console.log(err);
      fail(`Expected a AccessDeniedException to be thrown, got ${err.name} instead`);
      return;
    }
    const r: any = err;
    expect(r.$metadata.httpStatusCode).toBe(403);
    const paramsToValidate: any = [
      {
        error: "USER_CREDENTIALS_CHANGED",
        message: "The credentials of this principal changed after sign-in.",
      },
    ][0];
    Object.keys(paramsToValidate).forEach((param) => {
      expect(
        r[param],
        `The output field ${param} should have been defined in ${JSON.stringify(r, null, 2)}`,
      ).toBeDefined();
      expect(equivalentContents(paramsToValidate[param], r[param])).toBe(true);
    });
    return;
  }
  fail("Expected an exception to be thrown from response");
});

/**
 * The principal may not call signin:CreateOAuth2Token: 403 INSUFFICIENT_PERMISSIONS.
 */
it("SigninAccessDeniedInsufficientPermissions:Error:PutConsoleAuthorizationConfiguration", async () => {
  const client = new SigninClient({
    ...clientParams,
    requestHandler: new ResponseDeserializationTestHandler(
      false,
      403,
      {
        "x-amzn-errortype": "AccessDeniedException",
        "content-type": "application/json",
      },
      `{"error":"INSUFFICIENT_PERMISSIONS","message":"The principal is not allowed to perform signin:CreateOAuth2Token."}`,
    ),
  });

  const params: any = {};
  const command = new PutConsoleAuthorizationConfigurationCommand(params);

  try {
    await client.send(command);
  } catch (err) {
    if (err.name !== "AccessDeniedException") {
      console.log(err);
      fail(`Expected a AccessDeniedException to be thrown, got ${err.name} instead`);
      return;
    }
    const r: any = err;
    expect(r.$metadata.httpStatusCode).toBe(403);
    const paramsToValidate: any = [
      {
        error: "INSUFFICIENT_PERMISSIONS",
        message: "The principal is not allowed to perform signin:CreateOAuth2Token.",
      },
    ][0];
    Object.keys(paramsToValidate).forEach((param) => {
      expect(
        r[param],
        `The output field ${param} should have been defined in ${JSON.stringify(r, null, 2)}`,
      ).toBeDefined();
      expect(equivalentContents(paramsToValidate[param], r[param])).toBe(true);
    });
    return;
  }
  fail("Expected an exception to be thrown from response");
});

/**
 * Rate limiting: 429, error INVALID_REQUEST. Note the shape name ends in Error.
 */
it("SigninTooManyRequestsError:Error:PutResourcePermissionStatement", async () => {
  const client = new SigninClient({
    ...clientParams,
    requestHandler: new ResponseDeserializationTestHandler(
      false,
      429,
      {
        "x-amzn-errortype": "TooManyRequestsError",
        "content-type": "application/json",
      },
      `{"error":"INVALID_REQUEST","message":"Too many requests. Retry later."}`,
    ),
  });

  const params: any = {};
  const command = new PutResourcePermissionStatementCommand(params);

  try {
    await client.send(command);
  } catch (err) {
    if (err.name !== "TooManyRequestsError") {
      console.log(err);
      fail(`Expected a TooManyRequestsError to be thrown, got ${err.name} instead`);
      return;
    }
    const r: any = err;
    expect(r.$metadata.httpStatusCode).toBe(429);
    const paramsToValidate: any = [
      {
        error: "INVALID_REQUEST",
        message: "Too many requests. Retry later.",
      },
    ][0];
    Object.keys(paramsToValidate).forEach((param) => {
      expect(
        r[param],
        `The output field ${param} should have been defined in ${JSON.stringify(r, null, 2)}`,
      ).toBeDefined();
      expect(equivalentContents(paramsToValidate[param], r[param])).toBe(true);
    });
    return;
  }
  fail("Expected an exception to be thrown from response");
});

/**
 * A service failure: 500, error server_error (lowercase on the wire).
 */
it("SigninInternalServerException:Error:PutResourcePermissionStatement", async () => {
  const client = new SigninClient({
    ...clientParams,
    requestHandler: new ResponseDeserializationTestHandler(
      false,
      500,
      {
        "x-amzn-errortype": "InternalServerException",
        "content-type": "application/json",
      },
      `{"error":"server_error","message":"The service could not process the request."}`,
    ),
  });

  const params: any = {};
  const command = new PutResourcePermissionStatementCommand(params);

  try {
    await client.send(command);
  } catch (err) {
    if (err.name !== "InternalServerException") {
      console.log(err);
      fail(`Expected a InternalServerException to be thrown, got ${err.name} instead`);
      return;
    }
    const r: any = err;
    expect(r.$metadata.httpStatusCode).toBe(500);
    const paramsToValidate: any = [
      {
        error: "server_error",
        message: "The service could not process the request.",
      },
    ][0];
    Object.keys(paramsToValidate).forEach((param) => {
      expect(
        r[param],
        `The output field ${param} should have been defined in ${JSON.stringify(r, null, 2)}`,
      ).toBeDefined();
      expect(equivalentContents(paramsToValidate[param], r[param])).toBe(true);
    });
    return;
  }
  fail("Expected an exception to be thrown from response");
});

/**
 * A rejected request: 400, type in X-Amzn-Errortype, error INVALID_REQUEST.
 */
it("SigninValidationException:Error:PutResourcePermissionStatement", async () => {
  const client = new SigninClient({
    ...clientParams,
    requestHandler: new ResponseDeserializationTestHandler(
      false,
      400,
      {
        "x-amzn-errortype": "ValidationException",
        "content-type": "application/json",
      },
      `{"error":"INVALID_REQUEST","message":"codeVerifier is required for grantType authorization_code."}`,
    ),
  });

  const params: any = {};
  const command = new PutResourcePermissionStatementCommand(params);

  try {
    await client.send(command);
  } catch (err) {
    if (err.name !== "ValidationException") {
      console.log(err);
      fail(`Expected a ValidationException to be thrown, got ${err.name} instead`);
      return;
    }
    const r: any = err;
    expect(r.$metadata.httpStatusCode).toBe(400);
    const paramsToValidate: any = [
      {
        error: "INVALID_REQUEST",
        message: "codeVerifier is required for grantType authorization_code.",
      },
    ][0];
    Object.keys(paramsToValidate).forEach((param) => {
      expect(
        r[param],
        `The output field ${param} should have been defined in ${JSON.stringify(r, null, 2)}`,
      ).toBeDefined();
      expect(equivalentContents(paramsToValidate[param], r[param])).toBe(true);
    });
    return;
  }
  fail("Expected an exception to be thrown from response");
});

/**
 * An ended session or expired refresh token: 401 TOKEN_EXPIRED.
 */
it("SigninAccessDeniedTokenExpired:Error:PutResourcePermissionStatement", async () => {
  const client = new SigninClient({
    ...clientParams,
    requestHandler: new ResponseDeserializationTestHandler(
      false,
      401,
      {
        "x-amzn-errortype": "AccessDeniedException",
        "content-type": "application/json",
      },
      `{"error":"TOKEN_EXPIRED","message":"The refresh token has expired."}`,
    ),
  });

  const params: any = {};
  const command = new PutResourcePermissionStatementCommand(params);

  try {
    await client.send(command);
  } catch (err) {
    if (err.name !== "AccessDeniedException") {
      console.log(err);
      fail(`Expected a AccessDeniedException to be thrown, got ${err.name} instead`);
      return;
    }
    const r: any = err;
    expect(r.$metadata.httpStatusCode).toBe(401);
    const paramsToValidate: any = [
      {
        error: "TOKEN_EXPIRED",
        message: "The refresh token has expired.",
      },
    ][0];
    Object.keys(paramsToValidate).forEach((param) => {
      expect(
        r[param],
        `The output field ${param} should have been defined in ${JSON.stringify(r, null, 2)}`,
      ).toBeDefined();
      expect(equivalentContents(paramsToValidate[param], r[param])).toBe(true);
    });
    return;
  }
  fail("Expected an exception to be thrown from response");
});

/**
 * An expired authorization code: 401 AUTHCODE_EXPIRED.
 */
it("SigninAccessDeniedAuthcodeExpired:Error:PutResourcePermissionStatement", async () => {
  const client = new SigninClient({
    ...clientParams,
    requestHandler: new ResponseDeserializationTestHandler(
      false,
      401,
      {
        "x-amzn-errortype": "AccessDeniedException",
        "content-type": "application/json",
      },
      `{"error":"AUTHCODE_EXPIRED","message":"The authorization code has expired."}`,
    ),
  });

  const params: any = {};
  const command = new PutResourcePermissionStatementCommand(params);

  try {
    await client.send(command);
  } catch (err) {
    if (err.name !== "AccessDeniedException") {
      console.log(err);
      fail(`Expected a AccessDeniedException to be thrown, got ${err.name} instead`);
      return;
    }
    const r: any = err;
    expect(r.$metadata.httpStatusCode).toBe(401);
    const paramsToValidate: any = [
      {
        error: "AUTHCODE_EXPIRED",
        message: "The authorization code has expired.",
      },
    ][0];
    Object.keys(paramsToValidate).forEach((param) => {
      expect(
        r[param],
        `The output field ${param} should have been defined in ${JSON.stringify(r, null, 2)}`,
      ).toBeDefined();
      expect(equivalentContents(paramsToValidate[param], r[param])).toBe(true);
    });
    return;
  }
  fail("Expected an exception to be thrown from response");
});

/**
 * The principal's credentials changed after sign-in: 403 USER_CREDENTIALS_CHANGED.
 */
it("SigninAccessDeniedUserCredentialsChanged:Error:PutResourcePermissionStatement", async () => {
  const client = new SigninClient({
    ...clientParams,
    requestHandler: new ResponseDeserializationTestHandler(
      false,
      403,
      {
        "x-amzn-errortype": "AccessDeniedException",
        "content-type": "application/json",
      },
      `{"error":"USER_CREDENTIALS_CHANGED","message":"The credentials of this principal changed after sign-in."}`,
    ),
  });

  const params: any = {};
  const command = new PutResourcePermissionStatementCommand(params);

  try {
    await client.send(command);
  } catch (err) {
    if (err.name !== "AccessDeniedException") {
      console.log(err);
      fail(`Expected a AccessDeniedException to be thrown, got ${err.name} instead`);
      return;
    }
    const r: any = err;
    expect(r.$metadata.httpStatusCode).toBe(403);
    const paramsToValidate: any = [
      {
        error: "USER_CREDENTIALS_CHANGED",
        message: "The credentials of this principal changed after sign-in.",
      },
    ][0];
    Object.keys(paramsToValidate).forEach((param) => {
      expect(
        r[param],
        `The output field ${param} should have been defined in ${JSON.stringify(r, null, 2)}`,
      ).toBeDefined();
      expect(equivalentContents(paramsToValidate[param], r[param])).toBe(true);
    });
    return;
  }
  fail("Expected an exception to be thrown from response");
});

/**
 * The principal may not call signin:CreateOAuth2Token: 403 INSUFFICIENT_PERMISSIONS.
 */
it("SigninAccessDeniedInsufficientPermissions:Error:PutResourcePermissionStatement", async () => {
  const client = new SigninClient({
    ...clientParams,
    requestHandler: new ResponseDeserializationTestHandler(
      false,
      403,
      {
        "x-amzn-errortype": "AccessDeniedException",
        "content-type": "application/json",
      },
      `{"error":"INSUFFICIENT_PERMISSIONS","message":"The principal is not allowed to perform signin:CreateOAuth2Token."}`,
    ),
  });

  const params: any = {};
  const command = new PutResourcePermissionStatementCommand(params);

  try {
    await client.send(command);
  } catch (err) {
    if (err.name !== "AccessDeniedException") {
      console.log(err);
      fail(`Expected a AccessDeniedException to be thrown, got ${err.name} instead`);
      return;
    }
    const r: any = err;
    expect(r.$metadata.httpStatusCode).toBe(403);
    const paramsToValidate: any = [
      {
        error: "INSUFFICIENT_PERMISSIONS",
        message: "The principal is not allowed to perform signin:CreateOAuth2Token.",
      },
    ][0];
    Object.keys(paramsToValidate).forEach((param) => {
      expect(
        r[param],
        `The output field ${param} should have been defined in ${JSON.stringify(r, null, 2)}`,
      ).toBeDefined();
      expect(equivalentContents(paramsToValidate[param], r[param])).toBe(true);
    });
    return;
  }
  fail("Expected an exception to be thrown from response");
});

/**
 * Rate limiting: 429, error INVALID_REQUEST. Note the shape name ends in Error.
 */
it("SigninTooManyRequestsError:Error:RevokeOAuth2TokenWithIAM", async () => {
  const client = new SigninClient({
    ...clientParams,
    requestHandler: new ResponseDeserializationTestHandler(
      false,
      429,
      {
        "x-amzn-errortype": "TooManyRequestsError",
        "content-type": "application/json",
      },
      `{"error":"INVALID_REQUEST","message":"Too many requests. Retry later."}`,
    ),
  });

  const params: any = {};
  const command = new RevokeOAuth2TokenWithIAMCommand(params);

  try {
    await client.send(command);
  } catch (err) {
    if (err.name !== "TooManyRequestsError") {
      console.log(err);
      fail(`Expected a TooManyRequestsError to be thrown, got ${err.name} instead`);
      return;
    }
    const r: any = err;
    expect(r.$metadata.httpStatusCode).toBe(429);
    const paramsToValidate: any = [
      {
        error: "INVALID_REQUEST",
        message: "Too many requests. Retry later.",
      },
    ][0];
    Object.keys(paramsToValidate).forEach((param) => {
      expect(
        r[param],
        `The output field ${param} should have been defined in ${JSON.stringify(r, null, 2)}`,
      ).toBeDefined();
      expect(equivalentContents(paramsToValidate[param], r[param])).toBe(true);
    });
    return;
  }
  fail("Expected an exception to be thrown from response");
});

/**
 * A service failure: 500, error server_error (lowercase on the wire).
 */
it("SigninInternalServerException:Error:RevokeOAuth2TokenWithIAM", async () => {
  const client = new SigninClient({
    ...clientParams,
    requestHandler: new ResponseDeserializationTestHandler(
      false,
      500,
      {
        "x-amzn-errortype": "InternalServerException",
        "content-type": "application/json",
      },
      `{"error":"server_error","message":"The service could not process the request."}`,
    ),
  });

  const params: any = {};
  const command = new RevokeOAuth2TokenWithIAMCommand(params);

  try {
    await client.send(command);
  } catch (err) {
    if (err.name !== "InternalServerException") {
      console.log(err);
      fail(`Expected a InternalServerException to be thrown, got ${err.name} instead`);
      return;
    }
    const r: any = err;
    expect(r.$metadata.httpStatusCode).toBe(500);
    const paramsToValidate: any = [
      {
        error: "server_error",
        message: "The service could not process the request.",
      },
    ][0];
    Object.keys(paramsToValidate).forEach((param) => {
      expect(
        r[param],
        `The output field ${param} should have been defined in ${JSON.stringify(r, null, 2)}`,
      ).toBeDefined();
      expect(equivalentContents(paramsToValidate[param], r[param])).toBe(true);
    });
    return;
  }
  fail("Expected an exception to be thrown from response");
});

/**
 * A rejected request: 400, type in X-Amzn-Errortype, error INVALID_REQUEST.
 */
it("SigninValidationException:Error:RevokeOAuth2TokenWithIAM", async () => {
  const client = new SigninClient({
    ...clientParams,
    requestHandler: new ResponseDeserializationTestHandler(
      false,
      400,
      {
        "x-amzn-errortype": "ValidationException",
        "content-type": "application/json",
      },
      `{"error":"INVALID_REQUEST","message":"codeVerifier is required for grantType authorization_code."}`,
    ),
  });

  const params: any = {};
  const command = new RevokeOAuth2TokenWithIAMCommand(params);

  try {
    await client.send(command);
  } catch (err) {
    if (err.name !== "ValidationException") {
      console.log(err);
      fail(`Expected a ValidationException to be thrown, got ${err.name} instead`);
      return;
    }
    const r: any = err;
    expect(r.$metadata.httpStatusCode).toBe(400);
    const paramsToValidate: any = [
      {
        error: "INVALID_REQUEST",
        message: "codeVerifier is required for grantType authorization_code.",
      },
    ][0];
    Object.keys(paramsToValidate).forEach((param) => {
      expect(
        r[param],
        `The output field ${param} should have been defined in ${JSON.stringify(r, null, 2)}`,
      ).toBeDefined();
      expect(equivalentContents(paramsToValidate[param], r[param])).toBe(true);
    });
    return;
  }
  fail("Expected an exception to be thrown from response");
});

/**
 * An ended session or expired refresh token: 401 TOKEN_EXPIRED.
 */
it("SigninAccessDeniedTokenExpired:Error:RevokeOAuth2TokenWithIAM", async () => {
  const client = new SigninClient({
    ...clientParams,
    requestHandler: new ResponseDeserializationTestHandler(
      false,
      401,
      {
        "x-amzn-errortype": "AccessDeniedException",
        "content-type": "application/json",
      },
      `{"error":"TOKEN_EXPIRED","message":"The refresh token has expired."}`,
    ),
  });

  const params: any = {};
  const command = new RevokeOAuth2TokenWithIAMCommand(params);

  try {
    await client.send(command);
  } catch (err) {
    if (err.name !== "AccessDeniedException") {
      console.log(err);
      fail(`Expected a AccessDeniedException to be thrown, got ${err.name} instead`);
      return;
    }
    const r: any = err;
    expect(r.$metadata.httpStatusCode).toBe(401);
    const paramsToValidate: any = [
      {
        error: "TOKEN_EXPIRED",
        message: "The refresh token has expired.",
      },
    ][0];
    Object.keys(paramsToValidate).forEach((param) => {
      expect(
        r[param],
        `The output field ${param} should have been defined in ${JSON.stringify(r, null, 2)}`,
      ).toBeDefined();
      expect(equivalentContents(paramsToValidate[param], r[param])).toBe(true);
    });
    return;
  }
  fail("Expected an exception to be thrown from response");
});

/**
 * An expired authorization code: 401 AUTHCODE_EXPIRED.
 */
it("SigninAccessDeniedAuthcodeExpired:Error:RevokeOAuth2TokenWithIAM", async () => {
  const client = new SigninClient({
    ...clientParams,
    requestHandler: new ResponseDeserializationTestHandler(
      false,
      401,
      {
        "x-amzn-errortype": "AccessDeniedException",
        "content-type": "application/json",
      },
      `{"error":"AUTHCODE_EXPIRED","message":"The authorization code has expired."}`,
    ),
  });

  const params: any = {};
  const command = new RevokeOAuth2TokenWithIAMCommand(params);

  try {
    await client.send(command);
  } catch (err) {
    if (err.name !== "AccessDeniedException") {
      console.log(err);
      fail(`Expected a AccessDeniedException to be thrown, got ${err.name} instead`);
      return;
    }
    const r: any = err;
    expect(r.$metadata.httpStatusCode).toBe(401);
    const paramsToValidate: any = [
      {
        error: "AUTHCODE_EXPIRED",
        message: "The authorization code has expired.",
      },
    ][0];
    Object.keys(paramsToValidate).forEach((param) => {
      expect(
        r[param],
        `The output field ${param} should have been defined in ${JSON.stringify(r, null, 2)}`,
      ).toBeDefined();
      expect(equivalentContents(paramsToValidate[param], r[param])).toBe(true);
    });
    return;
  }
  fail("Expected an exception to be thrown from response");
});

/**
 * The principal's credentials changed after sign-in: 403 USER_CREDENTIALS_CHANGED.
 */
it("SigninAccessDeniedUserCredentialsChanged:Error:RevokeOAuth2TokenWithIAM", async () => {
  const client = new SigninClient({
    ...clientParams,
    requestHandler: new ResponseDeserializationTestHandler(
      false,
      403,
      {
        "x-amzn-errortype": "AccessDeniedException",
        "content-type": "application/json",
      },
      `{"error":"USER_CREDENTIALS_CHANGED","message":"The credentials of this principal changed after sign-in."}`,
    ),
  });

  const params: any = {};
  const command = new RevokeOAuth2TokenWithIAMCommand(params);

  try {
    await client.send(command);
  } catch (err) {
    if (err.name !== "AccessDeniedException") {
      console.log(err);
      fail(`Expected a AccessDeniedException to be thrown, got ${err.name} instead`);
      return;
    }
    const r: any = err;
    expect(r.$metadata.httpStatusCode).toBe(403);
    const paramsToValidate: any = [
      {
        error: "USER_CREDENTIALS_CHANGED",
        message: "The credentials of this principal changed after sign-in.",
      },
    ][0];
    Object.keys(paramsToValidate).forEach((param) => {
      expect(
        r[param],
        `The output field ${param} should have been defined in ${JSON.stringify(r, null, 2)}`,
      ).toBeDefined();
      expect(equivalentContents(paramsToValidate[param], r[param])).toBe(true);
    });
    return;
  }
  fail("Expected an exception to be thrown from response");
});

/**
 * The principal may not call signin:CreateOAuth2Token: 403 INSUFFICIENT_PERMISSIONS.
 */
it("SigninAccessDeniedInsufficientPermissions:Error:RevokeOAuth2TokenWithIAM", async () => {
  const client = new SigninClient({
    ...clientParams,
    requestHandler: new ResponseDeserializationTestHandler(
      false,
      403,
      {
        "x-amzn-errortype": "AccessDeniedException",
        "content-type": "application/json",
      },
      `{"error":"INSUFFICIENT_PERMISSIONS","message":"The principal is not allowed to perform signin:CreateOAuth2Token."}`,
    ),
  });

  const params: any = {};
  const command = new RevokeOAuth2TokenWithIAMCommand(params);

  try {
    await client.send(command);
  } catch (err) {
    if (err.name !== "AccessDeniedException") {
      console.log(err);
      fail(`Expected a AccessDeniedException to be thrown, got ${err.name} instead`);
      return;
    }
    const r: any = err;
    expect(r.$metadata.httpStatusCode).toBe(403);
    const paramsToValidate: any = [
      {
        error: "INSUFFICIENT_PERMISSIONS",
        message: "The principal is not allowed to perform signin:CreateOAuth2Token.",
      },
    ][0];
    Object.keys(paramsToValidate).forEach((param) => {
      expect(
        r[param],
        `The output field ${param} should have been defined in ${JSON.stringify(r, null, 2)}`,
      ).toBeDefined();
      expect(equivalentContents(paramsToValidate[param], r[param])).toBe(true);
    });
    return;
  }
  fail("Expected an exception to be thrown from response");
});

/**
 * Returns a map of key names that were un-equal to value objects showing the
 * discrepancies between the components.
 */
const compareEquivalentJsonBodies = (expectedBody: string, generatedBody: string): Object => {
  const expectedParts = JSON.parse(expectedBody);
  const generatedParts = JSON.parse(generatedBody);

  return compareParts(expectedParts, generatedParts);
};
