import type { AddressInfo } from "node:net";
import { request as httpRequest } from "node:http";
import { Writable } from "node:stream";

import { CreateOAuth2TokenCommand, SigninClient } from "@open-signin/client";

import type { CredentialsIssuer } from "../../src/credentials/credentials-issuer.js";
import { HttpServer } from "../../src/http/http-server.js";
import { StaticKeyring } from "../../src/keys/static-keyring.js";
import { s256Challenge } from "../../src/pkce/pkce.js";
import { InMemoryPrincipalDirectory, type Principal, SigninAction } from "../../src/principals/principal-directory.js";
import { createLogger } from "../../src/runtime/logger.js";
import type { RandomSource } from "../../src/runtime/random.js";
import type { RateLimitStore } from "../../src/store/token-buckets.js";
import type { AtomicStore } from "../../src/store/atomic-store.js";
import { MemoryStore } from "../../src/store/memory-store.js";
import type { SessionCatalogue } from "../../src/store/session-catalogue.js";
import type { TokenServiceLimits } from "../../src/config/limits.js";
import { TokenService } from "../../src/token-service.js";
import { DpopClientKey } from "./dpop-client.js";
import { FaultProxy } from "./fault-proxy.js";
import { ManualClock } from "./manual-clock.js";

export const SAME_DEVICE = "arn:aws:signin:::devtools/same-device";
export const CROSS_DEVICE = "arn:aws:signin:::devtools/cross-device";
export const ALICE = "arn:aws:iam::111122223333:user/alice";

export const principal = (arn: string, changes: Partial<Principal> = {}): Principal => ({
  arn,
  accountId: arn.split(":")[4]!,
  credentialVersion: 1,
  allowedActions: new Set([SigninAction.CreateOAuth2Token, SigninAction.AuthorizeOAuth2Access]),
  ...changes,
});

export interface HarnessOptions {
  readonly limits?: Partial<TokenServiceLimits>;
  /** Clients reach the service through a {@link FaultProxy} (`harness.faults`), to lose requests and responses. */
  readonly faultProxy?: boolean;
  /** Wraps the service's store, e.g. to make it fail. */
  readonly wrapStore?: (store: AtomicStore) => AtomicStore;
  readonly clock?: ManualClock;
  readonly random?: RandomSource;
  readonly keyring?: StaticKeyring;
  readonly credentials?: CredentialsIssuer;
  /** Capacity of the default in-memory store; default MemoryStore's. */
  readonly storeMaxEntries?: number;
  /** Default: a MemoryStore on the harness clock. The harness closes whichever it gets. */
  readonly store?: AtomicStore;
  /** Where the token rate limit is counted; default: this process only. */
  readonly rateLimitStore?: RateLimitStore;
}

export interface RawResponse {
  readonly status: number;
  readonly headers: Headers;
  readonly text: string;
  readonly json: Record<string, unknown>;
}

/**
 * A token service on a loopback port, as a client meets it, plus what a test needs around it: a
 * principal directory to edit, a clock to move, the log lines it wrote, and helpers that issue
 * codes and send token requests.
 */
export class TokenServiceHarness {
  readonly principals = new InMemoryPrincipalDirectory([principal(ALICE)]);
  readonly logLines: string[] = [];
  readonly clock: ManualClock;
  readonly store: AtomicStore;
  readonly service: TokenService;
  private server: HttpServer | undefined;
  private proxy: FaultProxy | undefined;
  url = "";

