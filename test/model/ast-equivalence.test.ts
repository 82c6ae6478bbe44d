import { readFileSync } from "node:fs";

import { beforeAll, describe, expect, it } from "vitest";

import { builtModelAst } from "../../scripts/lib/model.js";
import { baselineModel } from "../../scripts/lib/compat.js";
import { type JsonAst, wireDifferences } from "./wire-equivalence.js";

const NAMESPACE = "com.amazonaws.signin";
const readAst = (path: string): JsonAst => JSON.parse(readFileSync(path, "utf8")) as JsonAst;

describe("our Smithy model is wire-identical to the published Sign-In model", () => {
  let published: JsonAst;
  let ours: JsonAst;

  beforeAll(() => {
    published = readAst(baselineModel);
    ours = readAst(builtModelAst);
  });

  it("has no wire-relevant difference", () => {
    expect(wireDifferences(published, ours, NAMESPACE)).toEqual([]);
  });

  it("adds the examples and protocol tests the published model lacks", () => {
    const operation = ours.shapes[`${NAMESPACE}#CreateOAuth2Token`]!;
    expect(Object.keys(operation.traits ?? {})).toEqual(
      expect.arrayContaining([
        "smithy.api#examples",
        "smithy.test#httpRequestTests",
        "smithy.test#httpResponseTests",
        "smithy.test#httpMalformedRequestTests",
      ]),
    );
    for (const error of [
      "AccessDeniedException",
      "ValidationException",
      "TooManyRequestsError",
      "InternalServerException",
    ]) {
      expect(Object.keys(ours.shapes[`${NAMESPACE}#${error}`]!.traits ?? {})).toContain(
        "smithy.test#httpResponseTests",
      );
    }
  });

  // The comparison must not be blind: each mutation of a copy of our model is reported.
  describe("catches a wire-relevant change", () => {
    const mutate = (change: (ast: JsonAst) => void): string[] => {
      const copy = structuredClone(ours);
      change(copy);
      return wireDifferences(published, copy, NAMESPACE);
    };
    const body = (ast: JsonAst) => ast.shapes[`${NAMESPACE}#CreateOAuth2TokenRequestBody`]!;

    it("a changed jsonName", () => {
      const differences = mutate((ast) => {
        body(ast).members!.clientId!.traits!["smithy.api#jsonName"] = "client_id";
      });
      expect(differences).toEqual([
        `${NAMESPACE}#CreateOAuth2TokenRequestBody$clientId trait smithy.api#jsonName: expected "clientId", found "client_id"`,
      ]);
    });

    it("reordered members", () => {
      const differences = mutate((ast) => {
        const { clientId, ...rest } = body(ast).members!;
        body(ast).members = { ...rest, clientId: clientId! };
      });
      expect(differences.join("\n")).toMatch(
        /CreateOAuth2TokenRequestBody: members expected in order \[clientId, grantType/,
      );
    });

    it("a changed enum wire value", () => {
      const differences = mutate((ast) => {
        ast.shapes[`${NAMESPACE}#OAuth2ErrorCode`]!.members!.SERVER_ERROR!.traits!["smithy.api#enumValue"] =
          "SERVER_ERROR";
      });
      expect(differences).toEqual([
        `${NAMESPACE}#OAuth2ErrorCode$SERVER_ERROR trait smithy.api#enumValue: expected "server_error", found "SERVER_ERROR"`,
      ]);
    });

    it("a loosened constraint, a dropped trait and an extra shape", () => {
      const differences = mutate((ast) => {
        ast.shapes[`${NAMESPACE}#CodeVerifier`]!.traits!["smithy.api#length"] = { min: 1, max: 128 };
        delete ast.shapes[`${NAMESPACE}#RefreshToken`]!.traits!["smithy.api#sensitive"];
        ast.shapes[`${NAMESPACE}#Extra`] = { type: "string" };
      });
      expect(differences).toEqual(
        expect.arrayContaining([
          `${NAMESPACE}#CodeVerifier trait smithy.api#length.min: expected 43, found 1`,
          `${NAMESPACE}#RefreshToken: missing trait smithy.api#sensitive (expected {})`,
          `${NAMESPACE}#Extra: shape is not in the published model`,
        ]),
      );
    });

    it("a changed HTTP binding and an endpoint rule", () => {
      const differences = mutate((ast) => {
        ast.shapes[`${NAMESPACE}#CreateOAuth2Token`]!.traits!["smithy.api#http"] = { method: "POST", uri: "/v2/token" };
        const rules = ast.shapes[`${NAMESPACE}#Signin`]!.traits!["smithy.rules#endpointRuleSet"] as { version: string };
        rules.version = "2.0";
      });
      expect(differences).toEqual([
        `${NAMESPACE}#CreateOAuth2Token trait smithy.api#http.uri: expected "/v1/token", found "/v2/token"`,
        `${NAMESPACE}#Signin trait smithy.rules#endpointRuleSet.version: expected "1.0", found "2.0"`,
      ]);
    });

    it("but not a documentation-only change", () => {
      const differences = mutate((ast) => {
        ast.shapes[`${NAMESPACE}#ClientId`]!.traits!["smithy.api#documentation"] = "Rewritten.";
      });
      expect(differences).toEqual([]);
    });
  });
});
