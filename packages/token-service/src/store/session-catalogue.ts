/**
 * The catalogue of login sessions: one record per session the authorization_code grant starts, for
 * ListSessions, GetSession and BatchRevokeSessions. The session itself still travels in its sealed
 * refresh token; the catalogue is what an administrator sees, and its REVOKED status mirrors the
 * revocation marker that refreshes check (sessions/session-revocations.ts).
 *
 * The contract (test/store/session-catalogue-contract.ts runs it against every implementation):
 *
 * - A record lives until its session's `expiresAt` (the store's clock), then is absent for every
 *   method. There is no delete: a revoked session stays listed, as REVOKED, until it expires.
 * - Each method is atomic on its one record: `create` is put-if-absent, `markRevoked` and `touch`
 *   read and write the record without a lost update, also across processes sharing the store.
 * - `list` is a consistent read of each record it returns, not a snapshot of the whole account:
 *   sessions created or revoked meanwhile may or may not be seen.
 * - Errors: StoreUnavailableError when the store cannot answer (the write may or may not have
 *   happened, as with AtomicStore); StoreCapacityError when it is full. Bad arguments throw
 *   TypeError / RangeError.
 */
export interface SessionRecord {
  /** The UUID in the session ARN; also the `sessionId` in refresh tokens and credentials. */
  readonly sessionId: string;
  /** `arn:aws:signin:{region}:{account}:session/{sessionId}` */
  readonly sessionArn: string;
  readonly accountId: string;
  readonly principalArn: string;
  readonly clientId: string;
  readonly clientType: "CLI" | "MCP";
  /** ms */
  readonly issuedAt: number;
  /** ms: the session's hard end; the record expires with it. */
  readonly expiresAt: number;
  /** ms; absent until the first refresh is recorded. */
  readonly lastUsedAt?: number | undefined;
  readonly status: "ACTIVE" | "REVOKED";
  readonly issuedInRegion: string;
  readonly userAgent?: string | undefined;
}

/** Which sessions `list` returns; every given filter must match. */
export interface SessionQuery {
  readonly accountId: string;
  /** Only this identity's sessions; the whole account when absent. */
  readonly principalArn?: string | undefined;
  readonly status?: SessionRecord["status"] | undefined;
  readonly clientId?: string | undefined;
  /** ms, inclusive */
  readonly issuedAtOrAfter?: number | undefined;
  /** ms, exclusive */
  readonly issuedBefore?: number | undefined;
  /** Continue after this position (exclusive), in (issuedAt, sessionId) order. */
  readonly after?: SessionPosition | undefined;
  /** At most this many records (1 to 1000). */
  readonly limit: number;
}

/** A position in the (issuedAt, sessionId) order that `list` follows. */
export interface SessionPosition {
  readonly issuedAt: number;
  readonly sessionId: string;
}

export interface SessionCatalogue {
  /** Records a new ACTIVE session. False if a record with this id already exists (nothing changes). */
  create(record: SessionRecord): Promise<boolean>;
  /** The record, or undefined if unknown or expired. */
  get(sessionId: string): Promise<SessionRecord | undefined>;
  /** Sets status REVOKED (idempotent). The updated record, or undefined if unknown or expired. */
  markRevoked(sessionId: string): Promise<SessionRecord | undefined>;
  /** Moves lastUsedAt forward to `at` (never backward); nothing if the record is absent. */
  touch(sessionId: string, at: number): Promise<void>;
  /** Matching records in ascending (issuedAt, sessionId) order, at most `query.limit`. */
  list(query: SessionQuery): Promise<SessionRecord[]>;
}

/** Whether `record` matches the filters of `query` (not its position or limit). */
export function matchesQuery(record: SessionRecord, query: SessionQuery): boolean {
  return (
    record.accountId === query.accountId &&
    (query.principalArn === undefined || record.principalArn === query.principalArn) &&
    (query.status === undefined || record.status === query.status) &&
    (query.clientId === undefined || record.clientId === query.clientId) &&
    (query.issuedAtOrAfter === undefined || record.issuedAt >= query.issuedAtOrAfter) &&
    (query.issuedBefore === undefined || record.issuedAt < query.issuedBefore) &&
    (query.after === undefined || comparePositions(record, query.after) > 0)
  );
}

export function comparePositions(a: SessionPosition, b: SessionPosition): number {
  if (a.issuedAt !== b.issuedAt) return a.issuedAt < b.issuedAt ? -1 : 1;
  return a.sessionId < b.sessionId ? -1 : a.sessionId > b.sessionId ? 1 : 0;
}

export function assertValidRecord(record: SessionRecord): void {
  for (const name of ["sessionId", "sessionArn", "accountId", "principalArn", "clientId"] as const) {
    if (typeof record[name] !== "string" || record[name].length === 0) {
      throw new TypeError(`session ${name} must be a non-empty string`);
    }
  }
  if (!/^[0-9a-f-]{1,64}$/.test(record.sessionId)) throw new RangeError("session id must be a UUID");
  if (!/^[0-9]{12}$/.test(record.accountId)) throw new RangeError("account id must be 12 digits");
  for (const name of ["issuedAt", "expiresAt"] as const) {
    if (!Number.isSafeInteger(record[name]) || record[name] < 0) throw new RangeError(`${name} must be ms`);
  }
  if (record.expiresAt <= record.issuedAt) throw new RangeError("a session must expire after it is issued");
}

export function assertValidLimit(limit: number): void {
  if (!Number.isSafeInteger(limit) || limit < 1 || limit > 1000) throw new RangeError("limit must be 1 to 1000");
}
