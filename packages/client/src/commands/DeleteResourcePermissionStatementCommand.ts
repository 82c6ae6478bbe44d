// smithy-typescript generated code
import { getEndpointPlugin } from "@smithy/middleware-endpoint";
import { Command as $Command } from "@smithy/smithy-client";
import type { MetadataBearer as __MetadataBearer } from "@smithy/types";

import { commonParams } from "../endpoint/EndpointParameters";
import type {
  DeleteResourcePermissionStatementInput,
  DeleteResourcePermissionStatementOutput,
} from "../models/models_0";
import { DeleteResourcePermissionStatement$ } from "../schemas/schemas_0";
import type { ServiceInputTypes, ServiceOutputTypes, SigninClientResolvedConfig } from "../SigninClient";

/**
 * @public
 */
export type { __MetadataBearer };
export { $Command };
/**
 * @public
 *
 * The input for {@link DeleteResourcePermissionStatementCommand}.
 */
export interface DeleteResourcePermissionStatementCommandInput extends DeleteResourcePermissionStatementInput {}
/**
 * @public
 *
 * The output of {@link DeleteResourcePermissionStatementCommand}.
 */
export interface DeleteResourcePermissionStatementCommandOutput
  extends DeleteResourcePermissionStatementOutput, __MetadataBearer {}

/**
 * Removes one statement from the account's Sign-In resource-based policy.
 * @example
 * Use a bare-bones client and the command you need to make an API call.
 * ```javascript
 * import { SigninClient, DeleteResourcePermissionStatementCommand } from "@open-signin/client"; // ES Modules import
 * // const { SigninClient, DeleteResourcePermissionStatementCommand } = require("@open-signin/client"); // CommonJS import
 * // import type { SigninClientConfig } from "@open-signin/client";
 * const config = {}; // type is SigninClientConfig
 * const client = new SigninClient(config);
 * const input = { // DeleteResourcePermissionStatementInput
 *   statementId: "STRING_VALUE", // required
 *   clientToken: "STRING_VALUE",
 * };
 * const command = new DeleteResourcePermissionStatementCommand(input);
 * const response = await client.send(command);
 * // {};
 *
 * ```
 *
 * @param DeleteResourcePermissionStatementCommandInput - {@link DeleteResourcePermissionStatementCommandInput}
 * @returns {@link DeleteResourcePermissionStatementCommandOutput}
 * @see {@link DeleteResourcePermissionStatementCommandInput} for command's `input` shape.
 * @see {@link DeleteResourcePermissionStatementCommandOutput} for command's `response` shape.
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
export class DeleteResourcePermissionStatementCommand extends $Command
  .classBuilder<
    DeleteResourcePermissionStatementCommandInput,
    DeleteResourcePermissionStatementCommandOutput,
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
  .s("Signin", "DeleteResourcePermissionStatement", {})
  .n("SigninClient", "DeleteResourcePermissionStatementCommand")
  .sc(DeleteResourcePermissionStatement$)
  .build() {
  /** @internal type navigation helper, not in runtime. */
  declare protected static __types: {
    api: {
      input: DeleteResourcePermissionStatementInput;
      output: {};
    };
    sdk: {
      input: DeleteResourcePermissionStatementCommandInput;
      output: DeleteResourcePermissionStatementCommandOutput;
    };
  };
}
