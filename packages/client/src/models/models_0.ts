// smithy-typescript generated code
import type { ClientType, SessionStatus } from "./enums";

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
 * Why one session of a BatchRevokeSessions request was not revoked.
 * @public
 */
export interface BatchRevokeSessionError {
  /**
   * The session that was not revoked.
   * @public
   */
  sessionArn: string | undefined;

  /**
   * A machine-readable reason.
   * @public
   */
  code: string | undefined;

  /**
   * A human-readable reason.
   * @public
   */
  message: string | undefined;
}

/**
 * Input of BatchRevokeSessions.
 * @public
 */
export interface BatchRevokeSessionsInput {
  /**
   * The identity the sessions must belong to; the caller when omitted.
   * @public
   */
  principalArn?: string | undefined;

  /**
   * The sessions to revoke (one to five).
   * @public
   */
  sessionArns: string[] | undefined;

  /**
   * Why the sessions are revoked, kept for audit.
   * @public
   */
  reason?: string | undefined;
}

/**
 * A session that BatchRevokeSessions revoked.
 * @public
 */
export interface RevokedSession {
  /**
   * The revoked session.
   * @public
   */
  sessionArn: string | undefined;
}

/**
 * Output of BatchRevokeSessions.
 * @public
 */
export interface BatchRevokeSessionsOutput {
  /**
   * The sessions that are now revoked.
   * @public
   */
  revokedSessions: RevokedSession[] | undefined;

  /**
   * The sessions that could not be revoked, and why.
   * @public
   */
  errors: BatchRevokeSessionError[] | undefined;
}

/**
 * Input of CreateBearerToken.
 * @public
 */
export interface CreateBearerTokenRequest {
  /**
   * Always `client_credentials`.
   * @public
   */
  grantType: string | undefined;

  /**
   * The service the token is for.
   * @public
   */
  resource: string | undefined;

  /**
   * How long the token should last, in seconds (at least 300).
   * @public
   */
  durationSeconds?: number | undefined;
}

/**
 * Output of CreateBearerToken.
 * @public
 */
export interface CreateBearerTokenResponse {
  /**
   * The bearer token.
   * @public
   */
  accessToken: string | undefined;

  /**
   * Always `Bearer`.
   * @public
   */
  tokenType: string | undefined;

  /**
   * Seconds until the token expires.
   * @public
   */
  expiresIn: number | undefined;
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

/**
 * Input of CreateOAuth2TokenWithIAM. The body uses the OAuth parameter names.
 * @public
 */
export interface CreateOAuth2TokenWithIAMRequest {
  /**
   * Always `client_credentials`.
   * @public
   */
  grantType: string | undefined;

  /**
   * The service the token is for (its audience), for example `aws-mcp.amazonaws.com`.
   * @public
   */
  resource: string | undefined;
}

/**
 * Output of CreateOAuth2TokenWithIAM, shaped like an RFC 6749 section 5.1 token response.
 * @public
 */
export interface CreateOAuth2TokenWithIAMResponse {
  /**
   * The bearer access token.
   * @public
   */
  accessToken: string | undefined;

  /**
   * Always `Bearer`.
   * @public
   */
  tokenType: string | undefined;

  /**
   * Seconds until the token expires: the shorter of one hour and what is left of the caller's
   * credentials.
   * @public
   */
  expiresIn: number | undefined;
}

/**
 * Input of CreateOAuth2TokenWithTokenExchange. The body uses the OAuth parameter names.
 * @public
 */
export interface CreateOAuth2TokenWithTokenExchangeRequest {
  /**
   * `urn:ietf:params:oauth:grant-type:token-exchange` or `urn:ietf:params:oauth:grant-type:jwt-
   * bearer`.
   * @public
   */
  grantType: string | undefined;

  /**
   * The token being exchanged. Only for the token-exchange grant.
   * @public
   */
  subjectToken?: string | undefined;

  /**
   * An RFC 8693 token type URI describing `subjectToken`.
   * @public
   */
  subjectTokenType?: string | undefined;

  /**
   * The signed JWT presented with the jwt-bearer grant.
   * @public
   */
  assertion?: string | undefined;

  /**
   * The OAuth client the request is made for, when the grant names one.
   * @public
   */
  clientId?: string | undefined;

  /**
   * The service the new token is for.
   * @public
   */
  resource?: string | undefined;

