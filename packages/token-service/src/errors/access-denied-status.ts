/**
 * The HTTP status of an AccessDeniedException, which the model leaves to runtime: 401 asks the
 * client to authenticate again (TOKEN_EXPIRED, AUTHCODE_EXPIRED), 403 says authenticating again
 * won't help (USER_CREDENTIALS_CHANGED, INSUFFICIENT_PERMISSIONS).
 *
 * Kept free of imports so that tooling outside the package (the client snapshot setup) can use the
 * rule without building anything.
 */
export function accessDeniedStatus(code: string | undefined): 401 | 403 {
  return code === "USER_CREDENTIALS_CHANGED" || code === "INSUFFICIENT_PERMISSIONS" ? 403 : 401;
}
