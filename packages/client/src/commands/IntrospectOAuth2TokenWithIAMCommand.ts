// smithy-typescript generated code
import { getEndpointPlugin } from "@smithy/middleware-endpoint";
import { Command as $Command } from "@smithy/smithy-client";
import type { MetadataBearer as __MetadataBearer } from "@smithy/types";

import { commonParams } from "../endpoint/EndpointParameters";
import type { IntrospectOAuth2TokenWithIAMRequest, IntrospectOAuth2TokenWithIAMResponse } from "../models/models_0";
import { IntrospectOAuth2TokenWithIAM$ } from "../schemas/schemas_0";
import type { ServiceInputTypes, ServiceOutputTypes, SigninClientResolvedConfig } from "../SigninClient";

/**
 * @public
 */
export type { __MetadataBearer };
export { $Command };
/**
 * @public
 *
 * The input for {@link IntrospectOAuth2TokenWithIAMCommand}.
 */
export interface IntrospectOAuth2TokenWithIAMCommandInput extends IntrospectOAuth2TokenWithIAMRequest {}
/**
 * @public
 *
 * The output of {@link IntrospectOAuth2TokenWithIAMCommand}.
 */
export interface IntrospectOAuth2TokenWithIAMCommandOutput
  extends IntrospectOAuth2TokenWithIAMResponse, __MetadataBearer {}

/**
 * Reports whether a Sign-In access or refresh token is active and, if it is, the claims it carries
 * (RFC 7662 token introspection). The caller signs the request with SigV4.
 * @example
 * Use a bare-bones client and the command you need to make an API call.
 * ```javascript
 * import { SigninClient, IntrospectOAuth2TokenWithIAMCommand } from "@open-signin/client"; // ES Modules import
 * // const { SigninClient, IntrospectOAuth2TokenWithIAMCommand } = require("@open-signin/client"); // CommonJS import
 * // import type { SigninClientConfig } from "@open-signin/client";
 * const config = {}; // type is SigninClientConfig
 * const client = new SigninClient(config);
 * const input = { // IntrospectOAuth2TokenWithIAMRequest
 *   token: "STRING_VALUE", // required
 *   tokenTypeHint: "STRING_VALUE",
 * };
 * const command = new IntrospectOAuth2TokenWithIAMCommand(input);
 * const response = await client.send(command);
 * // { // IntrospectOAuth2TokenWithIAMResponse
 * //   active: true || false, // required
 * //   clientId: "STRING_VALUE",
 * //   userId: "STRING_VALUE",
 * //   tokenType: "STRING_VALUE",
 * //   exp: Number("long"),
 * //   iat: Number("long"),
 * //   nbf: Number("long"),
 * //   sub: "STRING_VALUE",
 * //   aud: "STRING_VALUE",
 * //   iss: "STRING_VALUE",
 * //   jti: "STRING_VALUE",
 * //   accountId: "STRING_VALUE",
 * //   signinSession: "STRING_VALUE",
 * //   resource: "STRING_VALUE",
 * // };
 *
 * ```
 *
 * @param IntrospectOAuth2TokenWithIAMCommandInput - {@link IntrospectOAuth2TokenWithIAMCommandInput}
 * @returns {@link IntrospectOAuth2TokenWithIAMCommandOutput}
 * @see {@link IntrospectOAuth2TokenWithIAMCommandInput} for command's `input` shape.
 * @see {@link IntrospectOAuth2TokenWithIAMCommandOutput} for command's `response` shape.
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
export class IntrospectOAuth2TokenWithIAMCommand extends $Command
  .classBuilder<
    IntrospectOAuth2TokenWithIAMCommandInput,
    IntrospectOAuth2TokenWithIAMCommandOutput,
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
  .s("Signin", "IntrospectOAuth2TokenWithIAM", {})
  .n("SigninClient", "IntrospectOAuth2TokenWithIAMCommand")
  .sc(IntrospectOAuth2TokenWithIAM$)
  .build() {
  /** @internal type navigation helper, not in runtime. */
  declare protected static __types: {
    api: {
      input: IntrospectOAuth2TokenWithIAMRequest;
      output: IntrospectOAuth2TokenWithIAMResponse;
    };
    sdk: {
      input: IntrospectOAuth2TokenWithIAMCommandInput;
      output: IntrospectOAuth2TokenWithIAMCommandOutput;
    };
  };
}
