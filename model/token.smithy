$version: "2.0"

namespace com.amazonaws.signin

/// Exchanges a grant for temporary AWS credentials. This is the OAuth 2.0 token endpoint of
/// AWS Sign-In (`POST /v1/token`).
///
/// The `grantType` in the body selects one of two exchanges:
///
/// - `authorization_code`: redeems the code that `/v1/authorize` issued after the person signed
///   in. The request carries `code`, the `redirectUri` used at authorization, and the PKCE
///   `codeVerifier` (RFC 7636). A code works once; presenting it again fails. The response holds
///   credentials, a refresh token and an ID token.
/// - `refresh_token`: trades a refresh token for fresh credentials and a rotated refresh token. No
///   ID token is returned. Repeating the same refresh token inside its validity window gives the
///   same result, so a client may safely retry after a lost response.
///
/// Both exchanges require a `DPoP` header holding a proof JWT (RFC 9449) signed by the client's
/// key. The refresh token is bound to that key's thumbprint (`cnf.jkt`), so only the holder of
/// the key can use it.
///
/// The body is JSON with the member names below. The service also accepts an
/// `application/x-www-form-urlencoded` body with the OAuth names `client_id`, `grant_type`,
/// `code`, `redirect_uri`, `code_verifier` and `refresh_token`.
///
/// Public developer-tool clients (the `devtools` client ids) send no SigV4 signature. A
/// confidential client signs the request with SigV4 and needs `signin:ExchangeToken`.
///
/// The operation is deliberately not `@idempotent`: redeeming a code is not, while a refresh is
/// within its window.
@http(method: "POST", uri: "/v1/token")
@auth([])
operation CreateOAuth2Token {
    input: CreateOAuth2TokenRequest
    output: CreateOAuth2TokenResponse
    errors: [
        AccessDeniedException
        InternalServerException
        TooManyRequestsError
        ValidationException
    ]
}

/// Input of CreateOAuth2Token. The whole HTTP body is the `tokenInput` structure.
@input
structure CreateOAuth2TokenRequest {
    /// The token request. Which optional members are needed depends on `grantType`.
    @httpPayload
    @required
    tokenInput: CreateOAuth2TokenRequestBody
}

/// Output of CreateOAuth2Token. The whole HTTP body is the `tokenOutput` structure.
@output
structure CreateOAuth2TokenResponse {
    /// The issued tokens. Which optional members are present depends on the grant.
    @httpPayload
    @required
    tokenOutput: CreateOAuth2TokenResponseBody
}

/// The JSON body of a token request.
///
/// - `grantType` `authorization_code` needs `code`, `redirectUri` and `codeVerifier`.
/// - `grantType` `refresh_token` needs `refreshToken`.
structure CreateOAuth2TokenRequestBody {
    /// Which developer-tool client is asking (`client_id` in OAuth terms).
    @jsonName("clientId")
    @required
    clientId: ClientId

    /// The kind of grant being exchanged (`grant_type`).
    @jsonName("grantType")
    @required
    grantType: GrantType

    /// The authorization code from `/v1/authorize`. Only for `authorization_code`.
    code: AuthorizationCode

    /// The redirect URI given at authorization, byte for byte. Only for `authorization_code`.
    @jsonName("redirectUri")
    redirectUri: RedirectUri

    /// The PKCE verifier whose SHA-256 was sent as the code challenge. Only for
    /// `authorization_code`.
    @jsonName("codeVerifier")
    codeVerifier: CodeVerifier

    /// The refresh token from an earlier exchange. Only for `refresh_token`.
    @jsonName("refreshToken")
    refreshToken: RefreshToken
}

/// The JSON body of a successful token response.
structure CreateOAuth2TokenResponseBody {
    /// Temporary AWS credentials, valid for `expiresIn` seconds.
    @jsonName("accessToken")
    @required
    accessToken: AccessToken

    /// How to use `accessToken`: always `aws_sigv4`, meaning "sign requests with these
    /// credentials", not a bearer token.
    @jsonName("tokenType")
    @required
    tokenType: TokenType

    /// Seconds until the credentials expire (at most 900).
    @jsonName("expiresIn")
    @required
    expiresIn: ExpiresIn

    /// A new refresh token. Every exchange rotates it; keep only the latest.
    @jsonName("refreshToken")
    @required
    refreshToken: RefreshToken

    /// An ID token naming the signed-in principal. Returned for `authorization_code` only.
    @jsonName("idToken")
    idToken: IdToken
}

/// Temporary AWS credentials (an access key id, secret and session token) that sign requests
/// with SigV4. They last 15 minutes.
@sensitive
structure AccessToken {
    /// The access key id of the temporary credentials.
    @jsonName("accessKeyId")
    @required
    accessKeyId: String

    /// The secret access key of the temporary credentials.
    @jsonName("secretAccessKey")
    @required
    secretAccessKey: String

    /// The session token that must accompany the temporary credentials.
    @jsonName("sessionToken")
    @required
    sessionToken: String
}

/// The client id, an ARN naming the developer-tool flow:
/// `arn:aws:signin:::devtools/same-device` when the browser runs on the same machine as the tool,
/// `arn:aws:signin:::devtools/cross-device` when the person signs in on another device and pastes
/// a code back.
@pattern("^arn:aws:signin:::devtools/(cross-device|same-device)$")
string ClientId

/// The OAuth 2.0 grant type: `authorization_code` or `refresh_token`.
@pattern("^(authorization_code|refresh_token)$")
string GrantType

/// A one-time authorization code issued by `/v1/authorize`.
@length(min: 1, max: 512)
string AuthorizationCode

/// The redirect URI of the authorization request. It must match exactly.
@length(min: 1, max: 2048)
string RedirectUri

/// A PKCE code verifier (RFC 7636 section 4.1): 43 to 128 unreserved characters.
@length(min: 43, max: 128)
@pattern("^[A-Za-z0-9\\-._~]+$")
string CodeVerifier

/// An opaque, encrypted refresh token. It is bound to the thumbprint of the client's DPoP key
/// (`cnf.jkt`) and to the client id it was issued to.
@length(min: 1, max: 2048)
@sensitive
string RefreshToken

/// A signed JWT identifying the principal that signed in. Its `sub` claim is the login session
/// ARN that clients use to name the session.
@length(min: 1, max: 4096)
string IdToken

/// Seconds until the issued credentials expire.
@range(min: 1, max: 900)
integer ExpiresIn

/// The token type. Always `aws_sigv4`.
@pattern("^aws_sigv4$")
string TokenType
