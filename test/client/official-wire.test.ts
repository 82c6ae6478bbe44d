/**
 * The generated client against the official AWS client (@aws-sdk/nested-clients/signin): both send
 * the same bytes for each grant, and both parse the same responses into the same results.
 */
import { readFileSync } from "node:fs";

import * as official from "@aws-sdk/nested-clients/signin";
import * as ours from "@open-signin/client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { fromRoot } from "../../scripts/lib/paths.js";
import { LoopbackServer } from "../support/loopback-server.js";

const authorizationCodeInput = {
  tokenInput: {
    clientId: "arn:aws:signin:::devtools/same-device",
    grantType: "authorization_code",
    code: "SigninCode-3f9c2a",
    redirectUri: "http://127.0.0.1:53037/oauth/callback",
    codeVerifier: "a".repeat(64),
  },
};
const refreshTokenInput = {
  tokenInput: {
    clientId: "arn:aws:signin:::devtools/cross-device",
    grantType: "refresh_token",
    refreshToken: "opaque-refresh-token",
  },
};

let server: LoopbackServer;
beforeAll(async () => {
  server = await new LoopbackServer().start();
});
afterAll(() => server.stop());

const config = () => ({ region: "us-east-1", endpoint: server.url, maxAttempts: 1 });
const oursClient = () => new ours.SigninClient(config());
const officialClient = () => new official.SigninClient(config());

/** Sends with a client and returns what reached the wire (the server answers 500). */
async function wireRequest(send: () => Promise<unknown>) {
  server.respondWith({ status: 500, headers: { "x-amzn-errortype": "InternalServerException" }, body: "{}" });
  await send().catch(() => undefined);
  const request = server.requests.at(-1)!;
  return {
    method: request.method,
    path: request.path,
    contentType: request.headers["content-type"],
    body: request.body,
  };
}

/** Member names, in order, of the JSON object in a snapshot file's body section. */
function snapshotBodyKeys(path: string): string[] {
  const text = readFileSync(path, "utf8");
  return Object.keys(JSON.parse(text.slice(text.indexOf("{"))) as object);
}

describe("request serialization matches the official client", () => {
  it.each([
    ["authorization_code", authorizationCodeInput],
    ["refresh_token", refreshTokenInput],
  ])("%s grant: same method, path, content type and body bytes", async (_grant, input) => {
    const fromOurs = await wireRequest(() => oursClient().send(new ours.CreateOAuth2TokenCommand(input)));
    const fromOfficial = await wireRequest(() => officialClient().send(new official.CreateOAuth2TokenCommand(input)));
    expect(fromOurs).toEqual(fromOfficial);
    expect(fromOurs.method).toBe("POST");
    expect(fromOurs.path).toBe("/v1/token");
    expect(fromOurs.contentType).toBe("application/json");
    expect(fromOurs.body).toBe(JSON.stringify(input.tokenInput));
  });

  it("the committed request snapshot has the official snapshot's method, path, content type and member order", () => {
    const ourSnapshot = fromRoot("packages", "client", "test", "snapshots", "req", "CreateOAuth2Token.txt");
    const officialSnapshot = fromRoot("test", "fixtures", "official-client-snapshots", "req", "CreateOAuth2Token.txt");
    const requestLine = (path: string) =>
      readFileSync(path, "utf8")
        .split("\n")
        .slice(0, 2)
        .map((line) => line.trim())
        .join(" ");
    const contentType = (path: string) => /^content-type: (.*)$/m.exec(readFileSync(path, "utf8"))?.[1];
    expect(requestLine(ourSnapshot)).toBe("POST https://us-east-1.signin.aws.amazon.com /v1/token");
    expect(requestLine(ourSnapshot)).toBe(requestLine(officialSnapshot));
    expect(contentType(ourSnapshot)).toBe("application/json");
    expect(contentType(ourSnapshot)).toBe(contentType(officialSnapshot));
    expect(snapshotBodyKeys(ourSnapshot)).toEqual([
      "clientId",
      "grantType",
      "code",
      "redirectUri",
      "codeVerifier",
      "refreshToken",
    ]);
    expect(snapshotBodyKeys(ourSnapshot)).toEqual(snapshotBodyKeys(officialSnapshot));
  });
});

