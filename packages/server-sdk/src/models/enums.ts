// smithy-typescript generated code
/**
 * @public
 * @enum
 */
export const OAuth2ErrorCode = {
  /**
   * The authorization code has expired.
   */
  AUTHCODE_EXPIRED: "AUTHCODE_EXPIRED",
  /**
   * The request conflicts with the current state.
   */
  CONFLICT: "CONFLICT",
  /**
   * The principal lacks the permission the operation needs (for example
   * `signin:CreateOAuth2Token`).
   */
  INSUFFICIENT_PERMISSIONS: "INSUFFICIENT_PERMISSIONS",
  /**
   * The request is missing something, carries an invalid value, or is otherwise malformed.
   */
  INVALID_REQUEST: "INVALID_REQUEST",
  /**
   * Client authentication failed (RFC 6749 section 5.2).
   */
  OAUTH_INVALID_CLIENT: "invalid_client",
  /**
   * The grant is invalid, expired, revoked or was issued to another client (RFC 6749 section 5.2).
   */
  OAUTH_INVALID_GRANT: "invalid_grant",
  /**
   * The OAuth request is malformed (RFC 6749 section 5.2).
   */
  OAUTH_INVALID_REQUEST: "invalid_request",
  /**
   * The requested scope is invalid or exceeds what may be granted (RFC 6749 section 5.2).
   */
  OAUTH_INVALID_SCOPE: "invalid_scope",
  /**
   * The requested resource is invalid or not allowed (RFC 8707 section 2).
   */
  OAUTH_INVALID_TARGET: "invalid_target",
  /**
   * The caller sent too many requests.
   */
  OAUTH_RATE_EXCEEDED: "rate_exceeded",
  /**
   * The service is temporarily unavailable.
   */
  OAUTH_SERVICE_UNAVAILABLE: "service_unavailable",
  /**
   * The OAuth `grant_type` is not supported here (RFC 6749 section 5.2).
   */
  OAUTH_UNSUPPORTED_GRANT_TYPE: "unsupported_grant_type",
  /**
   * The named session, configuration or statement does not exist.
   */
  RESOURCE_NOT_FOUND: "RESOURCE_NOT_FOUND",
  /**
   * The service hit an unexpected failure. The wire value is lowercase, as in RFC 6749.
   */
  SERVER_ERROR: "server_error",
  /**
   * The request would exceed a service quota.
   */
  SERVICE_QUOTA_EXCEEDED: "SERVICE_QUOTA_EXCEEDED",
  /**
   * The refresh token or the login session has expired.
   */
  TOKEN_EXPIRED: "TOKEN_EXPIRED",
  /**
   * The principal's credentials (for example its password) changed after the session began.
   */
  USER_CREDENTIALS_CHANGED: "USER_CREDENTIALS_CHANGED",
} as const;
/**
 * @public
 */
export type OAuth2ErrorCode = (typeof OAuth2ErrorCode)[keyof typeof OAuth2ErrorCode];

/**
 * @public
 * @enum
 */
export const ClientType = {
  /**
   * A command-line tool such as the AWS CLI.
   */
  CLI: "CLI",
  /**
   * A Model Context Protocol client.
   */
  MCP: "MCP",
} as const;
/**
 * @public
 */
export type ClientType = (typeof ClientType)[keyof typeof ClientType];

/**
 * @public
 * @enum
 */
export const SessionStatus = {
  /**
   * The session can still be refreshed.
   */
  ACTIVE: "ACTIVE",
  /**
   * The session was revoked and cannot be refreshed.
   */
  REVOKED: "REVOKED",
} as const;
/**
 * @public
 */
export type SessionStatus = (typeof SessionStatus)[keyof typeof SessionStatus];
