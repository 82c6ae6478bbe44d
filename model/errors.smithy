$version: "2.0"

namespace com.amazonaws.signin

/// The request was understood but access is refused. The `error` member says why, and it also
/// decides the HTTP status at runtime (the shape has no fixed `@httpError`):
///
/// - 401 for `TOKEN_EXPIRED` and `AUTHCODE_EXPIRED`: sign in again;
/// - 403 for `USER_CREDENTIALS_CHANGED` and `INSUFFICIENT_PERMISSIONS`.
///
/// Clients choose the error class from the `X-Amzn-Errortype` header and should branch on
/// `error`, not on the status.
@error("client")
structure AccessDeniedException {
    /// Why access was refused: `TOKEN_EXPIRED`, `AUTHCODE_EXPIRED`, `USER_CREDENTIALS_CHANGED`
    /// or `INSUFFICIENT_PERMISSIONS`.
    @required
    error: OAuth2ErrorCode

    /// A human-readable explanation.
    @required
    message: String
}

/// The request is malformed or invalid: a missing or badly formed member, an unknown or
/// mismatched code, a bad PKCE verifier, or a missing or invalid DPoP proof. `error` is
/// `INVALID_REQUEST`.
@error("client")
@httpError(400)
structure ValidationException {
    /// Always `INVALID_REQUEST`.
    @required
    error: OAuth2ErrorCode

    /// Which part of the request was rejected, and why.
    @required
    message: String
}

/// The caller sent too many requests and should back off and retry. `error` is
/// `INVALID_REQUEST`. SDKs retry this error automatically.
@error("client")
@httpError(429)
structure TooManyRequestsError {
    /// Always `INVALID_REQUEST`.
    @required
    error: OAuth2ErrorCode

    /// A human-readable explanation.
    @required
    message: String
}

/// The service failed to process a valid request. `error` is `server_error`. SDKs retry this
/// error automatically.
@error("server")
@httpError(500)
structure InternalServerException {
    /// Always `server_error`.
    @required
    error: OAuth2ErrorCode

    /// A human-readable explanation. It never carries internal details.
    @required
    message: String
}

/// The request conflicts with the current state, for example a statement or configuration that
/// already exists. `error` is `CONFLICT`.
@error("client")
@httpError(409)
structure ConflictException {
    /// Usually `CONFLICT`.
    @required
    error: OAuth2ErrorCode

    /// What the request conflicts with.
    @required
    message: String
}

/// The named session, configuration or statement does not exist, or is not visible to the
/// caller. `error` is `RESOURCE_NOT_FOUND`.
@error("client")
@httpError(404)
structure ResourceNotFoundException {
    /// Usually `RESOURCE_NOT_FOUND`.
    @required
    error: OAuth2ErrorCode

    /// What was not found.
    @required
    message: String
}

/// The request would exceed a quota, for example the number of statements in a resource-based
/// policy. `error` is `SERVICE_QUOTA_EXCEEDED`. The status is 402, as the service sends it.
@error("client")
@httpError(402)
structure ServiceQuotaExceededException {
    /// Usually `SERVICE_QUOTA_EXCEEDED`.
    @required
    error: OAuth2ErrorCode

    /// Which quota would be exceeded.
    @required
    message: String
}

/// The service cannot take the request right now. `error` is `service_unavailable`. SDKs retry
/// this error automatically.
@error("server")
@httpError(503)
@retryable
structure ServiceUnavailableException {
    /// Usually `service_unavailable`.
    @required
    error: OAuth2ErrorCode

    /// A human-readable explanation.
    @required
    message: String
}

/// The token or assertion presented to CreateOAuth2TokenWithTokenExchange is invalid, expired,
/// or from an issuer the service does not accept (RFC 6749 `invalid_grant`).
@error("client")
@httpError(400)
structure InvalidGrantException {
    /// Usually `invalid_grant`.
    @required
    error: OAuth2ErrorCode

    /// Why the grant was refused.
    @required
    message: String
}

/// The requested scope or resource is unknown or not allowed for the caller (`invalid_scope` or
/// `invalid_target`).
@error("client")
@httpError(400)
structure InvalidScopeException {
    /// `invalid_scope` or `invalid_target`.
    @required
    error: OAuth2ErrorCode

    /// Why the scope was refused.
    @required
    message: String
}

/// The machine-readable reason carried in the `error` member of every Sign-In error.
enum OAuth2ErrorCode {
    /// The refresh token or the login session has expired.
    TOKEN_EXPIRED

    /// The principal's credentials (for example its password) changed after the session began.
    USER_CREDENTIALS_CHANGED

    /// The principal lacks the permission the operation needs (for example
    /// `signin:CreateOAuth2Token`).
    INSUFFICIENT_PERMISSIONS

    /// The authorization code has expired.
    AUTHCODE_EXPIRED

    /// The service hit an unexpected failure. The wire value is lowercase, as in RFC 6749.
    SERVER_ERROR = "server_error"

    /// The request is missing something, carries an invalid value, or is otherwise malformed.
    INVALID_REQUEST

    /// The named session, configuration or statement does not exist.
    RESOURCE_NOT_FOUND

    /// The request conflicts with the current state.
    CONFLICT

    /// The request would exceed a service quota.
    SERVICE_QUOTA_EXCEEDED

    /// The OAuth `grant_type` is not supported here (RFC 6749 section 5.2).
    OAUTH_UNSUPPORTED_GRANT_TYPE = "unsupported_grant_type"

    /// The OAuth request is malformed (RFC 6749 section 5.2).
    OAUTH_INVALID_REQUEST = "invalid_request"

    /// The grant is invalid, expired, revoked or was issued to another client (RFC 6749 section 5.2).
    OAUTH_INVALID_GRANT = "invalid_grant"

    /// The requested scope is invalid or exceeds what may be granted (RFC 6749 section 5.2).
    OAUTH_INVALID_SCOPE = "invalid_scope"

    /// The requested resource is invalid or not allowed (RFC 8707 section 2).
    OAUTH_INVALID_TARGET = "invalid_target"

    /// Client authentication failed (RFC 6749 section 5.2).
    OAUTH_INVALID_CLIENT = "invalid_client"

    /// The caller sent too many requests.
    OAUTH_RATE_EXCEEDED = "rate_exceeded"

    /// The service is temporarily unavailable.
    OAUTH_SERVICE_UNAVAILABLE = "service_unavailable"
}
