/** Tunable limits. Every default is what the real service documents or what its clients expect. */
export interface TokenServiceLimits {
  /** Accepted distance between a DPoP proof's `iat` and now, both ways. Default 300. */
  readonly dpopIatWindowSeconds: number;
  /** How long an authorization code can be redeemed. Default 300. */
  readonly authorizationCodeTtlSeconds: number;
  /** Maximum lifetime of a login session across refreshes. Default 43 200 (12 h). */
  readonly sessionMaxSeconds: number;
  /** Lifetime of issued credentials (`expiresIn`). At most 900, the model's limit. Default 900. */
  readonly credentialsLifetimeSeconds: number;
  /** How long repeating a refresh token returns the same response. Default: the credentials' lifetime. */
  readonly refreshRepeatWindowSeconds: number | undefined;
  /** Largest token request body. Default 16 KiB (a maximal valid body is under 6 KiB). */
  readonly maxBodyBytes: number;
  /** Token requests per client address: burst size and sustained rate. */
  readonly tokenRequestBurst: number;
  readonly tokenRequestsPerSecond: number;
}

export const defaultLimits: TokenServiceLimits = {
  dpopIatWindowSeconds: 300,
  authorizationCodeTtlSeconds: 300,
  sessionMaxSeconds: 12 * 60 * 60,
  credentialsLifetimeSeconds: 900,
  refreshRepeatWindowSeconds: undefined,
  maxBodyBytes: 16 * 1024,
  tokenRequestBurst: 200,
  tokenRequestsPerSecond: 50,
};
