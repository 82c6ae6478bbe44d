import type Database from "better-sqlite3";

import type { Clock } from "../runtime/clock.js";
import {
  type SessionCatalogue,
  type SessionQuery,
  type SessionRecord,
  assertValidLimit,
  assertValidRecord,
} from "./session-catalogue.js";

// One row per session, in the store's file. The index serves list (account, then the listing
// order); expired rows are ignored by every read and deleted by the store's sweep.
export const SESSIONS_SCHEMA = `
  CREATE TABLE IF NOT EXISTS sessions (
    id TEXT PRIMARY KEY,
    arn TEXT NOT NULL,
    account TEXT NOT NULL,
    principal TEXT NOT NULL,
    client_id TEXT NOT NULL,
    client_type TEXT NOT NULL,
    issued_at INTEGER NOT NULL,
    expires_at INTEGER NOT NULL,
    last_used_at INTEGER,
    status TEXT NOT NULL,
    region TEXT NOT NULL,
    user_agent TEXT
  ) STRICT, WITHOUT ROWID;
  CREATE INDEX IF NOT EXISTS sessions_by_account ON sessions (account, issued_at, id);
  CREATE INDEX IF NOT EXISTS sessions_by_expiry ON sessions (expires_at);
`;

interface SessionRow {
  id: string;
  arn: string;
  account: string;
  principal: string;
  client_id: string;
  client_type: string;
  issued_at: number;
  expires_at: number;
  last_used_at: number | null;
  status: string;
  region: string;
  user_agent: string | null;
}

/**
 * The session catalogue in the SQLite store's file. Each method is one statement, which SQLite
 * runs atomically (and, across processes, under the file's write lock), so `markRevoked` and
 * `touch` are conditional UPDATEs, never read-modify-write in JavaScript.
 */
export class SqliteSessionCatalogue implements SessionCatalogue {
  readonly #statements: ReturnType<typeof prepare>;

  constructor(
    db: Database.Database,
    private readonly clock: Clock,
    /**
     * The store's wrappers: they put each call in the store's group commit (a write is reported
     * only once committed) and turn SQLite errors into StoreUnavailableError / StoreCapacityError.
     */
    private readonly access: {
      readonly read: <T>(operation: () => T) => Promise<T>;
      readonly write: <T>(operation: () => T) => Promise<T>;
    },
  ) {
    this.#statements = prepare(db);
  }

  async create(record: SessionRecord): Promise<boolean> {
    assertValidRecord(record);
    return this.access.write(() => {
      const now = this.clock.now();
      // A row left by an expired session with the same id (never in practice: ids are UUIDs) is replaced.
      this.#statements.deleteExpired.run(record.sessionId, now);
      return this.#statements.insert.run(toRow(record)).changes === 1;
    });
  }

  async get(sessionId: string): Promise<SessionRecord | undefined> {
    return this.access.read(() =>
      fromRow(this.#statements.get.get(sessionId, this.clock.now()) as SessionRow | undefined),
    );
  }

  async markRevoked(sessionId: string): Promise<SessionRecord | undefined> {
    return this.access.write(() =>
      fromRow(this.#statements.revoke.get(sessionId, this.clock.now()) as SessionRow | undefined),
    );
  }

  async touch(sessionId: string, at: number): Promise<void> {
    await this.access.write(() => this.#statements.touch.run({ id: sessionId, at, now: this.clock.now() }));
  }

  async list(query: SessionQuery): Promise<SessionRecord[]> {
    assertValidLimit(query.limit);
    const rows = await this.access.read(
      () =>
        this.#statements.list.all({
          account: query.accountId,
          now: this.clock.now(),
          principal: query.principalArn ?? null,
          status: query.status ?? null,
          client: query.clientId ?? null,
          from: query.issuedAtOrAfter ?? null,
          before: query.issuedBefore ?? null,
          afterIssued: query.after?.issuedAt ?? null,
          afterId: query.after?.sessionId ?? "",
          limit: query.limit,
        }) as SessionRow[],
    );
    return rows.map((row) => fromRow(row)!);
  }

  /** Deletes up to `batch` expired rows; how many it deleted. */
  sweep(now: number, batch: number): number {
    return this.#statements.sweep.run(now, batch).changes;
  }
}

function prepare(db: Database.Database) {
  return {
    insert: db.prepare(
      `INSERT INTO sessions (id, arn, account, principal, client_id, client_type, issued_at, expires_at,
         last_used_at, status, region, user_agent)
       VALUES (@id, @arn, @account, @principal, @client_id, @client_type, @issued_at, @expires_at,
         @last_used_at, @status, @region, @user_agent)
       ON CONFLICT (id) DO NOTHING`,
    ),
    deleteExpired: db.prepare("DELETE FROM sessions WHERE id = ? AND expires_at <= ?"),
    get: db.prepare("SELECT * FROM sessions WHERE id = ? AND expires_at > ?"),
    revoke: db.prepare("UPDATE sessions SET status = 'REVOKED' WHERE id = ? AND expires_at > ? RETURNING *"),
    touch: db.prepare(
      `UPDATE sessions SET last_used_at = @at
       WHERE id = @id AND expires_at > @now AND (last_used_at IS NULL OR last_used_at < @at)`,
    ),
    list: db.prepare(
      `SELECT * FROM sessions
       WHERE account = @account AND expires_at > @now
         AND (@principal IS NULL OR principal = @principal)
         AND (@status IS NULL OR status = @status)
         AND (@client IS NULL OR client_id = @client)
         AND (@from IS NULL OR issued_at >= @from)
         AND (@before IS NULL OR issued_at < @before)
         AND (@afterIssued IS NULL OR issued_at > @afterIssued OR (issued_at = @afterIssued AND id > @afterId))
       ORDER BY issued_at, id
       LIMIT @limit`,
    ),
    sweep: db.prepare("DELETE FROM sessions WHERE id IN (SELECT id FROM sessions WHERE expires_at <= ? LIMIT ?)"),
  };
}

function toRow(record: SessionRecord): SessionRow {
  return {
    id: record.sessionId,
    arn: record.sessionArn,
    account: record.accountId,
    principal: record.principalArn,
    client_id: record.clientId,
    client_type: record.clientType,
    issued_at: record.issuedAt,
    expires_at: record.expiresAt,
    last_used_at: record.lastUsedAt ?? null,
    status: record.status,
    region: record.issuedInRegion,
    user_agent: record.userAgent ?? null,
  };
}

function fromRow(row: SessionRow | undefined): SessionRecord | undefined {
  if (!row) return undefined;
  return {
    sessionId: row.id,
    sessionArn: row.arn,
    accountId: row.account,
    principalArn: row.principal,
    clientId: row.client_id,
    clientType: row.client_type === "MCP" ? "MCP" : "CLI",
    issuedAt: row.issued_at,
    expiresAt: row.expires_at,
    lastUsedAt: row.last_used_at ?? undefined,
    status: row.status === "REVOKED" ? "REVOKED" : "ACTIVE",
    issuedInRegion: row.region,
    userAgent: row.user_agent ?? undefined,
  };
}
