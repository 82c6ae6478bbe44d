import { spawn } from "node:child_process";
import { mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

import Database from "better-sqlite3";
import { afterAll, afterEach, describe, expect, it } from "vitest";

import { StoreUnavailableError } from "../../src/store/atomic-store.js";
import { SqliteStore, type SqliteStoreOptions } from "../../src/store/sqlite-store.js";
import { ManualClock } from "../support/manual-clock.js";
import { describeAtomicStoreContract } from "./atomic-store-contract.js";

const directory = mkdtempSync(join(tmpdir(), "open-signin-sqlite-"));
afterAll(() => rmSync(directory, { recursive: true, force: true }));

// One file for the whole contract suite, as a long-running service would use it: the suite's keys
// carry a random prefix per test.
const contractFile = join(directory, "contract.sqlite");
describeAtomicStoreContract("SqliteStore", (clock) => new SqliteStore(contractFile, { clock, sweepIntervalMs: 0 }));

describe("SqliteStore", () => {
  const opened: SqliteStore[] = [];
  let counter = 0;
  const open = (options: SqliteStoreOptions = {}, path = join(directory, `s${(counter += 1)}.sqlite`)) => {
    const store = new SqliteStore(path, { sweepIntervalMs: 0, ...options });
    opened.push(store);
    return store;
  };
  afterEach(async () => {
    await Promise.all(opened.splice(0).map((store) => store.close()));
  });

  it("creates its file 0600, with its -wal and -shm files, in WAL mode", async () => {
    const store = open({ synchronous: "full" });
    await store.set("a", "one", 60_000);
    for (const suffix of ["", "-wal", "-shm"]) {
      expect((statSync(`${store.path}${suffix}`).mode & 0o777).toString(8), suffix || "database").toBe("600");
    }
    const db = new Database(store.path, { readonly: true });
    try {
      expect(db.pragma("journal_mode", { simple: true })).toBe("wal");
    } finally {
      db.close();
    }
  });

  it("keeps what was written after the store is closed and opened again", async () => {
    const path = join(directory, "reopen.sqlite");
    const first = open({}, path);
    await first.set("kept", "value", 60_000);
    expect(await first.putIfAbsent("claimed", "winner", 60_000)).toBe(true);
    await first.close();
    const second = open({}, path);
    expect(await second.get("kept")).toBe("value");
    expect(await second.putIfAbsent("claimed", "late", 60_000)).toBe(false);
  });

  it.each(["normal", "full"] as const)(
    "keeps every acknowledged write when its process is killed with SIGKILL (synchronous=%s)",
    async (synchronous) => {
      const path = join(directory, `killed-${synchronous}.sqlite`);
      const worker = new URL("./support/write-until-killed.ts", import.meta.url).pathname;
      const child = spawn(process.execPath, ["--import", "tsx", worker, path, synchronous], { stdio: "pipe" });
      let output = "";
      child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString("utf8")));
      const exited = new Promise<NodeJS.Signals | null>((resolve) =>
        child.on("exit", (_code, signal) => resolve(signal)),
      );
      const deadline = Date.now() + 30_000;
      while (output.split("\n").length < 200 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 10));
      child.kill("SIGKILL");
      expect(await exited).toBe("SIGKILL");
      const acknowledged = output.split("\n").filter(Boolean).map(Number);
      expect(acknowledged.length).toBeGreaterThanOrEqual(199);

      const reopened = open({}, path);
      for (const i of acknowledged) expect(await reopened.get(`claim:${i}`)).toBe(`answer-${i}`);
      // And they still count as used: a second claim of the last one fails.
      expect(await reopened.putIfAbsent(`claim:${acknowledged.at(-1)}`, "again", 60_000)).toBe(false);
    },
    60_000,
  );

  it("sees another connection's writes at once (two stores on one file)", async () => {
    const path = join(directory, "shared.sqlite");
    const a = open({}, path);
    const b = open({}, path);
    expect(await a.putIfAbsent("k", "a", 60_000)).toBe(true);
    expect(await b.putIfAbsent("k", "b", 60_000)).toBe(false);
    expect(await b.compareAndSet("k", "a", "b", 60_000)).toBe(true);
    expect(await a.get("k")).toBe("b");
  });

  it("sweeps expired rows in batches and leaves live ones", async () => {
    const clock = new ManualClock();
    const store = open({ clock, sweepBatchSize: 7 });
    for (let i = 0; i < 50; i += 1) await store.set(`short${i}`, "s", 1000);
    for (let i = 0; i < 5; i += 1) await store.set(`long${i}`, "l", 5000);
    expect(await store.sweep()).toBe(0);
    clock.advance(1000);
    expect(await store.sweep()).toBe(50);
    expect(await store.sweep()).toBe(0);
    for (let i = 0; i < 5; i += 1) expect(await store.get(`long${i}`)).toBe("l");
    const raw = new Database(store.path, { readonly: true });
    try {
      expect(raw.prepare("SELECT count(*) AS n FROM entries").get()).toEqual({ n: 5 });
    } finally {
      raw.close();
    }
  });

  it("lets requests through while a large sweep runs", async () => {
    const clock = new ManualClock();
    const store = open({ clock, sweepBatchSize: 100 });
    const db = new Database(store.path);
    db.transaction(() => {
      const insert = db.prepare("INSERT INTO entries (k, v, e) VALUES (?, 'x', 1)");
      for (let i = 0; i < 20_000; i += 1) insert.run(`old${i}`);
    })();
    db.close();
    let readsDuringSweep = 0;
    let sweepDone = false;
    const sweep = store.sweep().then((removed) => {
      sweepDone = true;
      return removed;
    });
    while (!sweepDone) {
      await new Promise<void>((resolve) => setImmediate(resolve));
      if (!sweepDone) {
        await store.set("live", String(readsDuringSweep), 60_000);
        expect(await store.get("live")).toBe(String(readsDuringSweep));
        readsDuringSweep += 1;
      }
    }
    expect(await sweep).toBe(20_000);
    expect(readsDuringSweep).toBeGreaterThan(10);
  });

  it("refuses an unwritable location with StoreUnavailableError naming the file", () => {
    const path = join(directory, "missing-directory", "store.sqlite");
    expect(() => open({}, path)).toThrow(StoreUnavailableError);
    expect(() => open({}, path)).toThrow(/missing-directory\/store\.sqlite/);
  });

  it("fails with StoreUnavailableError, not a hang, while another process holds the write lock", async () => {
    const store = open({ busyTimeoutMs: 200 });
    await store.set("a", "one", 60_000);
    const locker = new Database(store.path);
    locker.exec("BEGIN IMMEDIATE");
    try {
      const startedAt = Date.now();
      await expect(store.set("a", "two", 60_000)).rejects.toBeInstanceOf(StoreUnavailableError);
      expect(Date.now() - startedAt).toBeLessThan(2000);
      // Reads go on: WAL readers do not wait for writers.
      expect(await store.get("a")).toBe("one");
    } finally {
      locker.exec("ROLLBACK");
      locker.close();
    }
    await store.set("a", "two", 60_000);
    expect(await store.get("a")).toBe("two");
  });

  it("rejects every operation once closed", async () => {
    const store = open();
    await store.close();
    await expect(store.get("a")).rejects.toThrow(/closed/);
    await expect(store.set("a", "a", 1000)).rejects.toThrow(/closed/);
    await expect(store.close()).resolves.toBeUndefined();
  });

  it("refuses synchronous=off", () => {
    expect(() => open({ synchronous: "off" as never })).toThrow(RangeError);
  });
});
