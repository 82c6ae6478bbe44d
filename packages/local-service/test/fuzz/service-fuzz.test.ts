/**
 * Fuzz test of the running service (issue 8's acceptance): a real `open-signin serve` process gets
 * at least 10,000 requests per run, generated with fast-check from a seed:
 *
 * - generated requests for every route (token endpoint, sign-in form and its post, confirmation
 *   page, static files, /healthz, unknown paths), with random methods, targets, headers and bodies,
 *   and raw-socket requests that are malformed or cut off half-way;
 * - mutated valid requests: real DPoP proofs from ES256 keys, real refresh tokens and codes
 *   obtained through real sign-ins, real form tokens and sealed cookies, each with one thing
 *   changed (a claim, the signature, the key, a token character, a member, a header...).
 *
 * It asserts no 5xx, no crash (the process is alive at the end and answers /healthz), no hang
 * (every request is answered or closed within 10 s) and bounded memory (the process's RSS). A
 * failing case prints the seed, its position and the request, so that it can be replayed:
 * FUZZ_SEED=<seed> npx vitest run --project local-service test/fuzz. FUZZ_REQUESTS changes the
 * count (default 10,000).
 */
import { randomUUID, sign, type KeyObject } from "node:crypto";
import { readFileSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { Agent, request as httpRequest } from "node:http";
import { connect } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";

import { generateKeyPair } from "@open-signin/token-service";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { CliProcess } from "../support/cli-process.js";
import { CliLikeClient, formTokenIn, send } from "../support/local-service.js";

const SEED = Number(process.env.FUZZ_SEED ?? Math.floor(Math.random() * 2 ** 31));
const TOTAL = Number(process.env.FUZZ_REQUESTS ?? 10_000);
const CONCURRENCY = 12;
const BATCH = 250;
const REQUEST_TIMEOUT_MS = 10_000;
const RSS_LIMIT_MB = 512;
const SAME_DEVICE = "arn:aws:signin:::devtools/same-device";
const CROSS_DEVICE = "arn:aws:signin:::devtools/cross-device";
const CALLBACK = "http://127.0.0.1:53037/oauth/callback";

let work: string;
let server: CliProcess;
let base: string;
let developer: { userName: string; password: string };
const agent = new Agent({ keepAlive: true, maxSockets: CONCURRENCY });

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), "open-signin-fuzz-"));
  server = CliProcess.start(["serve", "--port", "0", "--data-dir", join(work, "data"), "--log-level", "silent"]);
  base = (await server.waitForStderr(/listening on (http:\/\/127\.0\.0\.1:\d+)/))[1]!;
  const [, userName, password] = await server.waitForStderr(/user name\s+(\S+)\n\s+password\s+(\S+)/);
  developer = { userName: userName!, password: password! };
});

afterAll(async () => {
  agent.destroy();
  server?.child.kill("SIGTERM");
  await server?.exited;
  await rm(work, { recursive: true, force: true });
});

// ---------------------------------------------------------------------------------------------
// What is sent, as data, so that a failing case can be printed and replayed.

interface HttpCase {
  readonly kind: "http";
  readonly method: string;
  readonly path: string;
  readonly headers: Record<string, string>;
  readonly body?: string;
}
interface RawCase {
  readonly kind: "raw";
  readonly bytes: string;
}
type Case = HttpCase | RawCase;

// ---------------------------------------------------------------------------------------------
// Real material: sessions (key, client, refresh token), codes and sign-in forms.

interface Session {
  readonly cli: CliLikeClient;
  refreshToken: string;
}
interface Form {
  readonly cookie: string;
  readonly formToken: string;
}
const sessions: Session[] = [];
const codes: { cli: CliLikeClient; code: string }[] = [];
const forms: Form[] = [];

async function openForm(
  clientId = SAME_DEVICE,
  redirectUri = CALLBACK,
  cookie?: string,
): Promise<Form & { cli: CliLikeClient }> {
  const cli = new CliLikeClient(base, clientId, redirectUri);
  const page = await send(cli.authorizeUrl(), cookie ? { headers: { cookie } } : {});
  const issued =
    page.headers["set-cookie"] === undefined ? undefined : String(page.headers["set-cookie"]).split(";")[0];
  return { cli, cookie: issued ?? cookie!, formToken: formTokenIn(page.body) };
}

