$version: "2.0"

// Protocol tests for successful CreateOAuth2Token responses.
//
// These cases are marked appliesTo "client" only because of a limitation of the generator's
// *server* test harness (smithy-typescript HttpProtocolTestGenerator, up to at least 0.52): its
// server response tests feed the handler an empty input `{}` and install a validation customizer
// that throws on any failure, so every server response test fails for an operation whose input has
// a @required member, as tokenInput is here. The same cases still run against the generated server
// SDK: test/server-sdk/response-protocol-cases.test.ts reads them from the built model and checks the
// generated server serializers produce exactly these responses.
namespace com.amazonaws.signin

use aws.protocols#restJson1
use smithy.test#httpResponseTests

apply CreateOAuth2Token @httpResponseTests([
    {
        id: "SigninAuthorizationCodeGrantResponse"
        documentation: "A code exchange returns credentials, token type, lifetime, a refresh token and an ID token as a bare JSON object."
        protocol: restJson1
        appliesTo: "client"
        code: 200
        headers: {
            "Content-Type": "application/json"
        }
        body: """
            {"accessToken":{"accessKeyId":"ASIAIOSFODNN7EXAMPLE","secretAccessKey":"wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY","sessionToken":"session-token"},"tokenType":"aws_sigv4","expiresIn":900,"refreshToken":"opaque-refresh-token","idToken":"header.payload.signature"}"""
        bodyMediaType: "application/json"
        params: {
            tokenOutput: {
                accessToken: {
                    accessKeyId: "ASIAIOSFODNN7EXAMPLE"
                    secretAccessKey: "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"
                    sessionToken: "session-token"
                }
                tokenType: "aws_sigv4"
                expiresIn: 900
                refreshToken: "opaque-refresh-token"
                idToken: "header.payload.signature"
            }
        }
    }
    {
        id: "SigninRefreshTokenGrantResponse"
        documentation: "A refresh returns new credentials and a rotated refresh token, and no ID token."
        protocol: restJson1
        appliesTo: "client"
        code: 200
        headers: {
            "Content-Type": "application/json"
        }
        body: """
            {"accessToken":{"accessKeyId":"ASIAI44QH8DHBEXAMPLE","secretAccessKey":"je7MtGbClwBF/2Zp9Utk/h3yCo8nvbEXAMPLEKEY","sessionToken":"session-token-2"},"tokenType":"aws_sigv4","expiresIn":900,"refreshToken":"rotated-refresh-token"}"""
        bodyMediaType: "application/json"
        params: {
            tokenOutput: {
                accessToken: {
                    accessKeyId: "ASIAI44QH8DHBEXAMPLE"
                    secretAccessKey: "je7MtGbClwBF/2Zp9Utk/h3yCo8nvbEXAMPLEKEY"
                    sessionToken: "session-token-2"
                }
                tokenType: "aws_sigv4"
                expiresIn: 900
                refreshToken: "rotated-refresh-token"
            }
        }
    }
])
