/**
 * Runs the model's httpResponseTests against the generated server SDK.
 *
 * The generator's own server response tests cannot run for this model (see
 * model/tests/token-responses.smithy), so this suite reads the same cases from the built model and
 * checks that the generated handler, given a stub service, answers each with exactly that status,
 * those headers and that body. AccessDeniedException is the one shape without @httpError: the
 * generated layer answers the restJson1 default, 400, and the token service's HTTP runtime sets
 * the case's 401/403 (tested with the runtime).
 */
import { readFileSync } from "node:fs";
import { Readable } from "node:stream";

import * as serverSdk from "@open-signin/server-sdk";
import { HttpRequest } from "@smithy/protocol-http";
import { describe, expect, it } from "vitest";

import { builtModelAst } from "../../scripts/lib/model.js";

interface ResponseCase {
  id: string;
  code: number;
  headers?: Record<string, string>;
  body?: string;
  params?: Record<string, unknown>;
}

const NS = "com.amazonaws.signin";
const shapes = (
  JSON.parse(readFileSync(builtModelAst, "utf8")) as { shapes: Record<string, { traits?: Record<string, unknown> }> }
).shapes;
const casesOf = (shape: string) =>
  (shapes[`${NS}#${shape}`]?.traits?.["smithy.test#httpResponseTests"] ?? []) as ResponseCase[];

/** A valid request, so that the generated validation passes and the stub service runs. */
const validRequest = () =>
  new HttpRequest({
    method: "POST",
    hostname: "localhost",
    path: "/v1/token",
    headers: { "content-type": "application/json" },
    body: Readable.from([
      JSON.stringify({
        clientId: "arn:aws:signin:::devtools/same-device",
        grantType: "refresh_token",
        refreshToken: "t",
      }),
    ]),
  });

const noValidationFailuresExpected = () => {
  throw new Error("the request in this test is valid; validation must not fail");
};

async function respond(operation: () => Promise<unknown>) {
  // The request is a CreateOAuth2Token request, so only that operation can run; the others are
  // there because the server SDK serves every operation of the server projection.
  const unreachable = () => Promise.reject(new Error("only CreateOAuth2Token is requested here"));
  const handler = serverSdk.getSigninServiceHandler<object>(
    {
      CreateOAuth2Token: operation as serverSdk.SigninService<object>["CreateOAuth2Token"],
      CreateOAuth2TokenWithIAM: unreachable,
      CreateOAuth2TokenWithTokenExchange: unreachable,
      CreateBearerToken: unreachable,
      RevokeOAuth2TokenWithIAM: unreachable,
      IntrospectOAuth2TokenWithIAM: unreachable,
      ListSessions: unreachable,
      GetSession: unreachable,
      BatchRevokeSessions: unreachable,
    },
    noValidationFailuresExpected,
  );
  const response = await handler.handle(validRequest(), {});
  const headers = Object.fromEntries(
    Object.entries(response.headers).map(([name, value]) => [name.toLowerCase(), value]),
  );
  return { status: response.statusCode, headers, body: String(response.body) };
}

const expectHeaders = (actual: Record<string, string>, expected: Record<string, string> = {}) => {
  for (const [name, value] of Object.entries(expected)) expect(actual[name.toLowerCase()], name).toBe(value);
};

describe("success responses from the model", () => {
  const cases = casesOf("CreateOAuth2Token");
  it("the model has both grants' response cases", () => {
    expect(cases.map((c) => c.id)).toEqual(["SigninAuthorizationCodeGrantResponse", "SigninRefreshTokenGrantResponse"]);
  });

  it.each(cases.map((c) => [c.id, c] as const))("%s", async (_id, testCase) => {
    const response = await respond(async () => testCase.params);
    expect(response.status).toBe(testCase.code);
    expectHeaders(response.headers, testCase.headers);
    expect(JSON.parse(response.body)).toEqual(JSON.parse(testCase.body!));
  });
});

describe("error responses from the model", () => {
  const errors = {
    AccessDeniedException: serverSdk.AccessDeniedException,
    ValidationException: serverSdk.ValidationException,
    TooManyRequestsError: serverSdk.TooManyRequestsError,
    InternalServerException: serverSdk.InternalServerException,
  } as const;
  const cases = Object.entries(errors).flatMap(([name, ErrorClass]) =>
    casesOf(name).map((testCase) => [testCase.id, name, ErrorClass, testCase] as const),
  );

  it("the model has a case for every error", () => {
    expect(new Set(cases.map(([, name]) => name))).toEqual(new Set(Object.keys(errors)));
  });

  it.each(cases)("%s", async (_id, name, ErrorClass, testCase) => {
    const params = testCase.params as { error: serverSdk.OAuth2ErrorCode; message: string };
    const response = await respond(async () => {
      throw new ErrorClass({ error: params.error, message: params.message });
    });
    expect(response.status).toBe(name === "AccessDeniedException" ? 400 : testCase.code);
    expectHeaders(response.headers, testCase.headers);
    expect(JSON.parse(response.body)).toEqual(JSON.parse(testCase.body!));
  });
});
