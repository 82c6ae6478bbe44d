import { randomUUID } from "node:crypto";
import { setTimeout as sleep } from "node:timers/promises";

import { afterEach, beforeEach, describe, expect, it } from "vitest";

import type { SessionCatalogue, SessionRecord } from "../../src/store/session-catalogue.js";

const ACCOUNT = "111122223333";
const OTHER_ACCOUNT = "444455556666";
const ALICE = `arn:aws:iam::${ACCOUNT}:user/alice`;
const BOB = `arn:aws:iam::${ACCOUNT}:user/bob`;

function baseRecord(changes: Partial<SessionRecord> = {}): SessionRecord {
  const sessionId = changes.sessionId ?? randomUUID();
  const accountId = changes.accountId ?? ACCOUNT;
  const issuedAt = changes.issuedAt ?? Date.now();
  return {
    sessionId,
    sessionArn: `arn:aws:signin:us-east-1:${accountId}:session/${sessionId}`,
    accountId,
    principalArn: ALICE,
    clientId: "arn:aws:signin:::devtools/same-device",
    clientType: "CLI",
    issuedAt,
    expiresAt: issuedAt + 60_000,
    status: "ACTIVE",
    issuedInRegion: "us-east-1",
    ...changes,
  };
}

/**
 * The SessionCatalogue contract (store/session-catalogue.ts), run against every implementation.
 * Expiry is tested in real time (Redis keeps its own clock), with a short-lived session.
 */
export function describeSessionCatalogueContract(
  name: string,
  open: () => Promise<{ catalogue: SessionCatalogue; close: () => Promise<void> }>,
): void {
  describe(`${name} meets the SessionCatalogue contract`, () => {
    let catalogue: SessionCatalogue;
    let close: () => Promise<void>;
    beforeEach(async () => {
      ({ catalogue, close } = await open());
    });
    afterEach(() => close());

    const sessionRecord = baseRecord;

    it("creates a record once and reads it back", async () => {
      const record = sessionRecord({ userAgent: "aws-cli/2.36" });
      expect(await catalogue.create(record)).toBe(true);
      expect(await catalogue.create({ ...record, principalArn: BOB })).toBe(false);
      expect(await catalogue.get(record.sessionId)).toEqual(record);
      expect(await catalogue.get(randomUUID())).toBeUndefined();
    });

    it("of concurrent creates of one id, exactly one wins", async () => {
      const record = sessionRecord();
      const results = await Promise.all(Array.from({ length: 8 }, () => catalogue.create(record)));
      expect(results.filter(Boolean)).toHaveLength(1);
    });

    it("marks a record revoked, idempotently, and keeps it listed", async () => {
      const record = sessionRecord();
      await catalogue.create(record);
      expect(await catalogue.markRevoked(record.sessionId)).toEqual({ ...record, status: "REVOKED" });
      expect(await catalogue.markRevoked(record.sessionId)).toEqual({ ...record, status: "REVOKED" });
      expect((await catalogue.get(record.sessionId))?.status).toBe("REVOKED");
      expect(await catalogue.markRevoked(randomUUID())).toBeUndefined();
      const listed = await catalogue.list({ accountId: ACCOUNT, principalArn: ALICE, limit: 1000 });
      expect(listed.find((r) => r.sessionId === record.sessionId)?.status).toBe("REVOKED");
    });

    it("moves lastUsedAt forward only, also under concurrent touches", async () => {
      const record = sessionRecord();
      await catalogue.create(record);
      await Promise.all([5, 9, 7, 3].map((offset) => catalogue.touch(record.sessionId, record.issuedAt + offset)));
      expect((await catalogue.get(record.sessionId))?.lastUsedAt).toBe(record.issuedAt + 9);
      await catalogue.touch(record.sessionId, record.issuedAt + 1);
      expect((await catalogue.get(record.sessionId))?.lastUsedAt).toBe(record.issuedAt + 9);
      await catalogue.touch(randomUUID(), 1);
    });

    it("lists an account or one identity, filtered, in (issuedAt, sessionId) order, a page at a time", async () => {
      // A fresh account: a shared store (Redis) still holds the other tests' sessions.
      const ACCOUNT = String(Math.floor(Math.random() * 1e12)).padStart(12, "0");
      const ALICE = `arn:aws:iam::${ACCOUNT}:user/alice`;
      const BOB = `arn:aws:iam::${ACCOUNT}:user/bob`;
      const sessionRecord = (changes: Partial<SessionRecord>) =>
        baseRecord({ accountId: ACCOUNT, principalArn: ALICE, ...changes });
      const base = Date.now();
      const records = [
        sessionRecord({ issuedAt: base + 3 }),
        sessionRecord({ issuedAt: base + 1, principalArn: BOB }),
        sessionRecord({ issuedAt: base + 2, clientId: "arn:aws:signin:::devtools/cross-device" }),
        sessionRecord({ issuedAt: base + 2 }),
        sessionRecord({
          issuedAt: base + 4,
          accountId: OTHER_ACCOUNT,
          principalArn: `arn:aws:iam::${OTHER_ACCOUNT}:root`,
        }),
      ];
      for (const record of records) await catalogue.create(record);
      await catalogue.markRevoked(records[0]!.sessionId);
      const ids = (list: SessionRecord[]) => list.map((r) => r.sessionId);
      const inOrder = [
        records[1]!,
        ...[records[2]!, records[3]!].sort((a, b) => (a.sessionId < b.sessionId ? -1 : 1)),
        records[0]!,
      ];

      const all = await catalogue.list({ accountId: ACCOUNT, limit: 1000 });
      expect(ids(all)).toEqual(ids(inOrder));
      expect(ids(await catalogue.list({ accountId: ACCOUNT, principalArn: BOB, limit: 10 }))).toEqual([
        records[1]!.sessionId,
      ]);
      expect(ids(await catalogue.list({ accountId: ACCOUNT, status: "REVOKED", limit: 10 }))).toEqual([
        records[0]!.sessionId,
      ]);
      expect(
        ids(
          await catalogue.list({ accountId: ACCOUNT, clientId: "arn:aws:signin:::devtools/cross-device", limit: 10 }),
        ),
      ).toEqual([records[2]!.sessionId]);
      expect(
        ids(await catalogue.list({ accountId: ACCOUNT, issuedAtOrAfter: base + 2, issuedBefore: base + 3, limit: 10 })),
      ).toEqual(ids(inOrder.slice(1, 3)));

      const pages: string[] = [];
      let after: SessionRecord | undefined;
      for (;;) {
        const page = await catalogue.list({ accountId: ACCOUNT, after, limit: 2 });
        pages.push(...ids(page));
        if (page.length < 2) break;
        after = page.at(-1);
      }
      expect(pages).toEqual(ids(inOrder));
    });

    it("forgets a record when its session expires", async () => {
      const record = sessionRecord({ expiresAt: Date.now() + 300 });
      await catalogue.create(record);
      expect(await catalogue.get(record.sessionId)).toBeDefined();
      await sleep(450);
      expect(await catalogue.get(record.sessionId)).toBeUndefined();
      expect(await catalogue.markRevoked(record.sessionId)).toBeUndefined();
      expect((await catalogue.list({ accountId: ACCOUNT, limit: 1000 })).map((r) => r.sessionId)).not.toContain(
        record.sessionId,
      );
    });

    it("refuses malformed records and limits", async () => {
      await expect(catalogue.create(sessionRecord({ accountId: "12" }))).rejects.toThrow(RangeError);
      await expect(catalogue.list({ accountId: ACCOUNT, limit: 0 })).rejects.toThrow(RangeError);
    });
  });
}
