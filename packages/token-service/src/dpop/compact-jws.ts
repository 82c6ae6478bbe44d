import { DpopProofError } from "./dpop-proof-error.js";
import { isJsonObject, type JsonObject } from "./json-object.js";

/** A compact JWS split into its parts; the payload stays encoded until the signature is checked. */
export interface CompactJws {
  readonly protectedHeader: JsonObject;
  readonly encodedPayload: string;
  readonly signingInput: Buffer;
  readonly signature: Buffer;
}

// Three unpadded base64url segments. Whitespace, padding and commas are all outside the
// alphabet, so this also rejects two header values that a proxy or Node joined with ", ".
const compactJwsPattern = /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/;

const utf8 = new TextDecoder("utf-8", { fatal: true });

export function parseCompactJws(token: string): CompactJws {
  if (!compactJwsPattern.test(token)) {
    throw malformed("DPoP proof must be a compact JWS of three base64url parts");
  }
  const [encodedHeader = "", encodedPayload = "", encodedSignature = ""] = token.split(".");
  return {
    protectedHeader: decodeJsonSegment(encodedHeader, "header"),
    encodedPayload,
    signingInput: Buffer.from(`${encodedHeader}.${encodedPayload}`, "ascii"),
    signature: decodeBase64UrlSegment(encodedSignature, "signature"),
  };
}

export function decodeJsonSegment(segment: string, part: "header" | "payload"): JsonObject {
  let value: unknown;
  try {
    value = JSON.parse(utf8.decode(decodeBase64UrlSegment(segment, part)));
  } catch (error) {
    if (error instanceof DpopProofError) throw error;
    throw malformed(`DPoP proof ${part} is not valid UTF-8 JSON`);
  }
  if (!isJsonObject(value)) {
    throw malformed(`DPoP proof ${part} must be a JSON object`);
  }
  return value;
}

function decodeBase64UrlSegment(segment: string, part: string): Buffer {
  // A length of 1 mod 4 cannot come from any byte string; Node would silently drop the extra char.
  if (segment.length % 4 === 1) {
    throw malformed(`DPoP proof ${part} is not valid base64url`);
  }
  return Buffer.from(segment, "base64url");
}

const malformed = (message: string): DpopProofError => new DpopProofError("malformed", message);
