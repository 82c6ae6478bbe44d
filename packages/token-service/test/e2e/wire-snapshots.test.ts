/**
 * Server-side wire snapshots: the full HTTP response (status line, headers, body bytes) for both
 * grants and every error path, from a service whose clock, random source, keys and client DPoP key
 * are fixed, so that every byte is reproducible. The only exception is the ID token's ES256
 * signature (ECDSA is randomized); it is verified here and then shown as a placeholder.
 *
 * Each recorded response is then replayed to the generated client and to the official
 * @aws-sdk/nested-clients/signin client, which must parse it into the same output or error.
 *
 * Update after an intended wire change with `npx vitest run --project token-service -u`.
 */
import { createPrivateKey } from "node:crypto";
import { type Server, createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { STATUS_CODES } from "node:http";

import * as official from "@aws-sdk/nested-clients/signin";
import * as ours from "@open-signin/client";
import { createLocalJWKSet, jwtVerify } from "jose";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { StaticKeyring } from "../../src/keys/static-keyring.js";
import type { ProtocolError } from "../../src/errors/protocol-errors.js";
import { serverError, tooManyRequests } from "../../src/errors/protocol-errors.js";
import { DpopClientKey } from "../support/dpop-client.js";
import { ManualClock } from "../support/manual-clock.js";
import { seededRandom } from "../support/seeded-random.js";
import { ALICE, SAME_DEVICE, TokenServiceHarness, principal, sendRequest } from "../support/token-service-harness.js";

// A P-256 test key (the one in the AWS CLI's login provider test vectors): not a secret.
const CLIENT_KEY = createPrivateKey(`-----BEGIN PRIVATE KEY-----
MIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQg+PNauWi/ihtwHHbq
1tgc8Vgpwx0qQlNSN38y+z0igWehRANCAAR2Ntw6BXJ1v8jb9XjzKZJ+gL5f/3Jq
IqiH2PUGKWxoFwNlcNB83FivEXEzlTbuCQK5OezOYb3gbvHuzKkB0nDX
-----END PRIVATE KEY-----`);
const VERIFIER = "snapshot-verifier-".padEnd(64, "0");
const REDIRECT_URI = "http://127.0.0.1:53037/oauth/callback";

interface Recorded {
  readonly name: string;
  readonly status: number;
  readonly headers: Record<string, string>;
  readonly body: string;
}

/** Every recorded exchange, in recording order, with the status it must have. */
const scenarios = [
  ["authorization-code-grant", 200],
  ["refresh-token-grant", 200],
  ["validation-missing-member", 400],
  ["validation-constraint", 400],
  ["validation-missing-dpop", 400],
  ["validation-unknown-code", 400],
  ["validation-body-too-large", 413],
  ["validation-unsupported-media-type", 415],
  ["access-denied-authcode-expired", 401],
  ["access-denied-user-credentials-changed", 403],
  ["access-denied-insufficient-permissions", 403],
  ["access-denied-token-expired", 401],
  ["too-many-requests", 429],
  ["internal-server-error", 500],
  ["unknown-path", 404],
  ["method-not-allowed", 405],
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
let key: DpopClientKey;
let jti = 0;
let injectFault: ProtocolError | undefined;

const proof = () => key.proof(harness.tokenUrl, { jti: `snapshot-jti-${++jti}` });

async function record(
  name: string,
  send: () => Promise<{ status: number; headers: Headers; text: string }>,
): Promise<Recorded> {
  const response = await send();
  const headers = Object.fromEntries([...response.headers.entries()].sort(([a], [b]) => a.localeCompare(b)));
  const entry = { name, status: response.status, headers, body: response.text };
  recorded.push(entry);
  return entry;
}

const post = (body: object, options: { dpop?: boolean; contentType?: string } = {}) =>
  harness.post(options.contentType === "text/plain" ? JSON.stringify(body) : body, {
    ...(options.dpop === false ? {} : { dpop: proof() }),
    ...(options.contentType ? { contentType: options.contentType } : {}),
  });

async function signIn(): Promise<{ refreshToken: string }> {
  const grant = await harness.issueCode({ verifier: VERIFIER, redirectUri: REDIRECT_URI });
  const response = await post({ grantType: "authorization_code", ...grant });
  return { refreshToken: (JSON.parse(response.text) as { refreshToken: string }).refreshToken };
}

/** Replaces the ID token's signature after checking it against the service's JWKS. */
async function stableBody(body: string): Promise<string> {
  const parsed = JSON.parse(body || "{}") as { idToken?: string };
  if (!parsed.idToken) return body;
  const jwks = createLocalJWKSet(harness.service.idTokens.jwks());
  await jwtVerify(parsed.idToken, jwks, { currentDate: new Date(clock.now()) });
  const signature = parsed.idToken.split(".")[2]!;
  return body.replace(signature, "<ES256 signature: verified, varies per signing>".padEnd(signature.length, "."));
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
  const keyring = StaticKeyring.generate({ random: seededRandom("snapshot-keys"), clock });
  harness = await TokenServiceHarness.start({
    clock,
    random: seededRandom("snapshot-service"),
    keyring,
    faults: { beforeProcessing: () => injectFault },
  });
  key = new DpopClientKey(() => clock.now(), CLIENT_KEY);

  const first = await signIn();
  const grant = await harness.issueCode({ verifier: VERIFIER, redirectUri: REDIRECT_URI });
  await record("authorization-code-grant", () => post({ grantType: "authorization_code", ...grant }));
  await record("refresh-token-grant", () =>
    post({ clientId: SAME_DEVICE, grantType: "refresh_token", refreshToken: first.refreshToken }),
  );

  await record("validation-missing-member", () => post({ clientId: SAME_DEVICE, grantType: "refresh_token" }));
  await record("validation-constraint", () =>
    post({
      clientId: SAME_DEVICE,
      grantType: "authorization_code",
      code: "c",
      redirectUri: REDIRECT_URI,
      codeVerifier: "short",
    }),
  );
  await record("validation-missing-dpop", () =>
    post({ clientId: SAME_DEVICE, grantType: "refresh_token", refreshToken: first.refreshToken }, { dpop: false }),
  );
  await record("validation-unknown-code", () =>
    post({
      clientId: SAME_DEVICE,
      grantType: "authorization_code",
      code: "unknown",
      redirectUri: REDIRECT_URI,
      codeVerifier: VERIFIER,
    }),
  );
  await record("validation-body-too-large", () => post({ clientId: SAME_DEVICE, padding: "x".repeat(17_000) }));
  await record("validation-unsupported-media-type", () =>
    post({ clientId: SAME_DEVICE }, { contentType: "text/plain" }),
  );

  const expiring = await harness.issueCode({ verifier: VERIFIER, redirectUri: REDIRECT_URI });
  clock.advance(301_000);
  await record("access-denied-authcode-expired", () => post({ grantType: "authorization_code", ...expiring }));

  const second = await signIn();
  harness.principals.update(ALICE, (alice) => ({ ...alice, credentialVersion: 2 }));
  await record("access-denied-user-credentials-changed", () =>
    post({ clientId: SAME_DEVICE, grantType: "refresh_token", refreshToken: second.refreshToken }),
  );
  const third = await signIn();
  harness.principals.put(principal(ALICE, { credentialVersion: 2, allowedActions: new Set() }));
  await record("access-denied-insufficient-permissions", () =>
    post({ clientId: SAME_DEVICE, grantType: "refresh_token", refreshToken: third.refreshToken }),
  );
  harness.principals.put(principal(ALICE, { credentialVersion: 2, sessionsRevokedAt: clock.now() }));
  await record("access-denied-token-expired", () =>
    post({ clientId: SAME_DEVICE, grantType: "refresh_token", refreshToken: third.refreshToken }),
  );

  injectFault = tooManyRequests();
  await record("too-many-requests", () =>
    post({ clientId: SAME_DEVICE, grantType: "refresh_token", refreshToken: "x" }),
  );
  injectFault = serverError();
  await record("internal-server-error", () =>
    post({ clientId: SAME_DEVICE, grantType: "refresh_token", refreshToken: "x" }),
  );
  injectFault = undefined;

  await record("unknown-path", () => sendRequest(`${harness.url}/v1/nothing`, "POST", {}, "{}"));
  await record("method-not-allowed", () => sendRequest(harness.tokenUrl, "GET", {}));
});
afterAll(() => harness?.close());

describe("server wire snapshots", () => {
  it("cover both grants and every error path, with the expected statuses", () => {
    expect(recorded.map(({ name, status }) => [name, status])).toEqual(
      scenarios.map(([name, status]) => [name, status]),
    );
  });

  it.each(scenarios.map(([name]) => name))("%s", async (name) => {
    await expect(await render(recording(name))).toMatchFileSnapshot(`./__snapshots__/wire/${name}.http`);
  });
});

describe("both the generated and the official client parse every recorded response alike", () => {
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

  const input = { tokenInput: { clientId: SAME_DEVICE, grantType: "refresh_token", refreshToken: "r" } };
  const outcome = async (send: () => Promise<{ tokenOutput?: unknown; $metadata: { httpStatusCode?: number } }>) => {
    try {
      const output = await send();
      return { output: output.tokenOutput, status: output.$metadata.httpStatusCode };
    } catch (error) {
      const e = error as {
        name: string;
        error?: string;
        message: string;
        $fault?: string;
        $metadata?: { httpStatusCode?: number };
      };
      return { name: e.name, error: e.error, message: e.message, fault: e.$fault, status: e.$metadata?.httpStatusCode };
    }
  };

  // 404 and 405 come from outside the operation (no route matched), so no client models them.
  it.each(scenarios.filter(([, status]) => status !== 404 && status !== 405).map(([name]) => name))(
    "%s",
    async (name) => {
      const entry = recording(name);
      const config = { region: "us-east-1", endpoint, maxAttempts: 1 };
      next = entry;
      const fromOurs = await outcome(() =>
        new ours.SigninClient(config).send(new ours.CreateOAuth2TokenCommand(input)),
      );
      next = entry;
      const fromOfficial = await outcome(() =>
        new official.SigninClient(config).send(new official.CreateOAuth2TokenCommand(input)),
      );

      expect(fromOurs).toEqual(fromOfficial);
      expect(fromOurs.status).toBe(entry.status);
      if (entry.status === 200) {
        expect(fromOurs.output).toEqual(JSON.parse(entry.body));
      } else {
        const body = JSON.parse(entry.body) as { error: string; message: string };
        expect(fromOurs).toMatchObject({
          name: entry.headers["x-amzn-errortype"],
          error: body.error,
          message: body.message,
        });
      }
    },
  );
});
