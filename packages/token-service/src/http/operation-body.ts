import { MIMEType } from "node:util";

import type { NormalizedTokenBody } from "./token-request-body.js";

const utf8 = new TextDecoder("utf-8", { fatal: true });

/**
 * The body of a JSON (restJson1) operation other than CreateOAuth2Token, checked before the
 * generated deserializer sees it: `application/json` (UTF-8, parameters allowed), a JSON object,
 * and an empty body read as `{}` (an operation whose members are all optional may send nothing).
 * The generated code accepts only an exact `application/json`, so the JSON is handed on re-encoded.
 */
export function normalizeOperationBody(contentType: string | undefined, body: Buffer): NormalizedTokenBody {
  if (contentType !== undefined && contentType.trim() !== "" && !isJson(contentType)) {
    return {
      ok: false,
      status: 415,
      message: `Unsupported content type ${JSON.stringify(contentType.slice(0, 100))}: send application/json (UTF-8).`,
    };
  }
  let text: string;
  try {
    text = utf8.decode(body);
  } catch {
    return { ok: false, status: 400, message: "The request body is not valid UTF-8." };
  }
  if (text.trim() === "") return { ok: true, json: "{}" };
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return { ok: false, status: 400, message: "The request body is not valid JSON." };
  }
  if (parsed === null || typeof parsed !== "object" || Array.isArray(parsed)) {
    return { ok: false, status: 400, message: "The request body must be a JSON object." };
  }
  return { ok: true, json: JSON.stringify(parsed) };
}

function isJson(contentType: string): boolean {
  try {
    const type = new MIMEType(contentType);
    const charset = type.params.get("charset");
    return type.essence === "application/json" && (charset === null || charset.toLowerCase() === "utf-8");
  } catch {
    return false;
  }
}
