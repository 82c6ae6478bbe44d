// smithy-typescript generated code
import { ValidationFailure as __ValidationFailure } from "@aws-smithy/server-common";
import { expect, test as it } from "vitest";

import { getSigninServiceHandler } from "../../src/server";
import { CreateOAuth2Token } from "../../src/server/operations/CreateOAuth2Token";
import { SigninService } from "../../src/server/SigninService";
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
 * An authorization_code exchange is a bare JSON object (the @httpPayload), members in model
 * order, sent unsigned: the operation is @auth([]) so no SigV4 headers appear.
 */
it("SigninAuthorizationCodeGrantRequest:ServerRequest", async () => {
  const testFunction = vi.fn();
  testFunction.mockReturnValue(Promise.resolve({}));
  const testService: Partial<SigninService<{}>> = {
    CreateOAuth2Token: testFunction as CreateOAuth2Token<{}>,
  };
  const handler = getSigninServiceHandler(
    testService as SigninService<{}>,
    (ctx: {}, failures: __ValidationFailure[]) => {
      if (failures) {
        throw failures;
      }
      return undefined;
    },
  );
  const request = new HttpRequest({
    method: "POST",
    hostname: "foo.example.com",
    path: "/v1/token",
    query: {},
    headers: {
      "content-type": "application/json",
    },
    body: Readable.from([
      '{"clientId":"arn:aws:signin:::devtools/same-device","grantType":"authorization_code","code":"SigninCode-3f9c2a","redirectUri":"http://127.0.0.1:53037/oauth/callback","codeVerifier":"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"}',
    ]),
  });
  await handler.handle(request, {});

  expect(testFunction.mock.calls.length).toBe(1);
  let r: any = testFunction.mock.calls[0][0];

  const paramsToValidate: any = [
    {
      tokenInput: {
        clientId: "arn:aws:signin:::devtools/same-device",
        grantType: "authorization_code",
        code: "SigninCode-3f9c2a",
        redirectUri: "http://127.0.0.1:53037/oauth/callback",
        codeVerifier: "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
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
 * A refresh_token exchange carries only clientId, grantType and refreshToken.
 */
it("SigninRefreshTokenGrantRequest:ServerRequest", async () => {
  const testFunction = vi.fn();
  testFunction.mockReturnValue(Promise.resolve({}));
  const testService: Partial<SigninService<{}>> = {
    CreateOAuth2Token: testFunction as CreateOAuth2Token<{}>,
  };
  const handler = getSigninServiceHandler(
    testService as SigninService<{}>,
    (ctx: {}, failures: __ValidationFailure[]) => {
      if (failures) {
        throw failures;
      }
      return undefined;
    },
  );
  const request = new HttpRequest({
    method: "POST",
    hostname: "foo.example.com",
    path: "/v1/token",
    query: {},
    headers: {
      "content-type": "application/json",
    },
    body: Readable.from([
      '{"clientId":"arn:aws:signin:::devtools/cross-device","grantType":"refresh_token","refreshToken":"opaque-refresh-token"}',
    ]),
  });
  await handler.handle(request, {});

  expect(testFunction.mock.calls.length).toBe(1);
  let r: any = testFunction.mock.calls[0][0];

  const paramsToValidate: any = [
    {
      tokenInput: {
        clientId: "arn:aws:signin:::devtools/cross-device",
        grantType: "refresh_token",
        refreshToken: "opaque-refresh-token",
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
 * A body that is not JSON.
 */
it("SigninMalformedBodyNotJson:MalformedRequest", async () => {
  const testFunction = vi.fn();
  testFunction.mockImplementation(() => {
    throw new Error("This request should have been rejected.");
  });
  const testService: Partial<SigninService<{}>> = {
    CreateOAuth2Token: testFunction as CreateOAuth2Token<{}>,
  };
  const handler = getSigninServiceHandler(
    testService as SigninService<{}>,
    (ctx: {}, failures: __ValidationFailure[]) => {
      if (failures) {
        throw failures;
      }
      return undefined;
    },
  );
  const request = new HttpRequest({
    method: "POST",
    hostname: "foo.example.com",
    path: "/v1/token",
    query: {},
    headers: {
      "content-type": "application/json",
    },
    body: Readable.from(["clientId=arn:aws:signin:::devtools/same-device"]),
  });
  const r = await handler.handle(request, {});

  expect(testFunction.mock.calls.length).toBe(0);
  expect(r.statusCode).toBe(400);
});

/**
 * A JSON body cut off in the middle.
 */
it("SigninMalformedBodyTruncatedJson:MalformedRequest", async () => {
  const testFunction = vi.fn();
  testFunction.mockImplementation(() => {
    throw new Error("This request should have been rejected.");
  });
  const testService: Partial<SigninService<{}>> = {
    CreateOAuth2Token: testFunction as CreateOAuth2Token<{}>,
  };
  const handler = getSigninServiceHandler(
    testService as SigninService<{}>,
    (ctx: {}, failures: __ValidationFailure[]) => {
      if (failures) {
        throw failures;
      }
      return undefined;
    },
  );
  const request = new HttpRequest({
    method: "POST",
    hostname: "foo.example.com",
    path: "/v1/token",
    query: {},
    headers: {
      "content-type": "application/json",
    },
    body: Readable.from(['{"clientId":"arn:aws:signin:::devtools/same-device","grantType":']),
  });
  const r = await handler.handle(request, {});

  expect(testFunction.mock.calls.length).toBe(0);
  expect(r.statusCode).toBe(400);
});

/**
 * A JSON array where the token request object belongs.
 */
it("SigninMalformedBodyArray:MalformedRequest", async () => {
  const testFunction = vi.fn();
  testFunction.mockImplementation(() => {
    throw new Error("This request should have been rejected.");
  });
  const testService: Partial<SigninService<{}>> = {
    CreateOAuth2Token: testFunction as CreateOAuth2Token<{}>,
  };
  const handler = getSigninServiceHandler(
    testService as SigninService<{}>,
    (ctx: {}, failures: __ValidationFailure[]) => {
      if (failures) {
        throw failures;
      }
      return undefined;
    },
  );
  const request = new HttpRequest({
    method: "POST",
    hostname: "foo.example.com",
    path: "/v1/token",
    query: {},
    headers: {
      "content-type": "application/json",
    },
    body: Readable.from(['["arn:aws:signin:::devtools/same-device","refresh_token"]']),
  });
  const r = await handler.handle(request, {});

  expect(testFunction.mock.calls.length).toBe(0);
  expect(r.statusCode).toBe(400);
});

/**
 * A content type the generated SDK does not accept (the runtime transcodes form bodies before this layer).
 */
it("SigninMalformedContentType:MalformedRequest", async () => {
  const testFunction = vi.fn();
  testFunction.mockImplementation(() => {
    throw new Error("This request should have been rejected.");
  });
  const testService: Partial<SigninService<{}>> = {
    CreateOAuth2Token: testFunction as CreateOAuth2Token<{}>,
  };
  const handler = getSigninServiceHandler(
    testService as SigninService<{}>,
    (ctx: {}, failures: __ValidationFailure[]) => {
      if (failures) {
        throw failures;
      }
      return undefined;
    },
  );
  const request = new HttpRequest({
    method: "POST",
    hostname: "foo.example.com",
    path: "/v1/token",
    query: {},
    headers: {
      "content-type": "text/plain",
    },
    body: Readable.from([
      '{"clientId":"arn:aws:signin:::devtools/same-device","grantType":"refresh_token","refreshToken":"t"}',
    ]),
  });
  const r = await handler.handle(request, {});

  expect(testFunction.mock.calls.length).toBe(0);
  expect(r.statusCode).toBe(415);
});
