/**
 * RFC 9449 §4.3 check 9: the proof's `htu` names the URI the request was sent to, ignoring query
 * and fragment. Both sides go through the WHATWG URL parser, which applies the RFC 3986 §6
 * normalizations that matter here: lowercase scheme and host, default port dropped, dot segments
 * resolved. The path is otherwise compared verbatim, so `//v1/token` only matches itself.
 */
export function htuMatchesRequest(htu: string, requestUrl: URL): boolean {
  let claimed: URL;
  try {
    claimed = new URL(htu);
  } catch {
    return false;
  }
  return (
    claimed.protocol === requestUrl.protocol &&
    claimed.username === requestUrl.username &&
    claimed.password === requestUrl.password &&
    claimed.hostname === requestUrl.hostname &&
    claimed.port === requestUrl.port &&
    claimed.pathname === requestUrl.pathname
  );
}
