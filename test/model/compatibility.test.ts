import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

import { describe, expect, it } from "vitest";

import { checkCompatibility, describeReport } from "../../scripts/lib/compat.js";
import { fromRoot } from "../../scripts/lib/paths.js";

/** A scratch copy of model/ with one edit applied to one file. */
function modelWith(file: string, edit: (text: string) => string): string {
  const directory = join(mkdtempSync(join(tmpdir(), "signin-model-")), "model");
  cpSync(fromRoot("model"), directory, { recursive: true });
  const path = join(directory, file);
  writeFileSync(path, edit(readFileSync(path, "utf8")));
  return directory;
}

describe("backward compatibility with the released model (smithy diff)", () => {
  it("the committed model has no unacknowledged breaking change", () => {
    const report = checkCompatibility();
    expect(describeReport(report)).toBe("");
  });

  it("fails on a breaking change", () => {
    const broken = modelWith("tokens.smithy", (text) =>
      text.replace('@jsonName("clientId")', '@jsonName("client_id")'),
    );
    const report = checkCompatibility(broken, []);
    expect(report.unacknowledged).toEqual([
      expect.objectContaining({
        severity: "ERROR",
        id: "TraitBreakingChange.Update.smithy.api#jsonName",
        shape: "com.amazonaws.signin#CreateOAuth2TokenRequestBody$clientId",
      }),
    ]);
  });

  it("fails when an error is removed from an operation (smithy diff only warns about it)", () => {
    const broken = modelWith("tokens.smithy", (text) => {
      const operation = text.indexOf("operation CreateOAuth2Token {");
      const at = text.indexOf("        TooManyRequestsError\n", operation);
      return text.slice(0, at) + text.slice(at + "        TooManyRequestsError\n".length);
    });
    const report = checkCompatibility(broken, []);
    expect(report.unacknowledged).toEqual([
      expect.objectContaining({
        severity: "WARNING",
        id: "RemovedOperationError.TooManyRequestsError",
        shape: "com.amazonaws.signin#CreateOAuth2Token",
      }),
    ]);
    expect(describeReport(report)).toMatch(
      /^BREAKING WARNING RemovedOperationError\.TooManyRequestsError on com\.amazonaws\.signin#CreateOAuth2Token .*TooManyRequestsError/,
    );
  });

  it("passes once that change is acknowledged, and flags acknowledgements that no longer apply", () => {
    const broken = modelWith("errors.smithy", (text) => text.replace("@httpError(429)", "@httpError(503)"));
    const acknowledgement = {
      id: "TraitBreakingChange.Update.smithy.api#httpError",
      shape: "com.amazonaws.signin#TooManyRequestsError",
      reason: "test: throttling moves to 503",
    };
    const report = checkCompatibility(broken, [acknowledgement]);
    expect(report.unacknowledged).toEqual([]);
    expect(report.acknowledged).toHaveLength(1);

    const clean = checkCompatibility(fromRoot("model"), [acknowledgement]);
    expect(clean.stale).toEqual([acknowledgement]);
  });
});