describe("response parsing matches the official client", () => {
  const json = (body: object, status: number, errorType?: string) => ({
    status,
    headers: {
      "content-type": "application/json",
      "x-amzn-requestid": "req-1",
      ...(errorType ? { "x-amzn-errortype": errorType } : {}),
    },
    body: JSON.stringify(body),
  });

  it.each([
    [
      "authorization_code",
      authorizationCodeInput,
      {
        accessToken: { accessKeyId: "ASIAEXAMPLE", secretAccessKey: "secret", sessionToken: "session" },
        tokenType: "aws_sigv4",
        expiresIn: 900,
        refreshToken: "rt-2",
        idToken: "a.b.c",
      },
    ],
    [
      "refresh_token",
      refreshTokenInput,
      {
        accessToken: { accessKeyId: "ASIAEXAMPLE2", secretAccessKey: "secret2", sessionToken: "session2" },
        tokenType: "aws_sigv4",
        expiresIn: 900,
        refreshToken: "rt-3",
      },
    ],
  ])("%s success response", async (_grant, input, body) => {
    server.respondWith(json(body, 200), json(body, 200));
    const fromOurs = await oursClient().send(new ours.CreateOAuth2TokenCommand(input));
    const fromOfficial = await officialClient().send(new official.CreateOAuth2TokenCommand(input));
    expect(fromOurs.tokenOutput).toEqual(body);
    expect(fromOurs.$metadata.httpStatusCode).toBe(200);
    expect(fromOurs.$metadata.requestId).toBe("req-1");
    expect(fromOurs.tokenOutput).toEqual(fromOfficial.tokenOutput);
  });

  it.each([
    ["ValidationException", 400, "INVALID_REQUEST", ours.ValidationException],
    ["TooManyRequestsError", 429, "INVALID_REQUEST", ours.TooManyRequestsError],
    ["InternalServerException", 500, "server_error", ours.InternalServerException],
    ["AccessDeniedException", 401, "TOKEN_EXPIRED", ours.AccessDeniedException],
    ["AccessDeniedException", 401, "AUTHCODE_EXPIRED", ours.AccessDeniedException],
    ["AccessDeniedException", 403, "USER_CREDENTIALS_CHANGED", ours.AccessDeniedException],
    ["AccessDeniedException", 403, "INSUFFICIENT_PERMISSIONS", ours.AccessDeniedException],
  ] as const)("%s (%i %s)", async (errorType, status, code, ErrorClass) => {
    const body = { error: code, message: `explained: ${code}` };
    server.respondWith(json(body, status, errorType), json(body, status, errorType));
    const caught = (promise: Promise<unknown>) =>
      promise.then(
        () => expect.fail("expected an error"),
        (error: unknown) =>
          error as { name: string; error?: string; message: string; $metadata: { httpStatusCode?: number } },
      );
    const fromOurs = await caught(oursClient().send(new ours.CreateOAuth2TokenCommand(refreshTokenInput)));
    const fromOfficial = await caught(officialClient().send(new official.CreateOAuth2TokenCommand(refreshTokenInput)));

    expect(fromOurs).toBeInstanceOf(ErrorClass);
    expect(fromOurs.name).toBe(errorType);
    expect(fromOurs.error).toBe(code);
    expect(fromOurs.message).toBe(`explained: ${code}`);
    expect(fromOurs.$metadata.httpStatusCode).toBe(status);
    const summary = (e: typeof fromOurs) => [e.name, e.error, e.message, e.$metadata.httpStatusCode];
    expect(summary(fromOfficial)).toEqual(summary(fromOurs));
  });
});
