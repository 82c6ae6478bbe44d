/**
 * Every operation, as three real clients put it on the wire: our generated client, botocore 1.44.8's
 * `signin` client (all 16 operations) and @aws-sdk/nested-clients' SigninClient (the operations it
 * has: CreateOAuth2Token and CreateOAuth2TokenWithIAM). Each client resolves its endpoint with its
 * own copy of the rule set; the request it built is then sent, unchanged but for scheme and host, to
 * a loopback recorder. Compared per operation: the resolved host, method, path and query, content
 * type, body, and whether and for which service and Region the request is SigV4-signed (user agents,
 * dates, invocation ids and signatures aside). The operations have no other modeled headers.
 */
import { execFile } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { promisify } from "node:util";

import * as official from "@aws-sdk/nested-clients/signin";
import * as ours from "@open-signin/client";
import { NodeHttpHandler } from "@smithy/node-http-handler";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { pythonOf } from "../../scripts/lib/python-env.js";
import { type RecordedRequest, LoopbackServer } from "../support/loopback-server.js";

const execFileAsync = promisify(execFile);
const ENDPOINT = "https://signin.example.test";
const principal = "arn:aws:iam::111122223333:user/alice";

/** One input per operation, every member set, valid for the model's constraints. */
const inputs: Record<string, Record<string, unknown>> = {
  CreateOAuth2Token: {
    tokenInput: {
      clientId: "arn:aws:signin:::devtools/same-device",
      grantType: "refresh_token",
      refreshToken: "opaque-refresh-token",
    },
  },
  CreateOAuth2TokenWithIAM: { grantType: "client_credentials", resource: "aws-mcp.amazonaws.com" },
  CreateOAuth2TokenWithTokenExchange: {
    grantType: "urn:ietf:params:oauth:grant-type:token-exchange",
    subjectToken: "subject-token-value",
    subjectTokenType: "urn:ietf:params:oauth:token-type:id_token",
    assertion: "header.payload.signature",
    clientId: "client-1",
    resource: "aws-mcp.amazonaws.com",
    scope: "openid profile",
  },
  CreateBearerToken: { grantType: "client_credentials", resource: "aws-mcp.amazonaws.com", durationSeconds: 3600 },
  RevokeOAuth2TokenWithIAM: { token: "ASORexampleRefreshToken" },
  IntrospectOAuth2TokenWithIAM: { token: "ASOAexampleAccessToken", tokenTypeHint: "access_token" },
  ListSessions: {
    principalArn: principal,
    maxResults: 10,
    nextToken: "page-2",
    status: "ACTIVE",
    clientId: "arn:aws:signin:::devtools/same-device",
    issuedAfter: 1_700_000_000,
    issuedBefore: 1_800_000_000,
  },
  GetSession: { sessionArn: "arn:aws:signin:us-east-1:111122223333:session/abc", principalArn: principal },
  BatchRevokeSessions: { principalArn: principal, sessionArns: ["session-1", "session-2"], reason: "lost laptop" },
  GetConsoleAuthorizationConfiguration: { targetId: "111122223333" },
  PutConsoleAuthorizationConfiguration: { targetId: "o-abcdefghij" },
  DeleteConsoleAuthorizationConfiguration: { targetId: "r-abcd1234ef" },
  GetResourcePolicy: {},
  PutResourcePermissionStatement: {
    sourceVpc: "vpc-1a2b3c4d",
    signinSourceVpce: "vpce-0123456789abcdef0",
    consoleSourceVpce: "vpce-0fedcba9876543210",
    vpcSourceIp: "10.0.0.0/16",
    sourceIp: "203.0.113.0/24",
    requestedRegion: "eu-west-1",
    excludedPrincipal: "arn:aws:iam::111122223333:role/admin",
    clientToken: "put-token-1",
  },
  DeleteResourcePermissionStatement: { statementId: "A".repeat(64), clientToken: "delete-token-1" },
  ListResourcePermissionStatements: { maxResults: 5, nextToken: "page-2" },
};

interface WireRequest {
  host: string;
  method: string;
  path: string;
  contentType: string | undefined;
  /**
   * The JSON body, canonical: sorted keys, no whitespace. botocore writes `", "` and `": "`
   * separators and orders keys as the caller's dict does; the JS clients follow the generated
   * schema. JSON object member order carries no meaning, so it is left out here; the comparison
   * with the official JS client below checks the exact bytes.
   */
  body: string;
  /** "unsigned", or the SigV4 credential scope without date: `<region>/<service>/aws4_request`. */
  signed: string;
}

const canonicalJson = (value: unknown): string =>
  JSON.stringify(value, (_key, inner: unknown) =>
    inner && typeof inner === "object" && !Array.isArray(inner)
      ? Object.fromEntries(Object.entries(inner).sort(([a], [b]) => a.localeCompare(b)))
      : inner,
  );

const signing = (authorization: string | string[] | undefined): string => {
  if (typeof authorization !== "string") return "unsigned";
  const scope = /Credential=[^/]+\/\d{8}\/([^,]+)/.exec(authorization);
  return scope ? scope[1]! : `unparsed: ${authorization.slice(0, 20)}`;
};

const normalise = (host: string, request: RecordedRequest): WireRequest => ({
  host,
  method: request.method,
  path: request.path,
  contentType: request.headers["content-type"],
  body: request.body === "" ? "" : canonicalJson(JSON.parse(request.body)),
  signed: signing(request.headers.authorization),
});

