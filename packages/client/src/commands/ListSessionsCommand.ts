// smithy-typescript generated code
import { getEndpointPlugin } from "@smithy/middleware-endpoint";
import { Command as $Command } from "@smithy/smithy-client";
import type { MetadataBearer as __MetadataBearer } from "@smithy/types";

import { commonParams } from "../endpoint/EndpointParameters";
import type { ListSessionsInput, ListSessionsOutput } from "../models/models_0";
import { ListSessions$ } from "../schemas/schemas_0";
import type { ServiceInputTypes, ServiceOutputTypes, SigninClientResolvedConfig } from "../SigninClient";

/**
 * @public
 */
export type { __MetadataBearer };
export { $Command };
/**
 * @public
 *
 * The input for {@link ListSessionsCommand}.
 */
export interface ListSessionsCommandInput extends ListSessionsInput {}
/**
 * @public
 *
 * The output of {@link ListSessionsCommand}.
 */
export interface ListSessionsCommandOutput extends ListSessionsOutput, __MetadataBearer {}

/**
 * Lists sign-in sessions of an IAM identity in the caller's account, a page at a time. Without
 * `principalArn` the caller's own sessions are listed; a user or role ARN lists that identity's
 * sessions, and `arn:aws:iam::<account>:*` lists the whole account. All given filters must match.
 * @example
 * Use a bare-bones client and the command you need to make an API call.
 * ```javascript
 * import { SigninClient, ListSessionsCommand } from "@open-signin/client"; // ES Modules import
 * // const { SigninClient, ListSessionsCommand } = require("@open-signin/client"); // CommonJS import
 * // import type { SigninClientConfig } from "@open-signin/client";
 * const config = {}; // type is SigninClientConfig
 * const client = new SigninClient(config);
 * const input = { // ListSessionsInput
 *   principalArn: "STRING_VALUE",
 *   maxResults: Number("int"),
 *   nextToken: "STRING_VALUE",
 *   status: "ACTIVE" || "REVOKED",
 *   clientId: "STRING_VALUE",
 *   issuedAfter: Number("long"),
 *   issuedBefore: Number("long"),
 * };
 * const command = new ListSessionsCommand(input);
 * const response = await client.send(command);
 * // { // ListSessionsOutput
 * //   items: [ // SessionSummaryList // required
 * //     { // Session
 * //       sessionArn: "STRING_VALUE", // required
 * //       principalArn: "STRING_VALUE", // required
 * //       role: "STRING_VALUE",
 * //       status: "ACTIVE" || "REVOKED",
 * //       issuedAt: Number("long"), // required
 * //       expiresAt: Number("long"), // required
 * //       clientId: "STRING_VALUE",
 * //       clientType: "CLI" || "MCP",
 * //       resource: "STRING_VALUE",
 * //     },
 * //   ],
 * //   nextToken: "STRING_VALUE",
 * // };
 *
 * ```
 *
 * @param ListSessionsCommandInput - {@link ListSessionsCommandInput}
 * @returns {@link ListSessionsCommandOutput}
 * @see {@link ListSessionsCommandInput} for command's `input` shape.
 * @see {@link ListSessionsCommandOutput} for command's `response` shape.
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
export class ListSessionsCommand extends $Command
  .classBuilder<
    ListSessionsCommandInput,
    ListSessionsCommandOutput,
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
  .s("Signin", "ListSessions", {})
  .n("SigninClient", "ListSessionsCommand")
  .sc(ListSessions$)
  .build() {
  /** @internal type navigation helper, not in runtime. */
  declare protected static __types: {
    api: {
      input: ListSessionsInput;
      output: ListSessionsOutput;
    };
    sdk: {
      input: ListSessionsCommandInput;
      output: ListSessionsCommandOutput;
    };
  };
}
