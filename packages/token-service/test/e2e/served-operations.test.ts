/**
 * Which operations this service serves, and how a request reaches them: every served operation's
 * path goes to the generated handler (operations sharing POST /v1/token are told apart by their
 * query literal, a plain /v1/token staying CreateOAuth2Token), the client-only operations answer
 * 404 UnknownOperationException, and the SigV4 operations authenticate and authorize their caller.
 * Driven with the generated client where a client would call.
 */
import {
  DeleteConsoleAuthorizationConfigurationCommand,
  DeleteResourcePermissionStatementCommand,
  GetConsoleAuthorizationConfigurationCommand,
  GetResourcePolicyCommand,
  ListResourcePermissionStatementsCommand,
  ListSessionsCommand,
  PutConsoleAuthorizationConfigurationCommand,
  PutResourcePermissionStatementCommand,
  type SigninServiceException,
} from "@open-signin/client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { servedOperations } from "../../src/http/served-operations.js";
import { SigninAction } from "../../src/principals/principal-directory.js";
import { ALICE, TokenServiceHarness, principal, sendRequest } from "../support/token-service-harness.js";

const ADMIN = "arn:aws:iam::111122223333:user/admin";

let harness: TokenServiceHarness;
beforeAll(async () => {
  harness = await TokenServiceHarness.start({ limits: { maxBodyBytes: 4096 } });
  harness.principals.put(principal(ADMIN, { allowedActions: new Set(Object.values(SigninAction)) }));
});
afterAll(() => harness.close());

const caught = (promise: Promise<unknown>) =>
  promise.then(
    () => {
      throw new Error("expected the call to fail");
    },
    (error: unknown) => error as SigninServiceException & { error?: string },
  );

/** A request valid for each operation's input validation, so that it reaches the operation. */
const validBodies: Record<string, object> = {
  CreateOAuth2TokenWithIAM: { grant_type: "client_credentials", resource: "aws-mcp.amazonaws.com" },
  CreateBearerToken: { grant_type: "client_credentials", resource: "aws-mcp.amazonaws.com" },
  RevokeOAuth2TokenWithIAM: { token: "ASORexample" },
  IntrospectOAuth2TokenWithIAM: { token: "ASORexample" },
  ListSessions: {},
  GetSession: { sessionArn: "arn:aws:signin:us-east-1:111122223333:session/00000000-0000-4000-8000-000000000000" },
  BatchRevokeSessions: {
    sessionArns: ["arn:aws:signin:us-east-1:111122223333:session/00000000-0000-4000-8000-000000000000"],
  },
};
const signedOperations = servedOperations.filter(({ name }) => name in validBodies);

const post = (pathAndQuery: string, body: string, headers: Record<string, string> = {}) =>
  sendRequest(`${harness.url}${pathAndQuery}`, "POST", { "content-type": "application/json", ...headers }, body);

