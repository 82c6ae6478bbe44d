import { MIMEType } from "node:util";

import type { NormalizedTokenBody } from "./token-request-body.js";

const utf8 = new TextDecoder("utf-8", { fatal: true });

/**
 * The body of a JSON (restJson1) operation other than CreateOAuth2Token, checked before the
 * generated deserializer sees it: `application/json` (UTF-8, parameters allowed), a JSON object,
 * and an empty body read as `{}` (an operation whose members are all optional may send nothing).
 * The generated code accepts only an exact `application/json`, so the JSON is handed on re-encoded.
 */
export function normalizeOperationBody(
  contentType: string | undefined,
  body: Buffer,
  members: MemberTypes = {},
): NormalizedTokenBody {
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
  if (text.trim() === "") return { ok: true, json: "{}", grantType: undefined };
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return { ok: false, status: 400, message: "The request body is not valid JSON." };
  }
  if (parsed === null || typeof parsed !== "object" || Array.isArray(parsed)) {
    return { ok: false, status: 400, message: "The request body must be a JSON object." };
  }
  for (const [name, type] of Object.entries(members)) {
    const value = (parsed as Record<string, unknown>)[name];
    if (value !== undefined && value !== null && !hasType(value, type)) {
      return { ok: false, status: 400, message: `${memberNames[name] ?? name} must be ${typeNames[type]}.` };
    }
  }
  return { ok: true, json: JSON.stringify(parsed), grantType: undefined };
}

type MemberType = "string" | "integer" | "strings";
/** The JSON type of each member of an operation's input, by its JSON name. */
export type MemberTypes = Readonly<Record<string, MemberType>>;

const typeNames: Record<MemberType, string> = {
  string: "a string",
  integer: "an integer",
  strings: "a list of strings",
};

const hasType = (value: unknown, type: MemberType): boolean =>
  type === "string"
    ? typeof value === "string"
    : type === "integer"
      ? Number.isSafeInteger(value)
      : Array.isArray(value) && value.every((item) => typeof item === "string");

/**
 * The input members of the JSON operations other than CreateOAuth2Token, by their wire (JSON)
 * names, and their JSON types. The generated deserializer turns a value of the wrong type into a
 * SerializationException that names nothing; checked here, the ValidationException names the
 * member. test/http/operation-body.test.ts keeps this in step with the model.
 */
export const operationMembers: Readonly<Record<string, MemberTypes>> = {
  ListSessions: {
    principalArn: "string",
    maxResults: "integer",
    nextToken: "string",
    status: "string",
    clientId: "string",
    issuedAfter: "integer",
    issuedBefore: "integer",
  },
  GetSession: { sessionArn: "string", principalArn: "string" },
  BatchRevokeSessions: { principalArn: "string", sessionArns: "strings", reason: "string" },
  CreateBearerToken: { grant_type: "string", resource: "string", duration: "integer" },
  CreateOAuth2TokenWithIAM: { grant_type: "string", resource: "string" },
  CreateOAuth2TokenWithTokenExchange: {
    grant_type: "string",
    subject_token: "string",
    subject_token_type: "string",
    assertion: "string",
    client_id: "string",
    resource: "string",
    scope: "string",
  },
  RevokeOAuth2TokenWithIAM: { token: "string" },
  IntrospectOAuth2TokenWithIAM: { token: "string", token_type_hint: "string" },
};

/** The model's member names of the wire names that differ, so that messages name members as the model does. */
const memberNames: Readonly<Record<string, string>> = {
  grant_type: "grantType",
  duration: "durationSeconds",
  subject_token: "subjectToken",
  subject_token_type: "subjectTokenType",
  client_id: "clientId",
  token_type_hint: "tokenTypeHint",
};

function isJson(contentType: string): boolean {
  try {
    const type = new MIMEType(contentType);
    const charset = type.params.get("charset");
    return type.essence === "application/json" && (charset === null || charset.toLowerCase() === "utf-8");
  } catch {
    return false;
  }
}
