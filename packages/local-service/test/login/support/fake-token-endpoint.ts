import { createHash, createPublicKey, verify, type JsonWebKey } from "node:crypto";
import { createServer, type IncomingHttpHeaders, type Server } from "node:http";
import type { AddressInfo } from "node:net";

/** One request the fake token endpoint received, with its DPoP proof taken apart and checked. */
export interface TokenCall {
  readonly method: string;
  readonly path: string;
  readonly headers: IncomingHttpHeaders;
  readonly bodyText: string;
  readonly body: Record<string, unknown>;
  readonly dpop: DecodedProof | undefined;
}

export interface DecodedProof {
  readonly header: { typ?: unknown; alg?: unknown; jwk?: JsonWebKey };
  readonly payload: { jti?: unknown; htm?: unknown; htu?: unknown; iat?: unknown } & Record<string, unknown>;
  /** Whether the signature verifies with the header's jwk (raw r‖s, ES256). */
  readonly signatureValid: boolean;
  /** RFC 7638 thumbprint of the header's jwk. */
  readonly jkt: string;
}

export interface CannedResponse {
  readonly status: number;
  readonly headers?: Record<string, string>;
  readonly body: unknown;
}

export const ALICE = "arn:aws:iam::111122223333:user/alice";

/** An unsigned-looking JWT with the claims a real ID token carries; clients never verify it. */
function idTokenFor(sub: string): string {
  const part = (value: unknown): string => Buffer.from(JSON.stringify(value)).toString("base64url");
  const iat = Math.floor(Date.now() / 1000);
  return [
    part({ alg: "ES384", typ: "JWT", kid: "test-key" }),
    part({ sub, aud: "arn:aws:signin:::cli/same-device", iss: "https://signin.test/signin", iat, exp: iat + 900 }),
    Buffer.from("not-a-real-signature").toString("base64url"),
  ].join(".");
}

export const tokenResponse = (sub = ALICE): CannedResponse => ({
  status: 200,
  body: {
    accessToken: {
      accessKeyId: "ASIAEXAMPLEKEY000001",
      secretAccessKey: "secret/EXAMPLE+key",
      sessionToken: "session-token-EXAMPLE",
    },
    tokenType: "aws_sigv4",
    expiresIn: 900,
    refreshToken: "refresh-token-EXAMPLE",
    idToken: idTokenFor(sub),
  },
});

/** A restJson1 modeled error the way the real service sends it. */
export const accessDenied = (status: number, error: string, message: string): CannedResponse => ({
  status,
  headers: { "x-amzn-errortype": "AccessDeniedException" },
  body: { error, message },
});

/**
 * A stand-in for `POST /v1/token` on node:http: records every request (DPoP verified with
 * node:crypto) and answers with whatever `respond` returns; assertions that `respond` throws are
 * kept in `failures`.
 */
export class FakeTokenEndpoint {
  readonly calls: TokenCall[] = [];
  /** Assertions `respond` failed; a test's afterEach expects none. */
  readonly failures: unknown[] = [];
  respond: (call: TokenCall) => CannedResponse = () => tokenResponse();

  private constructor(
    private readonly server: Server,
    readonly origin: string,
  ) {}

  static async start(): Promise<FakeTokenEndpoint> {
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const endpoint = new FakeTokenEndpoint(server, `http://127.0.0.1:${(server.address() as AddressInfo).port}`);
    server.on("request", (request, response) => {
      const chunks: Buffer[] = [];
      request.on("data", (chunk: Buffer) => chunks.push(chunk));
      request.on("end", () => {
        const bodyText = Buffer.concat(chunks).toString("utf8");
        let body: Record<string, unknown> = {};
        try {
          body = JSON.parse(bodyText) as Record<string, unknown>;
        } catch {
          // left empty; the test looks at bodyText
        }
        const dpopHeader = request.headers["dpop"];
        const call: TokenCall = {
          method: request.method ?? "",
          path: request.url ?? "",
          headers: request.headers,
          bodyText,
          body,
          dpop: typeof dpopHeader === "string" ? decodeProof(dpopHeader) : undefined,
        };
        endpoint.calls.push(call);
        let answer: CannedResponse;
        try {
          answer = endpoint.respond(call);
        } catch (error) {
          // Thrown in a request handler, an assertion would be lost; a 4xx is not retried.
          endpoint.failures.push(error);
          answer = {
            status: 400,
            headers: { "x-amzn-errortype": "TestAssertionFailed" },
            body: { message: String(error) },
          };
        }
        response
          .writeHead(answer.status, {
            "content-type": "application/json",
            "x-amzn-requestid": "test-request",
            ...answer.headers,
          })
          .end(JSON.stringify(answer.body));
      });
    });
    return endpoint;
  }

  async close(): Promise<void> {
    const closed = new Promise<void>((resolve) => this.server.close(() => resolve()));
    this.server.closeAllConnections();
    await closed;
  }
}

export function decodeProof(proof: string): DecodedProof {
  const [header64 = "", payload64 = "", signature64 = ""] = proof.split(".");
  const header = JSON.parse(Buffer.from(header64, "base64url").toString("utf8")) as DecodedProof["header"];
  const payload = JSON.parse(Buffer.from(payload64, "base64url").toString("utf8")) as DecodedProof["payload"];
  const jwk = header.jwk ?? {};
  const signatureValid = verify(
    "sha256",
    Buffer.from(`${header64}.${payload64}`, "ascii"),
    { key: createPublicKey({ key: jwk, format: "jwk" }), dsaEncoding: "ieee-p1363" },
    Buffer.from(signature64, "base64url"),
  );
  return { header, payload, signatureValid, jkt: jwkThumbprint(jwk) };
}

/** RFC 7638: SHA-256 of the required members in lexicographic order, no whitespace. */
export function jwkThumbprint(jwk: {
  readonly crv?: unknown;
  readonly kty?: unknown;
  readonly x?: unknown;
  readonly y?: unknown;
}): string {
  const canonical = JSON.stringify({ crv: jwk.crv, kty: jwk.kty, x: jwk.x, y: jwk.y });
  return createHash("sha256").update(canonical, "utf8").digest("base64url");
}
