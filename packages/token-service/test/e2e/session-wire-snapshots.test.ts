/**
 * Server wire snapshots of the session operations (ListSessions, GetSession, BatchRevokeSessions):
 * the full HTTP response (status line, headers, body bytes) of each one's success and refusals,
 * from a service whose clock, random source and keys are fixed, so that session ARNs and the
 * sealed nextToken are reproducible. Requests go out through the generated client, SigV4-signed
 * with credentials from a sign-in (its clock set to the service's).
 *
 * Update after an intended wire change with `npx vitest run --project token-service -u`.
 */
import { STATUS_CODES } from "node:http";
import { Readable } from "node:stream";

import * as ours from "@open-signin/client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { StaticKeyring } from "../../src/keys/static-keyring.js";
import { SigninAction } from "../../src/principals/principal-directory.js";
import { ManualClock } from "../support/manual-clock.js";
import { seededRandom } from "../support/seeded-random.js";
import { ALICE, TokenServiceHarness, principal } from "../support/token-service-harness.js";

const ADMIN = "arn:aws:iam::111122223333:user/admin";
const NOBODY = "arn:aws:iam::111122223333:user/no-permissions";
const SESSION_ACTIONS = [
  SigninAction.CreateOAuth2Token,
  SigninAction.ListSessions,
  SigninAction.GetSession,
  SigninAction.BatchRevokeSessions,
];
const UNKNOWN_SESSION = "arn:aws:signin:us-east-1:111122223333:session/00000000-0000-4000-8000-000000000000";

interface Recorded {
  readonly name: string;
  readonly status: number;
  readonly headers: Record<string, string>;
  readonly body: string;
}

const scenarios = [
  ["list-sessions", 200],
  ["list-sessions-next-page", 200],
  ["list-sessions-next-token-invalid", 400],
  ["list-sessions-max-results", 400],
  ["list-sessions-another-account", 403],
  ["list-sessions-insufficient-permissions", 403],
  ["get-session", 200],
  ["get-session-not-found", 404],
  ["get-session-session-arn", 400],
  ["get-session-insufficient-permissions", 403],
  ["batch-revoke-sessions", 200],
  ["batch-revoke-sessions-session-arns", 400],
  ["batch-revoke-sessions-insufficient-permissions", 403],
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
    // AWS's endpoint rules send the session operations to signin.{Region}.api.aws even with an
    // endpoint configured: endpoint resolution itself points at the service.
    endpointProvider: () => ({ url: new URL(harness.url) }),
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

const render = ({ status, headers, body }: Recorded) =>
  [
    `HTTP/1.1 ${status} ${STATUS_CODES[status]}`,
    ...Object.entries(headers).map(([name, value]) => `${name}: ${value}`),
    "",
    body,
    "",
  ].join("\n");

beforeAll(async () => {
  clock = new ManualClock();
  const keyring = StaticKeyring.generate({ random: seededRandom("session-snapshot-keys"), clock });
  harness = await TokenServiceHarness.start({ clock, random: seededRandom("session-snapshot-service"), keyring });
  harness.principals.put(principal(ADMIN, { allowedActions: new Set(SESSION_ACTIONS) }));
  harness.principals.put(principal(NOBODY));

  await harness.signIn({ principalArn: ALICE });
  clock.advance(1000);
  const admin = recordingClient((await harness.signIn({ principalArn: ADMIN })).tokens.accessToken);
  clock.advance(1000);
  await harness.signIn({ principalArn: ADMIN });
  const nobody = recordingClient((await harness.signIn({ principalArn: NOBODY })).tokens.accessToken);

  const list = (input: ours.ListSessionsCommandInput) => new ours.ListSessionsCommand(input);
  let first: ours.ListSessionsCommandOutput | undefined;
  await record("list-sessions", async () => {
    first = await admin.send(list({ maxResults: 1 }));
  });
  await record("list-sessions-next-page", () => admin.send(list({ maxResults: 1, nextToken: first!.nextToken })));
  await record("list-sessions-next-token-invalid", () =>
    admin.send(list({ nextToken: first!.nextToken, status: "REVOKED" })),
  );
  await record("list-sessions-max-results", () => admin.send(list({ maxResults: 101 })));
  await record("list-sessions-another-account", () =>
    admin.send(list({ principalArn: "arn:aws:iam::444455556666:*" })),
  );
  await record("list-sessions-insufficient-permissions", () => nobody.send(list({})));

  const own = first!.items![0]!.sessionArn!;
  await record("get-session", () => admin.send(new ours.GetSessionCommand({ sessionArn: own })));
  await record("get-session-not-found", () => admin.send(new ours.GetSessionCommand({ sessionArn: UNKNOWN_SESSION })));
  await record("get-session-session-arn", () => admin.send(new ours.GetSessionCommand({ sessionArn: "nope" })));
  await record("get-session-insufficient-permissions", () =>
    nobody.send(new ours.GetSessionCommand({ sessionArn: own })),
  );

  await record("batch-revoke-sessions", () =>
    admin.send(new ours.BatchRevokeSessionsCommand({ sessionArns: [own, UNKNOWN_SESSION], reason: "snapshot" })),
  );
  await record("batch-revoke-sessions-session-arns", () =>
    admin.send(new ours.BatchRevokeSessionsCommand({ sessionArns: [] })),
  );
  await record("batch-revoke-sessions-insufficient-permissions", () =>
    nobody.send(new ours.BatchRevokeSessionsCommand({ sessionArns: [own] })),
  );
});
afterAll(() => harness?.close());

describe("session operations: server wire snapshots", () => {
  it("cover each operation's success and refusals, with the expected statuses", () => {
    expect(recorded.map(({ name, status }) => [name, status]).sort()).toEqual(
      scenarios.map(([name, status]) => [name, status]).sort(),
    );
  });

  it.each(scenarios.map(([name]) => name))("%s", async (name) => {
    await expect(render(recording(name))).toMatchFileSnapshot(`./__snapshots__/wire/${name}.http`);
  });
});
