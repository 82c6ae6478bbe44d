/**
 * Argument checks of the AtomicStore contract (atomic-store.ts), shared so that every store
 * implementation rejects bad keys, values and TTLs the same way.
 */
const MAX_KEY_LENGTH = 512;
const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;

// Argument errors follow one rule so that every store throws alike: TypeError when the argument is
// not even of the right JavaScript type, RangeError when it is but the contract does not allow it.

export function assertValidKey(key: unknown): asserts key is string {
  if (typeof key !== "string") throw new TypeError(`store key must be a string, got ${typeof key}`);
  if (key.length === 0 || key.length > MAX_KEY_LENGTH) {
    throw new RangeError(`store key must be 1 to ${MAX_KEY_LENGTH} characters, got ${key.length}`);
  }
  if (!PRINTABLE_ASCII.test(key)) throw new RangeError("store key must be printable ASCII");
}

export function assertValidValue(value: unknown): asserts value is string {
  if (typeof value !== "string") throw new TypeError(`store value must be a string, got ${typeof value}`);
}

export function assertValidTtl(ttlMs: unknown): asserts ttlMs is number {
  if (typeof ttlMs !== "number") throw new TypeError(`store TTL must be a number, got ${typeof ttlMs}`);
  if (!Number.isSafeInteger(ttlMs) || ttlMs <= 0) {
    throw new RangeError(`store TTL must be a positive integer of milliseconds, got ${ttlMs}`);
  }
}
