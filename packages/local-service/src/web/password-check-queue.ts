/** Thrown by {@link PasswordCheckQueue.run} when every slot and every waiting place is taken. */
export class PasswordQueueFullError extends Error {
  override readonly name = "PasswordQueueFullError";
}

export interface PasswordCheckQueueOptions {
  /** Checks running at once. Default 2: libuv's pool has 4 threads, and the rest of the service needs some. */
  readonly concurrency?: number;
  /** Checks allowed to wait for a slot; beyond that, new ones are refused. Default 16. */
  readonly maxWaiting?: number;
}

/**
 * Bounds the password checks (scrypt, deliberately slow) in flight, so that a crowd of sign-ins
 * neither piles up without limit nor takes every thread of libuv's pool: excess is refused at once
 * with {@link PasswordQueueFullError}, which the page answers with 429 and Retry-After.
 */
export class PasswordCheckQueue {
  readonly #concurrency: number;
  readonly #maxWaiting: number;
  readonly #waiting: (() => void)[] = [];
  #running = 0;

  constructor(options: PasswordCheckQueueOptions = {}) {
    this.#concurrency = options.concurrency ?? 2;
    this.#maxWaiting = options.maxWaiting ?? 16;
  }

  /** True when a call to `run` now would be refused. */
  get full(): boolean {
    return this.#running >= this.#concurrency && this.#waiting.length >= this.#maxWaiting;
  }

  get running(): number {
    return this.#running;
  }

  async run<T>(check: () => Promise<T>): Promise<T> {
    if (this.#running >= this.#concurrency) {
      if (this.#waiting.length >= this.#maxWaiting) throw new PasswordQueueFullError("password checks are queued full");
      await new Promise<void>((resolve) => this.#waiting.push(resolve));
    } else {
      this.#running++;
    }
    try {
      return await check();
    } finally {
      // Hand the slot straight to the next waiter, so a newcomer cannot overtake the queue.
      const next = this.#waiting.shift();
      if (next) next();
      else this.#running--;
    }
  }
}