  /**
   * Space-separated scopes asked for.
   * @public
   */
  scope?: string | undefined;
}

/**
 * Output of CreateOAuth2TokenWithTokenExchange (RFC 8693 section 2.2.1).
 * @public
 */
export interface CreateOAuth2TokenWithTokenExchangeResponse {
  /**
   * The bearer access token.
   * @public
   */
  accessToken: string | undefined;

  /**
   * What kind of token was issued: an access token.
   * @public
   */
  issuedTokenType?: string | undefined;

  /**
   * Always `Bearer`.
   * @public
   */
  tokenType: string | undefined;

  /**
   * Seconds until the token expires (at most one hour).
   * @public
   */
  expiresIn: number | undefined;

  /**
   * The service the token is valid for.
   * @public
   */
  resource?: string | undefined;

  /**
   * The scopes actually granted.
   * @public
   */
  scope?: string | undefined;
}

/**
 * Input of DeleteConsoleAuthorizationConfiguration.
 * @public
 */
export interface DeleteConsoleAuthorizationConfigurationInput {
  /**
   * The account, organization or organizational unit; derived from the caller when omitted.
   * @public
   */
  targetId?: string | undefined;
}

/**
 * Output of DeleteConsoleAuthorizationConfiguration: the configuration now in force.
 * @public
 */
export interface DeleteConsoleAuthorizationConfigurationOutput {
  /**
   * The target the configuration applies to.
   * @public
   */
  targetId: string | undefined;

  /**
   * The kind of target the configuration applies to.
   * @public
   */
  scope: string | undefined;

  /**
   * Whether console authorization is turned on.
   * @public
   */
  consoleAuthorizationEnabled: boolean | undefined;
}

/**
 * Input of DeleteResourcePermissionStatement.
 * @public
 */
export interface DeleteResourcePermissionStatementInput {
  /**
   * The statement to remove.
   * @public
   */
  statementId: string | undefined;

  /**
   * Makes retries safe. SDKs fill it in.
   * @public
   */
  clientToken?: string | undefined;
}

/**
 * Output of DeleteResourcePermissionStatement: an empty object.
 * @public
 */
export interface DeleteResourcePermissionStatementOutput {}

/**
 * Input of GetConsoleAuthorizationConfiguration.
 * @public
 */
export interface GetConsoleAuthorizationConfigurationInput {
  /**
   * The account, organization or organizational unit; derived from the caller when omitted.
   * @public
   */
  targetId?: string | undefined;
}

/**
 * Output of GetConsoleAuthorizationConfiguration.
 * @public
 */
export interface GetConsoleAuthorizationConfigurationOutput {
  /**
   * The target the configuration applies to.
   * @public
   */
  targetId: string | undefined;

  /**
   * The kind of target the configuration applies to.
   * @public
   */
  scope: string | undefined;

  /**
   * Whether console authorization is turned on.
   * @public
   */
  consoleAuthorizationEnabled: boolean | undefined;
}

/**
 * Input of GetResourcePolicy: nothing.
 * @public
 */
export interface GetResourcePolicyInput {}

/**
 * One statement of a policy document.
 * @public
 */
export interface PolicyStatement {
  /**
   * `Allow` or `Deny`.
   * @public
   */
  effect?: string | undefined;

  /**
   * Whom the statement applies to.
   * @public
   */
  principal?: Record<string, string> | undefined;

  /**
   * The actions the statement covers.
   * @public
   */
  action?: string[] | undefined;

  /**
   * The resource the statement covers.
   * @public
   */
  resource?: string | undefined;

  /**
   * When the statement applies.
   * @public
   */
  condition?: Record<string, Record<string, string[]>> | undefined;
}

/**
 * A Sign-In resource-based policy document, in IAM policy grammar.
 * @public
 */
export interface SigninResourceBasedPolicy {
  /**
   * The policy language version.
   * @public
   */
  version?: string | undefined;

  /**
   * The statements.
   * @public
   */
  statement?: PolicyStatement[] | undefined;
}

/**
 * Output of GetResourcePolicy.
 * @public
 */
export interface GetResourcePolicyOutput {
  /**
   * The policy document.
   * @public
   */
  signinResourceBasedPolicy: SigninResourceBasedPolicy | undefined;
}

/**
 * Input of GetSession.
 * @public
 */
export interface GetSessionInput {
  /**
   * The session to describe.
   * @public
   */
  sessionArn: string | undefined;

  /**
   * The identity the session must belong to; the caller when omitted.
   * @public
   */
  principalArn?: string | undefined;
}

/**
 * Output of GetSession.
 * @public
 */
export interface GetSessionOutput {
  /**
   * The session's ARN.
   * @public
   */
  sessionArn: string | undefined;