/**
 * The legitimate user's browser: it signed in before, so its device cookie gives it its own
 * attempt budget while the fuzzer's wrong passwords lock the user name for every other browser.
 */
let ownBrowser: string | undefined;

async function freshCode(): Promise<{ cli: CliLikeClient; code: string }> {
  const { cli, cookie, formToken } = await openForm(SAME_DEVICE, CALLBACK, ownBrowser);
  const posted = await send(`${base}/v1/authorize`, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded", origin: base, cookie },
    body: new URLSearchParams({ form_token: formToken, ...credentials() }).toString(),
  });
  if (posted.status !== 302) throw new Error(`sign-in for fuzz material failed: ${posted.status}`);
  const device = String(posted.headers["set-cookie"] ?? "").split(";")[0]!;
  ownBrowser = `${cookie.split("; ").find((pair) => pair.startsWith("signin_csrf="))}; ${device}`;
  return { cli, code: new URL(String(posted.headers.location)).searchParams.get("code")! };
}

const credentials = () => ({ username: developer.userName, password: developer.password });

async function freshSession(): Promise<Session> {
  const { cli, code } = await freshCode();
  const exchanged = await cli.exchange(code);
  if (exchanged.status !== 200) throw new Error(`code exchange for fuzz material failed: ${exchanged.status}`);
  return { cli, refreshToken: exchanged.json.refreshToken as string };
}

async function replenish(): Promise<void> {
  while (sessions.length < 4) sessions.push(await freshSession());
  while (codes.length < 3) codes.push(await freshCode());
  while (forms.length < 3) forms.push(await openForm());
}

// ---------------------------------------------------------------------------------------------
// DPoP proofs with one part changed.

const PROOF_MUTATIONS = [
  "none",
  "htu-other-host",
  "htu-other-path",
  "htm-get",
  "iat-old",
  "iat-future",
  "iat-string",
  "no-jti",
  "typ-jwt",
  "alg-none",
  "alg-hs256",
  "alg-es384",
  "jwk-private",
  "jwk-other-key",
  "jwk-bad-point",
  "signature-flipped",
  "signature-short",
  "signature-empty",
  "two-parts",
  "garbage",
] as const;
type ProofMutation = (typeof PROOF_MUTATIONS)[number];

const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString("base64url");

function proof(key: KeyObject, htu: string, mutation: ProofMutation, junk: string): string {
  const jwk = key.export({ format: "jwk" });
  const publicJwk: Record<string, unknown> = { kty: jwk.kty, crv: jwk.crv, x: jwk.x, y: jwk.y };
  const header: Record<string, unknown> = { typ: "dpop+jwt", alg: "ES256", jwk: publicJwk };
  const claims: Record<string, unknown> = { jti: randomUUID(), htm: "POST", htu, iat: Math.floor(Date.now() / 1000) };
  switch (mutation) {
    case "htu-other-host":
      claims.htu = htu.replace("127.0.0.1", "evil.example");
      break;
    case "htu-other-path":
      claims.htu = `${htu}/${junk}`;
      break;
    case "htm-get":
      claims.htm = "GET";
      break;
    case "iat-old":
      claims.iat = Math.floor(Date.now() / 1000) - 3_600;
      break;
    case "iat-future":
      claims.iat = Math.floor(Date.now() / 1000) + 3_600;
      break;
    case "iat-string":
      claims.iat = junk;
      break;
    case "no-jti":
      delete claims.jti;
      break;
    case "typ-jwt":
      header.typ = "JWT";
      break;
    case "alg-none":
      header.alg = "none";
      break;
    case "alg-hs256":
      header.alg = "HS256";
      break;
    case "alg-es384":
      header.alg = "ES384";
      break;
    case "jwk-private":
      header.jwk = { ...publicJwk, d: jwk.d };
      break;
    case "jwk-other-key": {
      const other = generateKeyPair("ec", { namedCurve: "P-256" }).publicKey.export({ format: "jwk" });
      header.jwk = { kty: other.kty, crv: other.crv, x: other.x, y: other.y };
      break;
    }
    case "jwk-bad-point":
      header.jwk = { ...publicJwk, y: publicJwk.x };
      break;
    default:
  }
  const input = `${b64(header)}.${b64(claims)}`;
  const signature = sign("sha256", Buffer.from(input), { key, dsaEncoding: "ieee-p1363" });
  if (mutation === "signature-flipped") signature[junk.length % signature.length]! ^= 0x01;
  const encoded =
    mutation === "signature-short"
      ? signature.subarray(0, 63).toString("base64url")
      : mutation === "signature-empty"
        ? ""
        : signature.toString("base64url");
  if (mutation === "two-parts") return input;
  // Header values must be visible ASCII for node to send them at all.
  if (mutation === "garbage") return junk.replace(/[^\x20-\x7e]/g, "");
  return `${input}.${encoded}`;
}

