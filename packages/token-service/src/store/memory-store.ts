import { systemClock, type Clock } from "../runtime/clock.js";
import { StoreCapacityError, type AtomicStore } from "./atomic-store.js";
import { assertValidKey, assertValidTtl, assertValidValue } from "./store-arguments.js";

export interface MemoryStoreOptions {
  clock?: Clock;
  /** Most keys held at once. A write that needs a new key beyond it throws {@link StoreCapacityError}. */
  maxEntries?: number;
  /** How often the background sweep drops expired entries; 0 disables the timer. */
  sweepIntervalMs?: number;
}

export const DEFAULT_MAX_ENTRIES = 100_000;
const DEFAULT_SWEEP_INTERVAL_MS = 60_000;

interface Entry {
  readonly key: string;
  readonly value: string;
  readonly expiresAt: number;
}

/**
 * The embedded default store: one process, no persistence, bounded memory.
 *
 * Atomicity: every method validates, reads and writes inside a single synchronous stretch with no
 * `await` in between, so nothing else can run on the event loop halfway through an operation. The
 * methods are `async` only to meet the interface (and so argument errors arrive as rejections);
 * that is why concurrent calls within one Node process are linearizable. It does nothing for
 * several processes: they need a shared store.
 *
 * Expiry: an entry is absent from the moment `clock.now()` reaches its expiry, whether or not it
 * has been removed yet; every read checks. Removal happens lazily on access, on the periodic sweep,
 * and when a write finds the store full.
 */
export class MemoryStore implements AtomicStore {
  readonly #clock: Clock;
  readonly #maxEntries: number;
  readonly #entries = new Map<string, Entry>();
  readonly #expiries = new ExpiryHeap();
  #sweepTimer: NodeJS.Timeout | undefined;
  #closed = false;

  constructor(options: MemoryStoreOptions = {}) {
    const {
      clock = systemClock,
      maxEntries = DEFAULT_MAX_ENTRIES,
      sweepIntervalMs = DEFAULT_SWEEP_INTERVAL_MS,
    } = options;
    if (!Number.isSafeInteger(maxEntries) || maxEntries <= 0) {
      throw new RangeError(`maxEntries must be a positive integer, got ${maxEntries}`);
    }
    if (!Number.isSafeInteger(sweepIntervalMs) || sweepIntervalMs < 0) {
      throw new RangeError(`sweepIntervalMs must be a non-negative integer, got ${sweepIntervalMs}`);
    }
    this.#clock = clock;
    this.#maxEntries = maxEntries;
    if (sweepIntervalMs > 0) {
      // unref: a cache sweep is never a reason to keep the process alive.
      this.#sweepTimer = setInterval(() => this.sweep(), sweepIntervalMs).unref();
    }
  }

  async get(key: string): Promise<string | undefined> {
    this.#assertOpen();
    assertValidKey(key);
    return this.#live(key, this.#clock.now())?.value;
  }

  async set(key: string, value: string, ttlMs: number): Promise<void> {
    this.#assertOpen();
    assertValidKey(key);
    assertValidValue(value);
    assertValidTtl(ttlMs);
    this.#write(key, value, ttlMs, this.#clock.now());
  }

