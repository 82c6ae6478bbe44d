import type { AtomicStore } from "../store/atomic-store.js";
import type { SessionCatalogue } from "../store/session-catalogue.js";

/**
 * Marks individual login sessions as revoked: by BatchRevokeSessions or RevokeOAuth2TokenWithIAM,
 * or every session issued from an authorization code that was presented twice (RFC 6749 §4.1.2).
 * Revoking all sessions of a principal is a property of the principal instead
 * (`Principal.sessionsRevokedAt`), so that the directory's owner can do it without this store.
 *
 * The marker is what refreshes check (one key per session in the shared store, so every node sees
 * it); the catalogue record's status follows it for ListSessions and GetSession. A marker lives as
 * long as the longest session could, after which the session is dead anyway.
 */
export class SessionRevocations {
  constructor(
    private readonly store: AtomicStore,
    private readonly sessionMaxMs: number,
    private readonly catalogue?: SessionCatalogue,
  ) {}

  /**
   * Idempotent. The marker is written first: if the catalogue update then fails
   * (StoreUnavailableError), the session is already unusable and a retry completes the record.
   */
  async revoke(sessionId: string): Promise<void> {
    await this.store.set(markerKey(sessionId), "revoked", this.sessionMaxMs);
    await this.catalogue?.markRevoked(sessionId);
  }

  async isRevoked(sessionId: string): Promise<boolean> {
    return (await this.store.get(markerKey(sessionId))) !== undefined;
  }
}

const markerKey = (sessionId: string): string => `session-revoked:${sessionId}`;
