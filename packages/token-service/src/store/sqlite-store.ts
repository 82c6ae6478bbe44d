import { chmodSync, closeSync, openSync } from "node:fs";

import Database from "better-sqlite3";

import { systemClock, type Clock } from "../runtime/clock.js";
import {
  type AttemptCount,
  type AttemptCountStore,
  type AttemptDecision,
  type AttemptLimit,
  attemptCountExpiry,
  countAttemptStep,
  uncountAttemptStep,
} from "./attempt-counts.js";
import { StoreCapacityError, StoreUnavailableError, type AtomicStore } from "./atomic-store.js";
import { assertValidKey, assertValidTtl, assertValidValue } from "./store-arguments.js";
import { SESSIONS_SCHEMA, SqliteSessionCatalogue } from "./sqlite-session-catalogue.js";
import { type BucketDecision, type BucketLimit, type RateLimitStore, refillAndTake } from "./token-buckets.js";

/**
 * SQLite's `synchronous` levels this store accepts, in WAL mode:
 *
 * - `normal`: a commit is written to the WAL file (the OS page cache) before the call returns, and
 *   the WAL is fsync'd at checkpoints. Survives a crash or `kill -9` of any process; a power loss or
 *   kernel crash can lose the commits since the last checkpoint (the file stays consistent).
 * - `full`: the WAL is also fsync'd at every commit. Survives power loss too, at one fsync per write.
 *
 * `off` is refused: it can corrupt the file on power loss.
 */
export type SqliteSynchronous = "normal" | "full";
const synchronousLevels: readonly string[] = ["normal", "full"] satisfies SqliteSynchronous[];

export interface SqliteStoreOptions {
  clock?: Clock;
  synchronous?: SqliteSynchronous;
  /**
   * How long a call waits for another process's write lock before it fails with
   * {@link StoreUnavailableError}. better-sqlite3 waits synchronously, so this also bounds how long
   * a contended write can hold up this process's event loop. Default 2000.
   */
  busyTimeoutMs?: number;
  /** How often expired rows are removed in the background; 0 disables the timer. Default 60 000. */
  sweepIntervalMs?: number;
  /** Rows removed per sweep step; the sweep yields to the event loop between steps. Default 500. */
  sweepBatchSize?: number;
}

/**
 * The embedded durable store: one SQLite file (WAL mode, created 0600) that any number of
 * processes on this machine may open together.
 *
 * Atomicity: each operation is one SQL statement, and SQLite runs every writing statement under
 * the database's single write lock, across processes. Read-modify-write operations are therefore
 * single statements whose WHERE clause holds the condition: putIfAbsent is an upsert that only
 * overwrites an expired row, compareAndSet an UPDATE guarded by the expected value.
 * better-sqlite3 is synchronous, so within one process nothing interleaves
 * with a statement either. Writes are group-committed, one transaction per event-loop turn (see
 * #write), and a call's result is reported only after its transaction has committed.
 *
 * Expiry: rows carry an absolute expiry in ms of `clock`; every statement ignores or replaces
 * expired rows, so a row is absent from the moment it expires. The sweep deletes them later in
 * small batches, yielding between batches, so it never holds the lock or the event loop for long.
 */
export class SqliteStore implements AtomicStore, RateLimitStore, AttemptCountStore {
  readonly #db: Database.Database;
  readonly #clock: Clock;
  readonly #sweepBatchSize: number;
  readonly #statements: ReturnType<typeof prepareStatements>;
  /** The session catalogue, in this store's file (same connection, same locking). */
  readonly sessions: SqliteSessionCatalogue;
  readonly #takeTokens: Database.Transaction<(key: string, limit: BucketLimit, cost: number) => BucketDecision>;
  readonly #countAttempt: Database.Transaction<(key: string, limit: AttemptLimit) => AttemptDecision>;
  readonly #uncountAttempt: Database.Transaction<(key: string, limit: AttemptLimit) => void>;
  #sweepTimer: NodeJS.Timeout | undefined;
  #sweeping = false;
  #closed = false;
  /** The calls waiting for the open transaction to commit (see #write), if one is open. */
  #group: Waiter[] | undefined;