  async putIfAbsent(key: string, value: string, ttlMs: number): Promise<boolean> {
    this.#assertOpen();
    assertValidKey(key);
    assertValidValue(value);
    assertValidTtl(ttlMs);
    const now = this.#clock.now();
    if (this.#live(key, now)) return false;
    this.#write(key, value, ttlMs, now);
    return true;
  }

  async compareAndSet(key: string, expected: string, next: string, ttlMs: number): Promise<boolean> {
    this.#assertOpen();
    assertValidKey(key);
    assertValidValue(expected);
    assertValidValue(next);
    assertValidTtl(ttlMs);
    const now = this.#clock.now();
    if (this.#live(key, now)?.value !== expected) return false;
    this.#write(key, next, ttlMs, now);
    return true;
  }

  async close(): Promise<void> {
    this.#closed = true;
    clearInterval(this.#sweepTimer);
    this.#sweepTimer = undefined;
    this.#entries.clear();
    this.#expiries.clear();
  }

  /** Drops every expired entry now; returns how many. The timer calls it, tests may too. */
  sweep(): number {
    return this.#dropExpired(this.#clock.now());
  }

  /** Live (unexpired) entries. */
  size(): number {
    this.#dropExpired(this.#clock.now());
    return this.#entries.size;
  }

  #assertOpen(): void {
    if (this.#closed) throw new Error("MemoryStore is closed");
  }

  /** The key's entry if it has not expired; an expired one is removed on the way. */
  #live(key: string, now: number): Entry | undefined {
    const entry = this.#entries.get(key);
    if (entry === undefined) return undefined;
    if (now < entry.expiresAt) return entry;
    this.#entries.delete(key);
    return undefined;
  }

  #write(key: string, value: string, ttlMs: number, now: number): void {
    if (!this.#entries.has(key)) this.#reserveSlot(now);
    const entry: Entry = { key, value, expiresAt: now + ttlMs };
    this.#entries.set(key, entry);
    this.#expiries.push(entry);
    // Overwritten entries, and expired ones removed on access, leave stale heap nodes behind. Rebuilding once they
    // outnumber the live ones keeps the heap within about twice maxEntries, at amortized O(1).
    if (this.#expiries.size > 2 * this.#entries.size + 1024) this.#expiries.rebuild(this.#entries.values());
  }

  #reserveSlot(now: number): void {
    if (this.#entries.size < this.#maxEntries) return;
    this.#dropExpired(now);
    // Evicting a live entry would silently forget a claim or a revocation marker; refuse instead.
    if (this.#entries.size >= this.#maxEntries) {
      throw new StoreCapacityError(`MemoryStore is full: ${this.#maxEntries} live entries`);
    }
  }

  /**
   * Pops expired nodes off the expiry heap. The cost is O(k log n) for k expired nodes and O(1)
   * when nothing has expired, so neither the sweep nor a write into a full store ever walks the
   * live entries, even at 100k of them.
   */
  #dropExpired(now: number): number {
    let dropped = 0;
    for (let next = this.#expiries.peek(); next !== undefined && next.expiresAt <= now; next = this.#expiries.peek()) {
      this.#expiries.pop();
      // A node whose key now holds another entry (overwritten) or none (removed on access) is stale.
      if (this.#entries.get(next.key) === next) {
        this.#entries.delete(next.key);
        dropped += 1;
      }
    }
    return dropped;
  }
}

/** A binary min-heap of entries ordered by expiry. */
class ExpiryHeap {
  #nodes: Entry[] = [];

  get size(): number {
    return this.#nodes.length;
  }

  peek(): Entry | undefined {
    return this.#nodes[0];
  }

  push(entry: Entry): void {
    this.#nodes.push(entry);
    this.#siftUp(this.#nodes.length - 1);
  }

  pop(): Entry | undefined {
    const top = this.#nodes[0];
    const last = this.#nodes.pop();
    if (top !== undefined && last !== undefined && this.#nodes.length > 0) {
      this.#nodes[0] = last;
      this.#siftDown(0);
    }
    return top;
  }

  rebuild(entries: Iterable<Entry>): void {
    this.#nodes = Array.from(entries);
    for (let i = (this.#nodes.length >> 1) - 1; i >= 0; i -= 1) this.#siftDown(i);
  }

  clear(): void {
    this.#nodes = [];
  }

  #siftUp(index: number): void {
    const nodes = this.#nodes;
    const node = nodes[index];
    if (node === undefined) return;
    let i = index;
    while (i > 0) {
      const parentIndex = (i - 1) >> 1;
      const parent = nodes[parentIndex];
      if (parent === undefined || parent.expiresAt <= node.expiresAt) break;
      nodes[i] = parent;
      i = parentIndex;
    }
    nodes[i] = node;
  }

  #siftDown(index: number): void {
    const nodes = this.#nodes;
    const node = nodes[index];
    if (node === undefined) return;
    let i = index;
    for (;;) {
      const leftIndex = 2 * i + 1;
      const left = nodes[leftIndex];
      if (left === undefined) break;
      const right = nodes[leftIndex + 1];
      let childIndex = leftIndex;
      let child = left;
      if (right !== undefined && right.expiresAt < left.expiresAt) {
        childIndex = leftIndex + 1;
        child = right;
      }
      if (node.expiresAt <= child.expiresAt) break;
      nodes[i] = child;
      i = childIndex;
    }
    nodes[i] = node;
  }
}
