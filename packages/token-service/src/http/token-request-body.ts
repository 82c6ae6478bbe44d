import { MIMEType } from "node:util";

/**
 * The members of CreateOAuth2TokenRequestBody in model order, with the name each has on the wire
 * in JSON and in an OAuth form body. test/http/token-request-body.test.ts checks this list against
 * the model, so it cannot drift.
 */
export const tokenRequestMembers = [
  { json: "clientId", form: "client_id" },
  { json: "grantType", form: "grant_type" },
  { json: "code", form: "code" },
  { json: "redirectUri", form: "redirect_uri" },
  { json: "codeVerifier", form: "code_verifier" },
  { json: "refreshToken", form: "refresh_token" },
] as const;

export type NormalizedTokenBody =
  | {
      readonly ok: true;
      /** A JSON object of the known members, as the generated deserializer expects. */ readonly json: string;
      /** Its grantType member, for the log line (so that nobody parses the body again for it). */
      readonly grantType: string | undefined;
    }
  | { readonly ok: false; readonly status: 400 | 415; readonly message: string };

const utf8 = new TextDecoder("utf-8", { fatal: true });

/**
 * Brings every accepted token request body to the one form the generated server SDK parses:
 * `application/json`, members by their JSON names. The model documents form bodies with OAuth's
 * snake_case names too, and the generated code accepts only an exact `application/json`, so form
 * bodies and JSON with media type parameters are transcoded here; validation then runs once, in
 * the generated layer, whatever the client sent.
 *
 * It also rejects what the generated deserializer would let through or log: member values that are
 * not strings (which it would coerce and print) and bodies that are not a JSON object.
 */
export function normalizeTokenRequestBody(contentType: string | undefined, body: Buffer): NormalizedTokenBody {
  const mediaType = parseMediaType(contentType);
  if (mediaType === "invalid") return unsupported(contentType);

  let text: string;
  try {
    text = utf8.decode(body);
  } catch {
    return { ok: false, status: 400, message: "The request body is not valid UTF-8." };
  }

  switch (mediaType?.essence ?? "application/json") {
    case "application/json":
      return fromJson(text);
    case "application/x-www-form-urlencoded":
      return fromForm(text);
    default:
      return unsupported(contentType);
  }
}

function parseMediaType(contentType: string | undefined): MIMEType | undefined | "invalid" {
  if (contentType === undefined || contentType.trim() === "") return undefined;
  try {
    const type = new MIMEType(contentType);
    const charset = type.params.get("charset");
    return charset === null || charset.toLowerCase() === "utf-8" ? type : "invalid";
  } catch {
    return "invalid";
  }
}

const unsupported = (contentType: string | undefined): NormalizedTokenBody => ({
  ok: false,
  status: 415,
  message: `Unsupported content type${contentType ? ` ${JSON.stringify(contentType.slice(0, 100))}` : ""}: send application/json or application/x-www-form-urlencoded (UTF-8).`,
});

function fromJson(text: string): NormalizedTokenBody {
  if (text.trim() === "") return { ok: false, status: 400, message: "The request body is empty; send a JSON object." };
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return { ok: false, status: 400, message: "The request body is not valid JSON." };
  }
  if (parsed === null || typeof parsed !== "object" || Array.isArray(parsed)) {
    return { ok: false, status: 400, message: "The request body must be a JSON object." };
  }
  const source = parsed as Record<string, unknown>;
  const members: Record<string, string> = {};
  for (const { json } of tokenRequestMembers) {
    const value = source[json];
    if (value === undefined || value === null) continue;
    if (typeof value !== "string") return { ok: false, status: 400, message: `${json} must be a string.` };
    members[json] = value;
  }
  return { ok: true, json: JSON.stringify(members), grantType: members.grantType };
}

function fromForm(text: string): NormalizedTokenBody {
  const params = new URLSearchParams(text);
  const members: Record<string, string> = {};
  for (const { json, form } of tokenRequestMembers) {
    const values = [...params.getAll(form), ...(form === json ? [] : params.getAll(json))];
    if (values.length > 1) return { ok: false, status: 400, message: `${form} appears more than once.` };
    if (values[0] !== undefined) members[json] = values[0];
  }
  return { ok: true, json: JSON.stringify(members), grantType: members.grantType };
}
