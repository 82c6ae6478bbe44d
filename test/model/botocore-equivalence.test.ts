/**
 * Our model against what AWS publishes: botocore 1.44.8's Sign-In model (the newest botocore the
 * interop suite runs), kept as a fixture in test/model/fixtures/botocore-1.44.8 so that this runs
 * without the Python environments. Everything that reaches the wire must agree; documentation,
 * examples and protocol tests are ours to write.
 */
import { readFileSync } from "node:fs";

import { beforeAll, describe, expect, it } from "vitest";

import { builtModelAst } from "../../scripts/lib/model.js";
import {
  type BotocoreModel,
  type Json,
  type SmithyAst,
  type WireView,
  botocoreWireView,
  smithyWireView,
  wireDifferences,
} from "./botocore-wire.js";

const SERVICE = "com.amazonaws.signin#Signin";
const fixture = (name: string): unknown =>
  JSON.parse(readFileSync(new URL(`./fixtures/botocore-1.44.8/${name}`, import.meta.url), "utf8"));

describe("our Smithy model is wire-identical to botocore 1.44.8's Sign-In model", () => {
  let aws: WireView;
  let ast: SmithyAst;
  let ours: WireView;

  beforeAll(() => {
    aws = botocoreWireView(fixture("service-2.json") as BotocoreModel, fixture("endpoint-rule-set-1.json") as Json);
    ast = JSON.parse(readFileSync(builtModelAst, "utf8")) as SmithyAst;
    ours = smithyWireView(ast, SERVICE);
  });

  it("has no wire-relevant difference", () => {
    expect(wireDifferences(aws, ours)).toEqual([]);
  });

  it("covers all 16 operations AWS ships", () => {
    expect(Object.keys(ours.operations).sort()).toEqual(Object.keys(aws.operations).sort());
    expect(Object.keys(aws.operations)).toHaveLength(16);
  });

  it("adds the examples and protocol tests AWS's model lacks", () => {
    const operation = ast.shapes["com.amazonaws.signin#CreateOAuth2Token"]!;
    expect(Object.keys(operation.traits ?? {})).toEqual(
      expect.arrayContaining([
        "smithy.api#examples",
        "smithy.test#httpRequestTests",
        "smithy.test#httpResponseTests",
        "smithy.test#httpMalformedRequestTests",
      ]),
    );
  });

  // The comparison must not be blind: each change to a copy of our model is reported, readably.
  describe("reports a wire-relevant change", () => {
    const mutate = (change: (ast: SmithyAst) => void): string[] => {
      const copy = structuredClone(ast);
      change(copy);
      return wireDifferences(aws, smithyWireView(copy, SERVICE));
    };
    const shape = (copy: SmithyAst, name: string) => copy.shapes[`com.amazonaws.signin#${name}`]!;

    it("a changed wire name (jsonName)", () => {
      const differences = mutate((copy) => {
        shape(copy, "CreateOAuth2TokenWithIAMRequest").members!.grantType!.traits!["smithy.api#jsonName"] = "grantType";
      });
      expect(differences).toEqual([
        'shape CreateOAuth2TokenWithIAMRequest$grantType.wireName: AWS "grant_type", ours "grantType"',
      ]);
    });

    it("a member made optional, and reordered members", () => {
      const differences = mutate((copy) => {
        const body = shape(copy, "CreateOAuth2TokenRequestBody");
        delete body.members!.grantType!.traits!["smithy.api#required"];
        const { clientId, ...rest } = body.members!;
        body.members = { ...rest, clientId: clientId! };
      });
      expect(differences).toEqual([
        expect.stringMatching(
          /^shape CreateOAuth2TokenRequestBody: members AWS \[clientId, grantType, .*\], ours \[grantType, .*, clientId\]$/,
        ),
        "shape CreateOAuth2TokenRequestBody$grantType.required: AWS true, ours false",
      ]);
    });

    it("a removed error, a changed HTTP binding, auth and static context parameter", () => {
      const differences = mutate((copy) => {
        const op = shape(copy, "RevokeOAuth2TokenWithIAM");
        op.errors = op.errors!.filter(({ target }) => !target.endsWith("#ValidationException"));
        op.traits!["smithy.api#http"] = { method: "POST", uri: "/v1/revoke" };
        op.traits!["smithy.api#auth"] = [];
        op.traits!["smithy.rules#staticContextParams"] = { IsControlPlane: { value: true } };
      });
      expect(differences).toEqual([
        'operation RevokeOAuth2TokenWithIAM.uri: AWS "/v1/revoke?x-amz-client-auth-method=iam", ours "/v1/revoke"',
        expect.stringMatching(/^operation RevokeOAuth2TokenWithIAM\.errors: AWS has 4 items/),
        'operation RevokeOAuth2TokenWithIAM.auth: AWS "sigv4", ours "none"',
        'operation RevokeOAuth2TokenWithIAM.staticContextParams.IsOAuthEndpoint: AWS {"value":true}, ours (absent)',
        'operation RevokeOAuth2TokenWithIAM.staticContextParams.IsControlPlane: AWS (absent), ours {"value":true}',
      ]);
    });

    it("a changed constraint, enum value, error status and endpoint rule", () => {
      const differences = mutate((copy) => {
        shape(copy, "RefreshToken").traits!["smithy.api#length"] = { min: 1, max: 2048 };
        shape(copy, "OAuth2ErrorCode").members!.OAUTH_INVALID_GRANT!.traits!["smithy.api#enumValue"] = "INVALID_GRANT";
        shape(copy, "ConflictException").traits!["smithy.api#httpError"] = 400;
        const rules = shape(copy, "Signin").traits!["smithy.rules#endpointRuleSet"] as { version: string };
        rules.version = "2.0";
      });
      expect(differences).toEqual([
        "shape ConflictException.error.status: AWS 409, ours 400",
        'shape OAuth2ErrorCode.enum.11: AWS "invalid_grant", ours "INVALID_GRANT"',
        "shape RefreshToken.max: AWS 12288, ours 2048",
        'endpoint rule set.version: AWS "1.0", ours "2.0"',
      ]);
    });

    it("an operation AWS does not have, and one AWS has that ours lacks", () => {
      const differences = mutate((copy) => {
        const service = shape(copy, "Signin");
        service.operations = service.operations!.filter(({ target }) => !target.endsWith("#GetSession"));
        service.operations.push({ target: "com.amazonaws.signin#Extra" });
        copy.shapes["com.amazonaws.signin#Extra"] = {
          type: "operation",
          traits: { "smithy.api#http": { method: "POST", uri: "/extra" } },
        };
      });
      expect(differences).toEqual([
        "operation Extra: not in AWS's model",
        "operation GetSession: AWS has it, ours does not",
      ]);
    });

    it("but not documentation", () => {
      const differences = mutate((copy) => {
        shape(copy, "ClientId").traits!["smithy.api#documentation"] = "Rewritten.";
        const rules = shape(copy, "Signin").traits!["smithy.rules#endpointRuleSet"] as {
          parameters: Record<string, { documentation: string }>;
        };
        rules.parameters.Region!.documentation = "Rewritten.";
      });
      expect(differences).toEqual([]);
    });
  });
});