// ---------------------------------------------------------------------------------------------
// The generators.

const junkString = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: "binary", maxLength: 40 }),
  fc.constantFrom("", " ", "null", "%00", "../../etc/passwd", "a".repeat(3000), "\u202e", "${jndi:x}", "<script>"),
);
// Header values node can put on the wire: visible ASCII and spaces.
const headerValue = fc.oneof(fc.stringMatching(/^[\x21-\x7e][\x20-\x7e]{0,60}$/), fc.constantFrom("", "null"));

const tokenPaths = fc.constantFrom(
  "/v1/token",
  "//v1/token",
  "/v1/token?x=1",
  "/v1/token/",
  "/v1/TOKEN",
  "/v1/token#f",
);
const anyPath = fc.oneof(
  tokenPaths,
  fc.constantFrom(
    "/v1/authorize",
    "/v1/sessions/confirmation",
    "/static/signin.css",
    "/static/confirmation.js",
    "/static/../package.json",
    "/healthz",
    "/",
    "*",
    "/signin/.well-known/jwks.json",
    "/.well-known/jwks.json",
  ),
  fc.stringMatching(/^\/[\x21-\x7e]{0,80}$/),
);
const contentType = fc.constantFrom(
  "application/json",
  "application/x-www-form-urlencoded",
  "application/x-amz-json-1.1",
  "text/plain",
  "application/json; charset=utf-16",
  "multipart/form-data; boundary=x",
  "",
);
const tokenFields = fc.dictionary(
  fc.constantFrom(
    "clientId",
    "grantType",
    "code",
    "codeVerifier",
    "redirectUri",
    "refreshToken",
    "tokenInput",
    "__proto__",
    "constructor",
    "extra",
  ),
  fc.oneof(junkString, fc.jsonValue({ maxDepth: 3 })),
  { maxKeys: 7 },
);

type Plan =
  | {
      readonly type: "generated";
      readonly method: string;
      readonly path: string;
      readonly contentType: string;
      readonly body: string;
      readonly headers: Record<string, string>;
    }
  | {
      readonly type: "token-json";
      readonly fields: Record<string, unknown>;
      readonly proof: ProofMutation;
      readonly junk: string;
    }
  | {
      readonly type: "refresh";
      readonly session: number;
      readonly mutate: string;
      readonly proof: ProofMutation;
      readonly tokenMutation: string;
      readonly member: string;
      readonly junk: string;
      readonly position: number;
    }
  | {
      readonly type: "exchange";
      readonly code: number;
      readonly proof: ProofMutation;
      readonly change: string;
      readonly junk: string;
    }
  | {
      readonly type: "authorize-get";
      readonly drop: string;
      readonly set: string;
      readonly value: string;
      readonly cross: boolean;
    }
  | {
      readonly type: "authorize-post";
      readonly form: number;
      readonly change: string;
      readonly junk: string;
      readonly origin: string;
    }
  | { readonly type: "confirmation"; readonly query: Record<string, string> }
  | { readonly type: "raw"; readonly prefix: string; readonly junk: string; readonly cut: number };

