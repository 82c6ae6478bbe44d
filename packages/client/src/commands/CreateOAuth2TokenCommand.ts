// smithy-typescript generated code
import { getEndpointPlugin } from "@smithy/middleware-endpoint";
import { Command as $Command } from "@smithy/smithy-client";
import type { MetadataBearer as __MetadataBearer } from "@smithy/types";

import { commonParams } from "../endpoint/EndpointParameters";
import type { CreateOAuth2TokenRequest, CreateOAuth2TokenResponse } from "../models/models_0";
import { CreateOAuth2Token$ } from "../schemas/schemas_0";
import type { ServiceInputTypes, ServiceOutputTypes, SigninClientResolvedConfig } from "../SigninClient";

/**
 * @public
 */
export type { __MetadataBearer };
export { $Command };
/**
 * @public
 *
 * The input for {@link CreateOAuth2TokenCommand}.
 */
export interface CreateOAuth2TokenCommandInput extends CreateOAuth2TokenRequest {}
/**
 * @public
 *
 * The output of {@link CreateOAuth2TokenCommand}.
 */
export interface CreateOAuth2TokenCommandOutput extends CreateOAuth2TokenResponse, __MetadataBearer {}

/**
 * Exchanges a grant for temporary AWS credentials. This is the OAuth 2.0 token endpoint of
 * AWS Sign-In (`POST /v1/token`).
 *
 * The `grantType` in the body selects one of two exchanges:
 *
 * - `authorization_code`: redeems the code that `/v1/authorize` issued after the person signed
 *   in. The request carries `code`, the `redirectUri` used at authorization, and the PKCE
 *   `codeVerifier` (RFC 7636). A code works once; presenting it again fails. The response holds
 *   credentials, a refresh token and an ID token.
 * - `refresh_token`: trades a refresh token for fresh credentials and a rotated refresh token. No
 *   ID token is returned. Repeating the same refresh token inside its validity window gives the
 *   same result, so a client may safely retry after a lost response.
 *
 * Both exchanges require a `DPoP` header holding a proof JWT (RFC 9449) signed by the client's
 * key. The refresh token is bound to that key's thumbprint (`cnf.jkt`), so only the holder of
 * the key can use it.
 *
 * The body is JSON with the member names below. The service also accepts an
 * `application/x-www-form-urlencoded` body with the OAuth names `client_id`, `grant_type`,
 * `code`, `redirect_uri`, `code_verifier` and `refresh_token`.
 *
 * Public developer-tool clients (the `devtools` client ids) send no SigV4 signature. A
 * confidential client signs the request with SigV4 and needs `signin:ExchangeToken`.
 *
 * The operation is deliberately not `@idempotent`: redeeming a code is not, while a refresh is
 * within its window.
 * @example
 * Use a bare-bones client and the command you need to make an API call.
 * ```javascript
 * import { SigninClient, CreateOAuth2TokenCommand } from "@open-signin/client"; // ES Modules import
 * // const { SigninClient, CreateOAuth2TokenCommand } = require("@open-signin/client"); // CommonJS import
 * // import type { SigninClientConfig } from "@open-signin/client";
 * const config = {}; // type is SigninClientConfig
 * const client = new SigninClient(config);
 * const input = { // CreateOAuth2TokenRequest
 *   tokenInput: { // CreateOAuth2TokenRequestBody
 *     clientId: "STRING_VALUE", // required
 *     grantType: "STRING_VALUE", // required
 *     code: "STRING_VALUE",
 *     redirectUri: "STRING_VALUE",
 *     codeVerifier: "STRING_VALUE",
 *     refreshToken: "STRING_VALUE",
 *   },
 * };
 * const command = new CreateOAuth2TokenCommand(input);
 * const response = await client.send(command);
 * // { // CreateOAuth2TokenResponse
 * //   tokenOutput: { // CreateOAuth2TokenResponseBody
 * //     accessToken: { // AccessToken
 * //       accessKeyId: "STRING_VALUE", // required
 * //       secretAccessKey: "STRING_VALUE", // required
 * //       sessionToken: "STRING_VALUE", // required
 * //     },
 * //     tokenType: "STRING_VALUE", // required
 * //     expiresIn: Number("int"), // required
 * //     refreshToken: "STRING_VALUE", // required
 * //     idToken: "STRING_VALUE",
 * //   },
 * // };
 *
 * ```
 *
 * @param CreateOAuth2TokenCommandInput - {@link CreateOAuth2TokenCommandInput}
 * @returns {@link CreateOAuth2TokenCommandOutput}
 * @see {@link CreateOAuth2TokenCommandInput} for command's `input` shape.
 * @see {@link CreateOAuth2TokenCommandOutput} for command's `response` shape.
 * @see {@link SigninClientResolvedConfig | config} for SigninClient's `config` shape.
 *
 * @throws {@link AccessDeniedException} (client fault)
 *  The request was understood but access is refused. The `error` member says why, and it also
 * decides the HTTP status at runtime (the shape has no fixed `@httpError`):
 *
 * - 401 for `TOKEN_EXPIRED` and `AUTHCODE_EXPIRED`: sign in again;
 * - 403 for `USER_CREDENTIALS_CHANGED` and `INSUFFICIENT_PERMISSIONS`.
 *
 * Clients choose the error class from the `X-Amzn-Errortype` header and should branch on
 * `error`, not on the status.
 *
 * @throws {@link InternalServerException} (server fault)
 *  The service failed to process a valid request. `error` is `server_error`. SDKs retry this
 * error automatically.
 *
 * @throws {@link TooManyRequestsError} (client fault)
 *  The caller sent too many requests and should back off and retry. `error` is
 * `INVALID_REQUEST`. SDKs retry this error automatically.
 *
 * @throws {@link ValidationException} (client fault)
 *  The request is malformed or invalid: a missing or badly formed member, an unknown or
 * mismatched code, a bad PKCE verifier, or a missing or invalid DPoP proof. `error` is
 * `INVALID_REQUEST`.
 *
 * @throws {@link SigninServiceException}
 * <p>Base exception class for all service exceptions from Signin service.</p>
 *
 *
 * @example Redeem an authorization code
 * ```javascript
 * // After the person signs in at /v1/authorize, the CLI trades the code for credentials. It proves PKCE with the verifier and sends a DPoP proof header (not shown).
 * const input = {
 *   tokenInput: {
 *     clientId: "arn:aws:signin:::devtools/same-device",
 *     code: "SigninCode-EXAMPLE-3f9c2a",
 *     codeVerifier: "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
 *     grantType: "authorization_code",
 *     redirectUri: "http://127.0.0.1:53037/oauth/callback"
 *   }
 * };
 * const command = new CreateOAuth2TokenCommand(input);
 * const response = await client.send(command);
 * /* response is
 * {
 *   tokenOutput: {
 *     accessToken: {
 *       accessKeyId: "ASIAIOSFODNN7EXAMPLE",
 *       secretAccessKey: "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
 *       sessionToken: "SessionTokenEXAMPLE"
 *     },
 *     expiresIn: 900,
 *     idToken: "eyJhbGciOiJFUzI1NiJ9.eyJzdWIiOiJhcm46YXdzOmlhbTo6MTExMTIyMjIzMzMzOnVzZXIvZGV2In0.EXAMPLE",
 *     refreshToken: "RefreshTokenEXAMPLE",
 *     tokenType: "aws_sigv4"
 *   }
 * }
 * *\/
 * ```
 *
 * @example Refresh credentials
 * ```javascript
 * // Before the credentials expire, an SDK trades the refresh token for new credentials and a rotated refresh token, signing a DPoP proof with the key the token is bound to.
 * const input = {
 *   tokenInput: {
 *     clientId: "arn:aws:signin:::devtools/same-device",
 *     grantType: "refresh_token",
 *     refreshToken: "RefreshTokenEXAMPLE"
 *   }
 * };
 * const command = new CreateOAuth2TokenCommand(input);
 * const response = await client.send(command);
 * /* response is
 * {
 *   tokenOutput: {
 *     accessToken: {
 *       accessKeyId: "ASIAI44QH8DHBEXAMPLE",
 *       secretAccessKey: "je7MtGbClwBF/2Zp9Utk/h3yCo8nvbEXAMPLEKEY",
 *       sessionToken: "SessionTokenEXAMPLE2"
 *     },
 *     expiresIn: 900,
 *     refreshToken: "RotatedRefreshTokenEXAMPLE",
 *     tokenType: "aws_sigv4"
 *   }
 * }
 * *\/
 * ```
 *
 * @example Refresh after the session has ended
 * ```javascript
 * // The login session has passed its maximum lifetime; the person must run `aws login` again. Sent with HTTP 401.
 * const input = {
 *   tokenInput: {
 *     clientId: "arn:aws:signin:::devtools/same-device",
 *     grantType: "refresh_token",
 *     refreshToken: "RefreshTokenEXAMPLE"
 *   }
 * };
 * const command = new CreateOAuth2TokenCommand(input);
 * const response = await client.send(command);
 * /* response is
 * { /* metadata only *\/ }
 * *\/
 * ```
 *
 * @example Redeem an expired authorization code
 * ```javascript
 * // The code was issued too long ago. Sent with HTTP 401.
 * const input = {
 *   tokenInput: {
 *     clientId: "arn:aws:signin:::devtools/same-device",
 *     code: "SigninCode-EXAMPLE-3f9c2a",
 *     codeVerifier: "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
 *     grantType: "authorization_code",
 *     redirectUri: "http://127.0.0.1:53037/oauth/callback"
 *   }
 * };
 * const command = new CreateOAuth2TokenCommand(input);
 * const response = await client.send(command);
 * /* response is
 * { /* metadata only *\/ }
 * *\/
 * ```
 *
 * @example Refresh after a password change
 * ```javascript
 * // The principal's credentials changed after the session began. Sent with HTTP 403.
 * const input = {
 *   tokenInput: {
 *     clientId: "arn:aws:signin:::devtools/same-device",
 *     grantType: "refresh_token",
 *     refreshToken: "RefreshTokenEXAMPLE"
 *   }
 * };
 * const command = new CreateOAuth2TokenCommand(input);
 * const response = await client.send(command);
 * /* response is
 * { /* metadata only *\/ }
 * *\/
 * ```
 *
 * @example Principal lacks permission
 * ```javascript
 * // The principal may not call signin:CreateOAuth2Token. Sent with HTTP 403.
 * const input = {
 *   tokenInput: {
 *     clientId: "arn:aws:signin:::devtools/same-device",
 *     grantType: "refresh_token",
 *     refreshToken: "RefreshTokenEXAMPLE"
 *   }
 * };
 * const command = new CreateOAuth2TokenCommand(input);
 * const response = await client.send(command);
 * /* response is
 * { /* metadata only *\/ }
 * *\/
 * ```
 *
 * @example Missing PKCE verifier
 * ```javascript
 * // An authorization_code request without codeVerifier.
 * const input = {
 *   tokenInput: {
 *     clientId: "arn:aws:signin:::devtools/same-device",
 *     code: "SigninCode-EXAMPLE-3f9c2a",
 *     grantType: "authorization_code",
 *     redirectUri: "http://127.0.0.1:53037/oauth/callback"
 *   }
 * };
 * const command = new CreateOAuth2TokenCommand(input);
 * const response = await client.send(command);
 * /* response is
 * { /* metadata only *\/ }
 * *\/
 * ```
 *
 * @example Rate limited
 * ```javascript
 * // Too many requests; retry later.
 * const input = {
 *   tokenInput: {
 *     clientId: "arn:aws:signin:::devtools/same-device",
 *     grantType: "refresh_token",
 *     refreshToken: "RefreshTokenEXAMPLE"
 *   }
 * };
 * const command = new CreateOAuth2TokenCommand(input);
 * const response = await client.send(command);
 * /* response is
 * { /* metadata only *\/ }
 * *\/
 * ```
 *
 * @example Service failure
 * ```javascript
 * // An unexpected failure inside the service; SDKs retry it.
 * const input = {
 *   tokenInput: {
 *     clientId: "arn:aws:signin:::devtools/same-device",
 *     grantType: "refresh_token",
 *     refreshToken: "RefreshTokenEXAMPLE"
 *   }
 * };
 * const command = new CreateOAuth2TokenCommand(input);
 * const response = await client.send(command);
 * /* response is
 * { /* metadata only *\/ }
 * *\/
 * ```
 *
 * @public
 */
export class CreateOAuth2TokenCommand extends $Command
  .classBuilder<
    CreateOAuth2TokenCommandInput,
    CreateOAuth2TokenCommandOutput,
    SigninClientResolvedConfig,
    ServiceInputTypes,
    ServiceOutputTypes
  >()
  .ep({
    ...commonParams,
    IsControlPlane: { type: "staticContextParams", value: false },
  })
  .m(function (this: any, Command: any, cs: any, config: SigninClientResolvedConfig, o: any) {
    return [getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
  })
  .s("Signin", "CreateOAuth2Token", {})
  .n("SigninClient", "CreateOAuth2TokenCommand")
  .sc(CreateOAuth2Token$)
  .build() {
  /** @internal type navigation helper, not in runtime. */
  declare protected static __types: {
    api: {
      input: CreateOAuth2TokenRequest;
      output: CreateOAuth2TokenResponse;
    };
    sdk: {
      input: CreateOAuth2TokenCommandInput;
      output: CreateOAuth2TokenCommandOutput;
    };
  };
}
