/**
 * Storage for the token service's short-lived state: authorization codes, DPoP proof reservations,
 * refresh-token claims with their stored responses, and revocation markers.
 *
 * The contract every implementation must meet (test/store/atomic-store-contract.ts checks it, and a
 * new implementation is expected to pass that suite unchanged):
 *
 * - Keys are non-empty strings of printable ASCII, at most 512 characters. Values are opaque strings.
 * - Every write carries a TTL in milliseconds, a positive integer. Once it has elapsed the key is
 *   absent for every operation. Expiry follows the store's own clock.
 * - Each operation is atomic with respect to every other operation on the same key, including
 *   across processes when the store is shared: no interleaving is observable.
 *   - `putIfAbsent` writes only if the key is absent; of N concurrent calls on an absent key exactly
 *     one returns true.
 *   - `compareAndSet` replaces the value (and its TTL) only if the current value equals `expected`
 *     exactly; of N concurrent calls with the same `expected`, at most one returns true.
 * - No ordering or atomicity is promised across different keys.
 * - There is no delete: every key leaves by its TTL, which is what codes, proof reservations,
 *   refresh claims and revocation markers all need.
 * - A store may refuse a write it has no room for by throwing {@link StoreCapacityError}; it must
 *   never make room by dropping an unexpired key, because callers rely on claims and revocation
 *   markers staying put until their TTL ends.
 * - A store that cannot answer (its server is unreachable, a call outlived its timeout, the file is
 *   locked or unwritable) throws {@link StoreUnavailableError}, within a bounded time: it never
 *   hangs and never reports success for a write it could not make. After such an error the
 *   operation may or may not have taken effect, exactly like a lost network reply; callers treat
 *   it as "retry later", never as a negative answer.
 */
export interface AtomicStore {
  get(key: string): Promise<string | undefined>;
  set(key: string, value: string, ttlMs: number): Promise<void>;
  putIfAbsent(key: string, value: string, ttlMs: number): Promise<boolean>;
  compareAndSet(key: string, expected: string, next: string, ttlMs: number): Promise<boolean>;
  /** Releases connections or timers. The store is unusable afterwards. */
  close(): Promise<void>;
}

/** Thrown by a store that is full; the HTTP layer answers 429 TooManyRequestsError. */
export class StoreCapacityError extends Error {
  override readonly name = "StoreCapacityError";
}

/**
 * Thrown by a store that cannot answer now (connection lost, timeout, locked or unwritable file).
 * The token endpoint answers 503 with Retry-After; readiness checks report not ready.
 */
export class StoreUnavailableError extends Error {
  override readonly name = "StoreUnavailableError";
}
