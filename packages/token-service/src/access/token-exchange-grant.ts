import { invalidGrant, invalidRequest, invalidScope, unsupportedGrantType } from "../errors/protocol-errors.js";
import type { Clock } from "../runtime/clock.js";
import type { AccessTokenCodec } from "../tokens/access-token.js";
import type { AccessTokenIssuer, IssuedAccessToken } from "./access-token-issuer.js";
import type { AccessTokenStatus } from "./access-token-status.js";
import { serviceResource } from "./resource.js";

const TOKEN_EXCHANGE_GRANT = "urn:ietf:params:oauth:grant-type:token-exchange";
const JWT_BEARER_GRANT = "urn:ietf:params:oauth:grant-type:jwt-bearer";
/** "Currently only supports "urn:ietf:params:oauth:token-type:jwt"" (model, subjectTokenType). */
const JWT_TOKEN_TYPE = "urn:ietf:params:oauth:token-type:jwt";
/** RFC 8693 §2.2.1 issued_token_type, as the model documents it. */
const ACCESS_TOKEN_TYPE = "urn:ietf:params:oauth:token-type:access_token";

/** "The issued access token is valid for up to 1 hour" (model: min of the provided token's validity and 3600). */
const EXCHANGED_TOKEN_MAX_SECONDS = 3600;

/** STS accepts at most 10 managed session policies (AssumeRole PolicyArns); scope is applied as those. */
const MAX_SCOPE_POLICIES = 10;

/** An IAM managed policy ARN: `arn:<partition>:iam::<account or aws>:policy/<path/name>`. */
const POLICY_ARN = /^arn:aws(?:-[a-z]+)*:iam::(?:\d{12}|aws):policy\/[\w+=,.@/-]{1,512}$/;

export interface TokenExchangeRequest {
  readonly grantType: string;
  readonly subjectToken?: string | undefined;
  readonly subjectTokenType?: string | undefined;
  readonly resource?: string | undefined;
  readonly scope?: string | undefined;
}

export interface ExchangedToken extends IssuedAccessToken {
  readonly issuedTokenType: typeof ACCESS_TOKEN_TYPE;
}

/**
 * CreateOAuth2TokenWithTokenExchange with `grant_type=urn:ietf:params:oauth:grant-type:token-exchange`
 * (RFC 8693): trades an access token this service issued for one scoped to another service, on
 * behalf of the same principal, for example when an MCP server that received a token for
 * `aws-mcp.amazonaws.com` needs one for `glue.amazonaws.com`. The request is not signed: the
 * subject token is the only proof, so it must verify as one of this service's access tokens
 * (RFC 9068, `typ` at+jwt, in its `ASOA` spelling or as the bare JWT) and still be in force.
 *
 * Refusals, as the model names them:
 * - a subject token that is not an active access token of this service (another issuer, an ID or
 *   refresh token, expired, revoked): InvalidGrantException `invalid_grant`, "The request failed
 *   because the provided grant is invalid or expired." (RFC 8693 §2.2.2 would say invalid_request;
 *   the model gives this case its own error.)
 * - a `scope` that is not a list of IAM managed policy ARNs: InvalidScopeException `invalid_scope`.
 * - missing members, another `subjectTokenType`: ValidationException `INVALID_REQUEST`; a resource
 *   that is not a service principal name: `invalid_target`.
 * - the jwt-bearer grant (RFC 7523): ValidationException `unsupported_grant_type`. Its assertions
 *   are signed by issuers an account trusts through its resource policy, which this service does
 *   not keep.
 *
 * The new token keeps the subject token's principal, client and login session (so revoking that
 * session ends it too), lasts no longer than the subject token nor an hour, and carries the union
 * of the subject token's and the requested session policies in `scope`: each one only narrows what
 * the token allows, so adding policies never widens it. This service carries the policies for the
 * resource server to apply; it does not evaluate IAM policies itself.
 */
export class TokenExchangeGrant {
  constructor(
    private readonly deps: {
      readonly accessTokens: AccessTokenCodec;
      readonly status: AccessTokenStatus;
      readonly issuer: AccessTokenIssuer;
      readonly clock: Clock;
    },
  ) {}

  async exchange(request: TokenExchangeRequest): Promise<ExchangedToken> {
    if (request.grantType === JWT_BEARER_GRANT) {
      throw unsupportedGrantType(`grantType ${JWT_BEARER_GRANT} is not supported; use ${TOKEN_EXCHANGE_GRANT}.`);
    }
    const { subjectToken, subjectTokenType } = request;
    if (subjectToken === undefined) throw invalidRequest(`subjectToken is required with ${TOKEN_EXCHANGE_GRANT}.`);
    if (subjectTokenType === undefined) {
      throw invalidRequest(`subjectTokenType is required with ${TOKEN_EXCHANGE_GRANT}.`);
    }
    if (subjectTokenType !== JWT_TOKEN_TYPE) throw invalidRequest(`subjectTokenType must be ${JWT_TOKEN_TYPE}.`);
    if (request.resource === undefined) throw invalidRequest(`resource is required with ${TOKEN_EXCHANGE_GRANT}.`);
    const resource = serviceResource(request.resource);
    const requestedPolicies = policiesOf(request.scope);

    const now = this.deps.clock.now();
    const subject = await this.deps.accessTokens.verify(subjectToken, now);
    if (!subject || !(await this.deps.status.isActive(subject))) {
      throw invalidGrant("subjectToken is not an active access token issued by this service.");
    }
    const lifetime = Math.min(EXCHANGED_TOKEN_MAX_SECONDS, Math.floor((subject.expiresAt - now) / 1000));
    if (lifetime < 1) throw invalidGrant("subjectToken has expired.");

    const policies = new Set([...policiesOf(subject.scope), ...requestedPolicies]);
    if (policies.size > MAX_SCOPE_POLICIES) {
      throw invalidScope(`scope may name at most ${MAX_SCOPE_POLICIES} policies, with those of the subject token.`);
    }
    const issued = await this.deps.issuer.issue(
      {
        principalArn: subject.principalArn,
        accountId: subject.accountId,
        clientId: subject.clientId,
        sessionId: subject.sessionId,
        scope: policies.size > 0 ? [...policies].join(" ") : undefined,
      },
      resource,
      lifetime,
    );
    return { ...issued, issuedTokenType: ACCESS_TOKEN_TYPE };
  }
}

/** The policy ARNs of a space-delimited `scope`; InvalidScopeException for anything else. */
function policiesOf(scope: string | undefined): string[] {
  if (scope === undefined) return [];
  const policies = scope.split(" ");
  if (!policies.every((policy) => POLICY_ARN.test(policy))) {
    throw invalidScope(
      'scope must be IAM managed policy ARNs separated by single spaces, such as "arn:aws:iam::111122223333:policy/ReadOnly".',
    );
  }
  return policies;
}
