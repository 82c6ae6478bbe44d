/**
 * A login failure the person can act on. The message is meant to be printed as is; callers show
 * it without a stack trace.
 */
export class LoginError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = "LoginError";
  }
}
