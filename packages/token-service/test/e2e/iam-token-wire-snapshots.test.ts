/**
 * Server wire snapshots of the IAM token operations: the full HTTP response (status line, headers,
 * body bytes) of each operation's success and of its refusals, from a service whose clock, random
 * source and keys are fixed. ES256 signatures inside access tokens are randomized: each is verified
 * with the service's JWKS and then shown as a placeholder. Requests go out through the generated
 * client, SigV4-signed with credentials from a sign-in (its clock set to the service's).
 *
 * CreateOAuth2TokenWithIAM's recorded responses are also replayed to the official
 * @aws-sdk/nested-clients/signin client, which must parse them as the generated client does.
 *
 * Update after an intended wire change with `npx vitest run --project token-service -u`.
 */
import { type Server, STATUS_CODES, createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { Readable } from "node:stream";

import * as official from "@aws-sdk/nested-clients/signin";
import * as ours from "@open-signin/client";
import { createLocalJWKSet, jwtVerify } from "jose";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { StaticKeyring } from "../../src/keys/static-keyring.js";
import { SigninAction } from "../../src/principals/principal-directory.js";
import { accessTokenJws } from "../../src/tokens/access-token.js";
import { ManualClock } from "../support/manual-clock.js";
import { seededRandom } from "../support/seeded-random.js";
import { TokenServiceHarness, principal } from "../support/token-service-harness.js";

const ADMIN = "arn:aws:iam::111122223333:user/admin";
const OUTSIDER = "arn:aws:iam::444455556666:user/outsider";
const NOBODY = "arn:aws:iam::111122223333:user/no-permissions";
const IAM_ACTIONS = [
  SigninAction.CreateOAuth2Token,
  SigninAction.CreateBearerToken,
  SigninAction.RevokeOAuth2Token,
  SigninAction.IntrospectOAuth2Token,
];

interface Recorded {
  readonly name: string;
  readonly status: number;
  readonly headers: Record<string, string>;
  readonly body: string;
}

const scenarios = [
  ["create-oauth2-token-with-iam", 200],
  ["create-oauth2-token-with-iam-invalid-target", 400],
  ["create-oauth2-token-with-iam-missing-member", 400],
  ["create-oauth2-token-with-iam-insufficient-permissions", 403],
  ["create-bearer-token", 200],
  ["create-bearer-token-duration-too-long", 400],
  ["create-bearer-token-insufficient-permissions", 403],
  ["create-oauth2-token-with-token-exchange", 200],
  ["create-oauth2-token-with-token-exchange-invalid-grant", 400],
  ["create-oauth2-token-with-token-exchange-invalid-scope", 400],
  ["create-oauth2-token-with-token-exchange-unsupported-grant-type", 400],
  ["create-oauth2-token-with-token-exchange-missing-subject-token", 400],
  ["introspect-oauth2-token-with-iam-refresh-token", 200],
  ["introspect-oauth2-token-with-iam-access-token", 200],
  ["introspect-oauth2-token-with-iam-inactive", 200],
  ["introspect-oauth2-token-with-iam-pattern", 400],
  ["introspect-oauth2-token-with-iam-insufficient-permissions", 403],
  ["revoke-oauth2-token-with-iam", 200],
  ["revoke-oauth2-token-with-iam-access-token", 400],
  ["revoke-oauth2-token-with-iam-insufficient-permissions", 403],
] as const;
type ScenarioName = (typeof scenarios)[number][0];

const recorded: Recorded[] = [];
const recording = (name: ScenarioName): Recorded => {
  const entry = recorded.find((candidate) => candidate.name === name);
  if (!entry) throw new Error(`${name} was not recorded`);
  return entry;
};

let harness: TokenServiceHarness;
let clock: ManualClock;

/**
 * A generated client whose every response is recorded under the next name given to `record`.
 * Its clock offset makes its SigV4 dates the service's fixed time.
 */
let nextName: string | undefined;
function recordingClient(credentials?: ours.SigninClientConfig["credentials"]): ours.SigninClient {
  const client = new ours.SigninClient({
    region: "us-east-1",
    endpoint: harness.url,
    maxAttempts: 1,
    systemClockOffset: clock.now() - Date.now(),
    ...(credentials ? { credentials } : {}),
  });
  client.middlewareStack.add(
    (next) => async (args) => {
      const result = await next(args);
      const response = result.response as {
        statusCode: number;
        headers: Record<string, string>;
        body: AsyncIterable<Uint8Array>;
      };
      const chunks: Buffer[] = [];
      for await (const chunk of response.body) chunks.push(Buffer.from(chunk));
      const body = Buffer.concat(chunks);
      if (nextName !== undefined) {
        const headers = Object.fromEntries(Object.entries(response.headers).sort(([a], [b]) => a.localeCompare(b)));
        recorded.push({ name: nextName, status: response.statusCode, headers, body: body.toString("utf8") });
        nextName = undefined;
      }
      // The client reads the body after this: hand it an unread stream of the same bytes.
      response.body = Readable.from([body]);
      return result;
    },
    { step: "deserialize", name: "recordResponse", priority: "low" },
  );
  return client;
}

async function record(name: ScenarioName, send: () => Promise<unknown>): Promise<void> {
  nextName = name;
  await send().catch(() => undefined);
  if (nextName !== undefined) throw new Error(`${name}: no response was recorded`);
}

/** Replaces each access token's signature after checking it against the service's JWKS. */
async function stableBody(body: string): Promise<string> {
  let stable = body;
  for (const match of body.matchAll(/ASOA[A-Za-z0-9+/=_-]+/g)) {
    const jws = accessTokenJws(match[0])!;
    await jwtVerify(jws, createLocalJWKSet(harness.service.idTokens.jwks()), {
      currentDate: new Date(clock.now()),
    });
    const signature = jws.split(".")[2]!;
    stable = stable.replace(signature, "<ES256 signature: verified, varies per signing>".padEnd(signature.length, "."));
  }
  return stable;
}

const render = async ({ status, headers, body }: Recorded) =>
  [
    `HTTP/1.1 ${status} ${STATUS_CODES[status]}`,
    ...Object.entries(headers).map(([name, value]) => `${name}: ${value}`),
    "",
    await stableBody(body),
    "",
  ].join("\n");

beforeAll(async () => {
  clock = new ManualClock();
  const keyring = StaticKeyring.generate({ random: seededRandom("iam-snapshot-keys"), clock });
  harness = await TokenServiceHarness.start({ clock, random: seededRandom("iam-snapshot-service"), keyring });
  for (const arn of [ADMIN, OUTSIDER]) harness.principals.put(principal(arn, { allowedActions: new Set(IAM_ACTIONS) }));
  harness.principals.put(principal(NOBODY));

  const alice = await harness.signIn();
  const admin = recordingClient((await harness.signIn({ principalArn: ADMIN })).tokens.accessToken);
  const outsider = recordingClient((await harness.signIn({ principalArn: OUTSIDER })).tokens.accessToken);
  const nobody = recordingClient((await harness.signIn({ principalArn: NOBODY })).tokens.accessToken);
  // Signing in needed signin:CreateOAuth2Token, which CreateOAuth2TokenWithIAM needs too: take it away.
  harness.principals.put(principal(NOBODY, { allowedActions: new Set([SigninAction.AuthorizeOAuth2Access]) }));
  const anonymous = recordingClient();

  const iam = (input: object) =>
    new ours.CreateOAuth2TokenWithIAMCommand(input as ours.CreateOAuth2TokenWithIAMCommandInput);
  const bearer = (input: object) => new ours.CreateBearerTokenCommand(input as ours.CreateBearerTokenCommandInput);
  const exchange = (input: object) =>
    new ours.CreateOAuth2TokenWithTokenExchangeCommand({
      grantType: "urn:ietf:params:oauth:grant-type:token-exchange",
      subjectTokenType: "urn:ietf:params:oauth:token-type:jwt",
      resource: "glue.amazonaws.com",
      ...input,
    });
  const introspect = (token: string) => new ours.IntrospectOAuth2TokenWithIAMCommand({ token });
  const revoke = (token: string) => new ours.RevokeOAuth2TokenWithIAMCommand({ token });

  const mcp = { grantType: "client_credentials", resource: "aws-mcp.amazonaws.com" };
  let accessToken = "";
  await record("create-oauth2-token-with-iam", async () => {
    accessToken = (await admin.send(iam(mcp))).accessToken!;
  });
  await record("create-oauth2-token-with-iam-invalid-target", () =>
    admin.send(iam({ ...mcp, resource: "https://aws-mcp.amazonaws.com/mcp" })),
  );
  await record("create-oauth2-token-with-iam-missing-member", () =>
    admin.send(iam({ grantType: "client_credentials" })),
  );
  await record("create-oauth2-token-with-iam-insufficient-permissions", () => nobody.send(iam(mcp)));

  const ecr = { grantType: "client_credentials", resource: "ecr.amazonaws.com" };
  await record("create-bearer-token", () => admin.send(bearer(ecr)));
  await record("create-bearer-token-duration-too-long", () => admin.send(bearer({ ...ecr, durationSeconds: 43_201 })));
  await record("create-bearer-token-insufficient-permissions", () => nobody.send(bearer(ecr)));

  await record("create-oauth2-token-with-token-exchange", () =>
    anonymous.send(exchange({ subjectToken: accessToken })),
  );
  await record("create-oauth2-token-with-token-exchange-invalid-grant", () =>
    anonymous.send(exchange({ subjectToken: alice.tokens.idToken })),
  );
  await record("create-oauth2-token-with-token-exchange-invalid-scope", () =>
    anonymous.send(exchange({ subjectToken: accessToken, scope: "s3:GetObject" })),
  );
  await record("create-oauth2-token-with-token-exchange-unsupported-grant-type", () =>
    anonymous.send(exchange({ grantType: "urn:ietf:params:oauth:grant-type:jwt-bearer", assertion: "eyJ.e30.sig" })),
  );
  await record("create-oauth2-token-with-token-exchange-missing-subject-token", () => anonymous.send(exchange({})));

  await record("introspect-oauth2-token-with-iam-refresh-token", () =>
    admin.send(introspect(alice.tokens.refreshToken)),
  );
  await record("introspect-oauth2-token-with-iam-access-token", () => admin.send(introspect(accessToken)));
  await record("introspect-oauth2-token-with-iam-inactive", () => outsider.send(introspect(alice.tokens.refreshToken)));
  await record("introspect-oauth2-token-with-iam-pattern", () => admin.send(introspect(alice.tokens.idToken!)));
  await record("introspect-oauth2-token-with-iam-insufficient-permissions", () =>
    nobody.send(introspect(alice.tokens.refreshToken)),
  );

  await record("revoke-oauth2-token-with-iam-access-token", () => admin.send(revoke(accessToken)));
  await record("revoke-oauth2-token-with-iam-insufficient-permissions", () =>
    nobody.send(revoke(alice.tokens.refreshToken)),
  );
  await record("revoke-oauth2-token-with-iam", () => admin.send(revoke(alice.tokens.refreshToken)));
});
afterAll(() => harness?.close());

describe("IAM token operations: server wire snapshots", () => {
  it("cover each operation's success and refusals, with the expected statuses", () => {
    expect(recorded.map(({ name, status }) => [name, status]).sort()).toEqual(
      scenarios.map(([name, status]) => [name, status]).sort(),
    );
  });

  it.each(scenarios.map(([name]) => name))("%s", async (name) => {
    await expect(await render(recording(name))).toMatchFileSnapshot(`./__snapshots__/wire/${name}.http`);
  });
});

describe("the official client parses CreateOAuth2TokenWithIAM's recorded responses as the generated one does", () => {
  let replay: Server;
  let next: Recorded | undefined;
  let endpoint = "";

  beforeAll(async () => {
    replay = createServer((request, response) => {
      request.resume();
      request.on("end", () => {
        response.writeHead(next!.status, next!.headers);
        response.end(next!.body);
      });
    });
    await new Promise<void>((resolve) => replay.listen(0, "127.0.0.1", resolve));
    endpoint = `http://127.0.0.1:${(replay.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => replay.close(() => resolve())));

  const outcome = async (send: () => Promise<object>) => {
    try {
      const { $metadata, ...output } = (await send()) as { $metadata: { httpStatusCode?: number } };
      return { output, status: $metadata.httpStatusCode };
    } catch (error) {
      const e = error as { name: string; error?: string; message: string; $metadata?: { httpStatusCode?: number } };
      return { name: e.name, error: e.error, message: e.message, status: e.$metadata?.httpStatusCode };
    }
  };

  it.each(scenarios.filter(([name]) => name.startsWith("create-oauth2-token-with-iam")).map(([name]) => name))(
    "%s",
    async (name) => {
      const entry = recording(name);
      const config = {
        region: "us-east-1",
        endpoint,
        maxAttempts: 1,
        credentials: { accessKeyId: "AKIDEXAMPLE", secretAccessKey: "secret" },
      };
      const input = { grantType: "client_credentials", resource: "aws-mcp.amazonaws.com" };
      next = entry;
      const fromOurs = await outcome(() =>
        new ours.SigninClient(config).send(new ours.CreateOAuth2TokenWithIAMCommand(input)),
      );
      next = entry;
      const fromOfficial = await outcome(() =>
        new official.SigninClient(config).send(new official.CreateOAuth2TokenWithIAMCommand(input)),
      );
      expect(fromOurs).toEqual(fromOfficial);
      expect(fromOurs.status).toBe(entry.status);
    },
  );
});
