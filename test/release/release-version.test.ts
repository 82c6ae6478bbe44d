import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

import { describe, expect, it } from "vitest";

import { type DiffEvent, diffAgainstBaseline } from "../../scripts/lib/compat.js";
import { fromRoot } from "../../scripts/lib/paths.js";
import { bumpFor, currentPackageVersion, nextVersion, writePackageVersion } from "../../scripts/lib/release.js";

const event = (severity: DiffEvent["severity"], id: string): DiffEvent => ({
  severity,
  id,
  shape: "com.amazonaws.signin#X",
  message: "",
});

/** A scratch copy of model/ with one edit applied to one file. */
function modelWith(file: string, edit: (text: string) => string): string {
  const directory = join(mkdtempSync(join(tmpdir(), "signin-release-")), "model");
  cpSync(fromRoot("model"), directory, { recursive: true });
  const path = join(directory, file);
  const before = readFileSync(path, "utf8");
  const after = edit(before);
  if (after === before) throw new Error(`the edit changed nothing in ${file}`);
  writeFileSync(path, after);
  return directory;
}

describe("release version from smithy diff against the last released model", () => {
  it("classifies events: breaking -> major, additions -> minor, documentation -> patch", () => {
    expect(bumpFor([])).toBe("none");
    expect(bumpFor([event("NOTE", "AddedMetadata")])).toBe("none");
    expect(bumpFor([event("NOTE", "ModifiedTrait.Update.smithy.api#documentation")])).toBe("patch");
    expect(bumpFor([event("WARNING", "ModifiedTrait.Remove.smithy.test#httpRequestTests")])).toBe("patch");
    expect(bumpFor([event("NOTE", "AddedShape"), event("NOTE", "ModifiedTrait.Update.smithy.api#documentation")])).toBe(
      "minor",
    );
    expect(bumpFor([event("NOTE", "AddedOperationBinding.ToService.Extra")])).toBe("minor");
    expect(bumpFor([event("NOTE", "ChangedEnumTrait.Appended.6")])).toBe("minor");
    expect(bumpFor([event("NOTE", "AddedShape"), event("WARNING", "RemovedOperationError.TooManyRequestsError")])).toBe(
      "major",
    );
    expect(bumpFor([event("ERROR", "TraitBreakingChange.Update.smithy.api#jsonName")])).toBe("major");
  });

  it("computes the next version", () => {
    expect(nextVersion("0.1.0", "major")).toBe("1.0.0");
    expect(nextVersion("1.4.2", "minor")).toBe("1.5.0");
    expect(nextVersion("1.4.2", "patch")).toBe("1.4.3");
    expect(nextVersion("1.4.2", "none")).toBe("1.4.2");
    expect(() => nextVersion("1.0.0-beta.1", "patch")).toThrow(/major\.minor\.patch/);
  });

  it("reads and writes the version in every projection of smithy-build.json", () => {
    const copy = join(mkdtempSync(join(tmpdir(), "signin-release-")), "smithy-build.json");
    cpSync(fromRoot("smithy-build.json"), copy);
    expect(currentPackageVersion(copy)).toBe(currentPackageVersion());
    writePackageVersion("7.8.9", copy);
    expect(currentPackageVersion(copy)).toBe("7.8.9");
  });

  // Real smithy diff runs: our committed model is the "released" one here, so each case is one change.
  const released = fromRoot("model");

  it("documentation only: patch", () => {
    const changed = modelWith("sessions.smithy", (text) =>
      text.replace("/// Describes one sign-in session.", "/// Returns one sign-in session."),
    );
    expect(bumpFor(diffAgainstBaseline(changed, released))).toBe("patch");
  });

  it("an added optional member (at the end: reordering would break): minor", () => {
    const changed = modelWith("sessions.smithy", (text) =>
      text.replace(
        "    principalArn: PrincipalArnFilter\n}",
        "    principalArn: PrincipalArnFilter\n\n    includeHistory: Boolean\n}",
      ),
    );
    expect(bumpFor(diffAgainstBaseline(changed, released))).toBe("minor");
  });

  it("a renamed wire name: major", () => {
    const changed = modelWith("tokens.smithy", (text) =>
      text.replace('@jsonName("grant_type")', '@jsonName("grantType")'),
    );
    expect(bumpFor(diffAgainstBaseline(changed, released))).toBe("major");
  });

  it("the committed model against the released baseline: minor (AWS added operations)", () => {
    expect(bumpFor(diffAgainstBaseline())).toBe("minor");
  });
});
