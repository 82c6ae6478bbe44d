// Imported by path from the source: the rule has no dependencies, so no build is needed first.
import { accessDeniedStatus } from "../../packages/token-service/src/errors/access-denied-status.js";

/**
 * The `error` code each Sign-In error carries in its most common use, and the HTTP status the
 * service sends with it (for AccessDeniedException, the token service's own runtime mapping).
 * Snapshot responses use these instead of placeholder strings so that they read like real traffic.
 */
const representativeErrors: Readonly<Record<string, { error: string; status: number }>> = {
  AccessDeniedException: { error: "TOKEN_EXPIRED", status: accessDeniedStatus("TOKEN_EXPIRED") },
  ValidationException: { error: "INVALID_REQUEST", status: 400 },
  TooManyRequestsError: { error: "INVALID_REQUEST", status: 429 },
  InternalServerException: { error: "server_error", status: 500 },
};

export const representativeError = (errorName: string): { error: string; status: number } | undefined =>
  representativeErrors[errorName];