  /**
   * The identity that signed in.
   * @public
   */
  principalArn: string | undefined;

  /**
   * The role the session acts as, if any.
   * @public
   */
  role?: string | undefined;

  /**
   * Whether the session is active or revoked.
   * @public
   */
  status?: SessionStatus | undefined;

  /**
   * The client that started the session.
   * @public
   */
  clientId?: string | undefined;

  /**
   * The kind of client that started the session.
   * @public
   */
  clientType?: ClientType | undefined;

  /**
   * The service the session's tokens are scoped to, if any.
   * @public
   */
  resource?: string | undefined;

  /**
   * When the session began (seconds since the epoch).
   * @public
   */
  issuedAt: number | undefined;

  /**
   * When the session ends (seconds since the epoch).
   * @public
   */
  expiresAt: number | undefined;

  /**
   * When the session was last refreshed (seconds since the epoch).
   * @public
   */
  lastUsedAt?: number | undefined;

  /**
   * The Region where the session began.
   * @public
   */
  issuedInRegion?: string | undefined;

  /**
   * The session this one was derived from, if any.
   * @public
   */
  originSessionArn?: string | undefined;

  /**
   * The user agent of the client that started the session.
   * @public
   */
  userAgent?: string | undefined;
}

/**
 * Input of IntrospectOAuth2TokenWithIAM.
 * @public
 */
export interface IntrospectOAuth2TokenWithIAMRequest {
  /**
   * The token to inspect.
   * @public
   */
  token: string | undefined;

  /**
   * Which kind of token `token` probably is, to speed up the lookup.
   * @public
   */
  tokenTypeHint?: string | undefined;
}

/**
 * Output of IntrospectOAuth2TokenWithIAM. Only `active` is present for an inactive token.
 * @public
 */
export interface IntrospectOAuth2TokenWithIAMResponse {
  /**
   * Whether the token is currently valid.
   * @public
   */
  active: boolean | undefined;

  /**
   * The client the token was issued to.
   * @public
   */
  clientId?: string | undefined;

  /**
   * The identity the token stands for.
   * @public
   */
  userId?: string | undefined;

  /**
   * `access_token` or `refresh_token`.
   * @public
   */
  tokenType?: string | undefined;

  /**
   * Expiry time, in seconds since the epoch.
   * @public
   */
  exp?: number | undefined;

  /**
   * Issue time, in seconds since the epoch.
   * @public
   */
  iat?: number | undefined;

  /**
   * Time before which the token is not valid, in seconds since the epoch.
   * @public
   */
  nbf?: number | undefined;

  /**
   * The subject of the token.
   * @public
   */
  sub?: string | undefined;

  /**
   * The audience of the token.
   * @public
   */
  aud?: string | undefined;

  /**
   * Who issued the token.
   * @public
   */
  iss?: string | undefined;

  /**
   * The token's unique identifier.
   * @public
   */
  jti?: string | undefined;

  /**
   * The AWS account the identity belongs to.
   * @public
   */
  accountId?: string | undefined;

  /**
   * The sign-in session the token belongs to.
   * @public
   */
  signinSession?: string | undefined;

  /**
   * The service the token is scoped to.
   * @public
   */
  resource?: string | undefined;
}

/**
 * Input of ListResourcePermissionStatements.
 * @public
 */
export interface ListResourcePermissionStatementsInput {
  /**
   * The largest number of statements to return in one page.
   * @public
   */
  maxResults?: number | undefined;

  /**
   * The `nextToken` of the previous page, to continue a listing.
   * @public
   */
  nextToken?: string | undefined;
}

/**
 * One statement of the resource-based policy.
 * @public
 */
export interface PermissionStatementSummary {
  /**
   * The statement id.
   * @public
   */
  sid: string | undefined;

  /**
   * The statement's conditions.
   * @public
   */
  condition?: Record<string, Record<string, string[]>> | undefined;
}

/**
 * Output of ListResourcePermissionStatements.
 * @public
 */
export interface ListResourcePermissionStatementsOutput {
  /**
   * One page of statements.
   * @public
   */
  permissionStatements: PermissionStatementSummary[] | undefined;

  /**
   * Present when more statements follow; pass it back to get them.
   * @public
   */
  nextToken?: string | undefined;
}

/**
 * Input of ListSessions.
 * @public
 */
export interface ListSessionsInput {
  /**
   * Whose sessions to list; the caller's own when omitted.
   * @public
   */
  principalArn?: string | undefined;

