/**
 * A login session: what one successful sign-in grants, carried forward through every refresh.
 * Sessions are not stored; they travel inside the encrypted refresh token, and only their
 * revocation is recorded (see sessions/session-revocations.ts).
 */
export interface LoginSession {
  readonly sessionId: string;
  readonly principalArn: string;
  readonly clientId: string;
  /** The DPoP key thumbprint every refresh of this session must prove possession of (cnf.jkt). */
  readonly jkt: string;
  readonly startedAt: number;
  /** Hard end of the session (default 12 h after sign-in), whatever the refreshes. */
  readonly expiresAt: number;
  /** The principal's credential version at sign-in. */
  readonly credentialVersion: number;
}
