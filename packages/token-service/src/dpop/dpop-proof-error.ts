/** What was wrong with a proof, for logs and metrics; clients only see the message. */
export type DpopProofFailure =
  | "malformed"
  | "unsupported-type"
  | "unsupported-algorithm"
  | "invalid-key"
  | "invalid-signature"
  | "invalid-claims"
  | "method-mismatch"
  | "url-mismatch"
  | "outside-time-window"
  | "replayed";

/**
 * A DPoP proof was rejected. The message is safe to return to the client: it names the failed
 * rule and never repeats the proof or values taken from it.
 */
export class DpopProofError extends Error {
  override readonly name = "DpopProofError";

  constructor(
    readonly reason: DpopProofFailure,
    message: string,
  ) {
    super(message);
  }
}
