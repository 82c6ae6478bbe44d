// Run by shared-store-races.test.ts in separate processes, several at once on one store. Each
// announces itself by creating `<signals>/<name>`, waits for `<signals>/go` so all start together,
// then races `count` concurrent redemptions of one authorization code and `count` concurrent first
// uses of one refresh token, the way the grants do, and prints what each attempt got as one JSON line.
import { access, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";

import { AuthorizationCodes } from "../../../src/codes/authorization-codes.js";
import { RefreshResponses } from "../../../src/grants/refresh-responses.js";
import type { TokenOutput } from "../../../src/grants/token-minter.js";
import { FileKeyring } from "../../../src/keys/file-keyring.js";
import { systemClock } from "../../../src/runtime/clock.js";
import { cryptoRandom } from "../../../src/runtime/random.js";
import { parseStoreSetting } from "../../../src/config/store-setting.js";
import { openStore } from "../../../src/open-store.js";
import { SealedBox } from "../../../src/tokens/sealed-box.js";

const [storeSetting, dataDir, signals, name, code, tokenId, count] = process.argv.slice(2);
if (!storeSetting || !dataDir || !signals || !name || !code || !tokenId || !count) {
  throw new Error("usage: store data-dir signals-dir name code token-id count");
}

const store = await openStore(parseStoreSetting(storeSetting), { dataDir });
const keyring = await FileKeyring.open(dataDir);
const codes = new AuthorizationCodes(store, systemClock, cryptoRandom, { reuseDetectionSeconds: 3600 });
const responses = new RefreshResponses(store, new SealedBox(keyring, "stored-response", cryptoRandom), systemClock);

await writeFile(join(signals, name), "");
while (
  !(await access(join(signals, "go")).then(
    () => true,
    () => false,
  ))
)
  await sleep(2);

const attempts = Array.from({ length: Number(count) }, (_, i) => `${name}-${i}`);

const redeem = async (attempt: string): Promise<boolean> => {
  const lookup = await codes.lookup(code);
  if (lookup.status !== "redeemable") return false;
  return (await lookup.redeem(`session-${attempt}`)).won;
};

// RefreshTokenGrant.answerHead, minus the token checks: mint, publish, and if another attempt
// published first, return its answer instead.
const refresh = async (attempt: string): Promise<string> => {
  const output = { accessToken: { accessKeyId: `minted-by-${attempt}` }, expiresIn: 900 } as unknown as TokenOutput;
  const now = Date.now();
  if (await responses.publish(tokenId, output, now + 900_000, now + 3_600_000)) return JSON.stringify(output);
  const prior = await responses.read(tokenId);
  if (prior.state !== "answered") throw new Error(`publication lost, yet the record is ${prior.state}`);
  return JSON.stringify(prior.output);
};

const [codeWins, refreshAnswers] = await Promise.all([
  Promise.all(attempts.map(redeem)),
  Promise.all(attempts.map(refresh)),
]);
process.stdout.write(`${JSON.stringify({ codeWins, refreshAnswers })}\n`);
await store.close();
