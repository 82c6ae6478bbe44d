/*
 * The AWS CLI's algorithms, transliterated independently of src/ so that tests compare the
 * implementation against them rather than against itself:
 *
 * - `cpythonB64decode`: CPython 3.11+ `binascii.a2b_base64(data, strict_mode=False)`, the core of
 *   `base64.b64decode(s)` (validate=False), loop for loop;
 * - `pythonParseQsl`: `urllib.parse.parse_qsl(qs)` with its defaults, `unquote` included;
 * - `cliParseVerificationCode`: `CrossDeviceLoginTokenFetcher.parse_verification_code`
 *   (awscli/customizations/login/utils.py, v2 @73fb33bb): b64decode, `.decode("utf-8")`,
 *   `dict(parse_qsl(...))`, then `code` and `state`.
 */

const TABLE = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

export function cpythonB64decode(s: string): Uint8Array | "error" {
  // _bytes_from_decode_data: str must be ASCII.
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 0x7f) return "error";
  const out: number[] = [];
  let quad_pos = 0;
  let leftchar = 0;
  let pads = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    if (c === "=") {
      if (quad_pos >= 2 && quad_pos + ++pads >= 4) return Uint8Array.from(out); // goto done
      continue;
    }
    const this_ch = TABLE.indexOf(c);
    if (this_ch === -1) continue;
    pads = 0;
    if (quad_pos === 0) {
      quad_pos = 1;
      leftchar = this_ch;
    } else if (quad_pos === 1) {
      quad_pos = 2;
      out.push(((leftchar << 2) | (this_ch >> 4)) & 0xff);
      leftchar = this_ch & 0x0f;
    } else if (quad_pos === 2) {
      quad_pos = 3;
      out.push(((leftchar << 4) | (this_ch >> 2)) & 0xff);
      leftchar = this_ch & 0x03;
    } else {
      quad_pos = 0;
      out.push(((leftchar << 6) | this_ch) & 0xff);
      leftchar = 0;
    }
  }
  return quad_pos !== 0 ? "error" : Uint8Array.from(out);
}

/** urllib.parse.unquote(string, encoding="utf-8", errors="replace"). */
function pythonUnquote(string: string): string {
  if (!string.includes("%")) return string;
  const bytes: number[] = [];
  const utf8 = Buffer.from(string, "utf8");
  for (let i = 0; i < utf8.length; i++) {
    const hex = utf8.subarray(i + 1, i + 3).toString("latin1");
    if (utf8[i] === 0x25 && /^[0-9A-Fa-f]{2}$/.test(hex)) {
      bytes.push(parseInt(hex, 16));
      i += 2;
    } else {
      bytes.push(utf8[i]!);
    }
  }
  return new TextDecoder("utf-8").decode(Uint8Array.from(bytes));
}

export function pythonParseQsl(qs: string): Array<[string, string]> {
  const r: Array<[string, string]> = [];
  const query_args = qs ? qs.split("&") : [];
  for (const name_value of query_args) {
    if (!name_value) continue;
    const eq = name_value.indexOf("=");
    if (eq === -1) continue; // no "=" and keep_blank_values is False
    const nv = [name_value.slice(0, eq), name_value.slice(eq + 1)] as const;
    if (nv[1].length) {
      r.push([pythonUnquote(nv[0].replaceAll("+", " ")), pythonUnquote(nv[1].replaceAll("+", " "))]);
    }
  }
  return r;
}

export function cliParseVerificationCode(verification_code: string): { code: string; state: string } | "error" {
  const decoded = cpythonB64decode(verification_code);
  if (decoded === "error") return "error";
  let query_string: string;
  try {
    query_string = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(decoded);
  } catch {
    return "error";
  }
  const params_dict = new Map(pythonParseQsl(query_string));
  const state = params_dict.get("state");
  const code = params_dict.get("code");
  if (state === undefined || code === undefined) return "error";
  return { code, state };
}
