// Run by sqlite-store.test.ts: writes claims into a SQLite store one after another and prints the
// index of each one as soon as the store has acknowledged it, until the test kills it with SIGKILL.
import { SqliteStore } from "../../../src/store/sqlite-store.js";

const [path, synchronous] = process.argv.slice(2);
if (!path || (synchronous !== "normal" && synchronous !== "full")) throw new Error("usage: path normal|full");
const store = new SqliteStore(path, { synchronous, sweepIntervalMs: 0 });
for (let i = 0; ; i += 1) {
  if (!(await store.putIfAbsent(`claim:${i}`, `answer-${i}`, 3_600_000))) throw new Error(`claim:${i} existed`);
  process.stdout.write(`${i}\n`);
}