/** The recorder's answer: a modeled, non-retryable error, so that every client sends exactly once. */
const REFUSED = {
  status: 400,
  headers: { "content-type": "application/json", "x-amzn-errortype": "ValidationException" },
  body: '{"error":"INVALID_REQUEST","message":"recorded"}',
};

let recorder: LoopbackServer;
beforeAll(async () => {
  recorder = await new LoopbackServer().start();
});
afterAll(() => recorder.stop());

/** Sends what the client built to the recorder, remembering the host the client had resolved. */
class RecordingHandler extends NodeHttpHandler {
  readonly hosts: string[] = [];
  override handle(
    request: Parameters<NodeHttpHandler["handle"]>[0],
    options?: Parameters<NodeHttpHandler["handle"]>[1],
  ) {
    this.hosts.push(`${request.protocol}//${request.hostname}${request.port ? `:${request.port}` : ""}`);
    const target = new URL(recorder.url);
    request.protocol = target.protocol;
    request.hostname = target.hostname;
    request.port = Number(target.port);
    return super.handle(request, options);
  }
}

const clientConfig = (requestHandler: RecordingHandler) => ({
  region: "us-east-1",
  endpoint: ENDPOINT,
  maxAttempts: 1,
  credentials: { accessKeyId: "AKIDEXAMPLE", secretAccessKey: "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY" },
  requestHandler,
});

/** Sends one operation with a JS client; the recorder refuses it, only the request matters. */
async function sendWith(module: Record<string, unknown>, operation: string): Promise<WireRequest> {
  const handler = new RecordingHandler();
  const Client = module.SigninClient as new (config: unknown) => { send(command: unknown): Promise<unknown> };
  const Command = module[`${operation}Command`] as new (input: unknown) => unknown;
  recorder.respondWith(REFUSED);
  const before = recorder.requests.length;
  await new Client(clientConfig(handler)).send(new Command(inputs[operation])).catch(() => undefined);
  expect(recorder.requests.length, `${operation} reached the recorder`).toBe(before + 1);
  return normalise(handler.hosts[0]!, recorder.requests.at(-1)!);
}

const operations = Object.keys(inputs).sort();

describe("the generated client sends what AWS's own clients send, for every operation", () => {
  let botocore: Record<string, WireRequest>;
  let botocoreVersion: string;

  beforeAll(async () => {
    const first = recorder.requests.length;
    recorder.respondWith(...operations.map(() => REFUSED));
    const spec = {
      recorder: recorder.url,
      endpoint: ENDPOINT,
      calls: operations.map((operation) => ({ operation, params: inputs[operation] })),
    };
    const script = join(import.meta.dirname, "python", "signin_record_requests.py");
    const { stdout } = await execFileAsync(pythonOf("botocore-newest"), [script, JSON.stringify(spec)]);
    const run = JSON.parse(stdout.trim().split("\n").at(-1)!) as {
      botocoreVersion: string;
      calls: { operation: string; resolvedUrl: string }[];
    };
    botocoreVersion = run.botocoreVersion;
    const requests = recorder.requests.slice(first);
    expect(requests.length, JSON.stringify(run.calls)).toBe(operations.length);
    botocore = Object.fromEntries(
      run.calls.map((call, index) => {
        const url = new URL(call.resolvedUrl);
        return [call.operation, normalise(`${url.protocol}//${url.host}`, requests[index]!)];
      }),
    );
  }, 120_000);

  it("botocore 1.44.8's signin model is the fixture the wire-equivalence test reads", async () => {
    expect(botocoreVersion).toBe("1.44.8");
    const { stdout } = await execFileAsync(pythonOf("botocore-newest"), [
      "-c",
      "import json, botocore.loaders as l; print(json.dumps(l.Loader().load_service_model('signin', 'service-2')))",
    ]);
    const fixture = JSON.parse(
      readFileSync(new URL("../model/fixtures/botocore-1.44.8/service-2.json", import.meta.url), "utf8"),
    ) as unknown;
    expect(JSON.parse(stdout)).toEqual(fixture);
  });

  it.each(operations)("%s: same as botocore", async (operation) => {
    const fromOurs = await sendWith(ours, operation);
    expect(fromOurs).toEqual(botocore[operation]);
  });

  it.each(["CreateOAuth2Token", "CreateOAuth2TokenWithIAM"])(
    "%s: same as @aws-sdk/nested-clients, body bytes and content length included",
    async (operation) => {
      const fromOurs = await sendWith(ours, operation);
      const ourRaw = recorder.requests.at(-1)!;
      const fromOfficial = await sendWith(official, operation);
      const officialRaw = recorder.requests.at(-1)!;
      expect(fromOurs).toEqual(fromOfficial);
      expect(ourRaw.body).toBe(officialRaw.body);
      expect(ourRaw.headers["content-length"]).toBe(officialRaw.headers["content-length"]);
    },
  );

  it("where the requests go: the control plane ignores a custom endpoint, the token operations honour it", () => {
    expect(botocore.ListSessions!.host).toBe("https://signin.us-east-1.api.aws");
    expect(botocore.CreateOAuth2TokenWithIAM!.host).toBe(ENDPOINT);
    expect(botocore.CreateOAuth2Token!.signed).toBe("unsigned");
    expect(botocore.RevokeOAuth2TokenWithIAM!.signed).toBe("us-east-1/signin/aws4_request");
  });
});
