import type { AtomicStore } from "../../src/store/atomic-store.js";

type ConditionalWrite = "putIfAbsent" | "compareAndSet";

/** Runs around one store write: may fail it, delay it, or run it and then fail (a lost reply). */
export type WriteInterceptor = (write: () => Promise<boolean>) => Promise<boolean>;

/**
 * An AtomicStore that passes every call to a real one, except the next conditional write of one
 * kind on a key with a given prefix, which goes through a test's interceptor: the way a store that
 * dropped out, or a node that stalled, at exactly that step would behave.
 */
export class InterceptedStore implements AtomicStore {
  #next:
    { readonly write: ConditionalWrite; readonly keyPrefix: string; readonly intercept: WriteInterceptor } | undefined;

  constructor(private readonly inner: AtomicStore) {}

  interceptNext(write: ConditionalWrite, keyPrefix: string, intercept: WriteInterceptor): void {
    this.#next = { write, keyPrefix, intercept };
  }

  /** Whether the interception asked for is still waiting for its write. */
  get pending(): boolean {
    return this.#next !== undefined;
  }

  get(key: string) {
    return this.inner.get(key);
  }
  set(key: string, value: string, ttlMs: number) {
    return this.inner.set(key, value, ttlMs);
  }
  putIfAbsent(key: string, value: string, ttlMs: number) {
    return this.#through("putIfAbsent", key, () => this.inner.putIfAbsent(key, value, ttlMs));
  }
  compareAndSet(key: string, expected: string, next: string, ttlMs: number) {
    return this.#through("compareAndSet", key, () => this.inner.compareAndSet(key, expected, next, ttlMs));
  }
  close() {
    return this.inner.close();
  }

  #through(write: ConditionalWrite, key: string, run: () => Promise<boolean>): Promise<boolean> {
    const next = this.#next;
    if (next?.write !== write || !key.startsWith(next.keyPrefix)) return run();
    this.#next = undefined;
    return next.intercept(run);
  }
}
