import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { chmod, lstat, mkdir, mkdtemp, readdir, readFile, rm, stat, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

import { afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";

import {
  awsConfigFilePath,
  awsCredentialsFilePath,
  isConfigSectionOf,
  readProfileValues,
  setProfileValues,
  updateAwsConfigFile,
} from "../../src/login/aws-config-file.js";

const posix = process.platform !== "win32";
const SESSION = "arn:aws:iam::111122223333:user/alice";

describe("config file paths", () => {
  it("use AWS_CONFIG_FILE / AWS_SHARED_CREDENTIALS_FILE with ~ expanded", () => {
    const env = { HOME: "/home/h", AWS_CONFIG_FILE: "~/cfg", AWS_SHARED_CREDENTIALS_FILE: "/abs/creds" };
    expect(awsConfigFilePath(env)).toBe(join("/home/h", "cfg"));
    expect(awsCredentialsFilePath(env)).toBe("/abs/creds");
  });

  it("default to ~/.aws/config and ~/.aws/credentials", () => {
    expect(awsConfigFilePath({ HOME: "/home/h" })).toBe(join("/home/h", ".aws", "config"));
    expect(awsCredentialsFilePath({ HOME: "/home/h" })).toBe(join("/home/h", ".aws", "credentials"));
  });
});

describe("isConfigSectionOf", () => {
  it.each([
    ["default", "default", true],
    ["profile default", "default", false],
    ["profile dev", "dev", true],
    ["profile   dev", "dev", true],
    ['profile "dev"', "dev", true],
    ["profile 'dev'", "dev", true],
    ["dev", "dev", false],
    ["profile dev2", "dev", false],
    ["profile dev extra", "dev", false],
    ["profiledev", "dev", false],
    ["sso-session dev", "dev", false],
  ])("[%s] is profile %s: %s", (section, profile, expected) => {
    expect(isConfigSectionOf(section, profile)).toBe(expected);
  });
});

describe("setProfileValues", () => {
  it("creates a file's first section", () => {
    expect(setProfileValues("", "default", { login_session: SESSION, region: "us-east-1" })).toBe(
      `[default]\nlogin_session = ${SESSION}\nregion = us-east-1\n`,
    );
    expect(setProfileValues("", "dev", { login_session: SESSION })).toBe(`[profile dev]\nlogin_session = ${SESSION}\n`);
  });

  it("appends a missing section after everything else, untouched", () => {
    const text =
      "# my settings\n[default]\nregion = eu-west-1 # keep\n\n[services local]\nsignin =\n  endpoint_url = x\n";
    expect(setProfileValues(text, "dev", { login_session: SESSION })).toBe(
      `${text}[profile dev]\nlogin_session = ${SESSION}\n`,
    );
  });

  it("terminates an unterminated last line before appending", () => {
    expect(setProfileValues("[default]\nregion = x", "dev", { login_session: SESSION })).toBe(
      `[default]\nregion = x\n[profile dev]\nlogin_session = ${SESSION}\n`,
    );
  });

  it("replaces an existing key's line in place, whatever its spacing", () => {
    for (const line of [
      "login_session = old",
      "login_session=old",
      "  login_session   =   old  ",
      "LOGIN_SESSION: old",
    ]) {
      // First in its section: indented after another key it would continue that key's value.
      const text = `[profile dev]\n${line}\nregion = us-west-2\n`;
      expect(setProfileValues(text, "dev", { login_session: SESSION })).toBe(
        `[profile dev]\nlogin_session = ${SESSION}\nregion = us-west-2\n`,
      );
    }
  });

  it("adds a missing key after the section's last setting, before blank lines and comments", () => {
    const text = "[default]\nregion = us-east-1\n\n# about dev\n[profile dev]\noutput = json\n";
    expect(setProfileValues(text, "default", { login_session: SESSION })).toBe(
      `[default]\nregion = us-east-1\nlogin_session = ${SESSION}\n\n# about dev\n[profile dev]\noutput = json\n`,
    );
  });

  it("adds keys right after the header of an empty section", () => {
    const text = "[profile dev]\n\n[default]\nregion = x\n";
    expect(setProfileValues(text, "dev", { login_session: SESSION, region: "eu-west-1" })).toBe(
      `[profile dev]\nlogin_session = ${SESSION}\nregion = eu-west-1\n\n[default]\nregion = x\n`,
    );
  });

  it("replaces one key and adds another in the same section", () => {
    const text = "[default]\nlogin_session = old\noutput = text\n[profile x]\nregion = y\n";
    expect(setProfileValues(text, "default", { login_session: SESSION, region: "us-east-2" })).toBe(
      `[default]\nlogin_session = ${SESSION}\noutput = text\nregion = us-east-2\n[profile x]\nregion = y\n`,
    );
  });

  it("edits only the target section: same keys elsewhere stay", () => {
    const text = [
      "[profile other]",
      "login_session = other-session",
      "[profile dev]",
      "login_session = old",
      "[profile dev2]",
      "login_session = dev2-session",
      "",
    ].join("\n");
    expect(setProfileValues(text, "dev", { login_session: SESSION })).toBe(text.replace("= old", `= ${SESSION}`));
  });

  it("keeps comments, including commented-out keys, and the order of everything", () => {
    const text = [
      "; top comment",
      "[default]",
      "# login_session = commented",
      "region = us-east-1",
      "   ; indented comment",
      "output = json",
      "",
    ].join("\n");
    expect(setProfileValues(text, "default", { login_session: SESSION })).toBe(
      [
        "; top comment",
        "[default]",
        "# login_session = commented",
        "region = us-east-1",
        "   ; indented comment",
        "output = json",
        `login_session = ${SESSION}`,
        "",
      ].join("\n"),
    );
  });

  it("leaves a [profile default] section alone and edits [default]", () => {
    const text = "[profile default]\nlogin_session = keep\n[default]\nlogin_session = old\n";
    expect(setProfileValues(text, "default", { login_session: SESSION })).toBe(
      `[profile default]\nlogin_session = keep\n[default]\nlogin_session = ${SESSION}\n`,
    );
    expect(setProfileValues("[profile default]\nregion = x\n", "default", { login_session: SESSION })).toBe(
      `[profile default]\nregion = x\n[default]\nlogin_session = ${SESSION}\n`,
    );
  });

  it("finds a quoted profile header and keeps its spelling", () => {
    const text = '[profile "dev"]\nregion = x\n';
    expect(setProfileValues(text, "dev", { login_session: SESSION })).toBe(
      `[profile "dev"]\nregion = x\nlogin_session = ${SESSION}\n`,
    );
  });

  it("treats indented lines after a key as part of its value, as botocore does", () => {
    const text = "[default]\ns3 =\n    region = nested\n    max_concurrent_requests = 10\n[profile x]\n";
    expect(setProfileValues(text, "default", { region: "us-east-1" })).toBe(
      "[default]\ns3 =\n    region = nested\n    max_concurrent_requests = 10\nregion = us-east-1\n[profile x]\n",
    );
  });

  it("drops the continuation lines of a replaced multi-line value", () => {
    const text = "[default]\nlogin_session = a\n  b\n  c\nregion = x\n";
    expect(setProfileValues(text, "default", { login_session: SESSION })).toBe(
      `[default]\nlogin_session = ${SESSION}\nregion = x\n`,
    );
  });

  it("keeps CRLF line endings and writes new lines with CRLF", () => {
    const text = "[default]\r\nregion = us-east-1\r\n\r\n[profile dev]\r\nlogin_session = old\r\n";
    expect(setProfileValues(text, "default", { login_session: SESSION })).toBe(
      `[default]\r\nregion = us-east-1\r\nlogin_session = ${SESSION}\r\n\r\n[profile dev]\r\nlogin_session = old\r\n`,
    );
    expect(setProfileValues(text, "dev", { login_session: SESSION })).toBe(
      `[default]\r\nregion = us-east-1\r\n\r\n[profile dev]\r\nlogin_session = ${SESSION}\r\n`,
    );
    expect(setProfileValues(text, "new", { login_session: SESSION })).toBe(
      `${text}[profile new]\r\nlogin_session = ${SESSION}\r\n`,
    );
  });

  it("adds a line ending to an unterminated last setting before adding after it", () => {
    expect(setProfileValues("[default]\nregion = x", "default", { login_session: SESSION })).toBe(
      `[default]\nregion = x\nlogin_session = ${SESSION}\n`,
    );
    expect(setProfileValues("[default]\nlogin_session = x", "default", { login_session: SESSION })).toBe(
      `[default]\nlogin_session = ${SESSION}`,
    );
  });

  it("changes nothing else in a realistic file (only the edited line differs)", () => {
    const text = [
      "# Managed partly by hand",
      "[default]",
      "region = eu-central-1",
      "output = json",
      "",
      "[profile dev]",
      "region=us-west-2   ",
      "login_session = arn:aws:iam::111122223333:user/old",
      "cli_pager =",
      "",
      "[sso-session corp]",
      "sso_start_url = https://corp.awsapps.com/start",
      "",
      "[services local-signin]",
      "signin =",
      "  endpoint_url = http://127.0.0.1:8080",
      "",
    ].join("\n");
    const edited = setProfileValues(text, "dev", { login_session: SESSION });
    const before = text.split("\n");
    const after = edited.split("\n");
    expect(after).toHaveLength(before.length);
    expect(after.filter((line, index) => line !== before[index])).toEqual([`login_session = ${SESSION}`]);
  });

  it("refuses values and names that would break the file", () => {
    expect(() => setProfileValues("", "dev", { login_session: "a\nb" })).toThrow(/line breaks/);
    expect(() => setProfileValues("", "dev", { login_session: "a\rb" })).toThrow(/line breaks/);
    expect(() => setProfileValues("", "dev", { "bad key": "x" })).toThrow(/Invalid config key/);
    for (const profile of ["", "a b", "a]b", 'a"b', "a\nb"]) {
      expect(() => setProfileValues("", profile, { region: "x" })).toThrow(/Invalid profile name/);
    }
  });
});

describe("readProfileValues", () => {
  const text = [
    "[default]",
    "Region = us-east-1",
    "s3 =",
    "  region = nested",
    "[profile dev]",
    "login_session = arn:x",
    "role_arn=",
    "[profile default]",
    "region = other",
  ].join("\n");

  it("reads keys (lowercased) and first-line values of the profile's section only", () => {
    expect(readProfileValues(text, "default")).toEqual(
      new Map([
        ["region", "us-east-1"],
        ["s3", ""],
      ]),
    );
    expect(readProfileValues(text, "dev")).toEqual(
      new Map([
        ["login_session", "arn:x"],
        ["role_arn", ""],
      ]),
    );
    expect(readProfileValues(text, "missing")).toBeUndefined();
  });

  it("reads credentials-file sections with another matcher", () => {
    const credentials = "[default]\naws_access_key_id = AKIA\n[dev]\naws_secret_access_key = x\n";
    expect(readProfileValues(credentials, "dev", (section, name) => section === name)).toEqual(
      new Map([["aws_secret_access_key", "x"]]),
    );
  });
});

describe("updateAwsConfigFile", () => {
  let root: string;
  beforeEach(async () => {
    root = await mkdtemp(join(tmpdir(), "aws-config-"));
  });
  afterEach(async () => {
    await rm(root, { recursive: true, force: true });
  });

  it.skipIf(!posix)("creates a missing file 0600 in a new 0700 directory", async () => {
    const path = join(root, ".aws", "config");
    await updateAwsConfigFile(path, "dev", { login_session: SESSION, region: "us-east-1" });
    expect(await readFile(path, "utf8")).toBe(`[profile dev]\nlogin_session = ${SESSION}\nregion = us-east-1\n`);
    expect((await stat(path)).mode & 0o777).toBe(0o600);
    expect((await stat(join(root, ".aws"))).mode & 0o777).toBe(0o700);
  });

  it.skipIf(!posix)("edits an existing file in place of the old one, keeping its mode", async () => {
    const path = join(root, "config");
    await writeFile(path, "# mine\n[default]\nregion = x\n");
    await chmod(path, 0o644);
    await updateAwsConfigFile(path, "default", { login_session: SESSION });
    expect(await readFile(path, "utf8")).toBe(`# mine\n[default]\nregion = x\nlogin_session = ${SESSION}\n`);
    expect((await stat(path)).mode & 0o777).toBe(0o644);
    expect(await readdir(root)).toEqual(["config"]);
  });

  it.skipIf(!posix)("writes through a symlinked config file and keeps the link", async () => {
    const dotfiles = join(root, "dotfiles");
    await mkdir(dotfiles);
    const real = join(dotfiles, "aws-config");
    await writeFile(real, "[default]\nregion = x\n");
    const link = join(root, "config");
    await symlink(real, link);
    await updateAwsConfigFile(link, "default", { login_session: SESSION });
    expect((await lstat(link)).isSymbolicLink()).toBe(true);
    expect(await readFile(real, "utf8")).toBe(`[default]\nregion = x\nlogin_session = ${SESSION}\n`);
  });
});

// What the edited files mean to botocore itself: the target profile gains exactly the new values and
// every other profile and setting reads as before. botocore comes from the project's pinned virtual
// environment, which `npm test` creates first (npm run python:env).
const BOTOCORE_PYTHON = fileURLToPath(new URL("../../../../.venv/botocore-newest/bin/python", import.meta.url));
describe("against botocore's config loader", () => {
  beforeAll(() => {
    if (!existsSync(BOTOCORE_PYTHON))
      throw new Error(`${BOTOCORE_PYTHON} is missing: run \`npm run python:env\` first.`);
  });
  let root: string;
  beforeEach(async () => {
    root = await mkdtemp(join(tmpdir(), "aws-config-botocore-"));
  });
  afterEach(async () => {
    await rm(root, { recursive: true, force: true });
  });

  const load = (paths: string[]): Array<Record<string, unknown>> => {
    const script =
      "import json,sys\nfrom botocore.configloader import load_config\n" +
      "print(json.dumps([load_config(p) for p in json.load(sys.stdin)]))";
    const result = spawnSync(BOTOCORE_PYTHON, ["-c", script], { input: JSON.stringify(paths), encoding: "utf8" });
    if (result.status !== 0) throw new Error(result.stderr);
    return JSON.parse(result.stdout) as Array<Record<string, unknown>>;
  };

  const files = [
    "",
    "[default]\nregion = us-east-1\n",
    "# c\n[default]\nregion=eu-west-1\n\n[profile dev]\nlogin_session = old\noutput = json\n",
    "[profile dev]\r\nregion = x\r\n\r\n[default]\r\ns3 =\r\n    region = nested\r\n",
    "[profile default]\nregion = a\n[default]\nlogin_session=old\n[profile  dev]\nrole_session_name = s",
    '[profile "dev"]\nregion = q\n  continued\n[sso-session x]\nsso_region = y\n',
    "[default]\ns3 =\n    max_concurrent_requests = 10\n[services s]\nsignin =\n  endpoint_url = http://h\n",
  ];

  it.each(["default", "dev", "fresh"])("profile %s reads back with only the new values changed", async (profile) => {
    const paths: string[] = [];
    files.forEach((_text, index) => paths.push(join(root, `before-${index}`), join(root, `after-${index}`)));
    await Promise.all(
      files.flatMap((text, index) => [
        writeFile(join(root, `before-${index}`), text),
        writeFile(
          join(root, `after-${index}`),
          setProfileValues(text, profile, { login_session: SESSION, region: "r1" }),
        ),
      ]),
    );
    const loaded = load(paths);
    for (let index = 0; index < files.length; index++) {
      const before = loaded[2 * index] as { profiles: Record<string, Record<string, unknown>> };
      const after = loaded[2 * index + 1] as { profiles: Record<string, Record<string, unknown>> };
      const expected = structuredClone(before);
      expected.profiles[profile] = { ...expected.profiles[profile], login_session: SESSION, region: "r1" };
      expect(after, files[index]).toEqual(expected);
    }
  });
});
