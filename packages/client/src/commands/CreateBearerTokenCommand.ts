// smithy-typescript generated code
import { getEndpointPlugin } from "@smithy/middleware-endpoint";
import { Command as $Command } from "@smithy/smithy-client";
import type { MetadataBearer as __MetadataBearer } from "@smithy/types";

import { commonParams } from "../endpoint/EndpointParameters";
import type { CreateBearerTokenRequest, CreateBearerTokenResponse } from "../models/models_0";
import { CreateBearerToken$ } from "../schemas/schemas_0";
import type { ServiceInputTypes, ServiceOutputTypes, SigninClientResolvedConfig } from "../SigninClient";

/**
 * @public
 */
export type { __MetadataBearer };
export { $Command };
/**
 * @public
 *
 * The input for {@link CreateBearerTokenCommand}.
 */
export interface CreateBearerTokenCommandInput extends CreateBearerTokenRequest {}
/**
 * @public
 *
 * The output of {@link CreateBearerTokenCommand}.
 */
export interface CreateBearerTokenCommandOutput extends CreateBearerTokenResponse, __MetadataBearer {}

/**
 * Wraps the caller's IAM identity, proven by a SigV4 signature, into a bearer token that a
 * supporting AWS service accepts in place of signed requests. It is served on the token endpoint
 * with `x-amz-token-request-type=bearer`; unless `durationSeconds` says otherwise it lasts 12
 * hours.
 * @example
 * Use a bare-bones client and the command you need to make an API call.
 * ```javascript
 * import { SigninClient, CreateBearerTokenCommand } from "@open-signin/client"; // ES Modules import
 * // const { SigninClient, CreateBearerTokenCommand } = require("@open-signin/client"); // CommonJS import
 * // import type { SigninClientConfig } from "@open-signin/client";
 * const config = {}; // type is SigninClientConfig
 * const client = new SigninClient(config);
 * const input = { // CreateBearerTokenRequest
 *   grantType: "STRING_VALUE", // required
 *   resource: "STRING_VALUE", // required
 *   durationSeconds: Number("int"),
 * };
 * const command = new CreateBearerTokenCommand(input);
 * const response = await client.send(command);
 * // { // CreateBearerTokenResponse
 * //   accessToken: "STRING_VALUE", // required
 * //   tokenType: "STRING_VALUE", // required
 * //   expiresIn: Number("int"), // required
 * // };
 *
 * ```
 *
 * @param CreateBearerTokenCommandInput - {@link CreateBearerTokenCommandInput}
 * @returns {@link CreateBearerTokenCommandOutput}
 * @see {@link CreateBearerTokenCommandInput} for command's `input` shape.
 * @see {@link CreateBearerTokenCommandOutput} for command's `response` shape.
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
export class CreateBearerTokenCommand extends $Command
  .classBuilder<
    CreateBearerTokenCommandInput,
    CreateBearerTokenCommandOutput,
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
  .s("Signin", "CreateBearerToken", {})
  .n("SigninClient", "CreateBearerTokenCommand")
  .sc(CreateBearerToken$)
  .build() {
  /** @internal type navigation helper, not in runtime. */
  declare protected static __types: {
    api: {
      input: CreateBearerTokenRequest;
      output: CreateBearerTokenResponse;
    };
    sdk: {
      input: CreateBearerTokenCommandInput;
      output: CreateBearerTokenCommandOutput;
    };
  };
}
