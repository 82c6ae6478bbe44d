import type { Cluster, Redis } from "ioredis";

import type { Clock } from "../runtime/clock.js";
import {
  type SessionCatalogue,
  type SessionQuery,
  type SessionRecord,
  assertValidLimit,
  assertValidRecord,
  matchesQuery,
} from "./session-catalogue.js";

type Client = Redis | Cluster;

// KEYS[1] record hash, KEYS[2] account index; ARGV ttl ms, index member, then field/value pairs.
// One script on one slot (both keys share the account's hash tag), so the record and its index
// entry appear together. The index lives as long as its longest-lived session.
const CREATE = `
if redis.call('EXISTS', KEYS[1]) == 1 then return 0 end
redis.call('HSET', KEYS[1], unpack(ARGV, 3))
redis.call('PEXPIRE', KEYS[1], ARGV[1])
redis.call('ZADD', KEYS[2], 0, ARGV[2])
local ttl = redis.call('PTTL', KEYS[2])
if ttl < tonumber(ARGV[1]) then redis.call('PEXPIRE', KEYS[2], ARGV[1]) end
return 1
`;

// KEYS[1] record hash. HSET keeps the key's expiry.
const REVOKE = `
if redis.call('EXISTS', KEYS[1]) == 0 then return nil end
redis.call('HSET', KEYS[1], 'status', 'REVOKED')
return redis.call('HGETALL', KEYS[1])
`;

// KEYS[1] record hash; ARGV at ms. Moves lastUsedAt forward only.
const TOUCH = `
if redis.call('EXISTS', KEYS[1]) == 0 then return 0 end
local current = redis.call('HGET', KEYS[1], 'lastUsedAt')
if current and tonumber(current) >= tonumber(ARGV[1]) then return 0 end
redis.call('HSET', KEYS[1], 'lastUsedAt', ARGV[1])
return 1
`;

const LIST_BATCH = 200;

/**
 * The session catalogue on Redis or a Redis Cluster, next to the RedisStore's keys.
 *
 * Keys, all under the store's prefix:
 * - `{sessions:<account>}:s:<sessionId>`: the record, a hash, expiring with the session (PX);
 * - `{sessions:<account>}:index`: a sorted set of `<issuedAt, 15 digits>:<sessionId>` at score 0,
 *   so that ZRANGEBYLEX walks the account's sessions in (issuedAt, sessionId) order;
 * - `{session:<sessionId>}`: the session's account, so that a session can be found by id alone.
 *
 * The account's keys share one hash tag, so creating a session (record + index, one script) and
 * listing an account (ZRANGEBYLEX, then one pipeline of HGETALLs) stay on one Cluster slot; the
 * locator is a single-key read. Index entries whose record has expired are removed when a listing
 * meets them.
 */
