import { spawnSync } from "node:child_process";
import { randomInt } from "node:crypto";

import { describe, expect, it } from "vitest";

import { decodeBase64Lenient } from "../../src/protocol/lenient-base64.js";
import { parseQueryPairs } from "../../src/protocol/query-string.js";
import { decodeVerificationCode, encodeVerificationCode } from "../../src/protocol/verification-code.js";
import { cliParseVerificationCode, cpythonB64decode, pythonParseQsl } from "./cli-reference.js";

const STATE = "8f8e2f8c-4b6e-4d3a-9a51-1b2c3d4e5f60";

// What the CLI makes of a pasted code, in the shape decodeVerificationCode returns.
const cliDecode = (text: string): { state: string; code: string } | undefined => {
  const result = cliParseVerificationCode(text);
  return result === "error" ? undefined : { state: result.state, code: result.code };
};

const awkwardValues = [
  "plain",
  "a+b",
  "a/b",
  "a=b",
  "a&b",
  "a&code=evil",
  "x&state=evil",
  "100%",
  "%41",
  "with space",
  "+/=&?#",
  "ünïcødé ✓",
  "~-._*!'()",
  "a".repeat(512),
];

describe("encodeVerificationCode", () => {
  it("is standard base64 of the form-encoded query state=…&code=…", () => {
    const encoded = encodeVerificationCode(STATE, "abc");
    expect(encoded).toBe(Buffer.from(`state=${STATE}&code=abc`).toString("base64"));
    expect(encoded).toBe("c3RhdGU9OGY4ZTJmOGMtNGI2ZS00ZDNhLTlhNTEtMWIyYzNkNGU1ZjYwJmNvZGU9YWJj");
  });

  it("emits the standard alphabet with = padding, which needs no escaping anywhere", () => {
    for (const value of awkwardValues) {
      const encoded = encodeVerificationCode(value, value);
      expect(encoded).toMatch(/^[A-Za-z0-9+/]+={0,2}$/);
      expect(encoded.length % 4).toBe(0);
    }
  });

  it.each(awkwardValues)("round-trips through the CLI's own decoding: %j", (value) => {
    for (const [state, code] of [
      [value, "code-1"],
      [STATE, value],
      [value, value],
    ] as const) {
      const encoded = encodeVerificationCode(state, code);
      expect(cliDecode(encoded)).toEqual({ state, code });
      expect(decodeVerificationCode(encoded)).toEqual({ state, code });
    }
  });

  it("round-trips random values through the CLI's decoding", () => {
    const alphabet = "abcXYZ019+/=&%?# ~-._*!'()\u00e9\u4e2d\u{1f600}";
    const chars = [...alphabet];
    for (let round = 0; round < 300; round++) {
      const random = () => Array.from({ length: 1 + randomInt(12) }, () => chars[randomInt(chars.length)]).join("");
      const state = random();
      const code = random();
      const encoded = encodeVerificationCode(state, code);
      expect(cliDecode(encoded)).toEqual({ state, code });
      expect(decodeVerificationCode(encoded)).toEqual({ state, code });
    }
  });
});

