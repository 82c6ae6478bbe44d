// Run by users-file.test.ts in separate processes: announces itself by creating `<signals>/<prefix>`,
// waits for `<signals>/go` so that all workers start together, then adds `count` users named
// `<prefix>-<i>`.
import { access, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";

import { UsersFile } from "../../../src/users/users-file.js";
import { userRecord } from "./fixtures.js";

const [path, signals, prefix, count] = process.argv.slice(2);
if (path === undefined || signals === undefined || prefix === undefined || count === undefined) {
  throw new Error("usage: users-path signals-dir prefix count");
}

await writeFile(join(signals, prefix), "");
for (;;) {
  const go = await access(join(signals, "go")).then(
    () => true,
    () => false,
  );
  if (go) break;
  await sleep(2);
}

const file = new UsersFile(path, { lockTimeoutMs: 30_000 });
for (let index = 0; index < Number(count); index++) {
  await file.update((current) => ({
    ...current,
    accounts: current.accounts.length > 0 ? current.accounts : [{ id: "111122223333" }],
    users: [...current.users, userRecord(`${prefix}-${index}`)],
  }));
}
