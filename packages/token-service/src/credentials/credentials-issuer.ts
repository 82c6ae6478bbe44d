export interface CredentialsRequest {
  /** Whose credentials, e.g. arn:aws:iam::111122223333:user/alice */
  principalArn: string;
  /** The login session they belong to. */
  sessionId: string;
  /** ms; never later than the login session's own expiry. */
  expiresAt: number;
}

/** What becomes `accessToken` in the CreateOAuth2Token response. */
export interface IssuedCredentials {
  accessKeyId: string;
  secretAccessKey: string;
  sessionToken: string;
  /** ms; may be earlier than requested if the issuer caps lifetimes. */
  expiresAt: number;
}

/**
 * Mints the temporary SigV4 credentials returned by both grants.
 *
 * The default, LocalCredentialsIssuer, mints credentials that only this service (and the local
 * services it fronts) can verify. A deployment that wants real AWS credentials plugs in its own
 * issuer instead, for example one that calls STS AssumeRole (or GetFederationToken) with a role
 * mapped from `principalArn`, `RoleSessionName` derived from `sessionId`, and `DurationSeconds`
 * from `expiresAt` (STS requires at least 900 s), then returns the STS `Credentials` with their
 * `Expiration`. The token service only relies on this interface.
 *
 * Concurrent first uses of one refresh token (a client retrying before its first attempt was
 * answered) may each call `issue`; only the credentials of the answer stored first are handed
 * out, and the others are dropped unseen.
 */
export interface CredentialsIssuer {
  issue(request: CredentialsRequest): Promise<IssuedCredentials>;
}
