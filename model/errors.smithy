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

/// The machine-readable reason carried in the `error` member of every Sign-In error.
enum OAuth2ErrorCode {
    /// The refresh token or the login session has expired.
    TOKEN_EXPIRED

    /// The principal's credentials (for example its password) changed after the session began.
    USER_CREDENTIALS_CHANGED

    /// The principal is not allowed to call `signin:CreateOAuth2Token`.
    INSUFFICIENT_PERMISSIONS

    /// The authorization code has expired.
    AUTHCODE_EXPIRED

    /// The service hit an unexpected failure. The wire value is lowercase, as in RFC 6749.
    SERVER_ERROR = "server_error"

    /// The request is missing something, carries an invalid value, or is otherwise malformed.
    INVALID_REQUEST
}
