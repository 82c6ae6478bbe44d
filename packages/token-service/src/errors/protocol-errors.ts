/**
 * One constructor per protocol error the token endpoint can return. Each builds the generated
 * error class, so the generated serializer writes it with the right `X-Amzn-Errortype` header and
 * body. Messages are for people and never contain secrets or echo token contents.
 */
import {
  AccessDeniedException,
  InternalServerException,
  InvalidGrantException,
  InvalidScopeException,
  OAuth2ErrorCode,
  ResourceNotFoundException,
  TooManyRequestsError,
  ValidationException,
} from "@open-signin/server-sdk";

export type ProtocolError =
  | AccessDeniedException
  | ValidationException
  | TooManyRequestsError
  | InternalServerException
  | InvalidGrantException
  | InvalidScopeException
  | ResourceNotFoundException;

/** 400: missing, malformed or mismatched input (including codes, verifiers and DPoP proofs). */
export const invalidRequest = (message: string): ValidationException =>
  new ValidationException({ error: OAuth2ErrorCode.INVALID_REQUEST, message });

/**
 * 400 `invalid_target` (RFC 8707 §2): "The requested resource is invalid, missing, unknown, or
 * malformed." The model has no exception of its own for it, so it is a ValidationException.
 */
export const invalidTarget = (message: string): ValidationException =>
  new ValidationException({ error: OAuth2ErrorCode.OAUTH_INVALID_TARGET, message });

/** 400 `unsupported_grant_type` (RFC 6749 §5.2): a grant type the model names but this service does not serve. */
export const unsupportedGrantType = (message: string): ValidationException =>
  new ValidationException({ error: OAuth2ErrorCode.OAUTH_UNSUPPORTED_GRANT_TYPE, message });

/** 400 InvalidGrantException `invalid_grant`: "the provided grant is invalid or expired" (token exchange). */
export const invalidGrant = (message: string): InvalidGrantException =>
  new InvalidGrantException({ error: OAuth2ErrorCode.OAUTH_INVALID_GRANT, message });

/** 400 InvalidScopeException `invalid_scope`: the requested scope is invalid (token exchange). */
export const invalidScope = (message: string): InvalidScopeException =>
  new InvalidScopeException({ error: OAuth2ErrorCode.OAUTH_INVALID_SCOPE, message });

/** 401: the refresh token or its login session is no longer usable; the person must sign in again. */
export const tokenExpired = (message = "The refresh token has expired."): AccessDeniedException =>
  new AccessDeniedException({ error: OAuth2ErrorCode.TOKEN_EXPIRED, message });

/** 401: the authorization code outlived its lifetime. */
export const authorizationCodeExpired = (): AccessDeniedException =>
  new AccessDeniedException({
    error: OAuth2ErrorCode.AUTHCODE_EXPIRED,
    message: "The authorization code has expired.",
  });

/** 403: the principal's credentials changed after the session began (for example a new password). */
export const userCredentialsChanged = (): AccessDeniedException =>
  new AccessDeniedException({
    error: OAuth2ErrorCode.USER_CREDENTIALS_CHANGED,
    message: "The credentials of this principal changed after sign-in. Sign in again.",
  });

/** 403: the principal may not perform `action`. */
export const insufficientPermissions = (action: string): AccessDeniedException =>
  new AccessDeniedException({
    error: OAuth2ErrorCode.INSUFFICIENT_PERMISSIONS,
    message: `The principal is not allowed to perform ${action}.`,
  });

/**
 * 404: the session does not exist, has expired, or is not one the caller may see (another
 * identity's or account's is reported the same way, so its existence does not leak).
 */
export const sessionNotFound = (): ResourceNotFoundException =>
  new ResourceNotFoundException({
    error: OAuth2ErrorCode.RESOURCE_NOT_FOUND,
    message: "The session was not found.",
  });

/** 429: slow down; SDKs retry this automatically. */
export const tooManyRequests = (message = "Too many requests. Retry later."): TooManyRequestsError =>
  new TooManyRequestsError({ error: OAuth2ErrorCode.INVALID_REQUEST, message });

/** 500: anything unexpected. The cause stays in the service; the client learns nothing about it. */
export const serverError = (): InternalServerException =>
  new InternalServerException({
    error: OAuth2ErrorCode.SERVER_ERROR,
    message: "The service could not process the request.",
  });

/**
 * 503 (the runtime sets the status, see TokenRequestContext.reportUnavailable): the store did not
 * answer. The model has no 503 error, so this is the modeled InternalServerException shape, which
 * every client reads from `X-Amzn-Errortype` whatever the status, and retries like any 5xx.
 */
export const serviceUnavailable = (): InternalServerException =>
  new InternalServerException({
    error: OAuth2ErrorCode.SERVER_ERROR,
    message: "The service is temporarily unavailable. Retry later.",
  });

const protocolErrorNames = new Set([
  "AccessDeniedException",
  "ValidationException",
  "TooManyRequestsError",
  "InternalServerException",
  "InvalidGrantException",
  "InvalidScopeException",
  "ResourceNotFoundException",
]);

export const isProtocolError = (error: unknown): error is ProtocolError =>
  error instanceof Error && protocolErrorNames.has(error.name) && "error" in error;

export { accessDeniedStatus } from "./access-denied-status.js";
