import { LruCache } from "../dpop/lru-cache.js";
import type { Clock } from "../runtime/clock.js";
import type { Logger } from "../runtime/logger.js";
import type { SessionCatalogue, SessionRecord } from "../store/session-catalogue.js";

/** How often one node records a session's last use, at most. */
const LAST_USED_RESOLUTION_MS = 60_000;

/**
 * Keeps the session catalogue's records current from the grants: `started` records a session the
 * authorization_code grant begins; `used` records a refresh as the session's last use.
 *
 * `used` writes at most once per {@link LAST_USED_RESOLUTION_MS} per session on this node and never
 * makes the refresh wait: the refresh path is the service's hot path, and a store round trip on
 * each refresh would cost every client latency for a field administrators read to the minute.
 * So lastUsedAt may lag the true last refresh by up to a minute (per node), and a store failure
 * while recording it is logged, not returned to the client.
 */
export class SessionActivity {
  readonly #lastRecorded = new LruCache<string, number>(10_000);

  constructor(
    private readonly catalogue: SessionCatalogue,
    private readonly clock: Clock,
    private readonly logger: Logger,
  ) {}

  /** Records a new session. Errors: StoreUnavailableError / StoreCapacityError (the grant fails). */
  async started(record: SessionRecord): Promise<void> {
    await this.catalogue.create(record);
    this.#lastRecorded.set(record.sessionId, record.issuedAt);
  }

  used(sessionId: string): void {
    const now = this.clock.now();
    const last = this.#lastRecorded.get(sessionId);
    if (last !== undefined && now - last < LAST_USED_RESOLUTION_MS) return;
    this.#lastRecorded.set(sessionId, now);
    this.catalogue.touch(sessionId, now).catch((error: unknown) => {
      this.logger.warn(
        { err: error, event: "session-last-used-not-recorded" },
        "could not record a session's last use",
      );
    });
  }
}
