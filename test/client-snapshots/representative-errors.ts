/**
 * The `error` code each Sign-In error carries in its most common use, and the HTTP status the
 * service sends with it. Snapshot responses use these instead of placeholder strings so that the
 * snapshots read like real traffic.
 */
const representativeErrors: Readonly<Record<string, { error: string; status: number }>> = {
  AccessDeniedException: { error: "TOKEN_EXPIRED", status: 401 },
  ValidationException: { error: "INVALID_REQUEST", status: 400 },
  TooManyRequestsError: { error: "INVALID_REQUEST", status: 429 },
  InternalServerException: { error: "server_error", status: 500 },
};

export const representativeError = (errorName: string): { error: string; status: number } | undefined =>
  representativeErrors[errorName];
