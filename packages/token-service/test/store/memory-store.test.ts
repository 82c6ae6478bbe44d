import { afterEach, describe, expect, it, vi } from "vitest";

import { StoreCapacityError } from "../../src/store/atomic-store.js";
import { DEFAULT_MAX_ENTRIES, MemoryStore, type MemoryStoreOptions } from "../../src/store/memory-store.js";
import { ManualClock } from "../support/manual-clock.js";
import { describeAtomicStoreContract } from "./atomic-store-contract.js";

describeAtomicStoreContract("MemoryStore", (clock) => new MemoryStore({ clock }));

describe("MemoryStore", () => {
  const opened: MemoryStore[] = [];
  const open = (options: MemoryStoreOptions = {}): MemoryStore => {
    const store = new MemoryStore({ sweepIntervalMs: 0, ...options });
    opened.push(store);
    return store;
  };

  afterEach(async () => {
    vi.useRealTimers();
    await Promise.all(opened.splice(0).map((store) => store.close()));
  });

  describe("expiry", () => {
    it("keeps an entry for exactly its TTL: present 1 ms before, absent at it", async () => {
      const clock = new ManualClock();
      const store = open({ clock });
      await store.set("a", "one", 1000);
      clock.advance(999);
      expect(await store.get("a")).toBe("one");
      clock.advance(1);
      expect(await store.get("a")).toBeUndefined();
    });

    it("counts only live entries in size()", async () => {
      const clock = new ManualClock();
      const store = open({ clock });
      await store.set("short", "s", 100);
      await store.set("long", "l", 1000);
      expect(store.size()).toBe(2);
      clock.advance(100);
      expect(store.size()).toBe(1);
    });
  });

  describe("capacity", () => {
    const full = async (clock: ManualClock, ttlMs = 60_000): Promise<MemoryStore> => {
      const store = open({ clock, maxEntries: 3 });
      for (const key of ["a", "b", "c"]) await store.set(key, key, ttlMs);
      return store;
    };

    it("refuses a new key once maxEntries live entries are held, and keeps every one of them", async () => {
      const clock = new ManualClock();
      const store = await full(clock);
      await expect(store.set("d", "d", 1000)).rejects.toBeInstanceOf(StoreCapacityError);
      await expect(store.putIfAbsent("d", "d", 1000)).rejects.toBeInstanceOf(StoreCapacityError);
      expect(await store.get("d")).toBeUndefined();
      for (const key of ["a", "b", "c"]) expect(await store.get(key)).toBe(key);
      expect(store.size()).toBe(3);
    });

    it("names the error so the HTTP layer can map it", async () => {
      const store = await full(new ManualClock());
      const error = await store.set("d", "d", 1000).catch((reason: unknown) => reason);
      expect(error).toBeInstanceOf(StoreCapacityError);
      expect((error as Error).name).toBe("StoreCapacityError");
    });

    it("still serves operations that need no new slot when full", async () => {
      const store = await full(new ManualClock());
      await store.set("a", "a2", 1000);
      expect(await store.putIfAbsent("b", "b2", 1000)).toBe(false);
      expect(await store.compareAndSet("c", "c", "c2", 1000)).toBe(true);
      expect(await store.compareAndSet("d", "d", "d2", 1000)).toBe(false);
      expect([await store.get("a"), await store.get("b"), await store.get("c")]).toEqual(["a2", "b", "c2"]);
    });

    it("makes room by dropping expired entries, never live ones", async () => {
      const clock = new ManualClock();
      const store = open({ clock, maxEntries: 3 });
      await store.set("expiring", "x", 1000);
      await store.set("live1", "1", 60_000);
      await store.set("live2", "2", 60_000);
      clock.advance(1000);
      await store.set("new", "n", 60_000);
      await expect(store.set("newer", "n", 60_000)).rejects.toBeInstanceOf(StoreCapacityError);
      expect([await store.get("live1"), await store.get("live2"), await store.get("new")]).toEqual(["1", "2", "n"]);
    });

    it("accepts writes again once the entries have expired", async () => {
      const clock = new ManualClock();
      const store = await full(clock, 1000);
      await expect(store.putIfAbsent("d", "d", 1000)).rejects.toBeInstanceOf(StoreCapacityError);
      clock.advance(1000);
      expect(await store.putIfAbsent("d", "d", 1000)).toBe(true);
      expect(store.size()).toBe(1);
    });

    it("reuses the slot of an expired key written again", async () => {
      const clock = new ManualClock();
      const store = open({ clock, maxEntries: 2 });
      await store.set("a", "a", 1000);
      await store.set("b", "b", 60_000);
      clock.advance(1000);
      await store.set("a", "a2", 60_000);
      expect(await store.get("a")).toBe("a2");
    });

    it(`holds ${DEFAULT_MAX_ENTRIES} entries by default`, async () => {
      const store = open({ clock: new ManualClock() });
      for (let i = 0; i < DEFAULT_MAX_ENTRIES; i += 1) await store.set(`k${i}`, "v", 60_000);
      expect(store.size()).toBe(DEFAULT_MAX_ENTRIES);
      await expect(store.set("one-more", "v", 60_000)).rejects.toBeInstanceOf(StoreCapacityError);
    });
  });

  describe("sweep", () => {
    it("removes expired entries, keeps live ones and reports how many it removed", async () => {
      const clock = new ManualClock();
      const store = open({ clock });
      for (let i = 0; i < 10; i += 1) await store.set(`short${i}`, "s", 1000);
      for (let i = 0; i < 5; i += 1) await store.set(`long${i}`, "l", 5000);
      expect(store.sweep()).toBe(0);
      clock.advance(1000);
      expect(store.sweep()).toBe(10);
      expect(store.sweep()).toBe(0);
      expect(store.size()).toBe(5);
      clock.advance(4000);
      expect(store.sweep()).toBe(5);
    });

    it("does not count keys that were overwritten or read as expired before the sweep", async () => {
      const clock = new ManualClock();
      const store = open({ clock });
      await store.set("overwritten", "1", 1000);
      await store.set("overwritten", "2", 5000);
      await store.set("read", "1", 500);
      clock.advance(500);
      expect(await store.get("read")).toBeUndefined();
      await store.set("expired", "1", 500);
      clock.advance(1000);
      expect(store.sweep()).toBe(1);
      expect(await store.get("overwritten")).toBe("2");
    });

    it("stays correct after many overwrites force the expiry index to be rebuilt", async () => {
      const clock = new ManualClock();
      const store = open({ clock });
      for (let i = 0; i < 5000; i += 1) {
        await store.set("hot", `v${i}`, 10_000 + (i % 7) * 1000);
        if (i % 100 === 0) await store.set(`cold${i}`, "c", 1000 + i);
      }
      expect(await store.get("hot")).toBe("v4999");
      expect(store.size()).toBe(51);
      // cold<i> expires at 1000 + i: by 5000 ms the 41 with i <= 4000, by 6000 ms the other 9.
      clock.advance(5000);
      expect(store.sweep()).toBe(41);
      expect(await store.get("cold4900")).toBe("c");
      clock.advance(1000);
      expect(store.sweep()).toBe(9);
      // The last write to "hot" (i = 4999, 4999 % 7 = 1) gave it 11 000 ms.
      clock.advance(4999);
      expect(store.sweep()).toBe(0);
      expect(await store.get("hot")).toBe("v4999");
      clock.advance(1);
      expect(store.sweep()).toBe(1);
      expect(store.size()).toBe(0);
    });

    it("runs on its interval, and close() stops the timer", async () => {
      vi.useFakeTimers({ toFake: ["setInterval", "clearInterval"] });
      const clock = new ManualClock();
      const store = open({ clock, sweepIntervalMs: 1000 });
      const sweep = vi.spyOn(store, "sweep");
      expect(vi.getTimerCount()).toBe(1);
      await store.set("a", "a", 500);
      clock.advance(500);

      vi.advanceTimersByTime(1000);
      expect(sweep).toHaveBeenCalledTimes(1);
      expect(sweep.mock.results[0]?.value).toBe(1);

      await store.close();
      expect(vi.getTimerCount()).toBe(0);
      vi.advanceTimersByTime(10_000);
      expect(sweep).toHaveBeenCalledTimes(1);
    });

    it("starts no timer when sweepIntervalMs is 0", () => {
      vi.useFakeTimers({ toFake: ["setInterval", "clearInterval"] });
      open({ sweepIntervalMs: 0 });
      expect(vi.getTimerCount()).toBe(0);
    });

    it("never keeps the process alive: its timer is unref'd", () => {
      // Node lists only ref'd timers among the active resources that hold the event loop open.
      const timers = (): number => process.getActiveResourcesInfo().filter((type) => type === "Timeout").length;
      const before = timers();
      open({ sweepIntervalMs: 10 });
      expect(timers()).toBe(before);
      const refd = setInterval(() => undefined, 10);
      expect(timers()).toBe(before + 1);
      clearInterval(refd);
    });
  });

  it("agrees with a simple model over a long random run of operations, sweeps and time", async () => {
    // Overwrites, deletes and expiries leave stale nodes in the expiry index and trigger its
    // rebuild; a reference model catches any entry lost or kept too long on the way.
    const random = seededRandom(20_260_101);
    const clock = new ManualClock();
    const maxEntries = 50;
    const store = open({ clock, maxEntries });
    const model = new Map<string, { value: string; expiresAt: number }>();
    const liveModel = (key: string): string | undefined => {
      const entry = model.get(key);
      return entry !== undefined && clock.now() < entry.expiresAt ? entry.value : undefined;
    };
    const liveCount = (): number => [...model.keys()].filter((key) => liveModel(key) !== undefined).length;

    for (let step = 0; step < 20_000; step += 1) {
      const key = `k${Math.floor(random() * 80)}`;
      const value = `v${step}`;
      // Mostly short TTLs so that expiry happens often; some long ones pile up stale index nodes.
      const ttl = 1 + Math.floor(random() * (random() < 0.3 ? 600_000 : 2000));
      const current = liveModel(key);
      const roomForNewKey = current !== undefined || liveCount() < maxEntries;
      const choice = Math.floor(random() * 8);
      const context = `step ${step}, op ${choice}, key ${key}`;
      switch (choice) {
        case 0:
        case 3:
          expect(await store.get(key), context).toBe(current);
          break;
        case 1:
          if (roomForNewKey) {
            await store.set(key, value, ttl);
            model.set(key, { value, expiresAt: clock.now() + ttl });
          } else {
            await expect(store.set(key, value, ttl), context).rejects.toBeInstanceOf(StoreCapacityError);
          }
          break;
        case 2:
          if (current !== undefined) {
            expect(await store.putIfAbsent(key, value, ttl), context).toBe(false);
          } else if (roomForNewKey) {
            expect(await store.putIfAbsent(key, value, ttl), context).toBe(true);
            model.set(key, { value, expiresAt: clock.now() + ttl });
          } else {
            await expect(store.putIfAbsent(key, value, ttl), context).rejects.toBeInstanceOf(StoreCapacityError);
          }
          break;
        case 4: {
          const expected = current !== undefined && random() < 0.7 ? current : "other";
          const swapped = await store.compareAndSet(key, expected, value, ttl);
          expect(swapped, context).toBe(current === expected);
          if (swapped) model.set(key, { value, expiresAt: clock.now() + ttl });
          break;
        }
        case 5:
        case 6:
          clock.advance(Math.floor(random() * 300));
          break;
        default:
          if (random() < 0.2) store.sweep();
          expect(store.size(), context).toBe(liveCount());
      }
    }
  });

  it("rejects every operation once closed", async () => {
    const store = open();
    await store.set("a", "a", 1000);
    await store.close();
    await expect(store.get("a")).rejects.toThrow(/closed/);
    await expect(store.set("a", "a", 1000)).rejects.toThrow(/closed/);
    await expect(store.putIfAbsent("b", "b", 1000)).rejects.toThrow(/closed/);
    await expect(store.compareAndSet("a", "a", "b", 1000)).rejects.toThrow(/closed/);
    await expect(store.close()).resolves.toBeUndefined();
  });

  it("throws TypeError for arguments of the wrong type and RangeError for values out of contract", async () => {
    const store = open();
    await expect(store.get(7 as unknown as string)).rejects.toBeInstanceOf(TypeError);
    await expect(store.get("")).rejects.toBeInstanceOf(RangeError);
    await expect(store.get("é")).rejects.toBeInstanceOf(RangeError);
    await expect(store.set("a", 7 as unknown as string, 1000)).rejects.toBeInstanceOf(TypeError);
    await expect(store.set("a", "a", "1000" as unknown as number)).rejects.toBeInstanceOf(TypeError);
    await expect(store.set("a", "a", 0)).rejects.toBeInstanceOf(RangeError);
  });

  it("refuses nonsensical options", () => {
    expect(() => new MemoryStore({ maxEntries: 0 })).toThrow(RangeError);
    expect(() => new MemoryStore({ maxEntries: 1.5 })).toThrow(RangeError);
    expect(() => new MemoryStore({ sweepIntervalMs: -1 })).toThrow(RangeError);
  });
});

/** mulberry32: a tiny deterministic generator, so a failing random run can be replayed. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}
