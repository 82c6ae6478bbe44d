import { timingSafeEqual } from "node:crypto";

import { HttpRequest } from "@smithy/protocol-http";
import { Hash } from "@smithy/hash-node";
import { SignatureV4 } from "@smithy/signature-v4";

import type { ResolvedCredentials } from "../credentials/local-credentials-issuer.js";
import type { Clock } from "../runtime/clock.js";
import type { TokenRequestContext } from "./request-context.js";
import { invalidRequest } from "../errors/protocol-errors.js";

const ALGORITHM = "AWS4-HMAC-SHA256";
const SERVICE = "signin";
const MAX_SKEW_MS = 5 * 60 * 1000;

/** Recovers the credentials behind an access key id and session token this service can verify. */
export interface SigningCredentialsResolver {
  resolve(accessKeyId: string, sessionToken: string): ResolvedCredentials | undefined;
}

/**
 * Checks the SigV4 signature of a request (its Authorization header must be present) and returns
 * the credentials that signed it. The credentials must be ones the resolver recognises: this
 * service's own (the local credentials issuer) or a pluggable resolver's (for example STS).
 *
 * The expected signature is computed with @smithy/signature-v4 (the signer the AWS SDKs use) over
 * the request as received, then compared in constant time. Every failure is a ValidationException
 * that says what is wrong without echoing any secret.
 */
export async function verifySigV4Request(
  context: TokenRequestContext,
  authorization: string,
  deps: { readonly credentials: SigningCredentialsResolver; readonly clock: Clock },
): Promise<ResolvedCredentials> {
  const signature = parseAuthorization(authorization);
  const amzDate = context.header("x-amz-date");
  const signedAt = amzDate === undefined ? undefined : parseAmzDate(amzDate);
  if (signedAt === undefined) throw invalidRequest("A SigV4-signed request needs a valid X-Amz-Date header.");
  if (Math.abs(deps.clock.now() - signedAt.getTime()) > MAX_SKEW_MS) {
    throw invalidRequest("The request signature is too old or too far in the future.");
  }
  const sessionToken = context.header("x-amz-security-token");
  const credentials = sessionToken && deps.credentials.resolve(signature.accessKeyId, sessionToken);
  if (!credentials) {
    throw invalidRequest("The request is signed with credentials this service did not issue, or that have expired.");
  }

  const expected = await expectedSignature(context, signature, signedAt, {
    accessKeyId: credentials.accessKeyId,
    secretAccessKey: credentials.secretAccessKey,
    sessionToken,
  });
  if (!constantTimeEqual(expected, signature.signature)) {
    throw invalidRequest("The request signature does not match. Check the signing credentials and algorithm.");
  }
  return credentials;
}

interface ParsedAuthorization {
  readonly accessKeyId: string;
  readonly date: string;
  readonly region: string;
  readonly signedHeaders: readonly string[];
  readonly signature: string;
}

function parseAuthorization(header: string): ParsedAuthorization {
  const match =
    /^AWS4-HMAC-SHA256 Credential=([A-Z0-9]{16,128})\/(\d{8})\/([a-z0-9-]{1,64})\/signin\/aws4_request, ?SignedHeaders=([a-z0-9;-]+), ?Signature=([0-9a-f]{64})$/.exec(
      header,
    );
  if (!match) {
    throw invalidRequest(`The Authorization header must be a ${ALGORITHM} signature scoped to the ${SERVICE} service.`);
  }
  const [, accessKeyId, date, region, signedHeaders, signature] = match as unknown as [
    string,
    string,
    string,
    string,
    string,
    string,
  ];
  const headers = signedHeaders.split(";");
  if (!headers.includes("host") || !headers.includes("x-amz-date")) {
    throw invalidRequest("A SigV4 signature must cover the host and x-amz-date headers.");
  }
  return { accessKeyId, date, region, signedHeaders: headers, signature };
}

/** `20260101T120000Z` → Date */
function parseAmzDate(value: string): Date | undefined {
  const match = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(value);
  if (!match) return undefined;
  const [, y, mo, d, h, mi, s] = match.map(Number) as [number, number, number, number, number, number, number];
  const date = new Date(Date.UTC(y, mo - 1, d, h, mi, s));
  return Number.isNaN(date.getTime()) ? undefined : date;
}

async function expectedSignature(
  context: TokenRequestContext,
  authorization: ParsedAuthorization,
  signedAt: Date,
  credentials: { accessKeyId: string; secretAccessKey: string; sessionToken: string },
): Promise<string> {
  const signedHeaderValues: Record<string, string> = {};
  for (const name of authorization.signedHeaders) {
    const value = context.header(name);
    if (value === undefined) throw invalidRequest(`The signed header ${name} is missing from the request.`);
    signedHeaderValues[name] = value;
  }
  const request = new HttpRequest({
    method: context.method,
    protocol: context.url.protocol,
    hostname: context.url.hostname,
    path: context.url.pathname,
    query: Object.fromEntries(context.url.searchParams),
    headers: signedHeaderValues,
    body: context.body,
  });
  const signer = new SignatureV4({
    credentials,
    region: authorization.region,
    service: SERVICE,
    sha256: Hash.bind(null, "sha256"),
    uriEscapePath: true,
    applyChecksum: false,
  });
  const signed = await signer.sign(request, {
    signingDate: signedAt,
    signableHeaders: new Set(authorization.signedHeaders),
  });
  const header = signed.headers["authorization"] ?? signed.headers["Authorization"] ?? "";
  return /Signature=([0-9a-f]{64})/.exec(header)?.[1] ?? "";
}

function constantTimeEqual(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}
