// smithy-typescript generated code
import { ServiceException as __BaseException } from "@aws-smithy/server-common";
import type { ExceptionOptionType as __ExceptionOptionType } from "@smithy/smithy-client";

import { OAuth2ErrorCode } from "./enums";

/**
 * The request was understood but access is refused. The `error` member says why, and it also
 * decides the HTTP status at runtime (the shape has no fixed `@httpError`):
 *
 * - 401 for `TOKEN_EXPIRED` and `AUTHCODE_EXPIRED`: sign in again;
 * - 403 for `USER_CREDENTIALS_CHANGED` and `INSUFFICIENT_PERMISSIONS`.
 *
 * Clients choose the error class from the `X-Amzn-Errortype` header and should branch on
 * `error`, not on the status.
 * @public
 */
export class AccessDeniedException extends __BaseException {
  readonly name = "AccessDeniedException" as const;
  readonly $fault = "client" as const;
  /**
   * Why access was refused: `TOKEN_EXPIRED`, `AUTHCODE_EXPIRED`, `USER_CREDENTIALS_CHANGED`
   * or `INSUFFICIENT_PERMISSIONS`.
   * @public
   */
  error: OAuth2ErrorCode | undefined;

  constructor(opts: __ExceptionOptionType<AccessDeniedException, __BaseException>) {
    super({
      name: "AccessDeniedException",
      $fault: "client",
      ...opts,
    });
    Object.setPrototypeOf(this, AccessDeniedException.prototype);
    this.error = opts.error;
  }
}

/**
 * The service failed to process a valid request. `error` is `server_error`. SDKs retry this
 * error automatically.
 * @public
 */
export class InternalServerException extends __BaseException {
  readonly name = "InternalServerException" as const;
  readonly $fault = "server" as const;
  /**
   * Always `server_error`.
   * @public
   */
  error: OAuth2ErrorCode | undefined;

  constructor(opts: __ExceptionOptionType<InternalServerException, __BaseException>) {
    super({
      name: "InternalServerException",
      $fault: "server",
      ...opts,
    });
    Object.setPrototypeOf(this, InternalServerException.prototype);
    this.error = opts.error;
  }
}

/**
 * The named session, configuration or statement does not exist, or is not visible to the
 * caller. `error` is `RESOURCE_NOT_FOUND`.
 * @public
 */
export class ResourceNotFoundException extends __BaseException {
  readonly name = "ResourceNotFoundException" as const;
  readonly $fault = "client" as const;
  /**
   * Usually `RESOURCE_NOT_FOUND`.
   * @public
   */
  error: OAuth2ErrorCode | undefined;

  constructor(opts: __ExceptionOptionType<ResourceNotFoundException, __BaseException>) {
    super({
      name: "ResourceNotFoundException",
      $fault: "client",
      ...opts,
    });
    Object.setPrototypeOf(this, ResourceNotFoundException.prototype);
    this.error = opts.error;
  }
}

/**
 * The caller sent too many requests and should back off and retry. `error` is
 * `INVALID_REQUEST`. SDKs retry this error automatically.
 * @public
 */
export class TooManyRequestsError extends __BaseException {
  readonly name = "TooManyRequestsError" as const;
  readonly $fault = "client" as const;
  /**
   * Always `INVALID_REQUEST`.
   * @public
   */
  error: OAuth2ErrorCode | undefined;

  constructor(opts: __ExceptionOptionType<TooManyRequestsError, __BaseException>) {
    super({
      name: "TooManyRequestsError",
      $fault: "client",
      ...opts,
    });
    Object.setPrototypeOf(this, TooManyRequestsError.prototype);
    this.error = opts.error;
  }
}

/**
 * The request is malformed or invalid: a missing or badly formed member, an unknown or
 * mismatched code, a bad PKCE verifier, or a missing or invalid DPoP proof. `error` is
 * `INVALID_REQUEST`.
 * @public
 */
export class ValidationException extends __BaseException {
  readonly name = "ValidationException" as const;
  readonly $fault = "client" as const;
  /**
   * Always `INVALID_REQUEST`.
   * @public
   */
  error: OAuth2ErrorCode | undefined;

  constructor(opts: __ExceptionOptionType<ValidationException, __BaseException>) {
    super({
      name: "ValidationException",
      $fault: "client",
      ...opts,
    });
    Object.setPrototypeOf(this, ValidationException.prototype);
    this.error = opts.error;
  }
}

/**
 * The token or assertion presented to CreateOAuth2TokenWithTokenExchange is invalid, expired,
 * or from an issuer the service does not accept (RFC 6749 `invalid_grant`).
 * @public
 */
export class InvalidGrantException extends __BaseException {
  readonly name = "InvalidGrantException" as const;
  readonly $fault = "client" as const;
  /**
   * Usually `invalid_grant`.
   * @public
   */
  error: OAuth2ErrorCode | undefined;

  constructor(opts: __ExceptionOptionType<InvalidGrantException, __BaseException>) {
    super({
      name: "InvalidGrantException",
      $fault: "client",
      ...opts,
    });
    Object.setPrototypeOf(this, InvalidGrantException.prototype);
    this.error = opts.error;
  }
}

/**
 * The requested scope or resource is unknown or not allowed for the caller (`invalid_scope` or
 * `invalid_target`).
 * @public
 */
export class InvalidScopeException extends __BaseException {
  readonly name = "InvalidScopeException" as const;
  readonly $fault = "client" as const;
  /**
   * `invalid_scope` or `invalid_target`.
   * @public
   */
  error: OAuth2ErrorCode | undefined;

  constructor(opts: __ExceptionOptionType<InvalidScopeException, __BaseException>) {
    super({
      name: "InvalidScopeException",
      $fault: "client",
      ...opts,
    });
    Object.setPrototypeOf(this, InvalidScopeException.prototype);
    this.error = opts.error;
  }
}

/**
 * The service cannot take the request right now. `error` is `service_unavailable`. SDKs retry
 * this error automatically.
 * @public
 */
export class ServiceUnavailableException extends __BaseException {
  readonly name = "ServiceUnavailableException" as const;
  readonly $fault = "server" as const;
  /**
   * Usually `service_unavailable`.
   * @public
   */
  error: OAuth2ErrorCode | undefined;

  constructor(opts: __ExceptionOptionType<ServiceUnavailableException, __BaseException>) {
    super({
      name: "ServiceUnavailableException",
      $fault: "server",
      ...opts,
    });
    Object.setPrototypeOf(this, ServiceUnavailableException.prototype);
    this.error = opts.error;
  }
}
