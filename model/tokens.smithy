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
@smithy.rules#staticContextParams(
    IsControlPlane: { value: false }
)
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
@length(min: 1, max: 12288)
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

// Tokens for IAM principals and applications: SigV4-authenticated token, revocation and
// introspection endpoints, token exchange, and bearer tokens.
/// Issues an OAuth 2.0 access token for a resource to a caller that proves who it is with a SigV4
/// signature (the OAuth client credentials grant, RFC 6749 section 4.4). The token carries the
/// caller's IAM identity, so an application can present it to an AWS service that accepts Sign-In
/// bearer tokens. It lasts at most one hour and never longer than the signing credentials.
@http(method: "POST", uri: "/v1/token?x-amz-client-auth-method=iam")
@smithy.rules#staticContextParams(
    IsOAuthEndpoint: { value: true }
)
operation CreateOAuth2TokenWithIAM {
    input: CreateOAuth2TokenWithIAMRequest
    output: CreateOAuth2TokenWithIAMResponse
    errors: [
        TooManyRequestsError
        InternalServerException
        ValidationException
        AccessDeniedException
    ]
}

/// Input of CreateOAuth2TokenWithIAM. The body uses the OAuth parameter names.
@input
structure CreateOAuth2TokenWithIAMRequest {
    /// Always `client_credentials`.
    @jsonName("grant_type")
    @required
    grantType: ClientCredentialsGrantType

    /// The service the token is for (its audience), for example `aws-mcp.amazonaws.com`.
    @required
    resource: Resource
}

/// Output of CreateOAuth2TokenWithIAM, shaped like an RFC 6749 section 5.1 token response.
@output
structure CreateOAuth2TokenWithIAMResponse {
    /// The bearer access token.
    @jsonName("access_token")
    @required
    accessToken: OAuthAccessToken

    /// Always `Bearer`.
    @jsonName("token_type")
    @required
    tokenType: BearerTokenType

    /// Seconds until the token expires: the shorter of one hour and what is left of the caller's
    /// credentials.
    @jsonName("expires_in")
    @required
    expiresIn: TokenExpiresIn
}

/// Trades a token the caller already holds for a Sign-In access token scoped to a resource. Two
/// grants are accepted: OAuth 2.0 token exchange (RFC 8693, with `subjectToken` and
/// `subjectTokenType`) and the JWT bearer grant (RFC 7523, with `assertion`). The presented token
/// is the only proof of identity, so the request is not SigV4-signed.
@http(method: "POST", uri: "/v1/token?x-amz-oauth-token-method=token-exchange")
@auth([])
@smithy.rules#staticContextParams(
    IsOAuthEndpoint: { value: true }
)
operation CreateOAuth2TokenWithTokenExchange {
    input: CreateOAuth2TokenWithTokenExchangeRequest
    output: CreateOAuth2TokenWithTokenExchangeResponse
    errors: [
        InvalidGrantException
        InvalidScopeException
        TooManyRequestsError
        ServiceUnavailableException
        InternalServerException
        ValidationException
    ]
}

/// Input of CreateOAuth2TokenWithTokenExchange. The body uses the OAuth parameter names.
@input
structure CreateOAuth2TokenWithTokenExchangeRequest {
    /// `urn:ietf:params:oauth:grant-type:token-exchange` or `urn:ietf:params:oauth:grant-type:jwt-
    /// bearer`.
    @jsonName("grant_type")
    @required
    grantType: TokenExchangeGrantType

    /// The token being exchanged. Only for the token-exchange grant.
    @jsonName("subject_token")
    subjectToken: SubjectToken

    /// An RFC 8693 token type URI describing `subjectToken`.
    @jsonName("subject_token_type")
    subjectTokenType: SubjectTokenType

    /// The signed JWT presented with the jwt-bearer grant.
    assertion: Assertion

    /// The OAuth client the request is made for, when the grant names one.
    @jsonName("client_id")
    clientId: JwtBearerClientId

    /// The service the new token is for.
    resource: Resource

    /// Space-separated scopes asked for.
    scope: Scope
}