const plans: fc.Arbitrary<Plan> = fc.oneof(
  {
    weight: 3,
    arbitrary: fc.record({
      type: fc.constant("generated" as const),
      method: fc.constantFrom("GET", "POST", "HEAD", "PUT", "DELETE", "OPTIONS", "PATCH", "TRACE"),
      path: anyPath,
      contentType,
      body: fc.oneof(junkString, fc.json({ maxDepth: 4 })),
      headers: fc.dictionary(
        fc.constantFrom(
          "dpop",
          "cookie",
          "origin",
          "authorization",
          "x-amz-date",
          "x-amz-security-token",
          "accept",
          "user-agent",
        ),
        headerValue,
        { maxKeys: 4 },
      ),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      type: fc.constant("token-json" as const),
      fields: tokenFields,
      proof: fc.constantFrom(...PROOF_MUTATIONS),
      junk: junkString,
    }),
  },
  {
    weight: 4,
    arbitrary: fc.record({
      type: fc.constant("refresh" as const),
      session: fc.nat(3),
      // One thing changed at a time (or nothing: a valid refresh that rotates the token).
      mutate: fc.constantFrom("nothing", "nothing", "proof", "token", "member"),
      proof: fc.constantFrom(...PROOF_MUTATIONS),
      tokenMutation: fc.constantFrom("none", "none", "flip", "truncate", "extend", "other-session", "empty", "junk"),
      member: fc.constantFrom("none", "clientId", "grantType", "extra", "code", "tokenInput-wrap", "duplicate"),
      junk: junkString,
      position: fc.nat(2047),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      type: fc.constant("exchange" as const),
      code: fc.nat(2),
      proof: fc.constantFrom(...PROOF_MUTATIONS),
      change: fc.constantFrom("verifier", "redirectUri", "clientId", "code-flip", "none-but-wrong-key"),
      junk: junkString,
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      type: fc.constant("authorize-get" as const),
      drop: fc.constantFrom(
        "none",
        "response_type",
        "client_id",
        "state",
        "code_challenge_method",
        "scope",
        "redirect_uri",
        "code_challenge",
      ),
      set: fc.constantFrom(
        "none",
        "response_type",
        "client_id",
        "state",
        "code_challenge_method",
        "scope",
        "redirect_uri",
        "code_challenge",
        "duplicate-state",
      ),
      value: junkString,
      cross: fc.boolean(),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      type: fc.constant("authorize-post" as const),
      form: fc.nat(2),
      change: fc.constantFrom(
        "wrong-password",
        "junk-user",
        "no-cookie",
        "forged-cookie",
        "flip-token",
        "junk-body",
        "long-body",
        "other-type",
      ),
      junk: junkString,
      origin: fc.constantFrom("self", "none", "null", "http://evil.example", "http://localhost:1"),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      type: fc.constant("confirmation" as const),
      query: fc.dictionary(fc.constantFrom("code", "state", "error", "error_description", "x"), junkString, {
        maxKeys: 4,
      }),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      type: fc.constant("raw" as const),
      prefix: fc.constantFrom(
        "POST /v1/token HTTP/1.1\r\nHost: HOST\r\nContent-Type: application/json\r\nContent-Length: 500\r\n\r\n",
        "POST /v1/authorize HTTP/1.1\r\nHost: HOST\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: 900\r\n\r\n",
        "POST /v1/token HTTP/1.1\r\nHost: HOST\r\nTransfer-Encoding: chunked\r\n\r\n",
        "GET http://evil.example/v1/authorize HTTP/1.1\r\nHost: evil.example\r\n\r\n",
        "GET /v1/authorize HTTP/1.1\r\nHost: HOST\r\nHost: other\r\n\r\n",
        "GARBAGE\r\n\r\n",
        "",
      ),
      junk: junkString,
      cut: fc.nat(200),
    }),
  },
);

// ---------------------------------------------------------------------------------------------
// Turning a plan into a request against the current material.