describe("routing", () => {
  it.each(signedOperations.map((binding) => [binding.name, binding] as const))(
    "%s is reached at its path and query",
    async (name, { path, queryLiteral }) => {
      const query = queryLiteral ? `?${queryLiteral[0]}=${queryLiteral[1]}` : "";
      const response = await post(`${path}${query}`, JSON.stringify(validBodies[name]));
      // Unsigned: the operation itself refuses, naming itself, so the request did reach it.
      expect(response.status, response.text).toBe(400);
      expect(response.headers.get("x-amzn-errortype")).toBe("ValidationException");
      expect(JSON.parse(response.text)).toEqual({
        error: "INVALID_REQUEST",
        message: `${name} must be signed with SigV4 (service "signin").`,
      });
      expect(response.headers.get("cache-control")).toBe("no-store");
      expect(response.headers.get("x-amzn-requestid")).toMatch(/^[0-9a-f-]{36}$/);
    },
  );

  it("a plain /v1/token, or one with an unknown query value, stays CreateOAuth2Token", async () => {
    for (const query of ["", "?x-amz-client-auth-method=other", "?unrelated=1"]) {
      const response = await post(`/v1/token${query}`, JSON.stringify({ grantType: "refresh_token" }));
      expect(JSON.parse(response.text), query).toEqual({ error: "INVALID_REQUEST", message: "clientId is required." });
    }
  });

  it("CreateOAuth2TokenWithTokenExchange is reached unsigned (the model gives it no auth)", async () => {
    const response = await post(
      "/v1/token?x-amz-oauth-token-method=token-exchange",
      JSON.stringify({ grant_type: "urn:ietf:params:oauth:grant-type:token-exchange" }),
    );
    expect(response.headers.get("x-amzn-errortype"), response.text).not.toBe("UnknownOperationException");
  });

  it("a served path whose query selects no operation is 404 UnknownOperationException", async () => {
    const response = await post("/v1/revoke", JSON.stringify({ token: "ASORexample" }));
    expect(response.status).toBe(404);
    expect(response.headers.get("x-amzn-errortype")).toBe("UnknownOperationException");
  });

  it("limits the body size of every operation, not only CreateOAuth2Token's", async () => {
    const response = await post("/list-sessions", JSON.stringify({ clientId: "x".repeat(5000) }));
    expect(response.status).toBe(413);
    expect(response.headers.get("x-amzn-errortype")).toBe("ValidationException");
  });

  it("takes only JSON bodies for the JSON operations", async () => {
    const response = await post("/list-sessions", "maxResults=1", {
      "content-type": "application/x-www-form-urlencoded",
    });
    expect(response.status).toBe(415);
  });
});

describe("client-only operations", () => {
  // Console authorization and resource policies are AWS-account control-plane features this service does not model.
  const commands = [
    new GetConsoleAuthorizationConfigurationCommand({}),
    new PutConsoleAuthorizationConfigurationCommand({}),
    new DeleteConsoleAuthorizationConfigurationCommand({}),
    new GetResourcePolicyCommand({}),
    new PutResourcePermissionStatementCommand({}),
    new DeleteResourcePermissionStatementCommand({} as never),
    new ListResourcePermissionStatementsCommand({}),
  ];

  it.each(commands.map((command) => [command.constructor.name, command] as const))(
    "%s is 404 UnknownOperationException",
    async (_name, command) => {
      const alice = await harness.signIn();
      const error = await caught(harness.signedClient(alice.tokens.accessToken).send(command as never));
      expect(error.name).toBe("UnknownOperationException");
      expect(error.$metadata.httpStatusCode).toBe(404);
    },
  );
});

describe("operation authentication", () => {
  it("refuses a caller without the operation's IAM action with 403 INSUFFICIENT_PERMISSIONS", async () => {
    const alice = await harness.signIn({ principalArn: ALICE });
    const error = await caught(harness.signedClient(alice.tokens.accessToken).send(new ListSessionsCommand({})));
    expect([error.name, error.$metadata.httpStatusCode, error.error, error.message]).toEqual([
      "AccessDeniedException",
      403,
      "INSUFFICIENT_PERMISSIONS",
      "The principal is not allowed to perform signin:ListSessions.",
    ]);
  });

  it("refuses credentials this service did not issue", async () => {
    const error = await caught(
      harness
        .signedClient({
          accessKeyId: "ASIAAAAAAAAAAAAAAAAA",
          secretAccessKey: "x".repeat(40),
          sessionToken: "not-ours",
        })
        .send(new ListSessionsCommand({})),
    );
    expect([error.name, error.$metadata.httpStatusCode]).toEqual(["ValidationException", 400]);
  });

  it("refuses a tampered signature", async () => {
    const admin = await harness.signIn({ principalArn: ADMIN });
    const client = harness.signedClient({ ...admin.tokens.accessToken, secretAccessKey: "y".repeat(40) });
    const error = await caught(client.send(new ListSessionsCommand({})));
    expect(error.message).toBe("The request signature does not match. Check the signing credentials and algorithm.");
  });
});
