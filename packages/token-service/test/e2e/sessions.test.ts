/**
 * ListSessions, GetSession and BatchRevokeSessions over real HTTP with the generated client,
 * SigV4-signed with credentials from signing in to this service.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

import {
  BatchRevokeSessionsCommand,
  GetSessionCommand,
  ListSessionsCommand,
  type SigninClient,
  type SigninServiceException,
} from "@open-signin/client";
import { afterEach, beforeEach, describe, expect, it } from "vitest";

import { StaticKeyring } from "../../src/keys/static-keyring.js";
import { SigninAction } from "../../src/principals/principal-directory.js";
import { SqliteStore } from "../../src/store/sqlite-store.js";
import { ALICE, TokenServiceHarness, principal, sendRequest } from "../support/token-service-harness.js";

const BOB = "arn:aws:iam::111122223333:user/bob";
const ADMIN = "arn:aws:iam::111122223333:user/admin";
const STRANGER = "arn:aws:iam::444455556666:user/stranger";
const SESSION_ARN = /^arn:aws:signin:us-east-1:111122223333:session\/[0-9a-f-]{36}$/;
const sessionActions = new Set([
  SigninAction.CreateOAuth2Token,
  SigninAction.ListSessions,
  SigninAction.GetSession,
  SigninAction.BatchRevokeSessions,
]);

const caught = (promise: Promise<unknown>) =>
  promise.then(
    () => {
      throw new Error("expected the call to fail");
    },
    (error: unknown) => error as SigninServiceException & { error?: string },
  );

let harness: TokenServiceHarness;
beforeEach(async () => {
  harness = await TokenServiceHarness.start();
  harness.principals.put(principal(ALICE, { allowedActions: sessionActions }));
  harness.principals.put(principal(BOB));
  harness.principals.put(principal(ADMIN, { allowedActions: sessionActions }));
  harness.principals.put(principal(STRANGER, { allowedActions: sessionActions }));
});
afterEach(() => harness.close());

async function clientFor(principalArn: string): Promise<SigninClient> {
  const signedIn = await harness.signIn({ principalArn });
  return harness.signedClient(signedIn.tokens.accessToken);
}

describe("ListSessions", () => {
  it("lists the caller's own sessions, oldest first, with the model's fields", async () => {
    const alice = await clientFor(ALICE); // this sign-in is a session too
    await harness.signIn({ principalArn: ALICE });
    await harness.signIn({ principalArn: BOB });
    const { items, nextToken } = await alice.send(new ListSessionsCommand({}));
    expect(nextToken).toBeUndefined();
    expect(items).toHaveLength(2);
    for (const item of items!) {
      expect(item).toEqual({
        sessionArn: expect.stringMatching(SESSION_ARN),
        principalArn: ALICE,
        status: "ACTIVE",
        clientId: "arn:aws:signin:::devtools/same-device",
        clientType: "CLI",
        issuedAt: expect.any(Number),
        expiresAt: expect.any(Number),
      });
      expect(item.expiresAt! - item.issuedAt!).toBe(12 * 60 * 60);
    }
  });

  it("lists the whole account with arn:aws:iam::<account>:*, or another identity by its ARN", async () => {
    const admin = await clientFor(ADMIN);
    await harness.signIn({ principalArn: BOB });
    await harness.signIn({ principalArn: STRANGER });
    const all = await admin.send(new ListSessionsCommand({ principalArn: "arn:aws:iam::111122223333:*" }));
    expect(all.items!.map((item) => item.principalArn).sort()).toEqual([ADMIN, BOB]);
    const bob = await admin.send(new ListSessionsCommand({ principalArn: BOB }));
    expect(bob.items!.map((item) => item.principalArn)).toEqual([BOB]);
  });

  it("refuses another account's sessions with 403 INSUFFICIENT_PERMISSIONS", async () => {
    const admin = await clientFor(ADMIN);
    const error = await caught(admin.send(new ListSessionsCommand({ principalArn: "arn:aws:iam::444455556666:*" })));
    expect([error.name, error.$metadata.httpStatusCode, error.error]).toEqual([
      "AccessDeniedException",
      403,
      "INSUFFICIENT_PERMISSIONS",
    ]);
  });

  it("needs signin:ListSessions for any of it", async () => {
    const bob = await clientFor(BOB);
    const error = await caught(bob.send(new ListSessionsCommand({})));
    expect([error.$metadata.httpStatusCode, error.error]).toEqual([403, "INSUFFICIENT_PERMISSIONS"]);
  });

  it("filters by status, client and issue time", async () => {
    const admin = await clientFor(ADMIN);
    const other = await harness.signIn({ principalArn: ADMIN, clientId: "arn:aws:signin:::devtools/cross-device" });
    expect(other).toBeDefined();
    const cross = await admin.send(new ListSessionsCommand({ clientId: "arn:aws:signin:::devtools/cross-device" }));
    expect(cross.items!.map((item) => item.clientId)).toEqual(["arn:aws:signin:::devtools/cross-device"]);
    expect((await admin.send(new ListSessionsCommand({ status: "REVOKED" }))).items).toEqual([]);
    const future = Math.floor(Date.now() / 1000) + 3600;
    expect((await admin.send(new ListSessionsCommand({ issuedAfter: future }))).items).toEqual([]);
    expect((await admin.send(new ListSessionsCommand({ issuedBefore: future }))).items).toHaveLength(2);
  });

  it("pages with maxResults and an opaque nextToken bound to the caller and the filters", async () => {
    const admin = await clientFor(ADMIN);
    await harness.signIn({ principalArn: ADMIN });
    await harness.signIn({ principalArn: ADMIN });
    const seen: string[] = [];
    let nextToken: string | undefined;
    do {
      const page = await admin.send(new ListSessionsCommand({ maxResults: 1, nextToken }));
      expect(page.items!.length).toBeLessThanOrEqual(1);
      seen.push(...page.items!.map((item) => item.sessionArn!));
      nextToken = page.nextToken;
    } while (nextToken);
    expect(new Set(seen).size).toBe(3);

    const first = await admin.send(new ListSessionsCommand({ maxResults: 1 }));
    const token = first.nextToken!;
    expect(token).toMatch(/^[-a-zA-Z0-9+=/_]+$/);
    const tampered = `${token.slice(0, 20)}${token[20] === "A" ? "B" : "A"}${token.slice(21)}`;
    for (const [input, client] of [
      [{ nextToken: tampered }, admin],
      [{ nextToken: token, status: "ACTIVE" as const }, admin],
      [{ nextToken: token }, await clientFor(ALICE)],
    ] as const) {
      const error = await caught(client.send(new ListSessionsCommand(input)));
      expect([error.name, error.$metadata.httpStatusCode]).toEqual(["ValidationException", 400]);
      expect(error.message).toMatch(/^nextToken /);
    }
  });
});

describe("GetSession", () => {
  it("describes the caller's session, and reports another identity's as not found", async () => {
    const alice = await clientFor(ALICE);
    const own = (await alice.send(new ListSessionsCommand({}))).items?.[0];
    const details = await alice.send(new GetSessionCommand({ sessionArn: own!.sessionArn }));
    expect(details).toMatchObject({
      sessionArn: own!.sessionArn,
      principalArn: ALICE,
      status: "ACTIVE",
      issuedInRegion: "us-east-1",
      issuedAt: own!.issuedAt,
    });

    const admin = await clientFor(ADMIN);
    const error = await caught(admin.send(new GetSessionCommand({ sessionArn: own!.sessionArn })));
    expect([error.name, error.$metadata.httpStatusCode, error.error]).toEqual([
      "ResourceNotFoundException",
      404,
      "RESOURCE_NOT_FOUND",
    ]);
    // With the owner named, an administrator of the account may see it.
    const named = await admin.send(new GetSessionCommand({ sessionArn: own!.sessionArn, principalArn: ALICE }));
    expect(named.principalArn).toBe(ALICE);
  });

  it("records the last refresh as lastUsedAt", async () => {
    const signedIn = await harness.signIn({ principalArn: ALICE });
    const alice = harness.signedClient(signedIn.tokens.accessToken);
    const own = (await alice.send(new ListSessionsCommand({}))).items?.[0];
    expect((await alice.send(new GetSessionCommand({ sessionArn: own!.sessionArn }))).lastUsedAt).toBeUndefined();
    // The first refresh after sign-in is within the minute of the sign-in's own record: kept off the store.
    harness.clock.advance(61_000);
    const refreshedAt = Math.floor(harness.clock.now() / 1000);
    const refreshed = await harness.refresh(signedIn.tokens.refreshToken, signedIn.key);
    expect(refreshed.status).toBe(200);
    await new Promise((resolve) => setTimeout(resolve, 50));
    const again = harness.signedClient((refreshed.json as { accessToken: never }).accessToken);
    const details = await again.send(new GetSessionCommand({ sessionArn: own!.sessionArn }));
    expect(details.lastUsedAt).toBeGreaterThanOrEqual(refreshedAt);
    expect(details.lastUsedAt).toBeLessThanOrEqual(refreshedAt + 2);
  });
});

describe("BatchRevokeSessions", () => {
  it("revokes sessions, reports the others per session, and is idempotent", async () => {
    const victim = await harness.signIn({ principalArn: ALICE });
    const alice = harness.signedClient(victim.tokens.accessToken);
    const session = (await alice.send(new ListSessionsCommand({}))).items?.[0];
    const unknown = "arn:aws:signin:us-east-1:111122223333:session/00000000-0000-4000-8000-000000000000";
    const admin = await clientFor(ADMIN);

    const input = { principalArn: "arn:aws:iam::111122223333:*", sessionArns: [session!.sessionArn!, unknown, "nope"] };
    for (let attempt = 0; attempt < 2; attempt++) {
      const result = await admin.send(new BatchRevokeSessionsCommand({ ...input, reason: "lost laptop" }));
      expect(result.revokedSessions).toEqual([{ sessionArn: session!.sessionArn }]);
      expect(result.errors).toEqual([
        { sessionArn: unknown, code: "RESOURCE_NOT_FOUND", message: "The session was not found." },
        { sessionArn: "nope", code: "INVALID_REQUEST", message: "This is not a session ARN." },
      ]);
    }

    const refresh = await harness.refresh(victim.tokens.refreshToken, victim.key);
    expect([refresh.status, refresh.json.error]).toEqual([401, "TOKEN_EXPIRED"]);
    const details = await admin.send(new GetSessionCommand({ sessionArn: session!.sessionArn, principalArn: ALICE }));
    expect(details.status).toBe("REVOKED");
    const revoked = await admin.send(new ListSessionsCommand({ principalArn: ALICE, status: "REVOKED" }));
    expect(revoked.items!.map((item) => item.sessionArn)).toEqual([session!.sessionArn]);
  });

  it("does not revoke another identity's session unless it is named", async () => {
    const bob = await harness.signIn({ principalArn: ALICE });
    const session = (await harness.signedClient(bob.tokens.accessToken).send(new ListSessionsCommand({}))).items?.[0];
    const admin = await clientFor(ADMIN);
    const result = await admin.send(new BatchRevokeSessionsCommand({ sessionArns: [session!.sessionArn!] }));
    expect(result.revokedSessions).toEqual([]);
    expect(result.errors!.map((error) => error.code)).toEqual(["RESOURCE_NOT_FOUND"]);
    expect((await harness.refresh(bob.tokens.refreshToken, bob.key)).status).toBe(200);
  });
});

describe("bad input", () => {
  it.each([
    ["ListSessions maxResults", () => new ListSessionsCommand({ maxResults: 0 }), /^maxResults /],
    [
      "ListSessions principalArn",
      () => new ListSessionsCommand({ principalArn: "arn:aws:iam::1:user/x" }),
      /^principalArn /,
    ],
    ["GetSession sessionArn", () => new GetSessionCommand({ sessionArn: "arn:aws:signin:::nope" }), /^sessionArn /],
    ["BatchRevokeSessions sessionArns", () => new BatchRevokeSessionsCommand({ sessionArns: [] }), /^sessionArns /],
    [
      "BatchRevokeSessions sessionArns (six)",
      () => new BatchRevokeSessionsCommand({ sessionArns: Array.from({ length: 6 }, (_, i) => `s${i}`) }),
      /^sessionArns /,
    ],
  ])("%s gets a ValidationException naming the member", async (_name, command, message) => {
    const admin = await clientFor(ADMIN);
    const error = await caught(admin.send(command() as never));
    expect([error.name, error.$metadata.httpStatusCode]).toEqual(["ValidationException", 400]);
    expect(error.message).toMatch(message);
  });
});

describe("bad input of the wrong JSON type", () => {
  it("is a ValidationException naming the member, not a parse error", async () => {
    const response = await sendRequest(
      `${harness.url}/list-sessions`,
      "POST",
      { "content-type": "application/json" },
      '{"maxResults":"abc"}',
    );
    expect([response.status, response.headers.get("x-amzn-errortype"), JSON.parse(response.text)]).toEqual([
      400,
      "ValidationException",
      { error: "INVALID_REQUEST", message: "maxResults must be an integer." },
    ]);
  });
});

describe("on several nodes sharing a SQLite store", () => {
  it("a session revoked on one node cannot be refreshed on another", async () => {
    const dir = mkdtempSync(join(tmpdir(), "sessions-nodes-"));
    const keyring = StaticKeyring.generate();
    const nodes = await Promise.all(
      [0, 1].map(() =>
        TokenServiceHarness.start({
          keyring,
          store: new SqliteStore(join(dir, "store.sqlite"), { sweepIntervalMs: 0 }),
        }),
      ),
    );
    try {
      for (const node of nodes) node.principals.put(principal(ADMIN, { allowedActions: sessionActions }));
      const [a, b] = nodes as [TokenServiceHarness, TokenServiceHarness];
      const signedIn = await a.signIn({ principalArn: ADMIN });
      const onB = b.signedClient(signedIn.tokens.accessToken);
      const session = (await onB.send(new ListSessionsCommand({}))).items?.[0];
      await a
        .signedClient(signedIn.tokens.accessToken)
        .send(new BatchRevokeSessionsCommand({ sessionArns: [session!.sessionArn!] }));
      const refresh = await b.refresh(signedIn.tokens.refreshToken, signedIn.key);
      expect([refresh.status, refresh.json.error]).toEqual([401, "TOKEN_EXPIRED"]);
      expect((await onB.send(new GetSessionCommand({ sessionArn: session!.sessionArn }))).status).toBe("REVOKED");
    } finally {
      await Promise.all(nodes.map((node) => node.close()));
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