function materialize(plan: Plan): Case {
  const tokenUrl = `${base}/v1/token`;
  const json = (body: unknown, dpop: string | undefined): HttpCase => ({
    kind: "http",
    method: "POST",
    path: "/v1/token",
    headers: { "content-type": "application/json", ...(dpop === undefined ? {} : { dpop }) },
    body: typeof body === "string" ? body : JSON.stringify(body),
  });
  switch (plan.type) {
    case "generated":
      return {
        kind: "http",
        method: plan.method,
        path: plan.path,
        headers: { ...plan.headers, ...(plan.contentType ? { "content-type": plan.contentType } : {}) },
        ...(plan.method === "GET" || plan.method === "HEAD" ? {} : { body: plan.body }),
      };
    case "token-json": {
      const key = sessions[0]!.cli.key;
      return json(plan.fields, proof(key, tokenUrl, plan.proof, plan.junk));
    }
    case "refresh": {
      const session = sessions[plan.session % sessions.length]!;
      let token = session.refreshToken;
      const at = plan.position % Math.max(1, token.length);
      const tokenMutation = plan.mutate === "token" ? plan.tokenMutation : "none";
      const member = plan.mutate === "member" ? plan.member : "none";
      const proofMutation = plan.mutate === "proof" ? plan.proof : "none";
      switch (tokenMutation) {
        case "flip":
          token = token.slice(0, at) + (token[at] === "A" ? "B" : "A") + token.slice(at + 1);
          break;
        case "truncate":
          token = token.slice(0, at);
          break;
        case "extend":
          token = `${token}${plan.junk}`;
          break;
        case "other-session":
          token = sessions[(plan.session + 1) % sessions.length]!.refreshToken;
          break;
        case "empty":
          token = "";
          break;
        case "junk":
          token = plan.junk;
          break;
        default:
      }
      const body: Record<string, unknown> = {
        clientId: session.cli.clientId,
        grantType: "refresh_token",
        refreshToken: token,
      };
      if (member === "clientId") body.clientId = plan.junk;
      if (member === "grantType") body.grantType = plan.junk;
      if (member === "extra") body[plan.junk || "extra"] = plan.junk;
      if (member === "code") body.code = plan.junk;
      const serialized =
        member === "tokenInput-wrap"
          ? JSON.stringify({ tokenInput: body })
          : member === "duplicate"
            ? `${JSON.stringify(body).slice(0, -1)},"refreshToken":${JSON.stringify(plan.junk)}}`
            : JSON.stringify(body);
      return json(serialized, proof(session.cli.key, tokenUrl, proofMutation, plan.junk));
    }
    case "exchange": {
      const { cli, code } = codes[plan.code % codes.length]!;
      const body = {
        clientId: plan.change === "clientId" ? CROSS_DEVICE : cli.clientId,
        grantType: "authorization_code",
        code: plan.change === "code-flip" ? `${code.slice(0, -1)}${code.endsWith("A") ? "B" : "A"}` : code,
        codeVerifier: plan.change === "verifier" ? `${cli.verifier.slice(0, -1)}x` : cli.verifier,
        redirectUri: plan.change === "redirectUri" ? "http://127.0.0.1:1/oauth/callback" : cli.redirectUri,
      };
      const key = plan.change === "none-but-wrong-key" ? sessions[0]!.cli.key : cli.key;
      return json(body, proof(key, tokenUrl, plan.proof, plan.junk));
    }
    case "authorize-get": {
      const cli = new CliLikeClient(
        base,
        plan.cross ? CROSS_DEVICE : SAME_DEVICE,
        plan.cross ? `${base}/v1/sessions/confirmation` : CALLBACK,
      );
      const url = new URL(cli.authorizeUrl());
      if (plan.drop !== "none") url.searchParams.delete(plan.drop);
      if (plan.set === "duplicate-state") url.searchParams.append("state", plan.value);
      else if (plan.set !== "none") url.searchParams.set(plan.set, plan.value);
      return { kind: "http", method: "GET", path: `${url.pathname}${url.search}`, headers: {} };
    }
    case "authorize-post": {
      const form = forms[plan.form % forms.length]!;
      const fields: Record<string, string> = {
        form_token: form.formToken,
        username: plan.change === "junk-user" ? plan.junk : developer.userName,
        password: plan.change === "wrong-password" ? `wrong-${plan.junk}` : `not-${developer.password}`,
      };
      if (plan.change === "flip-token") fields.form_token = `${form.formToken.slice(0, -2)}AA`;
      const cookie =
        plan.change === "no-cookie" ? undefined : plan.change === "forged-cookie" ? "signin_csrf=forged" : form.cookie;
      const body =
        plan.change === "junk-body"
          ? plan.junk
          : plan.change === "long-body"
            ? `${new URLSearchParams(fields).toString()}&pad=${"x".repeat(9000)}`
            : new URLSearchParams(fields).toString();
      const origin = plan.origin === "self" ? base : plan.origin;
      return {
        kind: "http",
        method: "POST",
        path: "/v1/authorize",
        headers: {
          "content-type": plan.change === "other-type" ? "text/plain" : "application/x-www-form-urlencoded",
          ...(cookie ? { cookie } : {}),
          ...(origin === "none" ? {} : { origin }),
        },
        body,
      };
    }
    case "confirmation":
      return {
        kind: "http",
        method: "GET",
        path: `/v1/sessions/confirmation?${new URLSearchParams(plan.query).toString()}`,
        headers: {},
      };
    case "raw": {
      const host = new URL(base).host;
      const text = plan.prefix.replaceAll("HOST", host) + plan.junk;
      return { kind: "raw", bytes: text.slice(0, Math.max(plan.prefix ? 10 : 0, text.length - plan.cut)) };
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Sending, and what counts as a failure.

interface Outcome {
  readonly status: number | undefined;
  readonly headers?: Record<string, string | string[] | undefined>;
  readonly body?: string;
}

async function sendCase(testCase: Case): Promise<Outcome> {
  if (testCase.kind === "raw") return sendRaw(testCase.bytes);
  const outcome = await sendHttp(testCase, agent);
  // A reset on a reused keep-alive connection says nothing about this request: send it again alone.
  return outcome.status === undefined ? sendHttp(testCase, false) : outcome;
}

function sendHttp(testCase: HttpCase, via: Agent | false): Promise<Outcome> {
  return new Promise((resolve, reject) => {
    let req;
    try {
      req = httpRequest(`${base}${testCase.path.startsWith("/") ? "" : "/"}`, {
        agent: via,
        method: testCase.method,
        path: testCase.path,
        headers: testCase.headers,
        timeout: REQUEST_TIMEOUT_MS,
      });
    } catch {
      // Node itself refuses to send it (an invalid header or path): nothing reached the service.
      resolve({ status: undefined });
      return;
    }
    req.on("response", (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (chunk: Buffer) => chunks.push(chunk));
      res.on("end", () =>
        resolve({ status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks).toString("utf8") }),
      );
      res.on("error", reject);
    });
    req.on("timeout", () => req.destroy(new Error(`no answer within ${REQUEST_TIMEOUT_MS} ms`)));
    req.on("error", (error: NodeJS.ErrnoException) => {
      // The service may close a connection it will not read (a 4xx on a bad request): not a failure.
      if (error.code === "ECONNRESET" || error.code === "EPIPE") resolve({ status: undefined });
      else reject(error);
    });
    req.end(testCase.body);
  });
}

function sendRaw(bytes: string): Promise<Outcome> {
  const { port, hostname } = new URL(base);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), hostname);
    let received = "";
    const timer = setTimeout(() => {
      socket.destroy();
      // A cut-off request that the service is still waiting on is its header/body timeout's job.
      resolve({ status: undefined });
    }, 2_000);
    socket.on("data", (chunk: Buffer) => (received += chunk.toString("latin1")));
    socket.on("error", () => undefined);
    socket.on("close", () => {
      clearTimeout(timer);
      const status = /^HTTP\/1\.[01] (\d{3})/.exec(received)?.[1];
      resolve({ status: status === undefined ? undefined : Number(status) });
    });
    socket.on("connect", () => {
      socket.end(Buffer.from(bytes, "binary"));
    });
    socket.on("timeout", () => reject(new Error("raw socket hung")));
  });
}

