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
   * The principal is not allowed to call `signin:CreateOAuth2Token`.
   */
  INSUFFICIENT_PERMISSIONS: "INSUFFICIENT_PERMISSIONS",
  /**
   * The request is missing something, carries an invalid value, or is otherwise malformed.
   */
  INVALID_REQUEST: "INVALID_REQUEST",
  /**
   * The service hit an unexpected failure. The wire value is lowercase, as in RFC 6749.
   */
  SERVER_ERROR: "server_error",
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