  /** Opens (creating if needed) the store file. Throws StoreUnavailableError if it cannot be used. */
  constructor(
    readonly path: string,
    options: SqliteStoreOptions = {},
  ) {
    const {
      clock = systemClock,
      synchronous = "normal",
      busyTimeoutMs = 2000,
      sweepIntervalMs = 60_000,
      sweepBatchSize = 500,
    } = options;
    if (!synchronousLevels.includes(synchronous)) {
      throw new RangeError(`synchronous must be one of ${synchronousLevels.join(", ")}, got ${synchronous}`);
    }
    for (const [name, value] of Object.entries({ busyTimeoutMs, sweepIntervalMs })) {
      if (!Number.isSafeInteger(value) || value < 0) throw new RangeError(`${name} must be a non-negative integer`);
    }
    if (!Number.isSafeInteger(sweepBatchSize) || sweepBatchSize < 1) {
      throw new RangeError("sweepBatchSize must be a positive integer");
    }
    this.#clock = clock;
    this.#sweepBatchSize = sweepBatchSize;
    // The file is created here so that it is 0600 from the start; SQLite gives the -wal and -shm
    // files it creates the same mode as the database file.
    let db: Database.Database;
    try {
      closeSync(openSync(path, "a", 0o600));
      chmodSync(path, 0o600);
      db = new Database(path, { timeout: busyTimeoutMs });
    } catch (error) {
      throw new StoreUnavailableError(`cannot open the SQLite store ${path}: ${describe(error)}`, { cause: error });
    }
    try {
      db.pragma("journal_mode = WAL");
      db.pragma(`synchronous = ${synchronous.toUpperCase()}`);
      db.exec(SCHEMA);
      db.exec(SESSIONS_SCHEMA);
      this.#statements = prepareStatements(db);
      this.sessions = new SqliteSessionCatalogue(db, clock, {
        read: (operation) => this.#read(operation),
        write: (operation) => this.#write(operation),
      });
    } catch (error) {
      // Closed at once: a connection left open on a file it cannot use must not outlive the failure.
      db.close();
      throw new StoreUnavailableError(`cannot open the SQLite store ${path}: ${describe(error)}`, { cause: error });
    }
    this.#db = db;
    this.#takeTokens = db.transaction((key: string, limit: BucketLimit, cost: number): BucketDecision => {
      const now = this.#clock.now();
      const row = this.#statements.bucket.get(key, now) as { t: number; u: number } | undefined;
      const step = refillAndTake(row && { tokens: row.t, updatedAt: row.u }, limit, cost, now);
      if (step.decision.allowed) {
        this.#statements.saveBucket.run({
          k: key,
          t: step.bucket.tokens,
          u: step.bucket.updatedAt,
          e: now + step.idleAfterMs + 1,
        });
      }
      return step.decision;
    });
    const readCount = (key: string, now: number): AttemptCount | undefined => {
      const row = this.#statements.attemptCount.get(key, now) as { c: number; l: number; n: number } | undefined;
      return row && { count: row.c, lastAt: row.l, nextAllowedAt: row.n };
    };
    const saveCount = (key: string, state: AttemptCount, limit: AttemptLimit) =>
      this.#statements.saveAttemptCount.run({
        k: key,
        c: state.count,
        l: state.lastAt,
        n: state.nextAllowedAt,
        e: attemptCountExpiry(state, limit),
      });
    this.#countAttempt = db.transaction((key: string, limit: AttemptLimit): AttemptDecision => {
      const now = this.#clock.now();
      const step = countAttemptStep(readCount(key, now), limit, now);
      if (step.next) saveCount(key, step.next, limit);
      return step.decision;
    });
    this.#uncountAttempt = db.transaction((key: string, limit: AttemptLimit): void => {
      const current = readCount(key, this.#clock.now());
      if (current === undefined) return;
      const next = uncountAttemptStep(current, limit);
      if (next) saveCount(key, next, limit);
      else this.#statements.forgetAttempts.run(key);
    });
    if (sweepIntervalMs > 0) {
      // unref: a sweep is never a reason to keep the process alive.
      this.#sweepTimer = setInterval(() => void this.sweep(), sweepIntervalMs).unref();
    }
  }

  async get(key: string): Promise<string | undefined> {
    assertValidKey(key);
    return this.#read(() => (this.#statements.get.get(key, this.#clock.now()) as Row | undefined)?.v);
  }

  async set(key: string, value: string, ttlMs: number): Promise<void> {
    assertValidKey(key);
    assertValidValue(value);
    assertValidTtl(ttlMs);
    await this.#write(() => this.#statements.set.run({ k: key, v: value, e: this.#clock.now() + ttlMs }));
  }

  async putIfAbsent(key: string, value: string, ttlMs: number): Promise<boolean> {
    assertValidKey(key);
    assertValidValue(value);
    assertValidTtl(ttlMs);
    return this.#write(() => {
      const now = this.#clock.now();
      return this.#statements.putIfAbsent.run({ k: key, v: value, e: now + ttlMs, now }).changes === 1;
    });
  }

  async compareAndSet(key: string, expected: string, next: string, ttlMs: number): Promise<boolean> {
    assertValidKey(key);
    assertValidValue(expected);
    assertValidValue(next);
    assertValidTtl(ttlMs);
    return this.#write(() => {
      const now = this.#clock.now();
      return this.#statements.compareAndSet.run({ k: key, expected, v: next, e: now + ttlMs, now }).changes === 1;
    });
  }

  /**
   * Token-bucket step for the rate limiter (RateLimitStore): read, compute and write in one
   * IMMEDIATE transaction, which holds the write lock from its start, so two processes cannot
   * both spend the same token.
   */
  async takeTokens(key: string, limit: BucketLimit, cost: number): Promise<BucketDecision> {
    assertValidKey(key);
    // Inside the group's transaction better-sqlite3 runs this as a savepoint: still one atomic step.
    return this.#write(() => this.#takeTokens.immediate(key, limit, cost));
  }

  /**
   * Attempt counting (AttemptCountStore): each step reads, computes and writes in one IMMEDIATE
   * transaction, which holds the write lock from its start, so two processes cannot both spend
   * the last attempt.
   */
  async countAttempt(key: string, limit: AttemptLimit): Promise<AttemptDecision> {
    assertValidKey(key);
    return this.#write(() => this.#countAttempt.immediate(key, limit));
  }

  async uncountAttempt(key: string, limit: AttemptLimit): Promise<void> {
    assertValidKey(key);
    await this.#write(() => this.#uncountAttempt.immediate(key, limit));
  }

  async forgetAttempts(key: string): Promise<void> {
    assertValidKey(key);
    await this.#write(() => this.#statements.forgetAttempts.run(key));
  }

  /** Cheap round trip for readiness checks. */
  async ping(): Promise<void> {
    this.#now(() => this.#statements.ping.get());
  }

  async close(): Promise<void> {
    if (this.#closed) return;
    this.#closed = true;
    this.#commitGroup();
    clearInterval(this.#sweepTimer);
    this.#sweepTimer = undefined;
    this.#db.close();
  }

  /**
   * Deletes every row expired by now, `sweepBatchSize` rows per statement, yielding to the event
   * loop between statements; returns how many it removed. One sweep runs at a time.
   */
  async sweep(): Promise<number> {
    if (this.#sweeping || this.#closed) return 0;
    this.#sweeping = true;
    let removed = 0;
    try {
      const now = this.#clock.now();
      for (;;) {
        if (this.#closed) break;
        const { changes } = this.#statements.sweep.run(now, this.#sweepBatchSize);
        const buckets = this.#statements.sweepBuckets.run(now, this.#sweepBatchSize).changes;
        const attempts = this.#statements.sweepAttemptCounts.run(now, this.#sweepBatchSize).changes;
        const sessions = this.sessions.sweep(now, this.#sweepBatchSize);
        removed += changes + buckets + attempts + sessions;
        if (Math.max(changes, buckets, attempts, sessions) < this.#sweepBatchSize) break;
        await new Promise<void>((resolve) => setImmediate(resolve));
      }
    } catch {
      // A busy or failing file: the rows are ignored by every read anyway; the next sweep retries.
    } finally {
      this.#sweeping = false;
    }
    return removed;
  }

  /**
   * A read: inside the open group if there is one (it may depend on the group's writes, so it is
   * reported only once they are committed); otherwise at once, without the write lock, since WAL
   * readers never wait for writers.
   */
  async #read<T>(operation: () => T): Promise<T> {
    if (this.#group === undefined) return this.#now(operation);
    return this.#write(operation);
  }

  /**
   * Group commit. The first write of an event-loop turn opens a transaction (BEGIN IMMEDIATE: the
   * write lock, across processes, waiting at most busyTimeoutMs); every store call made until the
   * turn ends runs in it, each still one statement (or one savepoint), so each stays atomic; the
   * transaction commits once, on setImmediate, and only then are the calls' results reported. A
   * refresh makes about eight store calls (four of them writes), and concurrent requests' calls
   * share commits, so this writes the WAL once per turn instead of once per call. If the commit
   * fails, every call of the group rejects with StoreUnavailableError (the contract's "may or may
   * not have taken effect"): no result is ever reported from state that was not committed.
   */
  #write<T>(operation: () => T): Promise<T> {
    if (this.#closed) return Promise.reject(new Error("SqliteStore is closed"));
    try {
      const group = this.#group ?? this.#openGroup();
      const value = operation();
      return new Promise<T>((resolve, reject) => group.push({ resolve: () => resolve(value), reject }));
    } catch (error) {
      return Promise.reject(storeError(error));
    }
  }

  #openGroup(): Waiter[] {
    // Another connection of this process holding the write lock could never commit while this
    // thread waits for the lock: commit its group first.
    for (const other of storesWithOpenGroups) if (other !== this) other.#commitGroup();
    this.#db.exec("BEGIN IMMEDIATE");
    const group: Waiter[] = [];
    this.#group = group;
    storesWithOpenGroups.add(this);
    setImmediate(() => this.#commitGroup());
    return group;
  }

  #commitGroup(): void {
    const group = this.#group;
    if (group === undefined) return;
    this.#group = undefined;
    storesWithOpenGroups.delete(this);
    try {
      this.#db.exec("COMMIT");
    } catch (error) {
      try {
        if (this.#db.inTransaction) this.#db.exec("ROLLBACK");
      } catch {
        // The connection is unusable: the next call fails on its own.
      }
      const failure = storeError(error);
      for (const waiter of group) waiter.reject(failure);
      return;
    }
    for (const waiter of group) waiter.resolve();
  }

  #now<T>(operation: () => T): T {
    if (this.#closed) throw new Error("SqliteStore is closed");
    try {
      return operation();
    } catch (error) {
      throw storeError(error);
    }
  }
}

/** Stores of this process whose group transaction is open (see #openGroup). */
const storesWithOpenGroups = new Set<SqliteStore>();

interface Waiter {
  readonly resolve: () => void;
  readonly reject: (error: Error) => void;
}

/** SQLite's failures as the store contract names them; anything else (a bug) as it is. */
function storeError(error: unknown): Error {
  if (error instanceof Database.SqliteError) {
    if (error.code === "SQLITE_FULL") return new StoreCapacityError("the SQLite store's disk is full");
    return new StoreUnavailableError(`SQLite store: ${error.code}`, { cause: error });
  }
  return error instanceof Error ? error : new Error(String(error));
}

interface Row {
  readonly v: string;
}

// STRICT: a value is stored exactly as the TEXT it was given. WITHOUT ROWID: the key is the
// primary index. The expiry index serves the sweep.
const SCHEMA = `
  CREATE TABLE IF NOT EXISTS entries (
    k TEXT PRIMARY KEY NOT NULL,
    v TEXT NOT NULL,
    e INTEGER NOT NULL
  ) STRICT, WITHOUT ROWID;
  CREATE INDEX IF NOT EXISTS entries_by_expiry ON entries (e);
  CREATE TABLE IF NOT EXISTS rate_buckets (
    k TEXT PRIMARY KEY NOT NULL,
    t REAL NOT NULL,
    u INTEGER NOT NULL,
    e INTEGER NOT NULL
  ) STRICT, WITHOUT ROWID;
  CREATE INDEX IF NOT EXISTS rate_buckets_by_expiry ON rate_buckets (e);
  CREATE TABLE IF NOT EXISTS attempt_counts (
    k TEXT PRIMARY KEY NOT NULL,
    c INTEGER NOT NULL,
    l INTEGER NOT NULL,
    n INTEGER NOT NULL,
    e INTEGER NOT NULL
  ) STRICT, WITHOUT ROWID;
  CREATE INDEX IF NOT EXISTS attempt_counts_by_expiry ON attempt_counts (e);
`;

function prepareStatements(db: Database.Database) {
  return {
    get: db.prepare("SELECT v FROM entries WHERE k = ? AND e > ?"),
    set: db.prepare("INSERT INTO entries (k, v, e) VALUES (@k, @v, @e) ON CONFLICT (k) DO UPDATE SET v = @v, e = @e"),
    // Inserts an absent key, overwrites an expired one, leaves a live one alone (changes = 0).
    putIfAbsent: db.prepare(
      "INSERT INTO entries (k, v, e) VALUES (@k, @v, @e) ON CONFLICT (k) DO UPDATE SET v = @v, e = @e WHERE e <= @now",
    ),
    compareAndSet: db.prepare("UPDATE entries SET v = @v, e = @e WHERE k = @k AND v = @expected AND e > @now"),
    sweep: db.prepare("DELETE FROM entries WHERE k IN (SELECT k FROM entries WHERE e <= ? LIMIT ?)"),
    ping: db.prepare("SELECT 1"),
    // A bucket past its expiry has refilled: it reads as absent, which means full.
    bucket: db.prepare("SELECT t, u FROM rate_buckets WHERE k = ? AND e > ?"),
    saveBucket: db.prepare(
      "INSERT INTO rate_buckets (k, t, u, e) VALUES (@k, @t, @u, @e) ON CONFLICT (k) DO UPDATE SET t = @t, u = @u, e = @e",
    ),
    sweepBuckets: db.prepare("DELETE FROM rate_buckets WHERE k IN (SELECT k FROM rate_buckets WHERE e <= ? LIMIT ?)"),
    // A count past its expiry is forgotten: it reads as absent, which means no attempts counted.
    attemptCount: db.prepare("SELECT c, l, n FROM attempt_counts WHERE k = ? AND e > ?"),
    saveAttemptCount: db.prepare(
      "INSERT INTO attempt_counts (k, c, l, n, e) VALUES (@k, @c, @l, @n, @e) ON CONFLICT (k) DO UPDATE SET c = @c, l = @l, n = @n, e = @e",
    ),
    forgetAttempts: db.prepare("DELETE FROM attempt_counts WHERE k = ?"),
    sweepAttemptCounts: db.prepare(
      "DELETE FROM attempt_counts WHERE k IN (SELECT k FROM attempt_counts WHERE e <= ? LIMIT ?)",
    ),
  };
}

function describe(error: unknown): string {
  if (error instanceof Database.SqliteError) return `${error.code}: ${error.message}`;
  return error instanceof Error ? error.message : String(error);
}
