import { execFile } from "node:child_process";
import { mkdir, mkdtemp, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";

import { AuthorizationCodes } from "../../../src/codes/authorization-codes.js";
import { FileKeyring } from "../../../src/keys/file-keyring.js";
import { systemClock } from "../../../src/runtime/clock.js";
import { cryptoRandom } from "../../../src/runtime/random.js";
import { parseStoreSetting } from "../../../src/config/store-setting.js";
import { openStore } from "../../../src/open-store.js";

const run = promisify(execFile);
const WORKER = fileURLToPath(new URL("./race-worker.ts", import.meta.url));

export interface RaceOutcome {
  /** Per process, per attempt: did this attempt redeem the code. */
  readonly codeWins: boolean[][];
  /** Per process, per attempt: the refresh answer it got, as JSON. */
  readonly refreshAnswers: string[][];
}

/**
 * Starts `processes` worker processes on one store (a `--store` setting) and one data directory,
 * issues one authorization code, and lets every process race `perProcess` redemptions of it and
 * `perProcess` first uses of one refresh token id, all released at the same moment.
 */
export async function raceAcrossProcesses(
  storeSetting: string,
  options: { processes: number; perProcess: number },
): Promise<RaceOutcome> {
  const dataDir = await mkdtemp(join(tmpdir(), "open-signin-race-"));
  const signals = join(dataDir, "signals");
  await mkdir(signals);
  try {
    // Created here first, so the workers share one key set and one store schema.
    await FileKeyring.open(dataDir);
    const store = await openStore(parseStoreSetting(storeSetting), { dataDir });
    const { code } = await new AuthorizationCodes(store, systemClock, cryptoRandom, {
      reuseDetectionSeconds: 3600,
    }).issue({
      clientId: "arn:aws:signin:::devtools/same-device",
      redirectUri: "http://127.0.0.1:1/oauth/callback",
      codeChallenge: "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM",
      principalArn: "arn:aws:iam::000000000000:user/racer",
      credentialVersion: 1,
    });
    await store.close();
    const tokenId = cryptoRandom.uuid();

    const names = Array.from({ length: options.processes }, (_, i) => `p${i}`);
    const workers = names.map((name) =>
      run(
        process.execPath,
        ["--import", "tsx", WORKER, storeSetting, dataDir, signals, name, code, tokenId, String(options.perProcess)],
        { timeout: 60_000 },
      ),
    );
    const deadline = Date.now() + 50_000;
    while ((await readdir(signals)).length < names.length) {
      if (Date.now() > deadline) throw new Error("race workers did not start");
      await sleep(10);
    }
    await writeFile(join(signals, "go"), "");
    const outputs = await Promise.all(workers);
    const results = outputs.map(
      ({ stdout }) => JSON.parse(stdout) as { codeWins: boolean[]; refreshAnswers: string[] },
    );
    return {
      codeWins: results.map((result) => result.codeWins),
      refreshAnswers: results.map((result) => result.refreshAnswers),
    };
  } finally {
    await rm(dataDir, { recursive: true, force: true });
  }
}
