/**
 * The authorize URL exactly as the AWS CLI builds it, byte for byte, so that the service sees the
 * same request from this project's `login` as from `aws login`.
 */
export interface AuthorizeUrlParameters {
  /** scheme://host[:port] of the Sign-In endpoint, without a path (see {@link baseUrlOf}). */
  readonly baseUrl: string;
  readonly clientId: string;
  readonly state: string;
  readonly codeChallenge: string;
  readonly redirectUri: string;
}

export function authorizeUrl(parameters: AuthorizeUrlParameters): string {
  // Order and spelling as the CLI's dict: `SHA-256`, not RFC 7636's `S256`.
  const parameterPairs: ReadonlyArray<readonly [string, string]> = [
    ["response_type", "code"],
    ["client_id", parameters.clientId],
    ["state", parameters.state],
    ["code_challenge_method", "SHA-256"],
    ["scope", "openid"],
    ["redirect_uri", parameters.redirectUri],
  ];
  const query = parameterPairs.map(([name, value]) => `${pythonQuote(name)}=${pythonQuote(value)}`).join("&");
  // The CLI appends the challenge without encoding it; base64url needs none.
  return `${parameters.baseUrl}/v1/authorize?${query}&code_challenge=${parameters.codeChallenge}`;
}

/**
 * scheme://netloc of an endpoint URL. The CLI derives the authorize and confirmation URLs from the
 * resolved endpoint this way, dropping any path prefix (which the token call keeps).
 */
export function baseUrlOf(endpointUrl: string): string {
  // Taken from the text rather than from `new URL`, which would lowercase the host and drop a
  // default port: Python's urlparse keeps the netloc as written.
  const match = /^([A-Za-z][A-Za-z0-9+.-]*):\/\/([^/?#]+)/.exec(endpointUrl.trim());
  if (match === null) throw new Error(`Not an absolute URL: ${endpointUrl}`);
  return `${(match[1] ?? "").toLowerCase()}://${match[2] ?? ""}`;
}

/**
 * Python's `urllib.parse.quote(value, safe="-._~")` (botocore's `percent_encode`): UTF-8, every
 * byte except letters, digits and `-._~` escaped in uppercase hex. encodeURIComponent also leaves
 * `!'()*` alone, so those are escaped on top.
 */
export function pythonQuote(value: string): string {
  return encodeURIComponent(value).replace(
    /[!'()*]/g,
    (character) => `%${character.charCodeAt(0).toString(16).toUpperCase()}`,
  );
}
