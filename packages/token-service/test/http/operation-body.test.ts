import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

import { describe, expect, it } from "vitest";

import { normalizeOperationBody, sessionOperationMembers } from "../../src/http/operation-body.js";

describe("the session operations' member types", () => {
  it("name every input member of the generated server SDK's input shapes", () => {
    const modelsDirectory = fileURLToPath(new URL("../../../server-sdk/src/models/", import.meta.url));
    const models = readFileSync(join(modelsDirectory, "models_0.ts"), "utf8");
    for (const [operation, members] of Object.entries(sessionOperationMembers)) {
      const start = models.indexOf(`export interface ${operation}Input {`);
      expect(start, operation).toBeGreaterThan(-1);
      const shape = models.slice(start, models.indexOf("\n}", start));
      const declared = [...shape.matchAll(/^ {2}(\w+)\?*:/gm)].map((match) => match[1]).sort();
      expect(Object.keys(members).sort(), operation).toEqual(declared);
    }
  });

  it.each([
    ['{"maxResults":"abc"}', "ListSessions", "maxResults must be an integer."],
    ['{"issuedAfter":1.5}', "ListSessions", "issuedAfter must be an integer."],
    ['{"clientId":5}', "ListSessions", "clientId must be a string."],
    ['{"sessionArns":"x"}', "BatchRevokeSessions", "sessionArns must be a list of strings."],
    ['{"sessionArns":[1]}', "BatchRevokeSessions", "sessionArns must be a list of strings."],
    ['{"sessionArn":{}}', "GetSession", "sessionArn must be a string."],
  ])("%s for %s: 400 naming the member", (body, operation, message) => {
    expect(normalizeOperationBody("application/json", Buffer.from(body), sessionOperationMembers[operation])).toEqual({
      ok: false,
      status: 400,
      message,
    });
  });

  it("passes well-typed input on", () => {
    expect(
      normalizeOperationBody(
        "application/json",
        Buffer.from('{"maxResults":5}'),
        sessionOperationMembers["ListSessions"],
      ),
    ).toEqual({ ok: true, json: '{"maxResults":5}' });
  });
});
