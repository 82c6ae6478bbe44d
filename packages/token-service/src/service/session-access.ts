import type { Session } from "@open-signin/server-sdk";

import { invalidRequest } from "../errors/protocol-errors.js";
import type { SessionRecord } from "../store/session-catalogue.js";
import type { Caller } from "./operation-authentication.js";

/**
 * Whose sessions a session operation addresses, from its optional `principalArn`, as the model
 * documents it: omitted, the caller's own; a user or role ARN, that identity's;
 * `arn:aws:iam::<account>:*`, every identity of that account. Holding the operation's action
 * covers every identity of the caller's account (the users file's permissions carry no
 * resource); another account's sessions are never reachable.
 */
export interface SessionOwner {
  readonly accountId: string;
  /** undefined: the whole account. */
  readonly principalArn: string | undefined;
}

export function ownerOf(caller: Caller, principalArn: string | undefined): SessionOwner {
  if (principalArn === undefined) {
    return { accountId: caller.principal.accountId, principalArn: caller.principal.arn };
  }
  const accountId = principalArn.split(":")[4] ?? "";
  return { accountId, principalArn: principalArn.endsWith(":*") ? undefined : principalArn };
}

export const isCallersAccount = (caller: Caller, owner: SessionOwner): boolean =>
  owner.accountId === caller.principal.accountId;

export const ownsSession = (owner: SessionOwner, record: SessionRecord): boolean =>
  record.accountId === owner.accountId &&
  (owner.principalArn === undefined || record.principalArn === owner.principalArn);

const SESSION_ARN =
  /^arn:aws:signin:[a-z0-9-]{0,32}:([0-9]{12}):session\/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/;

/** The session id in a session ARN, or undefined if it is not one this service issues. */
export function sessionIdOf(sessionArn: string): { accountId: string; sessionId: string } | undefined {
  const match = SESSION_ARN.exec(sessionArn);
  return match ? { accountId: match[1]!, sessionId: match[2]! } : undefined;
}

export function requireSessionId(member: string, sessionArn: string): { accountId: string; sessionId: string } {
  const parsed = sessionIdOf(sessionArn);
  if (!parsed)
    throw invalidRequest(`${member} must be a session ARN: arn:aws:signin:<region>:<account>:session/<uuid>.`);
  return parsed;
}

const seconds = (ms: number): number => Math.floor(ms / 1000);

/** A record as the model's Session summary (times in epoch seconds). */
export function toSessionSummary(record: SessionRecord): Session {
  return {
    sessionArn: record.sessionArn,
    principalArn: record.principalArn,
    status: record.status,
    issuedAt: seconds(record.issuedAt),
    expiresAt: seconds(record.expiresAt),
    clientId: record.clientId,
    clientType: record.clientType,
  };
}
