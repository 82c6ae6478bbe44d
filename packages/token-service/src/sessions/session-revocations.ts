import type { AtomicStore } from "../store/atomic-store.js";

/**
 * Marks individual login sessions as revoked, for example every session issued from an
 * authorization code that was presented twice (RFC 6749 §4.1.2). Revoking all sessions of a
 * principal is a property of the principal instead (`Principal.sessionsRevokedAt`), so that the
 * directory's owner can do it without access to this store.
 *
 * A marker lives as long as the longest session could, after which the session is dead anyway.
 */
export class SessionRevocations {
  constructor(
    private readonly store: AtomicStore,
    private readonly sessionMaxMs: number,
  ) {}

  async revoke(sessionId: string): Promise<void> {
    await this.store.set(markerKey(sessionId), "revoked", this.sessionMaxMs);
  }

  async isRevoked(sessionId: string): Promise<boolean> {
    return (await this.store.get(markerKey(sessionId))) !== undefined;
  }
}

const markerKey = (sessionId: string): string => `session-revoked:${sessionId}`;
