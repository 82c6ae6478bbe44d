// smithy-typescript generated code
import { getEndpointPlugin } from "@smithy/middleware-endpoint";
import { Command as $Command } from "@smithy/smithy-client";
import type { MetadataBearer as __MetadataBearer } from "@smithy/types";

import { commonParams } from "../endpoint/EndpointParameters";
import type { PutResourcePermissionStatementInput, PutResourcePermissionStatementOutput } from "../models/models_0";
import { PutResourcePermissionStatement$ } from "../schemas/schemas_0";
import type { ServiceInputTypes, ServiceOutputTypes, SigninClientResolvedConfig } from "../SigninClient";

/**
 * @public
 */
export type { __MetadataBearer };
export { $Command };
/**
 * @public
 *
 * The input for {@link PutResourcePermissionStatementCommand}.
 */
export interface PutResourcePermissionStatementCommandInput extends PutResourcePermissionStatementInput {}
/**
 * @public
 *
 * The output of {@link PutResourcePermissionStatementCommand}.
 */
export interface PutResourcePermissionStatementCommandOutput
  extends PutResourcePermissionStatementOutput, __MetadataBearer {}

/**
 * Adds a statement to the account's Sign-In resource-based policy that limits where sign-in is
 * allowed from (VPC, VPC endpoint, IP range, Region) and which principal is exempt. Retrying with
 * the same `clientToken` does not add a second statement.
 * @example
 * Use a bare-bones client and the command you need to make an API call.
 * ```javascript
 * import { SigninClient, PutResourcePermissionStatementCommand } from "@open-signin/client"; // ES Modules import
 * // const { SigninClient, PutResourcePermissionStatementCommand } = require("@open-signin/client"); // CommonJS import
 * // import type { SigninClientConfig } from "@open-signin/client";
 * const config = {}; // type is SigninClientConfig
 * const client = new SigninClient(config);
 * const input = { // PutResourcePermissionStatementInput
 *   sourceVpc: "STRING_VALUE",
 *   signinSourceVpce: "STRING_VALUE",
 *   consoleSourceVpce: "STRING_VALUE",
 *   vpcSourceIp: "STRING_VALUE",
 *   sourceIp: "STRING_VALUE",
 *   requestedRegion: "STRING_VALUE",
 *   excludedPrincipal: "STRING_VALUE",
 *   clientToken: "STRING_VALUE",
 * };
 * const command = new PutResourcePermissionStatementCommand(input);
 * const response = await client.send(command);
 * // { // PutResourcePermissionStatementOutput
 * //   statementId: "STRING_VALUE", // required
 * // };
 *
 * ```
 *
 * @param PutResourcePermissionStatementCommandInput - {@link PutResourcePermissionStatementCommandInput}
 * @returns {@link PutResourcePermissionStatementCommandOutput}
 * @see {@link PutResourcePermissionStatementCommandInput} for command's `input` shape.
 * @see {@link PutResourcePermissionStatementCommandOutput} for command's `response` shape.
 * @see {@link SigninClientResolvedConfig | config} for SigninClient's `config` shape.
 *
 * @throws {@link TooManyRequestsError} (client fault)
 *  The caller sent too many requests and should back off and retry. `error` is
 * `INVALID_REQUEST`. SDKs retry this error automatically.
 *
 * @throws {@link ConflictException} (client fault)
 *  The request conflicts with the current state, for example a statement or configuration that
 * already exists. `error` is `CONFLICT`.
 *
 * @throws {@link ServiceQuotaExceededException} (client fault)
 *  The request would exceed a quota, for example the number of statements in a resource-based
 * policy. `error` is `SERVICE_QUOTA_EXCEEDED`. The status is 402, as the service sends it.
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
export class PutResourcePermissionStatementCommand extends $Command
  .classBuilder<
    PutResourcePermissionStatementCommandInput,
    PutResourcePermissionStatementCommandOutput,
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
  .s("Signin", "PutResourcePermissionStatement", {})
  .n("SigninClient", "PutResourcePermissionStatementCommand")
  .sc(PutResourcePermissionStatement$)
  .build() {
  /** @internal type navigation helper, not in runtime. */
  declare protected static __types: {
    api: {
      input: PutResourcePermissionStatementInput;
      output: PutResourcePermissionStatementOutput;
    };
    sdk: {
      input: PutResourcePermissionStatementCommandInput;
      output: PutResourcePermissionStatementCommandOutput;
    };
  };
}
