$version: "2.0"

// Worked examples for CreateOAuth2Token. Generated clients copy them into their docs.
// All values are placeholders shaped like the real ones; none of them is a usable secret.
namespace com.amazonaws.signin

apply CreateOAuth2Token @examples([
    {
        title: "Redeem an authorization code"
        documentation: "After the person signs in at /v1/authorize, the CLI trades the code for credentials. It proves PKCE with the verifier and sends a DPoP proof header (not shown)."
        input: {
            tokenInput: {
                clientId: "arn:aws:signin:::devtools/same-device"
                grantType: "authorization_code"
                code: "SigninCode-EXAMPLE-3f9c2a"
                redirectUri: "http://127.0.0.1:53037/oauth/callback"
                codeVerifier: "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
            }
        }
        output: {
            tokenOutput: {
                accessToken: {
                    accessKeyId: "ASIAIOSFODNN7EXAMPLE"
                    secretAccessKey: "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"
                    sessionToken: "SessionTokenEXAMPLE"
                }
                tokenType: "aws_sigv4"
                expiresIn: 900
                refreshToken: "RefreshTokenEXAMPLE"
                idToken: "eyJhbGciOiJFUzI1NiJ9.eyJzdWIiOiJhcm46YXdzOmlhbTo6MTExMTIyMjIzMzMzOnVzZXIvZGV2In0.EXAMPLE"
            }
        }
    }
    {
        title: "Refresh credentials"
        documentation: "Before the credentials expire, an SDK trades the refresh token for new credentials and a rotated refresh token, signing a DPoP proof with the key the token is bound to."
        input: {
            tokenInput: {
                clientId: "arn:aws:signin:::devtools/same-device"
                grantType: "refresh_token"
                refreshToken: "RefreshTokenEXAMPLE"
            }
        }
        output: {
            tokenOutput: {
                accessToken: {
                    accessKeyId: "ASIAI44QH8DHBEXAMPLE"
                    secretAccessKey: "je7MtGbClwBF/2Zp9Utk/h3yCo8nvbEXAMPLEKEY"
                    sessionToken: "SessionTokenEXAMPLE2"
                }
                tokenType: "aws_sigv4"
                expiresIn: 900
                refreshToken: "RotatedRefreshTokenEXAMPLE"
            }
        }
    }
    {
        title: "Refresh after the session has ended"
        documentation: "The login session has passed its maximum lifetime; the person must run `aws login` again. Sent with HTTP 401."
        input: {
            tokenInput: {
                clientId: "arn:aws:signin:::devtools/same-device"
                grantType: "refresh_token"
                refreshToken: "RefreshTokenEXAMPLE"
            }
        }
        error: {
            shapeId: AccessDeniedException
            content: {
                error: "TOKEN_EXPIRED"
                message: "The refresh token has expired."
            }
        }
    }
    {
        title: "Redeem an expired authorization code"
        documentation: "The code was issued too long ago. Sent with HTTP 401."
        input: {
            tokenInput: {
                clientId: "arn:aws:signin:::devtools/same-device"
                grantType: "authorization_code"
                code: "SigninCode-EXAMPLE-3f9c2a"
                redirectUri: "http://127.0.0.1:53037/oauth/callback"
                codeVerifier: "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
            }
        }
        error: {
            shapeId: AccessDeniedException
            content: {
                error: "AUTHCODE_EXPIRED"
                message: "The authorization code has expired."
            }
        }
    }
    {
        title: "Refresh after a password change"
        documentation: "The principal's credentials changed after the session began. Sent with HTTP 403."
        input: {
            tokenInput: {
                clientId: "arn:aws:signin:::devtools/same-device"
                grantType: "refresh_token"
                refreshToken: "RefreshTokenEXAMPLE"
            }
        }
        error: {
            shapeId: AccessDeniedException
            content: {
                error: "USER_CREDENTIALS_CHANGED"
                message: "The credentials of this principal changed after sign-in."
            }
        }
    }
    {
        title: "Principal lacks permission"
        documentation: "The principal may not call signin:CreateOAuth2Token. Sent with HTTP 403."
        input: {
            tokenInput: {
                clientId: "arn:aws:signin:::devtools/same-device"
                grantType: "refresh_token"
                refreshToken: "RefreshTokenEXAMPLE"
            }
        }
        error: {
            shapeId: AccessDeniedException
            content: {
                error: "INSUFFICIENT_PERMISSIONS"
                message: "The principal is not allowed to perform signin:CreateOAuth2Token."
            }
        }
    }
    {
        title: "Missing PKCE verifier"
        documentation: "An authorization_code request without codeVerifier."
        input: {
            tokenInput: {
                clientId: "arn:aws:signin:::devtools/same-device"
                grantType: "authorization_code"
                code: "SigninCode-EXAMPLE-3f9c2a"
                redirectUri: "http://127.0.0.1:53037/oauth/callback"
            }
        }
        error: {
            shapeId: ValidationException
            content: {
                error: "INVALID_REQUEST"
                message: "codeVerifier is required for grantType authorization_code."
            }
        }
    }
    {
        title: "Rate limited"
        documentation: "Too many requests; retry later."
        input: {
            tokenInput: {
                clientId: "arn:aws:signin:::devtools/same-device"
                grantType: "refresh_token"
                refreshToken: "RefreshTokenEXAMPLE"
            }
        }
        error: {
            shapeId: TooManyRequestsError
            content: {
                error: "INVALID_REQUEST"
                message: "Too many requests. Retry later."
            }
        }
    }
    {
        title: "Service failure"
        documentation: "An unexpected failure inside the service; SDKs retry it."
        input: {
            tokenInput: {
                clientId: "arn:aws:signin:::devtools/same-device"
                grantType: "refresh_token"
                refreshToken: "RefreshTokenEXAMPLE"
            }
        }
        error: {
            shapeId: InternalServerException
            content: {
                error: "server_error"
                message: "The service could not process the request."
            }
        }
    }
])