  private constructor(options: HarnessOptions) {
    this.clock = options.clock ?? ManualClock.followingRealTime();
    this.store =
      options.store ??
      new MemoryStore({
        clock: this.clock,
        sweepIntervalMs: 0,
        ...(options.storeMaxEntries ? { maxEntries: options.storeMaxEntries } : {}),
      });
    const logLines = this.logLines;
    this.service = new TokenService({
      issuer: "https://signin.test/signin",
      keyring: options.keyring ?? StaticKeyring.generate(),
      store: options.wrapStore ? options.wrapStore(this.store) : this.store,
      principals: this.principals,
      clock: this.clock,
      ...(options.random ? { random: options.random } : {}),
      logger: createLogger({
        level: "debug",
        destination: new Writable({
          write(chunk: Buffer, _encoding, done) {
            logLines.push(chunk.toString("utf8"));
            done();
          },
        }),
      }),
      limits: options.limits ?? {},
      ...(options.credentials ? { credentials: options.credentials } : {}),
      ...(options.rateLimitStore ? { rateLimitStore: options.rateLimitStore } : {}),
      // A shared store's session catalogue, so that several harnesses on one store see the same sessions.
      ...(hasSessions(this.store) ? { sessions: this.store.sessions } : {}),
    });
  }

  static async start(options: HarnessOptions = {}): Promise<TokenServiceHarness> {
    const harness = new TokenServiceHarness(options);
    // Behind the proxy, the proxy's origin is the service's public URL (what --public-url says for
    // a deployment behind a proxy): clients address it, and their DPoP proofs name it.
    if (options.faultProxy) harness.proxy = await FaultProxy.start();
    harness.server = new HttpServer({
      routes: harness.service.routes(),
      logger: harness.service.logger,
      clock: harness.clock,
      ...(harness.proxy ? { publicUrls: [harness.proxy.url] } : {}),
    });
    harness.url = (await harness.server.listen(0, "127.0.0.1")).origin;
    if (harness.proxy) {
      harness.proxy.forwardTo(`http://127.0.0.1:${(harness.server.server.address() as AddressInfo).port}`);
      harness.url = harness.proxy.url;
    }
    return harness;
  }

  /** The default in-memory store, for tests that count its entries; fails if the harness was given another store. */
  get memoryStore(): MemoryStore {
    if (!(this.store instanceof MemoryStore)) throw new Error("the harness was started with a store of its own");
    return this.store;
  }

  /** The fault proxy between clients and the service; the harness must be started with `faultProxy`. */
  get faults(): FaultProxy {
    if (!this.proxy) throw new Error("start the harness with faultProxy: true");
    return this.proxy;
  }

  get tokenUrl(): string {
    return `${this.url}/v1/token`;
  }

  async close(): Promise<void> {
    await this.proxy?.close();
    await this.server?.close();
    await this.store.close();
  }

  /** A new DPoP key whose proofs use this harness's clock. */
  dpopKey(): DpopClientKey {
    return new DpopClientKey(() => this.clock.now());
  }

  /** What /v1/authorize would do after a sign-in: issue a code for a PKCE challenge. */
  async issueCode(
    options: { clientId?: string; redirectUri?: string; principalArn?: string; verifier?: string } = {},
  ): Promise<{ code: string; clientId: string; redirectUri: string; codeVerifier: string }> {
    const clientId = options.clientId ?? SAME_DEVICE;
    const redirectUri = options.redirectUri ?? "http://127.0.0.1:53037/oauth/callback";
    const codeVerifier = options.verifier ?? "v".repeat(20) + Math.random().toString(36).slice(2).padEnd(30, "x");
    const principalArn = options.principalArn ?? ALICE;
    const { code } = await this.service.authorizationCodes.issue({
      clientId,
      redirectUri,
      codeChallenge: s256Challenge(codeVerifier),
      principalArn,
      credentialVersion: (await this.principals.findPrincipal(principalArn))?.credentialVersion ?? 1,
    });
    return { code, clientId, redirectUri, codeVerifier };
  }

  /** POSTs a raw body to /v1/token. Several DPoP values go out as separate header lines. */
  async post(
    body: string | object,
    options: { dpop?: string | string[]; contentType?: string; headers?: Record<string, string> } = {},
  ): Promise<RawResponse> {
    const headers: Record<string, string | string[]> = {
      "content-type": options.contentType ?? "application/json",
      ...options.headers,
    };
    if (options.dpop !== undefined) headers["dpop"] = options.dpop;
    const {
      status,
      headers: received,
      text,
    } = await sendRequest(this.tokenUrl, "POST", headers, typeof body === "string" ? body : JSON.stringify(body));
    let json: Record<string, unknown> = {};
    try {
      json = JSON.parse(text) as Record<string, unknown>;
    } catch {
      // left empty: the test looks at `text`
    }
    return { status, headers: received, text, json };
  }