const rssMb = (): number => {
  const status = readFileSync(`/proc/${server.child.pid}/status`, "utf8");
  return Number(/VmRSS:\s+(\d+) kB/.exec(status)?.[1] ?? 0) / 1024;
};

/** Keeps the real material current: a successful refresh rotates the session's token. */
function learn(plan: Plan, outcome: Outcome, testCase: Case): void {
  if (plan.type === "refresh" && outcome.status === 200 && testCase.kind === "http") {
    const session = sessions[plan.session % sessions.length]!;
    const sent = JSON.parse(testCase.body ?? "{}") as { refreshToken?: string };
    if (sent.refreshToken === session.refreshToken) {
      session.refreshToken = (JSON.parse(outcome.body ?? "{}") as { refreshToken: string }).refreshToken;
    }
  }
}

describe("fuzzing the running service", () => {
  it(`answers ${TOTAL} generated and mutated requests without a 5xx, a crash, a hang or growing memory`, async () => {
    process.stdout.write(`service fuzz: FUZZ_SEED=${SEED} FUZZ_REQUESTS=${TOTAL}\n`);
    await replenish();
    const rssAtStart = rssMb();
    let peakRss = rssAtStart;
    const statuses = new Map<string, number>();
    let sent = 0;

    for (let batch = 0; sent < TOTAL; batch++) {
      const batchPlans = fc.sample(plans, { seed: SEED + batch, numRuns: Math.min(BATCH, TOTAL - sent) });
      let next = 0;
      const worker = async () => {
        for (let index = next++; index < batchPlans.length; index = next++) {
          const plan = batchPlans[index]!;
          const testCase = materialize(plan);
          const replay = () =>
            `replay: FUZZ_SEED=${SEED} batch ${batch} index ${index}\nplan: ${JSON.stringify(plan)}\nrequest: ${JSON.stringify(testCase)}`;
          let outcome: Outcome;
          try {
            outcome = await sendCase(testCase);
          } catch (error) {
            throw new Error(`${error instanceof Error ? error.message : String(error)}\n${replay()}`, { cause: error });
          }
          const key = `${plan.type} ${outcome.status ?? "closed"}`;
          if (process.env.FUZZ_SHOW_CLOSED && outcome.status === undefined)
            process.stdout.write(`closed: ${replay()}\n`);
          statuses.set(key, (statuses.get(key) ?? 0) + 1);
          if (outcome.status !== undefined && outcome.status >= 500) {
            throw new Error(`status ${outcome.status}: ${outcome.body?.slice(0, 300)}\n${replay()}`);
          }
          learn(plan, outcome, testCase);
        }
      };
      await Promise.all(Array.from({ length: CONCURRENCY }, worker));
      sent += batchPlans.length;
      expect(server.child.exitCode, `the service exited: ${server.stderr.slice(-2000)}`).toBeNull();
      peakRss = Math.max(peakRss, rssMb());
      // Sessions may have ended (reuse detection) and codes been used: now and then, fresh material.
      if (batch % 4 === 3) {
        sessions.splice(0, 2);
        codes.length = 0;
        await replenish();
      }
    }

    const health = await send(`${base}/healthz`);
    expect(health.status).toBe(200);
    // The material still works after the run: a real refresh succeeds.
    const session = await freshSession();
    expect((await session.cli.refresh(session.refreshToken)).status).toBe(200);
    process.stdout.write(
      `service fuzz: ${sent} requests, RSS ${rssAtStart.toFixed(0)} MB -> peak ${peakRss.toFixed(0)} MB\n` +
        `${[...statuses]
          .sort()
          .map(([key, count]) => `  ${key}: ${count}`)
          .join("\n")}\n`,
    );
    expect(peakRss).toBeLessThan(RSS_LIMIT_MB);
    expect(peakRss - rssAtStart).toBeLessThan(200);
  }, 170_000);
});