export class RedisSessionCatalogue implements SessionCatalogue {
  readonly #scripts: {
    create(record: string, index: string, ttlMs: number, member: string, ...fields: string[]): Promise<number>;
    revoke(record: string): Promise<string[] | null>;
    touch(record: string, at: number): Promise<number>;
  };

  constructor(
    private readonly client: Client,
    private readonly prefix: string,
    private readonly clock: Clock,
    /** The store's wrapper: bounded time, StoreUnavailableError on failure. */
    private readonly call: <T>(operation: () => Promise<T>) => Promise<T>,
  ) {
    client.defineCommand("openSigninCreateSession", { numberOfKeys: 2, lua: CREATE });
    client.defineCommand("openSigninRevokeSession", { numberOfKeys: 1, lua: REVOKE });
    client.defineCommand("openSigninTouchSession", { numberOfKeys: 1, lua: TOUCH });
    const commands = client as unknown as Record<string, (...args: unknown[]) => Promise<unknown>>;
    this.#scripts = {
      create: (...args) => commands.openSigninCreateSession!(...args) as Promise<number>,
      revoke: (record) => commands.openSigninRevokeSession!(record) as Promise<string[] | null>,
      touch: (record, at) => commands.openSigninTouchSession!(record, at) as Promise<number>,
    };
  }

  async create(record: SessionRecord): Promise<boolean> {
    assertValidRecord(record);
    const ttlMs = record.expiresAt - this.clock.now();
    if (ttlMs <= 0) return false;
    const fields = Object.entries(toHash(record)).flat();
    const created = await this.call(() =>
      this.#scripts.create(
        this.#recordKey(record.accountId, record.sessionId),
        this.#indexKey(record.accountId),
        ttlMs,
        indexMember(record),
        ...fields,
      ),
    );
    if (created !== 1) return false;
    await this.call(() => this.client.set(this.#locatorKey(record.sessionId), record.accountId, "PX", ttlMs));
    return true;
  }

  async get(sessionId: string): Promise<SessionRecord | undefined> {
    const account = await this.#accountOf(sessionId);
    if (account === undefined) return undefined;
    const hash = await this.call(() => this.client.hgetall(this.#recordKey(account, sessionId)));
    return fromHash(hash);
  }

  async markRevoked(sessionId: string): Promise<SessionRecord | undefined> {
    const account = await this.#accountOf(sessionId);
    if (account === undefined) return undefined;
    const pairs = await this.call(() => this.#scripts.revoke(this.#recordKey(account, sessionId)));
    if (!pairs) return undefined;
    const hash: Record<string, string> = {};
    for (let i = 0; i + 1 < pairs.length; i += 2) hash[pairs[i]!] = pairs[i + 1]!;
    return fromHash(hash);
  }

  async touch(sessionId: string, at: number): Promise<void> {
    const account = await this.#accountOf(sessionId);
    if (account === undefined) return;
    await this.call(() => this.#scripts.touch(this.#recordKey(account, sessionId), at));
  }

  async list(query: SessionQuery): Promise<SessionRecord[]> {
    assertValidLimit(query.limit);
    const index = this.#indexKey(query.accountId);
    let start = query.after
      ? `(${indexMember(query.after)}`
      : query.issuedAtOrAfter !== undefined
        ? `[${pad(query.issuedAtOrAfter)}`
        : "-";
    const end = query.issuedBefore !== undefined ? `(${pad(query.issuedBefore)}` : "+";
    const found: SessionRecord[] = [];
    for (;;) {
      const members = await this.call(() => this.client.zrangebylex(index, start, end, "LIMIT", 0, LIST_BATCH));
      if (members.length === 0) return found;
      const pipeline = this.client.pipeline();
      for (const member of members) pipeline.hgetall(this.#recordKey(query.accountId, sessionIdOf(member)));
      const replies = (await this.call(() => pipeline.exec())) ?? [];
      const dead: string[] = [];
      for (const [i, member] of members.entries()) {
        const [error, hash] = replies[i] ?? [];
        if (error) throw error;
        const record = fromHash(hash as Record<string, string>);
        if (!record) dead.push(member);
        else if (matchesQuery(record, query)) {
          found.push(record);
          if (found.length === query.limit) return found;
        }
      }
      if (dead.length > 0) await this.call(() => this.client.zrem(index, ...dead));
      if (members.length < LIST_BATCH) return found;
      start = `(${members.at(-1)!}`;
    }
  }

  async #accountOf(sessionId: string): Promise<string | undefined> {
    return (await this.call(() => this.client.get(this.#locatorKey(sessionId)))) ?? undefined;
  }

  #recordKey(account: string, sessionId: string): string {
    return `${this.prefix}{sessions:${account}}:s:${sessionId}`;
  }

  #indexKey(account: string): string {
    return `${this.prefix}{sessions:${account}}:index`;
  }

  #locatorKey(sessionId: string): string {
    return `${this.prefix}{session:${sessionId}}`;
  }
}

/** Milliseconds as 15 digits, so that lexical order is numeric order (until the year 33658). */
const pad = (ms: number): string => String(ms).padStart(15, "0");
const indexMember = (position: { issuedAt: number; sessionId: string }): string =>
  `${pad(position.issuedAt)}:${position.sessionId}`;
const sessionIdOf = (member: string): string => member.slice(16);

function toHash(record: SessionRecord): Record<string, string> {
  const hash: Record<string, string> = {
    sessionId: record.sessionId,
    sessionArn: record.sessionArn,
    accountId: record.accountId,
    principalArn: record.principalArn,
    clientId: record.clientId,
    clientType: record.clientType,
    issuedAt: String(record.issuedAt),
    expiresAt: String(record.expiresAt),
    status: record.status,
    issuedInRegion: record.issuedInRegion,
  };
  if (record.lastUsedAt !== undefined) hash["lastUsedAt"] = String(record.lastUsedAt);
  if (record.userAgent !== undefined) hash["userAgent"] = record.userAgent;
  return hash;
}

function fromHash(hash: Record<string, string> | undefined): SessionRecord | undefined {
  if (!hash || hash["sessionId"] === undefined) return undefined;
  return {
    sessionId: hash["sessionId"],
    sessionArn: hash["sessionArn"] ?? "",
    accountId: hash["accountId"] ?? "",
    principalArn: hash["principalArn"] ?? "",
    clientId: hash["clientId"] ?? "",
    clientType: hash["clientType"] === "MCP" ? "MCP" : "CLI",
    issuedAt: Number(hash["issuedAt"]),
    expiresAt: Number(hash["expiresAt"]),
    lastUsedAt: hash["lastUsedAt"] === undefined ? undefined : Number(hash["lastUsedAt"]),
    status: hash["status"] === "REVOKED" ? "REVOKED" : "ACTIVE",
    issuedInRegion: hash["issuedInRegion"] ?? "",
    userAgent: hash["userAgent"],
  };
}
