import type { ResolvedCredentials } from "../credentials/local-credentials-issuer.js";
import { insufficientPermissions, invalidRequest } from "../errors/protocol-errors.js";
import { type Principal, type PrincipalDirectory, SigninAction, isAllowed } from "../principals/principal-directory.js";
import type { Clock } from "../runtime/clock.js";
import type { TokenRequestContext } from "./request-context.js";
import { type SigningCredentialsResolver, verifySigV4Request } from "./sigv4-signature.js";

/**
 * The IAM action each SigV4-authenticated operation needs (see SigninAction for where the names
 * come from). CreateOAuth2Token is absent: it is unsigned for public clients and authorizes
 * confidential ones itself (client-authentication.ts). So is CreateOAuth2TokenWithTokenExchange,
 * which the model marks `@auth([])`: its subject token authenticates it.
 */
const operationActions = {
  CreateOAuth2TokenWithIAM: SigninAction.CreateOAuth2Token,
  CreateBearerToken: SigninAction.CreateBearerToken,
  RevokeOAuth2TokenWithIAM: SigninAction.RevokeOAuth2Token,
  IntrospectOAuth2TokenWithIAM: SigninAction.IntrospectOAuth2Token,
  ListSessions: SigninAction.ListSessions,
  GetSession: SigninAction.GetSession,
  BatchRevokeSessions: SigninAction.BatchRevokeSessions,
} as const satisfies Readonly<Record<string, SigninAction>>;

export type SignedOperation = keyof typeof operationActions;

/** The authenticated, authorized caller of a SigV4 operation. */
export interface Caller {
  /** The principal as the directory has it now (ARN, account, allowed actions). */
  readonly principal: Principal;
  /** The credentials that signed the request, with the login session they came from. */
  readonly credentials: ResolvedCredentials;
}

/**
 * Authenticates the SigV4 signature of an operation request and authorizes the signer for the
 * operation's IAM action. One instance serves every SigV4 operation:
 *
 *   const caller = await deps.authenticator.authenticate(context, "ListSessions");
 *
 * Errors (thrown, all modeled): ValidationException when the request is unsigned or its signature
 * does not verify; AccessDeniedException INSUFFICIENT_PERMISSIONS (403) when the principal no
 * longer exists or lacks the action.
 */
export class OperationAuthenticator {
  constructor(
    private readonly deps: {
      readonly credentials: SigningCredentialsResolver;
      readonly principals: PrincipalDirectory;
      readonly clock: Clock;
    },
  ) {}

  async authenticate(context: TokenRequestContext, operation: SignedOperation): Promise<Caller> {
    const authorization = context.header("authorization");
    if (authorization === undefined) {
      throw invalidRequest(`${operation} must be signed with SigV4 (service "signin").`);
    }
    const credentials = await verifySigV4Request(context, authorization, this.deps);
    const action = operationActions[operation];
    const principal = await this.deps.principals.findPrincipal(credentials.principalArn);
    if (!principal || !isAllowed(principal, action)) throw insufficientPermissions(action);
    return { principal, credentials };
  }
}
