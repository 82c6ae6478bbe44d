// smithy-typescript generated code
import { getEndpointPlugin } from "@smithy/middleware-endpoint";
import { Command as $Command } from "@smithy/smithy-client";
import type { MetadataBearer as __MetadataBearer } from "@smithy/types";

import { commonParams } from "../endpoint/EndpointParameters";
import type {
  DeleteConsoleAuthorizationConfigurationInput,
  DeleteConsoleAuthorizationConfigurationOutput,
} from "../models/models_0";
import { DeleteConsoleAuthorizationConfiguration$ } from "../schemas/schemas_0";
import type { ServiceInputTypes, ServiceOutputTypes, SigninClientResolvedConfig } from "../SigninClient";

/**
 * @public
 */
export type { __MetadataBearer };
export { $Command };
/**
 * @public
 *
 * The input for {@link DeleteConsoleAuthorizationConfigurationCommand}.
 */
export interface DeleteConsoleAuthorizationConfigurationCommandInput extends DeleteConsoleAuthorizationConfigurationInput {}
/**
 * @public
 *
 * The output of {@link DeleteConsoleAuthorizationConfigurationCommand}.
 */
export interface DeleteConsoleAuthorizationConfigurationCommandOutput
  extends DeleteConsoleAuthorizationConfigurationOutput, __MetadataBearer {}

/**
 * Turns console authorization off for an account, organization or organizational unit. Repeating
 * the call changes nothing.
 * @example
 * Use a bare-bones client and the command you need to make an API call.
 * ```javascript
 * import { SigninClient, DeleteConsoleAuthorizationConfigurationCommand } from "@open-signin/client"; // ES Modules import
 * // const { SigninClient, DeleteConsoleAuthorizationConfigurationCommand } = require("@open-signin/client"); // CommonJS import
 * // import type { SigninClientConfig } from "@open-signin/client";
 * const config = {}; // type is SigninClientConfig
 * const client = new SigninClient(config);
 * const input = { // DeleteConsoleAuthorizationConfigurationInput
 *   targetId: "STRING_VALUE",
 * };
 * const command = new DeleteConsoleAuthorizationConfigurationCommand(input);
 * const response = await client.send(command);
 * // { // DeleteConsoleAuthorizationConfigurationOutput
 * //   targetId: "STRING_VALUE", // required
 * //   scope: "STRING_VALUE", // required
 * //   consoleAuthorizationEnabled: true || false, // required
 * // };
 *
 * ```
 *
 * @param DeleteConsoleAuthorizationConfigurationCommandInput - {@link DeleteConsoleAuthorizationConfigurationCommandInput}
 * @returns {@link DeleteConsoleAuthorizationConfigurationCommandOutput}
 * @see {@link DeleteConsoleAuthorizationConfigurationCommandInput} for command's `input` shape.
 * @see {@link DeleteConsoleAuthorizationConfigurationCommandOutput} for command's `response` shape.
 * @see {@link SigninClientResolvedConfig | config} for SigninClient's `config` shape.
 *
 * @throws {@link TooManyRequestsError} (client fault)
 *  The caller sent too many requests and should back off and retry. `error` is
 * `INVALID_REQUEST`. SDKs retry this error automatically.
 *
 * @throws {@link ResourceNotFoundException} (client fault)
 *  The named session, configuration or statement does not exist, or is not visible to the
 * caller. `error` is `RESOURCE_NOT_FOUND`.
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
export class DeleteConsoleAuthorizationConfigurationCommand extends $Command
  .classBuilder<
    DeleteConsoleAuthorizationConfigurationCommandInput,
    DeleteConsoleAuthorizationConfigurationCommandOutput,
    SigninClientResolvedConfig,
    ServiceInputTypes,
    ServiceOutputTypes
  >()
  .ep({
    ...commonParams,
    IsControlPlane: { type: "staticContextParams", value: true },
  })
  .m(function (this: any, Command: any, cs: any, config: SigninClientResolvedConfig, o: any) {
    return [getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
  })
  .s("Signin", "DeleteConsoleAuthorizationConfiguration", {})
  .n("SigninClient", "DeleteConsoleAuthorizationConfigurationCommand")
  .sc(DeleteConsoleAuthorizationConfiguration$)
  .build() {
  /** @internal type navigation helper, not in runtime. */
  declare protected static __types: {
    api: {
      input: DeleteConsoleAuthorizationConfigurationInput;
      output: DeleteConsoleAuthorizationConfigurationOutput;
    };
    sdk: {
      input: DeleteConsoleAuthorizationConfigurationCommandInput;
      output: DeleteConsoleAuthorizationConfigurationCommandOutput;
    };
  };
}
