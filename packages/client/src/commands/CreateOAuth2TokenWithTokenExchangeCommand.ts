// smithy-typescript generated code
import { getEndpointPlugin } from "@smithy/middleware-endpoint";
import { Command as $Command } from "@smithy/smithy-client";
import type { MetadataBearer as __MetadataBearer } from "@smithy/types";

import { commonParams } from "../endpoint/EndpointParameters";
import type {
  CreateOAuth2TokenWithTokenExchangeRequest,
  CreateOAuth2TokenWithTokenExchangeResponse,
} from "../models/models_0";
import { CreateOAuth2TokenWithTokenExchange$ } from "../schemas/schemas_0";
import type { ServiceInputTypes, ServiceOutputTypes, SigninClientResolvedConfig } from "../SigninClient";

/**
 * @public
 */
export type { __MetadataBearer };
export { $Command };
/**
 * @public
 *
 * The input for {@link CreateOAuth2TokenWithTokenExchangeCommand}.
 */
export interface CreateOAuth2TokenWithTokenExchangeCommandInput extends CreateOAuth2TokenWithTokenExchangeRequest {}
/**
 * @public
 *
 * The output of {@link CreateOAuth2TokenWithTokenExchangeCommand}.
 */
export interface CreateOAuth2TokenWithTokenExchangeCommandOutput
  extends CreateOAuth2TokenWithTokenExchangeResponse, __MetadataBearer {}

/**
 * Trades a token the caller already holds for a Sign-In access token scoped to a resource. Two
 * grants are accepted: OAuth 2.0 token exchange (RFC 8693, with `subjectToken` and
 * `subjectTokenType`) and the JWT bearer grant (RFC 7523, with `assertion`). The presented token
 * is the only proof of identity, so the request is not SigV4-signed.
 * @example
 * Use a bare-bones client and the command you need to make an API call.
 * ```javascript
 * import { SigninClient, CreateOAuth2TokenWithTokenExchangeCommand } from "@open-signin/client"; // ES Modules import
 * // const { SigninClient, CreateOAuth2TokenWithTokenExchangeCommand } = require("@open-signin/client"); // CommonJS import
 * // import type { SigninClientConfig } from "@open-signin/client";
 * const config = {}; // type is SigninClientConfig
 * const client = new SigninClient(config);
 * const input = { // CreateOAuth2TokenWithTokenExchangeRequest
 *   grantType: "STRING_VALUE", // required
 *   subjectToken: "STRING_VALUE",
 *   subjectTokenType: "STRING_VALUE",
 *   assertion: "STRING_VALUE",
 *   clientId: "STRING_VALUE",
 *   resource: "STRING_VALUE",
 *   scope: "STRING_VALUE",
 * };
 * const command = new CreateOAuth2TokenWithTokenExchangeCommand(input);
 * const response = await client.send(command);
 * // { // CreateOAuth2TokenWithTokenExchangeResponse
 * //   accessToken: "STRING_VALUE", // required
 * //   issuedTokenType: "STRING_VALUE",
 * //   tokenType: "STRING_VALUE", // required
 * //   expiresIn: Number("int"), // required
 * //   resource: "STRING_VALUE",
 * //   scope: "STRING_VALUE",
 * // };
 *
 * ```
 *
 * @param CreateOAuth2TokenWithTokenExchangeCommandInput - {@link CreateOAuth2TokenWithTokenExchangeCommandInput}
 * @returns {@link CreateOAuth2TokenWithTokenExchangeCommandOutput}
 * @see {@link CreateOAuth2TokenWithTokenExchangeCommandInput} for command's `input` shape.
 * @see {@link CreateOAuth2TokenWithTokenExchangeCommandOutput} for command's `response` shape.
 * @see {@link SigninClientResolvedConfig | config} for SigninClient's `config` shape.
 *
 * @throws {@link InvalidGrantException} (client fault)
 *  The token or assertion presented to CreateOAuth2TokenWithTokenExchange is invalid, expired,
 * or from an issuer the service does not accept (RFC 6749 `invalid_grant`).
 *
 * @throws {@link InvalidScopeException} (client fault)
 *  The requested scope or resource is unknown or not allowed for the caller (`invalid_scope` or
 * `invalid_target`).
 *
 * @throws {@link TooManyRequestsError} (client fault)
 *  The caller sent too many requests and should back off and retry. `error` is
 * `INVALID_REQUEST`. SDKs retry this error automatically.
 *
 * @throws {@link ServiceUnavailableException} (server fault)
 *  The service cannot take the request right now. `error` is `service_unavailable`. SDKs retry
 * this error automatically.
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
 * @throws {@link SigninServiceException}
 * <p>Base exception class for all service exceptions from Signin service.</p>
 *
 *
 * @public
 */
export class CreateOAuth2TokenWithTokenExchangeCommand extends $Command
  .classBuilder<
    CreateOAuth2TokenWithTokenExchangeCommandInput,
    CreateOAuth2TokenWithTokenExchangeCommandOutput,
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
  .s("Signin", "CreateOAuth2TokenWithTokenExchange", {})
  .n("SigninClient", "CreateOAuth2TokenWithTokenExchangeCommand")
  .sc(CreateOAuth2TokenWithTokenExchange$)
  .build() {
  /** @internal type navigation helper, not in runtime. */
  declare protected static __types: {
    api: {
      input: CreateOAuth2TokenWithTokenExchangeRequest;
      output: CreateOAuth2TokenWithTokenExchangeResponse;
    };
    sdk: {
      input: CreateOAuth2TokenWithTokenExchangeCommandInput;
      output: CreateOAuth2TokenWithTokenExchangeCommandOutput;
    };
  };
}
