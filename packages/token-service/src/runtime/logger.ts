import { pino, type DestinationStream, type Logger, type LevelWithSilent } from "pino";

export type { Logger };

/**
 * Field paths that may never reach a log line in clear. The service logs only fields it chooses
 * (it never logs bodies or whole header sets), so this list is the safety net for mistakes: any
 * such field, at the depths the service logs, is replaced by "[redacted]".
 */
export const redactedPaths: readonly string[] = [
  "authorization",
  "dpop",
  "cookie",
  "password",
  "refreshToken",
  "code",
  "codeVerifier",
  "secretAccessKey",
  "sessionToken",
  "idToken",
  "accessToken",
  // The IAM token operations: the token revoked or introspected, the token exchanged, assertions,
  // and the OAuth wire names of the tokens they return.
  "token",
  "subjectToken",
  "subject_token",
  "assertion",
  "access_token",
  "refresh_token",
]
  .flatMap((field) => [field, `*.${field}`, `*.*.${field}`, `headers["${field}"]`])
  // The session token of SigV4-signed requests; a header name that is not a bare path.
  .concat(['headers["x-amz-security-token"]', '*.headers["x-amz-security-token"]']);

export interface LoggerOptions {
  readonly level?: LevelWithSilent;
  /** Where JSON lines go; stdout by default. Tests pass a stream to inspect what was logged. */
  readonly destination?: DestinationStream;
}

export function createLogger(options: LoggerOptions = {}): Logger {
  return pino(
    {
      level: options.level ?? "info",
      base: { service: "open-signin" },
      timestamp: pino.stdTimeFunctions.isoTime,
      redact: { paths: [...redactedPaths], censor: "[redacted]" },
      // Errors are logged as their type only: messages and stacks can carry request data.
      serializers: { err: (error: unknown) => ({ type: error instanceof Error ? error.name : typeof error }) },
    },
    options.destination,
  );
}