  /** Redeems a fresh code with a fresh key; returns the key and the token response. */
  async signIn(options: { clientId?: string; principalArn?: string } = {}) {
    const key = this.dpopKey();
    const grant = await this.issueCode(options);
    const response = await this.post({ grantType: "authorization_code", ...grant }, { dpop: key.proof(this.tokenUrl) });
    if (response.status !== 200) throw new Error(`sign-in failed: ${response.status} ${response.text}`);
    return { key, clientId: grant.clientId, tokens: response.json as unknown as TokenBody };
  }

  /** A refresh_token request signed by `key`. */
  refresh(refreshToken: string, key: DpopClientKey, clientId = SAME_DEVICE): Promise<RawResponse> {
    return this.post({ clientId, grantType: "refresh_token", refreshToken }, { dpop: key.proof(this.tokenUrl) });
  }

  /**
   * The generated client, pointed at this service, signing with `credentials` (SigV4) as an IAM
   * caller would. AWS's endpoint rules send the control-plane operations (sessions) to
   * signin.{Region}.api.aws even when an endpoint is configured, so the endpoint resolution itself
   * is replaced.
   */
  signedClient(credentials: TokenBody["accessToken"], options: { maxAttempts?: number } = {}): SigninClient {
    const url = new URL(this.url);
    return new SigninClient({
      region: "us-east-1",
      endpointProvider: () => ({ url }),
      credentials,
      maxAttempts: options.maxAttempts ?? 1,
    });
  }

  /** The generated client, pointed at this service, adding a DPoP proof per attempt as the JS SDK does. */
  client(key: DpopClientKey, options: { maxAttempts?: number } = {}): SigninClient {
    const client = new SigninClient({ region: "us-east-1", endpoint: this.url, maxAttempts: options.maxAttempts ?? 1 });
    client.middlewareStack.add(
      (next) => async (args) => {
        const request = args.request as {
          protocol: string;
          hostname: string;
          port?: number;
          path: string;
          headers: Record<string, string>;
        };
        const htu = `${request.protocol}//${request.hostname}${request.port ? `:${request.port}` : ""}${request.path}`;
        request.headers["DPoP"] = key.proof(htu);
        return next(args);
      },
      { step: "finalizeRequest", name: "dpopProofMiddleware" },
    );
    return client;
  }
}

const hasSessions = (store: AtomicStore): store is AtomicStore & { sessions: SessionCatalogue } =>
  "sessions" in store && typeof store.sessions === "object";

/** A plain node:http request: unlike fetch, it can send a header line twice. */
export function sendRequest(
  url: string,
  method: string,
  headers: Record<string, string | string[]>,
  body?: string | Buffer,
): Promise<{ status: number; headers: Headers; text: string }> {
  return new Promise((resolve, reject) => {
    const request = httpRequest(url, { method, headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on("data", (chunk: Buffer) => chunks.push(chunk));
      response.on("end", () => {
        const received = new Headers();
        for (const [name, value] of Object.entries(response.headers)) {
          for (const item of [value ?? []].flat()) received.append(name, item);
        }
        resolve({ status: response.statusCode ?? 0, headers: received, text: Buffer.concat(chunks).toString("utf8") });
      });
    });
    request.on("error", reject);
    request.end(body);
  });
}

export interface TokenBody {
  accessToken: { accessKeyId: string; secretAccessKey: string; sessionToken: string };
  tokenType: string;
  expiresIn: number;
  refreshToken: string;
  idToken?: string;
}

export { CreateOAuth2TokenCommand };
