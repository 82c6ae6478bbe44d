import { systemClock, type Clock } from "../runtime/clock.js";
import {
  type SessionCatalogue,
  type SessionQuery,
  type SessionRecord,
  assertValidLimit,
  assertValidRecord,
  comparePositions,
  matchesQuery,
} from "./session-catalogue.js";

/**
 * The session catalogue in this process's memory (with the memory store: nothing shared, nothing
 * survives a restart). Every method runs synchronously inside the event loop, hence atomic.
 * Expired records are dropped when met.
 */
export class MemorySessionCatalogue implements SessionCatalogue {
  readonly #records = new Map<string, SessionRecord>();
  readonly #clock: Clock;

  constructor(options: { clock?: Clock } = {}) {
    this.#clock = options.clock ?? systemClock;
  }

  async create(record: SessionRecord): Promise<boolean> {
    assertValidRecord(record);
    if (this.#live(record.sessionId)) return false;
    this.#records.set(record.sessionId, { ...record });
    return true;
  }

  async get(sessionId: string): Promise<SessionRecord | undefined> {
    return this.#live(sessionId);
  }

  async markRevoked(sessionId: string): Promise<SessionRecord | undefined> {
    const record = this.#live(sessionId);
    if (!record) return undefined;
    const revoked: SessionRecord = { ...record, status: "REVOKED" };
    this.#records.set(sessionId, revoked);
    return revoked;
  }

  async touch(sessionId: string, at: number): Promise<void> {
    const record = this.#live(sessionId);
    if (record && (record.lastUsedAt === undefined || record.lastUsedAt < at)) {
      this.#records.set(sessionId, { ...record, lastUsedAt: at });
    }
  }

  async list(query: SessionQuery): Promise<SessionRecord[]> {
    assertValidLimit(query.limit);
    const now = this.#clock.now();
    const matching: SessionRecord[] = [];
    for (const [id, record] of this.#records) {
      if (record.expiresAt <= now) this.#records.delete(id);
      else if (matchesQuery(record, query)) matching.push(record);
    }
    return matching.sort(comparePositions).slice(0, query.limit);
  }

  #live(sessionId: string): SessionRecord | undefined {
    const record = this.#records.get(sessionId);
    if (record && record.expiresAt <= this.#clock.now()) {
      this.#records.delete(sessionId);
      return undefined;
    }
    return record;
  }
}
