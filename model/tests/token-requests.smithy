$version: "2.0"

// Protocol tests for what goes on the wire when a client calls CreateOAuth2Token.
// The generated client checks that it serializes `params` into exactly this request; the generated
// server SDK checks that it parses this request back into `params`.
namespace com.amazonaws.signin

use aws.protocols#restJson1
use smithy.test#httpRequestTests

apply CreateOAuth2Token @httpRequestTests([
    {
        id: "SigninAuthorizationCodeGrantRequest"
        documentation: """
            An authorization_code exchange is a bare JSON object (the @httpPayload), members in model
            order, sent unsigned: the operation is @auth([]) so no SigV4 headers appear."""
        protocol: restJson1
        method: "POST"
        uri: "/v1/token"
        headers: {
            "Content-Type": "application/json"
        }
        forbidHeaders: ["Authorization", "X-Amz-Date", "X-Amz-Security-Token"]
        body: """
            {"clientId":"arn:aws:signin:::devtools/same-device","grantType":"authorization_code","code":"SigninCode-3f9c2a","redirectUri":"http://127.0.0.1:53037/oauth/callback","codeVerifier":"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"}"""
        bodyMediaType: "application/json"
        params: {
            tokenInput: {
                clientId: "arn:aws:signin:::devtools/same-device"
                grantType: "authorization_code"
                code: "SigninCode-3f9c2a"
                redirectUri: "http://127.0.0.1:53037/oauth/callback"
                codeVerifier: "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
            }
        }
    }
    {
        id: "SigninRefreshTokenGrantRequest"
        documentation: "A refresh_token exchange carries only clientId, grantType and refreshToken."
        protocol: restJson1
        method: "POST"
        uri: "/v1/token"
        headers: {
            "Content-Type": "application/json"
        }
        forbidHeaders: ["Authorization", "X-Amz-Date", "X-Amz-Security-Token"]
        body: """
            {"clientId":"arn:aws:signin:::devtools/cross-device","grantType":"refresh_token","refreshToken":"opaque-refresh-token"}"""
        bodyMediaType: "application/json"
        params: {
            tokenInput: {
                clientId: "arn:aws:signin:::devtools/cross-device"
                grantType: "refresh_token"
                refreshToken: "opaque-refresh-token"
            }
        }
    }
])