/// Output of CreateOAuth2TokenWithTokenExchange (RFC 8693 section 2.2.1).
@output
structure CreateOAuth2TokenWithTokenExchangeResponse {
    /// The bearer access token.
    @jsonName("access_token")
    @required
    accessToken: OAuthAccessToken

    /// What kind of token was issued: an access token.
    @jsonName("issued_token_type")
    issuedTokenType: IssuedOAuthAccessTokenType

    /// Always `Bearer`.
    @jsonName("token_type")
    @required
    tokenType: BearerTokenType

    /// Seconds until the token expires (at most one hour).
    @jsonName("expires_in")
    @required
    expiresIn: TokenExpiresIn

    /// The service the token is valid for.
    resource: Resource

    /// The scopes actually granted.
    scope: Scope
}

/// Wraps the caller's IAM identity, proven by a SigV4 signature, into a bearer token that a
/// supporting AWS service accepts in place of signed requests. It is served on the token endpoint
/// with `x-amz-token-request-type=bearer`; unless `durationSeconds` says otherwise it lasts 12
/// hours.
@http(method: "POST", uri: "/v1/token?x-amz-token-request-type=bearer")
@smithy.rules#staticContextParams(
    IsOAuthEndpoint: { value: true }
)
operation CreateBearerToken {
    input: CreateBearerTokenRequest
    output: CreateBearerTokenResponse
    errors: [
        TooManyRequestsError
        InternalServerException
        ValidationException
        AccessDeniedException
    ]
}

/// Input of CreateBearerToken.
@input
structure CreateBearerTokenRequest {
    /// Always `client_credentials`.
    @jsonName("grant_type")
    @required
    grantType: ClientCredentialsGrantType

    /// The service the token is for.
    @required
    resource: Resource

    /// How long the token should last, in seconds (at least 300).
    @jsonName("duration")
    durationSeconds: TokenDuration
}

/// Output of CreateBearerToken.
@output
structure CreateBearerTokenResponse {
    /// The bearer token.
    @jsonName("access_token")
    @required
    accessToken: OAuthAccessToken

    /// Always `Bearer`.
    @jsonName("token_type")
    @required
    tokenType: BearerTokenType

    /// Seconds until the token expires.
    @jsonName("expires_in")
    @required
    expiresIn: BearerTokenExpiresIn
}

/// Revokes a Sign-In refresh token (RFC 7009), and with it every token that was derived from the
/// same grant, so the session behind it cannot be refreshed again. The caller signs the request
/// with SigV4. Revoking a token that is already revoked succeeds.
@http(method: "POST", uri: "/v1/revoke?x-amz-client-auth-method=iam")
@idempotent
@smithy.rules#staticContextParams(
    IsOAuthEndpoint: { value: true }
)
operation RevokeOAuth2TokenWithIAM {
    input: RevokeOAuth2TokenWithIAMRequest
    output: RevokeOAuth2TokenWithIAMResponse
    errors: [
        TooManyRequestsError
        InternalServerException
        ValidationException
        AccessDeniedException
    ]
}

/// Input of RevokeOAuth2TokenWithIAM.
@input
structure RevokeOAuth2TokenWithIAMRequest {
    /// The refresh token to revoke.
    @jsonName("token")
    @required
    token: RevocationToken
}

/// Output of RevokeOAuth2TokenWithIAM: an empty object.
@output
structure RevokeOAuth2TokenWithIAMResponse {}

/// Reports whether a Sign-In access or refresh token is active and, if it is, the claims it carries
/// (RFC 7662 token introspection). The caller signs the request with SigV4.
@http(method: "POST", uri: "/v1/introspect?x-amz-client-auth-method=iam")
@readonly
@smithy.rules#staticContextParams(
    IsOAuthEndpoint: { value: true }
)
operation IntrospectOAuth2TokenWithIAM {
    input: IntrospectOAuth2TokenWithIAMRequest
    output: IntrospectOAuth2TokenWithIAMResponse
    errors: [
        TooManyRequestsError
        InternalServerException
        ValidationException
        AccessDeniedException
    ]
}

/// Input of IntrospectOAuth2TokenWithIAM.
@input
structure IntrospectOAuth2TokenWithIAMRequest {
    /// The token to inspect.
    @jsonName("token")
    @required
    token: IntrospectionToken

    /// Which kind of token `token` probably is, to speed up the lookup.
    @jsonName("token_type_hint")
    tokenTypeHint: TokenTypeHint
}