describe("decodeVerificationCode", () => {
  const encoded = encodeVerificationCode(STATE, "the-code");

  it("ignores whitespace and line breaks around and inside a pasted code", () => {
    for (const pasted of [` ${encoded} `, `\n${encoded}\r\n`, `\t${encoded.slice(0, 10)} \n ${encoded.slice(10)}`]) {
      expect(decodeVerificationCode(pasted)).toEqual({ state: STATE, code: "the-code" });
      expect(cliDecode(pasted)).toEqual({ state: STATE, code: "the-code" });
    }
  });

  it("reads + and / as the standard alphabet", () => {
    // Raw `>` `?` `~` (not form-encoded) are what put + and / into standard base64.
    const text = Buffer.from("state=ab?&code=~~~").toString("base64");
    expect(text).toBe("c3RhdGU9YWI/JmNvZGU9fn5+");
    expect(decodeVerificationCode(text)).toEqual({ state: "ab?", code: "~~~" });
    expect(cliDecode(text)).toEqual({ state: "ab?", code: "~~~" });
  });

  it("accepts a code whose padding was not copied when the data is a whole quantum", () => {
    const unpadded = encodeVerificationCode(STATE, "abcd").replace(/=+$/, "");
    expect(decodeVerificationCode(unpadded)).toEqual(cliDecode(unpadded));
  });

  it("drops URL-safe characters as the CLI does instead of translating them", () => {
    const urlSafe = Buffer.from(`state=${STATE}&code=\u00fb\u00ff\u00fe`).toString("base64url");
    expect(urlSafe).toMatch(/[-_]/);
    expect(decodeVerificationCode(urlSafe)).toEqual(cliDecode(urlSafe));
    expect(decodeVerificationCode(urlSafe)).not.toEqual({ state: STATE, code: "\u00fb\u00ff\u00fe" });
  });

  it("keeps the last of repeated keys, like dict(parse_qsl(...))", () => {
    const text = Buffer.from("state=first&code=c1&state=second&code=c2").toString("base64");
    expect(decodeVerificationCode(text)).toEqual({ state: "second", code: "c2" });
    expect(cliDecode(text)).toEqual({ state: "second", code: "c2" });
  });

  it.each([
    ["empty input", ""],
    ["not base64 at all", "!!!!"],
    ["a partial quantum", "c3RhdGU9"],
    ["no state", Buffer.from("code=abc").toString("base64")],
    ["no code", Buffer.from(`state=${STATE}`).toString("base64")],
    ["an empty code", Buffer.from(`state=${STATE}&code=`).toString("base64")],
    ["auth_code instead of code", Buffer.from(`state=${STATE}&auth_code=abc`).toString("base64")],
    ["invalid UTF-8", Buffer.from([0x73, 0x74, 0xff, 0xfe]).toString("base64")],
    ["non-ASCII characters", `${encoded}é`],
  ])("rejects %s, as the CLI does", (_name, text) => {
    expect(decodeVerificationCode(text)).toBeUndefined();
    expect(cliDecode(text)).toBeUndefined();
  });

  it("agrees with the CLI's algorithm on random mangled inputs", () => {
    const noise = [..."=-_ \n.+/A%&"];
    for (let round = 0; round < 2000; round++) {
      let text = encodeVerificationCode(STATE, `c${round}`);
      for (let edit = randomInt(4); edit > 0; edit--) {
        const at = randomInt(text.length + 1);
        text =
          randomInt(2) === 0
            ? text.slice(0, at) + noise[randomInt(noise.length)] + text.slice(at)
            : text.slice(0, at) + text.slice(at + 1);
      }
      expect(decodeVerificationCode(text), text).toEqual(cliDecode(text));
      const bytes = decodeBase64Lenient(text);
      const reference = cpythonB64decode(text);
      expect(bytes === undefined ? "error" : Uint8Array.from(bytes)).toEqual(reference);
    }
  });
});

describe("parseQueryPairs", () => {
  it.each([
    "a=1&b=2",
    "a=&b=2",
    "a&b=2",
    "&&a=1&&",
    "a=1=2",
    "=x",
    "a+b=c+d",
    "a=%41%zz%4",
    "a=%e2%9c%93%ff",
    "state=x;code=y",
  ])("reads %j like Python's parse_qsl", (query) => {
    expect(parseQueryPairs(query)).toEqual(pythonParseQsl(query));
  });
});

// The reference functions above are transliterations; this checks them, and the implementation,
// against the real thing: CPython, which the project requires anyway (the botocore interop tests).
describe("against CPython", () => {
  const runPython = (script: string, inputs: unknown[]): unknown[] => {
    const result = spawnSync("python3", ["-c", script], { input: JSON.stringify(inputs), encoding: "utf8" });
    if (result.status !== 0) throw new Error(result.stderr);
    return JSON.parse(result.stdout) as unknown[];
  };

  it("decodes verification codes exactly like the CLI's parse_verification_code", () => {
    const inputs: string[] = [];
    for (const value of awkwardValues) inputs.push(encodeVerificationCode(value, value));
    const noise = [..."=-_ \n.+/A%&é"];
    for (let round = 0; round < 500; round++) {
      let text = encodeVerificationCode(STATE, `code-${round}`);
      for (let edit = randomInt(4); edit > 0; edit--) {
        const at = randomInt(text.length + 1);
        text =
          randomInt(2) === 0
            ? text.slice(0, at) + noise[randomInt(noise.length)] + text.slice(at)
            : text.slice(0, at) + text.slice(at + 1);
      }
      inputs.push(text);
    }
    const script = `
import base64, binascii, json, sys
from urllib.parse import parse_qsl
def parse(verification_code):
    try:
        query_string = base64.b64decode(verification_code).decode('utf-8')
    except (UnicodeDecodeError, binascii.Error, ValueError):
        return None
    params_dict = dict(parse_qsl(query_string))
    if 'state' not in params_dict or 'code' not in params_dict:
        return None
    return {'state': params_dict['state'], 'code': params_dict['code']}
print(json.dumps([parse(x) for x in json.load(sys.stdin)]))
`;
    const expected = runPython(script, inputs);
    inputs.forEach((text, index) => {
      const want = expected[index] ?? undefined;
      expect(decodeVerificationCode(text), JSON.stringify(text)).toEqual(want === null ? undefined : want);
    });
  });

  it("reads query strings exactly like parse_qsl", () => {
    const inputs = ["a=1&b=2", "a=&b=", "a&b=2", "a=%41%zz%4", "a=%e2%9c%93%ff%fe", "x+y=1+2&x=3", "=v&k="];
    const expected = runPython(
      "import json,sys\nfrom urllib.parse import parse_qsl\nprint(json.dumps([parse_qsl(q) for q in json.load(sys.stdin)]))",
      inputs,
    );
    inputs.forEach((query, index) => expect(parseQueryPairs(query), query).toEqual(expected[index]));
  });
});
