import { invalidRequest } from "../errors/protocol-errors.js";
import type { AccessTokenIssuer, IssuedAccessToken } from "./access-token-issuer.js";
import type { IamCaller } from "./iam-caller.js";
import { serviceResource } from "./resource.js";

/*
 * CreateBearerTokenRequest.durationSeconds: "The requested token lifetime in seconds, from 300
 * (5 minutes) up to the maximum allowed for the service, currently 43200 (12 hours). If omitted,
 * the token is valid for 12 hours." The model's @range checks the minimum; the maximum is ours.
 */
const BEARER_TOKEN_DEFAULT_SECONDS = 43_200;
const BEARER_TOKEN_MAX_SECONDS = 43_200;

/**
 * CreateBearerToken: a bearer token standing for the SigV4-signed caller, for one service. Unlike
 * CreateOAuth2TokenWithIAM its lifetime is what the caller asks for (12 hours by default), not
 * bounded by the signing credentials: that is how the model documents it. It is tied to the login
 * session of those credentials instead, so revoking that session makes introspection report it
 * inactive.
 */
export class BearerTokenGrant {
  constructor(private readonly deps: { readonly issuer: AccessTokenIssuer }) {}

  async issue(
    caller: IamCaller,
    request: { readonly resource: string; readonly durationSeconds?: number | undefined },
  ): Promise<IssuedAccessToken> {
    const resource = serviceResource(request.resource);
    const lifetime = request.durationSeconds ?? BEARER_TOKEN_DEFAULT_SECONDS;
    if (lifetime > BEARER_TOKEN_MAX_SECONDS) {
      throw invalidRequest(`durationSeconds must be at most ${BEARER_TOKEN_MAX_SECONDS} (12 hours).`);
    }
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
