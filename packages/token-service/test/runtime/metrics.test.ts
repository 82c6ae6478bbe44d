import { describe, expect, it } from "vitest";

import { MemoryStore } from "../../src/store/memory-store.js";
import { ServiceMetrics, timeAsyncMethods } from "../../src/runtime/metrics.js";
import { StoreUnavailableError } from "../../src/store/atomic-store.js";

describe("timeAsyncMethods on a store", () => {
  it("times each call under its method's name and counts the ones that fail", async () => {
    const metrics = new ServiceMetrics();
    const inner = new MemoryStore();
    let failing = false;
    // The memory store, with `get` failing on demand like a store that stops answering.
    const flaky = {
      get: (key: string) => (failing ? Promise.reject(new StoreUnavailableError("down")) : inner.get(key)),
      set: (key: string, value: string, ttlMs: number) => inner.set(key, value, ttlMs),
      putIfAbsent: (key: string, value: string, ttlMs: number) => inner.putIfAbsent(key, value, ttlMs),
      compareAndSet: (key: string, expected: string, next: string, ttlMs: number) =>
        inner.compareAndSet(key, expected, next, ttlMs),
    };
    const store = timeAsyncMethods(flaky, metrics, ["get", "set", "putIfAbsent", "compareAndSet"]);

    await store.set("a", "1", 1_000);
    expect(await store.get("a")).toBe("1");
    failing = true;
    await expect(store.get("a")).rejects.toBeInstanceOf(StoreUnavailableError);

    const text = (await metrics.render()).body;
    expect(text).toContain('signin_store_operation_duration_seconds_count{operation="set"} 1');
    expect(text).toContain('signin_store_operation_duration_seconds_count{operation="get"} 2');
    expect(text).toContain('signin_store_errors_total{operation="get"} 1');
    expect(text).not.toContain('signin_store_errors_total{operation="set"}');
  });
});
