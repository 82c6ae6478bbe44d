/**
 * The SigV4-authenticated caller of an IAM operation, as the token operations need it: who signed,
 * until when the signing credentials are good, and the login session they came from when this
 * service issued them.
 */
export interface IamCaller {
  readonly principalArn: string;
  readonly accountId: string;
  /** ms: when the credentials that signed the request expire. */
  readonly credentialsExpireAt: number;
  /** The login session of the signing credentials; absent for credentials from a plugged-in resolver. */
  readonly sessionId?: string | undefined;
}
