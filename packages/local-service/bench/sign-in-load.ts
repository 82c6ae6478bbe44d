/**
 * Benchmark for issue 8 finding 5: refresh latency while a crowd of sign-ins arrives at once.
 *
 *   npm run bench:sign-in-load -w @open-signin/local-service [-- <sign-ins> <refreshes>]
 *
 * Starts `open-signin serve` (the built CLI, as `npm start` runs it; build first) as its own process
 * on a loopback port with a fresh data directory, so that only the service's event loop is
 * measured, opens
 * one real session (sign-in, code exchange), then sends <sign-ins> (default 300) wrong-password
 * sign-ins from as many browsers at once while refreshing that session <refreshes> (default 50)
 * times in a row, and prints the refresh latencies and what the sign-ins were answered. Numbers,
 * not pass/fail: the regression tests assert the behaviour (test/e2e/security-findings-3-14.test.ts).
 */
import { spawn } from "node:child_process";
import { randomUUID } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

import { authorizeUrl } from "../src/login/authorize-url.js";
import { dpopProof, generateDpopKey } from "../src/login/dpop.js";
import { codeChallengeOf, createCodeVerifier } from "../src/login/pkce.js";

const SIGN_INS = Number(process.argv[2] ?? 300);
const REFRESHES = Number(process.argv[3] ?? 50);
const CLIENT_ID = "arn:aws:signin:::devtools/same-device";
const CALLBACK = "http://127.0.0.1:53037/oauth/callback";

const dataDir = await mkdtemp(join(tmpdir(), "open-signin-bench-"));
const cli = fileURLToPath(new URL("../dist/cli/main.js", import.meta.url));
const service = spawn(process.execPath, [cli, "serve", "--port", "0", "--data-dir", dataDir, "--log-level", "warn"], {
  stdio: ["ignore", "ignore", "pipe"],
});
const banner = await new Promise<string>((resolve, reject) => {
  let text = "";
  service.stderr.on("data", (chunk: Buffer) => {
    text += chunk.toString("utf8");
    if (/^\s+password\s+\S+$/m.test(text) && /listening on/.test(text)) resolve(text);
  });
  service.on("exit", (code) => reject(new Error(`open-signin serve exited with ${code}:\n${text}`)));
});
const base = /listening on (http:\/\/\S+)/.exec(banner)![1]!;
const user = {
  userName: /^\s+user name\s+(\S+)$/m.exec(banner)![1]!,
  password: /^\s+password\s+(\S+)$/m.exec(banner)![1]!,
};

async function openForm(verifier: string): Promise<{ cookie: string; formToken: string }> {
  const page = await fetch(
    authorizeUrl({
      baseUrl: base,
      clientId: CLIENT_ID,
      state: randomUUID(),
      codeChallenge: codeChallengeOf(verifier),
      redirectUri: CALLBACK,
    }),
  );
  const cookie = (page.headers.get("set-cookie") ?? "").split(";")[0]!;
  const formToken = /name="form_token" value="([^"]+)"/.exec(await page.text())![1]!;
  return { cookie, formToken };
}

const postForm = (form: { cookie: string; formToken: string }, username: string, password: string) =>
  fetch(`${base}/v1/authorize`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: form.cookie, origin: base },
    body: new URLSearchParams({ form_token: form.formToken, username, password }),
  });

const key = generateDpopKey();
const token = async (body: Record<string, string>) => {
  const response = await fetch(`${base}/v1/token`, {
    method: "POST",
    headers: { "content-type": "application/json", dpop: dpopProof(key, { method: "POST", htu: `${base}/v1/token` }) },
    body: JSON.stringify(body),
  });
  return { status: response.status, json: (await response.json()) as Record<string, unknown> };
};

try {
  const verifier = createCodeVerifier();
  const signedIn = await postForm(await openForm(verifier), user.userName, user.password);
  const code = new URL(signedIn.headers.get("location")!).searchParams.get("code")!;
  const exchanged = await token({
    clientId: CLIENT_ID,
    grantType: "authorization_code",
    code,
    codeVerifier: verifier,
    redirectUri: CALLBACK,
  });
  let refreshToken = exchanged.json.refreshToken as string;

  const forms = await Promise.all(Array.from({ length: SIGN_INS }, () => openForm(createCodeVerifier())));
  const started = performance.now();
  const crowd = Promise.all(
    forms.map(async (form, i) => {
      const response = await postForm(form, `crowd-${i}`, "a-wrong-password-here");
      return response.status;
    }),
  );
  const latencies: number[] = [];
  const refreshStatuses = new Map<number, number>();
  for (let i = 0; i < REFRESHES; i++) {
    const before = performance.now();
    const refreshed = await token({ clientId: CLIENT_ID, grantType: "refresh_token", refreshToken });
    latencies.push(performance.now() - before);
    refreshStatuses.set(refreshed.status, (refreshStatuses.get(refreshed.status) ?? 0) + 1);
    if (refreshed.status === 200) refreshToken = refreshed.json.refreshToken as string;
  }
  const signInStatuses = new Map<number, number>();
  for (const status of await crowd) signInStatuses.set(status, (signInStatuses.get(status) ?? 0) + 1);
  const crowdMs = performance.now() - started;

  const inOrder = latencies.map((ms) => ms.toFixed(0)).join(" ");
  latencies.sort((a, b) => a - b);
  const at = (q: number) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))]!.toFixed(1);
  console.log(`${SIGN_INS} concurrent wrong-password sign-ins, ${REFRESHES} sequential refreshes meanwhile`);
  console.log(`refresh latency ms: p50 ${at(0.5)}  p90 ${at(0.9)}  p99 ${at(0.99)}  max ${at(1)}`);
  console.log(`refresh latencies in order (ms): ${inOrder}`);
  console.log(`refresh statuses: ${JSON.stringify(Object.fromEntries(refreshStatuses))}`);
  console.log(`sign-in statuses: ${JSON.stringify(Object.fromEntries(signInStatuses))} in ${crowdMs.toFixed(0)} ms`);
} finally {
  service.kill("SIGTERM");
  await new Promise((resolve) => service.once("exit", resolve));
  await rm(dataDir, { recursive: true, force: true });
}
