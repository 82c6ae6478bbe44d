$version: "2.0"

// Malformed requests the server SDK must refuse before any handler runs. Only the status is pinned:
// the generated SDK names these framework errors itself, and the project's HTTP runtime re-labels
// them as the modeled ValidationException, so the body differs between the two layers.
//
// Requests that parse but break a constraint (a number for clientId, a short codeVerifier) are not
// here: the generated harness installs a validation customizer that throws, which turns every
// constraint failure into a 500. The token service's own bad-input tests cover them with the real
// customizer.
namespace com.amazonaws.signin

use aws.protocols#restJson1
use smithy.test#httpMalformedRequestTests

apply CreateOAuth2Token @httpMalformedRequestTests([
    {
        id: "SigninMalformedBodyNotJson"
        documentation: "A body that is not JSON."
        protocol: restJson1
        request: {
            method: "POST"
            uri: "/v1/token"
            headers: {
                "Content-Type": "application/json"
            }
            body: "clientId=arn:aws:signin:::devtools/same-device"
        }
        response: {
            code: 400
        }
    }
    {
        id: "SigninMalformedBodyTruncatedJson"
        documentation: "A JSON body cut off in the middle."
        protocol: restJson1
        request: {
            method: "POST"
            uri: "/v1/token"
            headers: {
                "Content-Type": "application/json"
            }
            body: "{\"clientId\":\"arn:aws:signin:::devtools/same-device\",\"grantType\":"
        }
        response: {
            code: 400
        }
    }
    {
        id: "SigninMalformedBodyArray"
        documentation: "A JSON array where the token request object belongs."
        protocol: restJson1
        request: {
            method: "POST"
            uri: "/v1/token"
            headers: {
                "Content-Type": "application/json"
            }
            body: "[\"arn:aws:signin:::devtools/same-device\",\"refresh_token\"]"
        }
        response: {
            code: 400
        }
    }
    {
        id: "SigninMalformedContentType"
        documentation: "A content type the generated SDK does not accept (the runtime transcodes form bodies before this layer)."
        protocol: restJson1
        request: {
            method: "POST"
            uri: "/v1/token"
            headers: {
                "Content-Type": "text/plain"
            }
            body: "{\"clientId\":\"arn:aws:signin:::devtools/same-device\",\"grantType\":\"refresh_token\",\"refreshToken\":\"t\"}"
        }
        response: {
            code: 415
        }
    }
])
