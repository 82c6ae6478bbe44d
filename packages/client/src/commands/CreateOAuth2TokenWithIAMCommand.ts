// smithy-typescript generated code
import { getEndpointPlugin } from "@smithy/middleware-endpoint";
import { Command as $Command } from "@smithy/smithy-client";
import type { MetadataBearer as __MetadataBearer } from "@smithy/types";

import { commonParams } from "../endpoint/EndpointParameters";
import type { CreateOAuth2TokenWithIAMRequest, CreateOAuth2TokenWithIAMResponse } from "../models/models_0";
import { CreateOAuth2TokenWithIAM$ } from "../schemas/schemas_0";
import type { ServiceInputTypes, ServiceOutputTypes, SigninClientResolvedConfig } from "../SigninClient";

/**
 * @public
 */
export type { __MetadataBearer };
export { $Command };
/**
 * @public
 *
 * The input for {@link CreateOAuth2TokenWithIAMCommand}.
 */
export interface CreateOAuth2TokenWithIAMCommandInput extends CreateOAuth2TokenWithIAMRequest {}
/**
 * @public
 *
 * The output of {@link CreateOAuth2TokenWithIAMCommand}.
 */
export interface CreateOAuth2TokenWithIAMCommandOutput extends CreateOAuth2TokenWithIAMResponse, __MetadataBearer {}

/**
 * Issues an OAuth 2.0 access token for a resource to a caller that proves who it is with a SigV4
 * signature (the OAuth client credentials grant, RFC 6749 section 4.4). The token carries the
 * caller's IAM identity, so an application can present it to an AWS service that accepts Sign-In
 * bearer tokens. It lasts at most one hour and never longer than the signing credentials.
 * @example
 * Use a bare-bones client and the command you need to make an API call.
 * ```javascript
 * import { SigninClient, CreateOAuth2TokenWithIAMCommand } from "@open-signin/client"; // ES Modules import
 * // const { SigninClient, CreateOAuth2TokenWithIAMCommand } = require("@open-signin/client"); // CommonJS import
 * // import type { SigninClientConfig } from "@open-signin/client";
 * const config = {}; // type is SigninClientConfig
 * const client = new SigninClient(config);
 * const input = { // CreateOAuth2TokenWithIAMRequest
 *   grantType: "STRING_VALUE", // required
 *   resource: "STRING_VALUE", // required
 * };
 * const command = new CreateOAuth2TokenWithIAMCommand(input);
 * const response = await client.send(command);
 * // { // CreateOAuth2TokenWithIAMResponse
 * //   accessToken: "STRING_VALUE", // required
 * //   tokenType: "STRING_VALUE", // required
 * //   expiresIn: Number("int"), // required
 * // };
 *
 * ```
 *
 * @param CreateOAuth2TokenWithIAMCommandInput - {@link CreateOAuth2TokenWithIAMCommandInput}
 * @returns {@link CreateOAuth2TokenWithIAMCommandOutput}
 * @see {@link CreateOAuth2TokenWithIAMCommandInput} for command's `input` shape.
 * @see {@link CreateOAuth2TokenWithIAMCommandOutput} for command's `response` shape.
 * @see {@link SigninClientResolvedConfig | config} for SigninClient's `config` shape.
 *
 * @throws {@link TooManyRequestsError} (client fault)
 *  The caller sent too many requests and should back off and retry. `error` is
 * `INVALID_REQUEST`. SDKs retry this error automatically.
 *
 * @throws {@link InternalServerException} (server fault)
 *  The service failed to process a valid request. `error` is `server_error`. SDKs retry this
 * error automatically.
 *
 * @throws {@link ValidationException} (client fault)
 *  The request is malformed or invalid: a missing or badly formed member, an unknown or
 * mismatched code, a bad PKCE verifier, or a missing or invalid DPoP proof. `error` is
 * `INVALID_REQUEST`.
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
 * @throws {@link SigninServiceException}
 * <p>Base exception class for all service exceptions from Signin service.</p>
 *
 *
 * @public
 */
export class CreateOAuth2TokenWithIAMCommand extends $Command
  .classBuilder<
    CreateOAuth2TokenWithIAMCommandInput,
    CreateOAuth2TokenWithIAMCommandOutput,
    SigninClientResolvedConfig,
    ServiceInputTypes,
    ServiceOutputTypes
  >()
  .ep({
    ...commonParams,
    IsOAuthEndpoint: { type: "staticContextParams", value: true },
  })
  .m(function (this: any, Command: any, cs: any, config: SigninClientResolvedConfig, o: any) {
    return [getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
  })
  .s("Signin", "CreateOAuth2TokenWithIAM", {})
  .n("SigninClient", "CreateOAuth2TokenWithIAMCommand")
  .sc(CreateOAuth2TokenWithIAM$)
  .build() {
  /** @internal type navigation helper, not in runtime. */
  declare protected static __types: {
    api: {
      input: CreateOAuth2TokenWithIAMRequest;
      output: CreateOAuth2TokenWithIAMResponse;
    };
    sdk: {
      input: CreateOAuth2TokenWithIAMCommandInput;
      output: CreateOAuth2TokenWithIAMCommandOutput;
    };
  };
}
