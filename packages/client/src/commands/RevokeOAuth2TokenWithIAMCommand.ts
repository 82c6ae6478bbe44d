// smithy-typescript generated code
import { getEndpointPlugin } from "@smithy/middleware-endpoint";
import { Command as $Command } from "@smithy/smithy-client";
import type { MetadataBearer as __MetadataBearer } from "@smithy/types";

import { commonParams } from "../endpoint/EndpointParameters";
import type { RevokeOAuth2TokenWithIAMRequest, RevokeOAuth2TokenWithIAMResponse } from "../models/models_0";
import { RevokeOAuth2TokenWithIAM$ } from "../schemas/schemas_0";
import type { ServiceInputTypes, ServiceOutputTypes, SigninClientResolvedConfig } from "../SigninClient";

/**
 * @public
 */
export type { __MetadataBearer };
export { $Command };
/**
 * @public
 *
 * The input for {@link RevokeOAuth2TokenWithIAMCommand}.
 */
export interface RevokeOAuth2TokenWithIAMCommandInput extends RevokeOAuth2TokenWithIAMRequest {}
/**
 * @public
 *
 * The output of {@link RevokeOAuth2TokenWithIAMCommand}.
 */
export interface RevokeOAuth2TokenWithIAMCommandOutput extends RevokeOAuth2TokenWithIAMResponse, __MetadataBearer {}

/**
 * Revokes a Sign-In refresh token (RFC 7009), and with it every token that was derived from the
 * same grant, so the session behind it cannot be refreshed again. The caller signs the request
 * with SigV4. Revoking a token that is already revoked succeeds.
 * @example
 * Use a bare-bones client and the command you need to make an API call.
 * ```javascript
 * import { SigninClient, RevokeOAuth2TokenWithIAMCommand } from "@open-signin/client"; // ES Modules import
 * // const { SigninClient, RevokeOAuth2TokenWithIAMCommand } = require("@open-signin/client"); // CommonJS import
 * // import type { SigninClientConfig } from "@open-signin/client";
 * const config = {}; // type is SigninClientConfig
 * const client = new SigninClient(config);
 * const input = { // RevokeOAuth2TokenWithIAMRequest
 *   token: "STRING_VALUE", // required
 * };
 * const command = new RevokeOAuth2TokenWithIAMCommand(input);
 * const response = await client.send(command);
 * // {};
 *
 * ```
 *
 * @param RevokeOAuth2TokenWithIAMCommandInput - {@link RevokeOAuth2TokenWithIAMCommandInput}
 * @returns {@link RevokeOAuth2TokenWithIAMCommandOutput}
 * @see {@link RevokeOAuth2TokenWithIAMCommandInput} for command's `input` shape.
 * @see {@link RevokeOAuth2TokenWithIAMCommandOutput} for command's `response` shape.
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
export class RevokeOAuth2TokenWithIAMCommand extends $Command
  .classBuilder<
    RevokeOAuth2TokenWithIAMCommandInput,
    RevokeOAuth2TokenWithIAMCommandOutput,
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
  .s("Signin", "RevokeOAuth2TokenWithIAM", {})
  .n("SigninClient", "RevokeOAuth2TokenWithIAMCommand")
  .sc(RevokeOAuth2TokenWithIAM$)
  .build() {
  /** @internal type navigation helper, not in runtime. */
  declare protected static __types: {
    api: {
      input: RevokeOAuth2TokenWithIAMRequest;
      output: {};
    };
    sdk: {
      input: RevokeOAuth2TokenWithIAMCommandInput;
      output: RevokeOAuth2TokenWithIAMCommandOutput;
    };
  };
}
