/**
 * RFC 9449 §4.3 check 9: "the htu claim matches the HTTP URI value for the HTTP request in which
 * the JWT was received, ignoring any query and fragment parts". That URI is this service's own:
 * one of its public origins plus the path received, never an origin taken from the request's Host
 * header (which the sender chooses). The claim goes through the WHATWG URL parser, which applies
 * the RFC 3986 §6 normalizations that matter here: lowercase scheme and host, default port dropped,
 * dot segments resolved. The path is otherwise compared verbatim, so `//v1/token` only matches itself.
 */
export function htuMatchesRequest(
  htu: string,
  requestUrl: URL,
  origins: readonly string[] = [requestUrl.origin],
): boolean {
  let claimed: URL;
  try {
    claimed = new URL(htu);
  } catch {
    return false;
  }
  return (
    claimed.username === "" &&
    claimed.password === "" &&
    origins.includes(claimed.origin) &&
    claimed.pathname === requestUrl.pathname
  );
}
