import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

import { describe, expect, it } from "vitest";

import { normalizeOperationBody, operationMembers } from "../../src/http/operation-body.js";

describe("the JSON operations' member types", () => {
  it("name every input member of each operation, by its wire name and type, as botocore 1.44.8's model does", () => {
    const fixture = fileURLToPath(
      new URL("../../../../test/model/fixtures/botocore-1.44.8/service-2.json", import.meta.url),
    );
    const model = JSON.parse(readFileSync(fixture, "utf8")) as {
      operations: Record<string, { input: { shape: string } }>;
      shapes: Record<string, { type: string; members?: Record<string, { shape: string; locationName?: string }> }>;
    };
    const typeOf = (shape: string): string => {
      const type = model.shapes[shape]!.type;
      return type === "list" ? "strings" : type === "long" ? "integer" : type;
    };
    for (const [operation, members] of Object.entries(operationMembers)) {
      const input = model.shapes[model.operations[operation]!.input.shape]!;
      const declared = Object.fromEntries(
        Object.entries(input.members ?? {}).map(([name, member]) => [
          member.locationName ?? name,
          typeOf(member.shape),
        ]),
      );
      expect(members, operation).toEqual(declared);
    }
  });

  it.each([
    ['{"maxResults":"abc"}', "ListSessions", "maxResults must be an integer."],
    ['{"issuedAfter":1.5}', "ListSessions", "issuedAfter must be an integer."],
    ['{"clientId":5}', "ListSessions", "clientId must be a string."],
    ['{"sessionArns":"x"}', "BatchRevokeSessions", "sessionArns must be a list of strings."],
    ['{"sessionArns":[1]}', "BatchRevokeSessions", "sessionArns must be a list of strings."],
    ['{"sessionArn":{}}', "GetSession", "sessionArn must be a string."],
    ['{"grant_type":"x","resource":"r","duration":300.5}', "CreateBearerToken", "durationSeconds must be an integer."],
    ['{"token":7}', "RevokeOAuth2TokenWithIAM", "token must be a string."],
    ['{"token":"ASORx","token_type_hint":[]}', "IntrospectOAuth2TokenWithIAM", "tokenTypeHint must be a string."],
    ['{"grant_type":"x","subject_token":true}', "CreateOAuth2TokenWithTokenExchange", "subjectToken must be a string."],
  ])("%s for %s: 400 naming the member", (body, operation, message) => {
    expect(normalizeOperationBody("application/json", Buffer.from(body), operationMembers[operation])).toEqual({
      ok: false,
      status: 400,
      message,
    });
  });

  it("passes well-typed input on", () => {
    expect(
      normalizeOperationBody("application/json", Buffer.from('{"maxResults":5}'), operationMembers["ListSessions"]),
    ).toEqual({ ok: true, json: '{"maxResults":5}' });
  });
});
