import type { AtomicStore } from "../../src/store/atomic-store.js";

/**
 * An AtomicStore that passes every call to a real one until told to fail: then its next operation
 * rejects with the given error, the way a store that lost its connection or ran out of room would.
 */
export class FailingStore implements AtomicStore {
  private nextFailure: Error | undefined;

  constructor(private readonly inner: AtomicStore) {}

  /** The next operation rejects with `error` instead of reaching the inner store. */
  failNext(error: Error): void {
    this.nextFailure = error;
  }

  get(key: string): Promise<string | undefined> {
    return this.fail() ?? this.inner.get(key);
  }

  set(key: string, value: string, ttlMs: number): Promise<void> {
    return this.fail() ?? this.inner.set(key, value, ttlMs);
  }

  putIfAbsent(key: string, value: string, ttlMs: number): Promise<boolean> {
    return this.fail() ?? this.inner.putIfAbsent(key, value, ttlMs);
  }

  compareAndSet(key: string, expected: string, next: string, ttlMs: number): Promise<boolean> {
    return this.fail() ?? this.inner.compareAndSet(key, expected, next, ttlMs);
  }

  close(): Promise<void> {
    return this.inner.close();
  }

  private fail(): Promise<never> | undefined {
    const error = this.nextFailure;
    if (error === undefined) return undefined;
    this.nextFailure = undefined;
    return Promise.reject(error);
  }
}
