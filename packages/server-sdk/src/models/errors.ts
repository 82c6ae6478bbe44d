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
