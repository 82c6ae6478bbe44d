/**
 * Query strings read the way the AWS CLI reads them (Python's `urllib.parse.parse_qsl` with its
 * defaults), so that this project accepts and rejects exactly what the CLI does:
 *
 * - pairs are separated by `&` only;
 * - a pair without `=` is dropped, and so is a pair whose value is empty (`keep_blank_values`
 *   is off), which is why `?code=&state=x` carries no code;
 * - `+` means a space and invalid `%` escapes stay as they are.
 *
 * `URLSearchParams` differs on the last two points, hence this module.
 */
export function parseQueryPairs(query: string): Array<[string, string]> {
  const pairs: Array<[string, string]> = [];
  for (const item of query.split("&")) {
    const separator = item.indexOf("=");
    if (separator < 0) continue;
    const rawValue = item.slice(separator + 1);
    if (rawValue === "") continue;
    pairs.push([decodeComponent(item.slice(0, separator)), decodeComponent(rawValue)]);
  }
  return pairs;
}

/** The first value of `name` (Python `parse_qs(query)[name][0]`), or undefined. */
export const firstQueryValue = (pairs: ReadonlyArray<readonly [string, string]>, name: string): string | undefined =>
  pairs.find(([key]) => key === name)?.[1];

/** The last value of `name` (Python `dict(parse_qsl(query))[name]`), or undefined. */
export const lastQueryValue = (pairs: ReadonlyArray<readonly [string, string]>, name: string): string | undefined =>
  pairs.findLast(([key]) => key === name)?.[1];

// The WHATWG form decoder equals Python's `unquote_plus` for a single component: `+` to space,
// valid escapes decoded as UTF-8 with replacement, invalid escapes kept. The component holds no
// `&`, and its first `=` would be taken as the separator, hence the fixed name.
const decodeComponent = (text: string): string => new URLSearchParams(`x=${text}`).get("x") ?? "";
