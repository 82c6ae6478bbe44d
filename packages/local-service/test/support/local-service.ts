import { createHash, randomBytes, randomUUID, sign, type KeyObject } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import { request as httpRequest } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";

import { type Clock, type Logger, createLogger, generateKeyPair } from "@open-signin/token-service";

import { resolveLocalServiceSettings } from "../../src/serve/local-service-settings.js";
import { type LocalServiceHandle, startLocalService } from "../../src/serve/start-local-service.js";
import { UserAdmin } from "../../src/users/user-admin.js";
import { UsersFile } from "../../src/users/users-file.js";

/** A local Sign-In service on a loopback port with its own temp data directory. */
export class LocalService {
  private constructor(
    readonly handle: LocalServiceHandle,
    readonly dataDir: string,
    readonly admin: UserAdmin,
  ) {}

  static async start(options: { clock?: Clock; env?: NodeJS.ProcessEnv; logger?: Logger } = {}): Promise<LocalService> {
    const dataDir = await mkdtemp(join(tmpdir(), "open-signin-service-"));
    const settings = resolveLocalServiceSettings({ flags: { port: "0", dataDir }, env: options.env ?? {} });
    const handle = await startLocalService(settings, {
      logger: options.logger ?? createLogger({ level: "silent" }),
      ...(options.clock ? { clock: options.clock } : {}),
    });
    return new LocalService(handle, dataDir, new UserAdmin(new UsersFile(settings.usersFile)));
  }

  get url(): string {
    return this.handle.url;
  }

  get developer(): { userName: string; password: string; arn: string } {
    if (!this.handle.developmentUser) throw new Error("no development user was created");
    return this.handle.developmentUser;
  }

  async close(): Promise<void> {
    await this.handle.close();
    await rm(this.dataDir, { recursive: true, force: true });
  }
}

export interface HttpResult {
  readonly status: number;
  readonly headers: Record<string, string | string[] | undefined>;
  readonly body: string;
}

export function send(
  url: string,
  options: { method?: string; headers?: Record<string, string>; body?: string; localAddress?: string } = {},
): Promise<HttpResult> {
  return new Promise((resolve, reject) => {
    const requestOptions = {
      method: options.method ?? "GET",
      ...(options.headers ? { headers: options.headers } : {}),
      ...(options.localAddress ? { localAddress: options.localAddress } : {}),
    };
    const req = httpRequest(url, requestOptions, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (chunk: Buffer) => chunks.push(chunk));
      res.on("end", () =>
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString("utf8") }),
      );
    });
    req.on("error", reject);
    req.end(options.body);
  });
}

/**
 * A browser, minus the rendering: one cookie jar, no redirects followed, form posts. It may
 * connect from another loopback address (127.0.0.2, ...), as another program on the host could.
 */
export class BrowserSession {
  private readonly cookies = new Map<string, string>();

  constructor(private readonly localAddress?: string) {}

  async get(url: string): Promise<HttpResult> {
    return this.remember(await send(url, { headers: this.cookieHeader(), ...this.from() }));
  }

  private from(): { localAddress?: string } {
    return this.localAddress ? { localAddress: this.localAddress } : {};
  }

  /** Replaces (or adds) a cookie, as an attacker who can write this browser's cookies would. */
  setCookie(name: string, value: string): void {
    this.cookies.set(name, value);
  }

  cookie(name: string): string | undefined {
    return this.cookies.get(name);
  }

  async postForm(
    url: string,
    fields: Record<string, string>,
    headers: Record<string, string> = {},
  ): Promise<HttpResult> {
    const origin = new URL(url).origin;
    return this.remember(
      await send(url, {
        method: "POST",
        headers: { "content-type": "application/x-www-form-urlencoded", origin, ...this.cookieHeader(), ...headers },
        body: new URLSearchParams(fields).toString(),
        ...this.from(),
      }),
    );
  }

  forgetCookies(): void {
    this.cookies.clear();
  }

