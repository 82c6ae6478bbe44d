import { decodeBase64Lenient } from "./lenient-base64.js";
import { lastQueryValue, parseQueryPairs } from "./query-string.js";

/**
 * The cross-device verification code: what the confirmation page shows and the person pastes into
 * `aws login --remote`. It is standard base64 (`+/`, `=` padding) of the query string
 * `state=<state>&code=<code>`.
 *
 * Standard, not URL-safe, base64: the CLI decodes with a non-validating `b64decode`, which would
 * silently drop `-` and `_` and yield a different code.
 */
export function encodeVerificationCode(state: string, code: string): string {
  return Buffer.from(new URLSearchParams({ state, code }).toString(), "utf8").toString("base64");
}

/**
 * The state and code in a pasted verification code, decoded as the AWS CLI does (base64 as in
 * {@link decodeBase64Lenient}, strict UTF-8, then `dict(parse_qsl(...))`, so a repeated key keeps
 * its last value and an empty value counts as absent). Undefined where the CLI fails.
 */
export function decodeVerificationCode(text: string): { state: string; code: string } | undefined {
  const bytes = decodeBase64Lenient(text);
  if (bytes === undefined) return undefined;
  let query: string;
  try {
    query = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return undefined;
  }
  const pairs = parseQueryPairs(query);
  const state = lastQueryValue(pairs, "state");
  const code = lastQueryValue(pairs, "code");
  return state === undefined || code === undefined ? undefined : { state, code };
}
