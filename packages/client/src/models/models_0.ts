// smithy-typescript generated code
/**
 * Temporary AWS credentials (an access key id, secret and session token) that sign requests
 * with SigV4. They last 15 minutes.
 * @public
 */
export interface AccessToken {
  /**
   * The access key id of the temporary credentials.
   * @public
   */
  accessKeyId: string | undefined;

  /**
   * The secret access key of the temporary credentials.
   * @public
   */
  secretAccessKey: string | undefined;

  /**
   * The session token that must accompany the temporary credentials.
   * @public
   */
  sessionToken: string | undefined;
}

/**
 * The JSON body of a token request.
 *
 * - `grantType` `authorization_code` needs `code`, `redirectUri` and `codeVerifier`.
 * - `grantType` `refresh_token` needs `refreshToken`.
 * @public
 */
export interface CreateOAuth2TokenRequestBody {
  /**
   * Which developer-tool client is asking (`client_id` in OAuth terms).
   * @public
   */
  clientId: string | undefined;

  /**
   * The kind of grant being exchanged (`grant_type`).
   * @public
   */
  grantType: string | undefined;

  /**
   * The authorization code from `/v1/authorize`. Only for `authorization_code`.
   * @public
   */
  code?: string | undefined;

  /**
   * The redirect URI given at authorization, byte for byte. Only for `authorization_code`.
   * @public
   */
  redirectUri?: string | undefined;

  /**
   * The PKCE verifier whose SHA-256 was sent as the code challenge. Only for
   * `authorization_code`.
   * @public
   */
  codeVerifier?: string | undefined;

  /**
   * The refresh token from an earlier exchange. Only for `refresh_token`.
   * @public
   */
  refreshToken?: string | undefined;
}

/**
 * Input of CreateOAuth2Token. The whole HTTP body is the `tokenInput` structure.
 * @public
 */
export interface CreateOAuth2TokenRequest {
  /**
   * The token request. Which optional members are needed depends on `grantType`.
   * @public
   */
  tokenInput: CreateOAuth2TokenRequestBody | undefined;
}

/**
 * The JSON body of a successful token response.
 * @public
 */
export interface CreateOAuth2TokenResponseBody {
  /**
   * Temporary AWS credentials, valid for `expiresIn` seconds.
   * @public
   */
  accessToken: AccessToken | undefined;

  /**
   * How to use `accessToken`: always `aws_sigv4`, meaning "sign requests with these
   * credentials", not a bearer token.
   * @public
   */
  tokenType: string | undefined;

  /**
   * Seconds until the credentials expire (at most 900).
   * @public
   */
  expiresIn: number | undefined;

  /**
   * A new refresh token. Every exchange rotates it; keep only the latest.
   * @public
   */
  refreshToken: string | undefined;

  /**
   * An ID token naming the signed-in principal. Returned for `authorization_code` only.
   * @public
   */
  idToken?: string | undefined;
}

/**
 * Output of CreateOAuth2Token. The whole HTTP body is the `tokenOutput` structure.
 * @public
 */
export interface CreateOAuth2TokenResponse {
  /**
   * The issued tokens. Which optional members are present depends on the grant.
   * @public
   */
  tokenOutput: CreateOAuth2TokenResponseBody | undefined;
}
