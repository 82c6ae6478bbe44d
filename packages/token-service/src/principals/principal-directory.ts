/**
 * Who can sign in, and what they may do. The token service only reads principals; the sign-in
 * front end (or any deployment's identity system) owns and edits them.
 */

/** IAM-style actions the Sign-In service authorizes. */
export const SigninAction = {
  /** Use the token endpoint: redeem a code or refresh (managed policy SignInLocalDevelopmentAccess). */
  CreateOAuth2Token: "signin:CreateOAuth2Token",
  /** Sign in at /v1/authorize. */
  AuthorizeOAuth2Access: "signin:AuthorizeOAuth2Access",
  /** Call the token endpoint as a confidential (SigV4-signed) client. */
  ExchangeToken: "signin:ExchangeToken",
  /*
   * The SigV4-authenticated operations. Where AWS documents the action, the name is AWS's: the
   * Service Authorization Reference for AWS Signin,
   * https://docs.aws.amazon.com/service-authorization/latest/reference/list_signin.html, maps
   * CreateOAuth2TokenWithIAM to signin:CreateOAuth2Token (above), IntrospectOAuth2TokenWithIAM to
   * signin:IntrospectOAuth2Token and RevokeOAuth2TokenWithIAM to signin:RevokeOAuth2Token. The
   * session operations and CreateBearerToken are not on that page yet; they take the name IAM gives
   * an action by default, the operation's own (signin:ListSessions, ...).
   * CreateOAuth2TokenWithTokenExchange is unsigned (`@auth([])` in the model): no action.
   */
  /** Inspect an access or refresh token (IntrospectOAuth2TokenWithIAM). */
  IntrospectOAuth2Token: "signin:IntrospectOAuth2Token",
  /** Revoke a refresh token and its chain (RevokeOAuth2TokenWithIAM). */
  RevokeOAuth2Token: "signin:RevokeOAuth2Token",
  /** Mint a bearer token (CreateBearerToken). */
  CreateBearerToken: "signin:CreateBearerToken",
  /** List sign-in sessions (ListSessions). */
  ListSessions: "signin:ListSessions",
  /** Describe a sign-in session (GetSession). */
  GetSession: "signin:GetSession",
  /** Revoke sign-in sessions (BatchRevokeSessions). */
  BatchRevokeSessions: "signin:BatchRevokeSessions",
} as const;
export type SigninAction = (typeof SigninAction)[keyof typeof SigninAction];

export interface Principal {
  /** The login-session ARN, e.g. `arn:aws:iam::111122223333:user/alice`. Clients name the session after it. */
  readonly arn: string;
  readonly accountId: string;
  /** Changes whenever the principal's credentials change; sessions begun under an older version end. */
  readonly credentialVersion: number;
  readonly allowedActions: ReadonlySet<string>;
  /** Sessions that began at or before this instant (ms) are revoked. */
  readonly sessionsRevokedAt?: number;
}

export interface PrincipalDirectory {
  /** The principal's current state, or undefined if it no longer exists. Read on every grant. */
  findPrincipal(arn: string): Promise<Principal | undefined>;
}

export const isAllowed = (principal: Principal, action: SigninAction): boolean => principal.allowedActions.has(action);

export const isSessionRevoked = (principal: Principal, sessionStartedAt: number): boolean =>
  principal.sessionsRevokedAt !== undefined && sessionStartedAt <= principal.sessionsRevokedAt;

/** A directory held in memory: for tests, and for embedders with a fixed set of principals. */
export class InMemoryPrincipalDirectory implements PrincipalDirectory {
  private readonly principals = new Map<string, Principal>();

  constructor(principals: Iterable<Principal> = []) {
    for (const principal of principals) this.put(principal);
  }

  put(principal: Principal): void {
    this.principals.set(principal.arn, principal);
  }

  /** Applies `change` to a stored principal, e.g. to bump its credential version. */
  update(arn: string, change: (current: Principal) => Principal): void {
    const current = this.principals.get(arn);
    if (!current) throw new Error(`No principal ${arn}`);
    this.put(change(current));
  }

  remove(arn: string): void {
    this.principals.delete(arn);
  }

  async findPrincipal(arn: string): Promise<Principal | undefined> {
    return this.principals.get(arn);
  }
}
