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
