/**
 * Soak of chained refreshes (security hardening finding 7): many DPoP-bound sessions, each
 * refreshing in a loop with the token the previous refresh returned, against the real service over
 * loopback HTTP with the default store (100,000 entries). Prints throughput, refusals by status,
 * RSS, heap and store entries every 10 s. Passes (exit 0) if every refresh got 200 and the store
 * stayed within a constant number of entries per session.
 *
 *   npm run bench:soak -w @open-signin/token-service                 # 1,000,000 refreshes, 200 sessions
 *   SOAK_REFRESHES=20000 SOAK_SESSIONS=50 npm run bench:soak -w @open-signin/token-service
 *
 * Bounded: it stops after SOAK_REFRESHES refreshes or SOAK_MAX_SECONDS (default 7200), whichever
 * comes first. The per-source rate limit is raised for the run (one process is one source);
 * everything else is the default configuration. CI runs a shorter version as a test
 * (test/security/finding-07-08-09-refresh-repeats.test.ts).
 */
import { createHash, randomUUID, sign, type KeyObject } from "node:crypto";
import { Agent, request } from "node:http";

import { HttpServer } from "../src/http/http-server.js";
import { StaticKeyring } from "../src/keys/static-keyring.js";
import { s256Challenge } from "../src/pkce/pkce.js";
import { InMemoryPrincipalDirectory, SigninAction } from "../src/principals/principal-directory.js";
import { createLogger } from "../src/runtime/logger.js";
import { MemoryStore } from "../src/store/memory-store.js";
import { generateKeyPair } from "../src/keys/generate-key-pair.js";
import { TokenService } from "../src/token-service.js";

const TOTAL = Number(process.env.SOAK_REFRESHES ?? 1_000_000);
const SESSIONS = Number(process.env.SOAK_SESSIONS ?? 200);
const MAX_SECONDS = Number(process.env.SOAK_MAX_SECONDS ?? 7200);
const CLIENT_ID = "arn:aws:signin:::devtools/same-device";
const ARN = "arn:aws:iam::111122223333:user/soak";

const store = new MemoryStore({ maxEntries: 100_000 });
const service = new TokenService({
  issuer: "http://127.0.0.1/signin",
  keyring: StaticKeyring.generate(),
  store,
  principals: new InMemoryPrincipalDirectory([
    {
      arn: ARN,
      accountId: "111122223333",
      credentialVersion: 1,
      allowedActions: new Set([SigninAction.CreateOAuth2Token]),
    },
  ]),
  logger: createLogger({ level: "silent" }),
  limits: { tokenRequestBurst: 1_000_000, tokenRequestsPerSecond: 1_000_000 },
});
const server = new HttpServer({ routes: service.routes(), logger: service.logger });
const base = (await server.listen(0, "127.0.0.1")).origin;
const tokenUrl = `${base}/v1/token`;
const agent = new Agent({ keepAlive: true, maxSockets: SESSIONS });

class Key {
  readonly privateKey: KeyObject = generateKeyPair("ec", { namedCurve: "P-256" }).privateKey;
  readonly jwk = (({ kty, crv, x, y }) => ({ kty, crv, x, y }))(this.privateKey.export({ format: "jwk" }));
  proof(): string {
    const encode = (value: object) => Buffer.from(JSON.stringify(value)).toString("base64url");
    const input = `${encode({ typ: "dpop+jwt", alg: "ES256", jwk: this.jwk })}.${encode({
      jti: randomUUID(),
      htm: "POST",
      htu: tokenUrl,
      iat: Math.floor(Date.now() / 1000),
    })}`;
    const signature = sign("sha256", Buffer.from(input), { key: this.privateKey, dsaEncoding: "ieee-p1363" });
    return `${input}.${signature.toString("base64url")}`;
  }
}

function post(body: object, key: Key): Promise<{ status: number; json: Record<string, unknown> }> {
  return new Promise((resolve, reject) => {
    const text = JSON.stringify(body);
    const req = request(
      tokenUrl,
      { method: "POST", agent, headers: { "content-type": "application/json", dpop: key.proof() } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (chunk: Buffer) => chunks.push(chunk));
        res.on("end", () => {
          const raw = Buffer.concat(chunks).toString("utf8");
          resolve({ status: res.statusCode ?? 0, json: JSON.parse(raw) as Record<string, unknown> });
        });
      },
    );
    req.on("error", reject);
    req.end(text);
  });
}

async function signIn(): Promise<{ key: Key; refreshToken: string }> {
  const key = new Key();
  const verifier = createHash("sha256").update(randomUUID()).digest("base64url");
  const redirectUri = "http://127.0.0.1:53037/oauth/callback";
  const { code } = await service.authorizationCodes.issue({
    clientId: CLIENT_ID,
    redirectUri,
    codeChallenge: s256Challenge(verifier),
    principalArn: ARN,
    credentialVersion: 1,
  });
  const response = await post(
    { clientId: CLIENT_ID, grantType: "authorization_code", code, redirectUri, codeVerifier: verifier },
    key,
  );
  if (response.status !== 200) throw new Error(`sign-in failed: ${response.status}`);
  return { key, refreshToken: response.json.refreshToken as string };
}

const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);
const refusals = new Map<string, number>();
let done = 0;
let peakStore = 0;
const started = performance.now();
const deadline = started + MAX_SECONDS * 1000;

const report = () => {
  const seconds = (performance.now() - started) / 1000;
  const memory = process.memoryUsage();
  peakStore = Math.max(peakStore, store.size());
  console.log(
    `${seconds.toFixed(0).padStart(6)} s  ${String(done).padStart(8)} refreshes  ${(done / seconds).toFixed(0).padStart(5)}/s  ` +
      `refused ${JSON.stringify(Object.fromEntries(refusals))}  rss ${mb(memory.rss)} MB  heap ${mb(memory.heapUsed)} MB  ` +
      `store ${store.size()} entries`,
  );
};

console.log(`soak: ${TOTAL} chained refreshes over ${SESSIONS} sessions against ${tokenUrl}`);
const sessions = await Promise.all(Array.from({ length: SESSIONS }, () => signIn()));
const timer = setInterval(report, 10_000);
await Promise.all(
  sessions.map(async (session) => {
    while (done < TOTAL && performance.now() < deadline) {
      done++;
      const response = await post(
        { clientId: CLIENT_ID, grantType: "refresh_token", refreshToken: session.refreshToken },
        session.key,
      );
      if (response.status === 200) session.refreshToken = response.json.refreshToken as string;
      else {
        const message = typeof response.json.message === "string" ? response.json.message : "";
        const reason = `${response.status} ${message}`;
        refusals.set(reason, (refusals.get(reason) ?? 0) + 1);
      }
    }
  }),
);
clearInterval(timer);
report();

// Per session: its chain, the previous token's stored answer, its key's recent proofs, its used code and that
// exchange's proof reservation; a margin for entries in flight.
const storeBound = SESSIONS * 6 + 100;
const ok = refusals.size === 0 && peakStore <= storeBound;
console.log(
  ok
    ? `PASS: every refresh answered 200; peak store ${peakStore} entries (bound ${storeBound})`
    : `FAIL: refusals ${JSON.stringify(Object.fromEntries(refusals))}; peak store ${peakStore} entries (bound ${storeBound})`,
);
agent.destroy();
await server.close();
await store.close();
process.exit(ok ? 0 : 1);
