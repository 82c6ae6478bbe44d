import { tokenExpired } from "../errors/protocol-errors.js";
import type { Clock } from "../runtime/clock.js";
import type { AccessTokenIssuer, IssuedAccessToken } from "./access-token-issuer.js";
import type { IamCaller } from "./iam-caller.js";
import { serviceResource } from "./resource.js";

/**
 * The model's cap: "The token lifetime in seconds. Value is the minimum of the caller's session
 * validity and 1 hour (3600 seconds)." (CreateOAuth2TokenWithIAMResponse.expiresIn)
 */
const IAM_ACCESS_TOKEN_MAX_SECONDS = 3600;

/**
 * CreateOAuth2TokenWithIAM: the client credentials grant (RFC 6749 §4.4) for a SigV4-signed caller.
 * The caller's signature is its client authentication, so the token is for the caller itself
 * (`sub` and `client_id` are its ARN), scoped to `resource` (`aud`), and never outlives the
 * credentials that asked for it. The grant type itself (`client_credentials`) is checked by the
 * model's pattern before this runs.
 */
export class IamAccessTokenGrant {
  constructor(
    private readonly deps: {
      readonly issuer: AccessTokenIssuer;
      readonly clock: Clock;
    },
  ) {}

  async issue(caller: IamCaller, request: { readonly resource: string }): Promise<IssuedAccessToken> {
    const resource = serviceResource(request.resource);
    const sessionLeft = Math.floor((caller.credentialsExpireAt - this.deps.clock.now()) / 1000);
    const lifetime = Math.min(IAM_ACCESS_TOKEN_MAX_SECONDS, sessionLeft);
    if (lifetime < 1) throw tokenExpired("The credentials that signed the request have expired.");
    return this.deps.issuer.issue(
      {
        principalArn: caller.principalArn,
        accountId: caller.accountId,
        clientId: caller.principalArn,
        sessionId: caller.sessionId,
      },
      resource,
      lifetime,
    );
  }
}
