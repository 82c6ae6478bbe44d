// smithy-typescript generated code
import { getEndpointPlugin } from "@smithy/middleware-endpoint";
import { Command as $Command } from "@smithy/smithy-client";
import type { MetadataBearer as __MetadataBearer } from "@smithy/types";

import { commonParams } from "../endpoint/EndpointParameters";
import type { GetResourcePolicyInput, GetResourcePolicyOutput } from "../models/models_0";
import { GetResourcePolicy$ } from "../schemas/schemas_0";
import type { ServiceInputTypes, ServiceOutputTypes, SigninClientResolvedConfig } from "../SigninClient";

/**
 * @public
 */
export type { __MetadataBearer };
export { $Command };
/**
 * @public
 *
 * The input for {@link GetResourcePolicyCommand}.
 */
export interface GetResourcePolicyCommandInput extends GetResourcePolicyInput {}
/**
 * @public
 *
 * The output of {@link GetResourcePolicyCommand}.
 */
export interface GetResourcePolicyCommandOutput extends GetResourcePolicyOutput, __MetadataBearer {}

/**
 * Returns the account's Sign-In resource-based policy, assembled from all its permission
 * statements.
 * @example
 * Use a bare-bones client and the command you need to make an API call.
 * ```javascript
 * import { SigninClient, GetResourcePolicyCommand } from "@open-signin/client"; // ES Modules import
 * // const { SigninClient, GetResourcePolicyCommand } = require("@open-signin/client"); // CommonJS import
 * // import type { SigninClientConfig } from "@open-signin/client";
 * const config = {}; // type is SigninClientConfig
 * const client = new SigninClient(config);
 * const input = {};
 * const command = new GetResourcePolicyCommand(input);
 * const response = await client.send(command);
 * // { // GetResourcePolicyOutput
 * //   signinResourceBasedPolicy: { // SigninResourceBasedPolicy
 * //     version: "STRING_VALUE",
 * //     statement: [ // PolicyStatements
 * //       { // PolicyStatement
 * //         effect: "STRING_VALUE",
 * //         principal: { // Principal
 * //           "<keys>": "STRING_VALUE",
 * //         },
 * //         action: [ // PolicyActions
 * //           "STRING_VALUE",
 * //         ],
 * //         resource: "STRING_VALUE",
 * //         condition: { // ConditionBlock
 * //           "<keys>": { // Condition
 * //             "<keys>": [ // ConditionValues
 * //               "STRING_VALUE",
 * //             ],
 * //           },
 * //         },
 * //       },
 * //     ],
 * //   },
 * // };
 *
 * ```
 *
 * @param GetResourcePolicyCommandInput - {@link GetResourcePolicyCommandInput}
 * @returns {@link GetResourcePolicyCommandOutput}
 * @see {@link GetResourcePolicyCommandInput} for command's `input` shape.
 * @see {@link GetResourcePolicyCommandOutput} for command's `response` shape.
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
export class GetResourcePolicyCommand extends $Command
  .classBuilder<
    GetResourcePolicyCommandInput,
    GetResourcePolicyCommandOutput,
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
  .s("Signin", "GetResourcePolicy", {})
  .n("SigninClient", "GetResourcePolicyCommand")
  .sc(GetResourcePolicy$)
  .build() {
  /** @internal type navigation helper, not in runtime. */
  declare protected static __types: {
    api: {
      input: {};
      output: GetResourcePolicyOutput;
    };
    sdk: {
      input: GetResourcePolicyCommandInput;
      output: GetResourcePolicyCommandOutput;
    };
  };
}
