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
].flatMap((field) => [field, `*.${field}`, `*.*.${field}`, `headers["${field}"]`]);

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
