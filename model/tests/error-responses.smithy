$version: "2.0"

// Protocol tests for every CreateOAuth2Token error. restJson1 clients pick the error class from the
// X-Amzn-Errortype header, never from the status, and read `error` and `message` from the body.
//
// Client-only for the reason given in token-responses.smithy; test/server-sdk/response-protocol-cases.test.ts
// runs them against the generated server SDK, and the HTTP runtime's tests run them end to end.
namespace com.amazonaws.signin

use aws.protocols#restJson1
use smithy.test#httpResponseTests

apply ValidationException @httpResponseTests([
    {
        id: "SigninValidationException"
        documentation: "A rejected request: 400, type in X-Amzn-Errortype, error INVALID_REQUEST."
        protocol: restJson1
        appliesTo: "client"
        code: 400
        headers: {
            "X-Amzn-Errortype": "ValidationException"
            "Content-Type": "application/json"
        }
        body: """
            {"error":"INVALID_REQUEST","message":"codeVerifier is required for grantType authorization_code."}"""
        bodyMediaType: "application/json"
        params: {
            error: "INVALID_REQUEST"
            message: "codeVerifier is required for grantType authorization_code."
        }
    }
])

apply TooManyRequestsError @httpResponseTests([
    {
        id: "SigninTooManyRequestsError"
        documentation: "Rate limiting: 429, error INVALID_REQUEST. Note the shape name ends in Error."
        protocol: restJson1
        appliesTo: "client"
        code: 429
        headers: {
            "X-Amzn-Errortype": "TooManyRequestsError"
            "Content-Type": "application/json"
        }
        body: """
            {"error":"INVALID_REQUEST","message":"Too many requests. Retry later."}"""
        bodyMediaType: "application/json"
        params: {
            error: "INVALID_REQUEST"
            message: "Too many requests. Retry later."
        }
    }
])

apply InternalServerException @httpResponseTests([
    {
        id: "SigninInternalServerException"
        documentation: "A service failure: 500, error server_error (lowercase on the wire)."
        protocol: restJson1
        appliesTo: "client"
        code: 500
        headers: {
            "X-Amzn-Errortype": "InternalServerException"
            "Content-Type": "application/json"
        }
        body: """
            {"error":"server_error","message":"The service could not process the request."}"""
        bodyMediaType: "application/json"
        params: {
            error: "server_error"
            message: "The service could not process the request."
        }
    }
])

// AccessDeniedException has no @httpError: the service chooses 401 or 403 from `error` at runtime.
// Clients must parse it whatever the status, which the cases below check for each code. The
// generated server SDK alone has no status to choose and answers the restJson1 default for a client
// error, 400; the project's HTTP runtime sets the status these cases show.
apply AccessDeniedException @httpResponseTests([
    {
        id: "SigninAccessDeniedTokenExpired"
        documentation: "An ended session or expired refresh token: 401 TOKEN_EXPIRED."
        protocol: restJson1
        appliesTo: "client"
        code: 401
        headers: {
            "X-Amzn-Errortype": "AccessDeniedException"
            "Content-Type": "application/json"
        }
        body: """
            {"error":"TOKEN_EXPIRED","message":"The refresh token has expired."}"""
        bodyMediaType: "application/json"
        params: {
            error: "TOKEN_EXPIRED"
            message: "The refresh token has expired."
        }
    }
    {
        id: "SigninAccessDeniedAuthcodeExpired"
        documentation: "An expired authorization code: 401 AUTHCODE_EXPIRED."
        protocol: restJson1
        appliesTo: "client"
        code: 401
        headers: {
            "X-Amzn-Errortype": "AccessDeniedException"
            "Content-Type": "application/json"
        }
        body: """
            {"error":"AUTHCODE_EXPIRED","message":"The authorization code has expired."}"""
        bodyMediaType: "application/json"
        params: {
            error: "AUTHCODE_EXPIRED"
            message: "The authorization code has expired."
        }
    }
    {
        id: "SigninAccessDeniedUserCredentialsChanged"
        documentation: "The principal's credentials changed after sign-in: 403 USER_CREDENTIALS_CHANGED."
        protocol: restJson1
        appliesTo: "client"
        code: 403
        headers: {
            "X-Amzn-Errortype": "AccessDeniedException"
            "Content-Type": "application/json"
        }
        body: """
            {"error":"USER_CREDENTIALS_CHANGED","message":"The credentials of this principal changed after sign-in."}"""
        bodyMediaType: "application/json"
        params: {
            error: "USER_CREDENTIALS_CHANGED"
            message: "The credentials of this principal changed after sign-in."
        }
    }
    {
        id: "SigninAccessDeniedInsufficientPermissions"
        documentation: "The principal may not call signin:CreateOAuth2Token: 403 INSUFFICIENT_PERMISSIONS."
        protocol: restJson1
        appliesTo: "client"
        code: 403
        headers: {
            "X-Amzn-Errortype": "AccessDeniedException"
            "Content-Type": "application/json"
        }
        body: """
            {"error":"INSUFFICIENT_PERMISSIONS","message":"The principal is not allowed to perform signin:CreateOAuth2Token."}"""
        bodyMediaType: "application/json"
        params: {
            error: "INSUFFICIENT_PERMISSIONS"
            message: "The principal is not allowed to perform signin:CreateOAuth2Token."
        }
    }
])