  private cookieHeader(): Record<string, string> {
    return this.cookies.size === 0
      ? {}
      : { cookie: [...this.cookies].map(([name, value]) => `${name}=${value}`).join("; ") };
  }

  private remember(result: HttpResult): HttpResult {
    for (const line of [result.headers["set-cookie"] ?? []].flat()) {
      const [pair] = line.split(";");
      const at = pair!.indexOf("=");
      this.cookies.set(pair!.slice(0, at).trim(), pair!.slice(at + 1).trim());
    }
    return result;
  }
}

export const formTokenIn = (html: string): string => {
  const token = /name="form_token" value="([^"]+)"/.exec(html)?.[1];
  if (!token) throw new Error("no sign-in form on the page");
  return token;
};

/**
 * The client half of `aws login`, written from the protocol notes rather than from the project's
 * own login command, so that the service is checked against the protocol and not against itself.
 */
export class CliLikeClient {
  readonly key: KeyObject = generateKeyPair("ec", { namedCurve: "P-256" }).privateKey;
  readonly state = randomUUID();
  // 64 characters from the unreserved set, as the CLI draws them.
  readonly verifier = randomBytes(48).toString("base64url").slice(0, 64);

  constructor(
    readonly base: string,
    readonly clientId: string,
    readonly redirectUri: string,
  ) {}

  get challenge(): string {
    return createHash("sha256").update(this.verifier).digest("base64url");
  }

  /** §4.4: fixed order, Python quote(safe="-._~") encoding, code_challenge appended last. */
  authorizeUrl(): string {
    const quote = (value: string) =>
      encodeURIComponent(value).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
    const params: [string, string][] = [
      ["response_type", "code"],
      ["client_id", this.clientId],
      ["state", this.state],
      ["code_challenge_method", "SHA-256"],
      ["scope", "openid"],
      ["redirect_uri", this.redirectUri],
    ];
    return `${this.base}/v1/authorize?${params.map(([name, value]) => `${name}=${quote(value)}`).join("&")}&code_challenge=${this.challenge}`;
  }

  dpop(htu: string): string {
    const { kty, crv, x, y } = this.key.export({ format: "jwk" });
    const encode = (value: object) => Buffer.from(JSON.stringify(value)).toString("base64url");
    const input = `${encode({ typ: "dpop+jwt", alg: "ES256", jwk: { kty, x, y, crv } })}.${encode({
      jti: randomUUID(),
      htm: "POST",
      htu,
      iat: Math.floor(Date.now() / 1000),
    })}`;
    return `${input}.${sign("sha256", Buffer.from(input), { key: this.key, dsaEncoding: "ieee-p1363" }).toString("base64url")}`;
  }

  /**
   * §5/§7: the token request as botocore puts it on the wire (json.dumps spacing), with DPoP: a
   * fresh proof, or `proof` (a replay test sends one used before).
   */
  async token(
    body: Record<string, string>,
    proof?: string,
  ): Promise<{ status: number; json: Record<string, unknown>; proof: string }> {
    const url = `${this.base}/v1/token`;
    const dpop = proof ?? this.dpop(url);
    const result = await send(url, {
      method: "POST",
      headers: { "content-type": "application/json", dpop },
      body: JSON.stringify(body).replace(/","/g, '", "').replace(/":"/g, '": "'),
    });
    return { status: result.status, json: JSON.parse(result.body) as Record<string, unknown>, proof: dpop };
  }

  exchange(code: string) {
    return this.token({
      clientId: this.clientId,
      grantType: "authorization_code",
      code,
      codeVerifier: this.verifier,
      redirectUri: this.redirectUri,
    });
  }

  refresh(refreshToken: string, proof?: string) {
    return this.token({ clientId: this.clientId, grantType: "refresh_token", refreshToken }, proof);
  }
}

/** §4.6: what the CLI does with a pasted verification code: standard base64, then a query string. */
export function decodeLikeTheCli(pasted: string): { state: string | null; code: string | null } {
  const query = new URLSearchParams(Buffer.from(pasted.trim(), "base64").toString("utf8"));
  return { state: query.get("state"), code: query.get("code") };
}