/// Output of IntrospectOAuth2TokenWithIAM. Only `active` is present for an inactive token.
@output
structure IntrospectOAuth2TokenWithIAMResponse {
    /// Whether the token is currently valid.
    @required
    active: Boolean

    /// The client the token was issued to.
    @jsonName("client_id")
    clientId: String

    /// The identity the token stands for.
    @jsonName("user_id")
    userId: String

    /// `access_token` or `refresh_token`.
    @jsonName("token_type")
    tokenType: IntrospectedTokenType

    /// Expiry time, in seconds since the epoch.
    @jsonName("exp")
    exp: Long

    /// Issue time, in seconds since the epoch.
    @jsonName("iat")
    iat: Long

    /// Time before which the token is not valid, in seconds since the epoch.
    @jsonName("nbf")
    nbf: Long

    /// The subject of the token.
    @jsonName("sub")
    sub: String

    /// The audience of the token.
    @jsonName("aud")
    aud: String

    /// Who issued the token.
    @jsonName("iss")
    iss: String

    /// The token's unique identifier.
    @jsonName("jti")
    jti: String

    /// The AWS account the identity belongs to.
    @jsonName("account_id")
    accountId: AccountId

    /// The sign-in session the token belongs to.
    @jsonName("signin_session")
    signinSession: String

    /// The service the token is scoped to.
    @jsonName("resource")
    resource: Resource
}

/// A 12-digit AWS account id.
@length(min: 12, max: 12)
@pattern("^[0-9]{12}$")
string AccountId

/// A signed JWT used as an authorization grant (RFC 7523).
@sensitive
@length(min: 4, max: 20000)
string Assertion

/// Seconds until a bearer token expires.
@range(min: 1)
integer BearerTokenExpiresIn

/// The token type `Bearer` (RFC 6750).
@pattern("^Bearer$")
string BearerTokenType

/// The OAuth 2.0 client credentials grant type.
@pattern("^client_credentials$")
string ClientCredentialsGrantType

/// The kind of an introspected token: `access_token` or `refresh_token`.
@pattern("^(access_token|refresh_token)$")
string IntrospectedTokenType

/// A Sign-In access or refresh token (it starts with `ASOA` or `ASOR`).
@sensitive
@length(min: 1, max: 12288)
@pattern("^ASO[AR][A-Za-z0-9+/=_\\-]+$")
string IntrospectionToken

/// The RFC 8693 type identifier of an access token.
@pattern("^urn:ietf:params:oauth:token-type:access_token$")
string IssuedOAuthAccessTokenType

/// An OAuth client identifier.
@length(min: 1, max: 212)
string JwtBearerClientId

/// An opaque bearer access token. Treat it like a password.
@sensitive
@length(min: 1, max: 4096)
string OAuthAccessToken

/// An OAuth resource indicator (RFC 8707): which service a token is meant for.
@length(min: 1, max: 2048)
string Resource

/// A Sign-In refresh token (it starts with `ASOR`).
@sensitive
@length(min: 1, max: 12288)
@pattern("^ASOR[A-Za-z0-9+/=_\\-]+$")
string RevocationToken

/// A space-separated list of OAuth scopes.
@length(min: 1, max: 4096)
string Scope

/// A token presented for exchange.
@sensitive
@length(min: 4, max: 20000)
string SubjectToken

/// An RFC 8693 token type identifier (`urn:ietf:params:oauth:token-type:...`).
@pattern("^urn:ietf:params:oauth:token-type:.+$")
string SubjectTokenType

/// A requested token lifetime in seconds.
@range(min: 300)
integer TokenDuration

/// The token-exchange or jwt-bearer grant type URI.
@pattern("^urn:ietf:params:oauth:grant-type:(token-exchange|jwt-bearer)$")
string TokenExchangeGrantType

/// Seconds until an access token expires, at most one hour.
@range(min: 1, max: 3600)
integer TokenExpiresIn

/// A hint at the kind of token: `access_token` or `refresh_token`.
@pattern("^(access_token|refresh_token)$")
string TokenTypeHint