  /**
   * The largest number of sessions to return in one page.
   * @public
   */
  maxResults?: number | undefined;

  /**
   * The `nextToken` of the previous page, to continue a listing.
   * @public
   */
  nextToken?: string | undefined;

  /**
   * Only sessions in this state.
   * @public
   */
  status?: SessionStatus | undefined;

  /**
   * Only sessions started by this client.
   * @public
   */
  clientId?: string | undefined;

  /**
   * Only sessions issued after this time (seconds since the epoch).
   * @public
   */
  issuedAfter?: number | undefined;

  /**
   * Only sessions issued before this time (seconds since the epoch).
   * @public
   */
  issuedBefore?: number | undefined;
}

/**
 * A summary of one sign-in session.
 * @public
 */
export interface Session {
  /**
   * The session's ARN.
   * @public
   */
  sessionArn: string | undefined;

  /**
   * The identity that signed in.
   * @public
   */
  principalArn: string | undefined;

  /**
   * The role the session acts as, if any.
   * @public
   */
  role?: string | undefined;

  /**
   * Whether the session is active or revoked.
   * @public
   */
  status?: SessionStatus | undefined;

  /**
   * When the session began (seconds since the epoch).
   * @public
   */
  issuedAt: number | undefined;

  /**
   * When the session ends (seconds since the epoch).
   * @public
   */
  expiresAt: number | undefined;

  /**
   * The client that started the session.
   * @public
   */
  clientId?: string | undefined;

  /**
   * The kind of client that started the session.
   * @public
   */
  clientType?: ClientType | undefined;

  /**
   * The service the session's tokens are scoped to, if any.
   * @public
   */
  resource?: string | undefined;
}

/**
 * Output of ListSessions.
 * @public
 */
export interface ListSessionsOutput {
  /**
   * One page of sessions.
   * @public
   */
  items: Session[] | undefined;

  /**
   * Present when more sessions follow; pass it back to get them.
   * @public
   */
  nextToken?: string | undefined;
}

/**
 * Input of PutConsoleAuthorizationConfiguration.
 * @public
 */
export interface PutConsoleAuthorizationConfigurationInput {
  /**
   * The account, organization or organizational unit; derived from the caller when omitted.
   * @public
   */
  targetId?: string | undefined;
}

/**
 * Output of PutConsoleAuthorizationConfiguration: the configuration now in force.
 * @public
 */
export interface PutConsoleAuthorizationConfigurationOutput {
  /**
   * The target the configuration applies to.
   * @public
   */
  targetId: string | undefined;

  /**
   * The kind of target the configuration applies to.
   * @public
   */
  scope: string | undefined;

  /**
   * Whether console authorization is turned on.
   * @public
   */
  consoleAuthorizationEnabled: boolean | undefined;
}

/**
 * Input of PutResourcePermissionStatement. Each given member becomes a condition of the statement.
 * @public
 */
export interface PutResourcePermissionStatementInput {
  /**
   * Allow sign-in only from this VPC.
   * @public
   */
  sourceVpc?: string | undefined;

  /**
   * Allow sign-in only through this Sign-In VPC endpoint.
   * @public
   */
  signinSourceVpce?: string | undefined;

  /**
   * Allow console access only through this console VPC endpoint.
   * @public
   */
  consoleSourceVpce?: string | undefined;

  /**
   * Allow sign-in only from this IP range inside a VPC.
   * @public
   */
  vpcSourceIp?: string | undefined;

  /**
   * Allow sign-in only from this public IP range.
   * @public
   */
  sourceIp?: string | undefined;

  /**
   * Allow sign-in only in this Region.
   * @public
   */
  requestedRegion?: string | undefined;

  /**
   * A principal the statement does not apply to.
   * @public
   */
  excludedPrincipal?: string | undefined;

  /**
   * Makes retries safe: a repeated token returns the first result. SDKs fill it in.
   * @public
   */
  clientToken?: string | undefined;
}

/**
 * Output of PutResourcePermissionStatement.
 * @public
 */
export interface PutResourcePermissionStatementOutput {
  /**
   * The id of the new statement.
   * @public
   */
  statementId: string | undefined;
}

/**
 * Input of RevokeOAuth2TokenWithIAM.
 * @public
 */
export interface RevokeOAuth2TokenWithIAMRequest {
  /**
   * The refresh token to revoke.
   * @public
   */
  token: string | undefined;
}

/**
 * Output of RevokeOAuth2TokenWithIAM: an empty object.
 * @public
 */
export interface RevokeOAuth2TokenWithIAMResponse {}
