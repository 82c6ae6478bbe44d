/**
 * What the token operation knows about the HTTP request beyond its parsed input. The HTTP runtime
 * builds it; the generated server SDK passes it through untouched as the operation's context.
 */
export interface TokenRequestContext {
  readonly requestId: string;
  readonly method: string;
  /** The request at the service origin it addressed (never the raw Host header), with the path and query received. */
  readonly url: URL;
  /** All public origins of the service: a DPoP proof's `htu` must name one of them. */
  readonly origins: readonly string[];
  /** The body bytes as received (before any form-to-JSON transcoding): SigV4 and DPoP hash them. */
  readonly body: Uint8Array;
  readonly clientAddress: string;
  /** The single value of a header (lowercase name); undefined if absent. */
  header(name: string): string | undefined;
  /** Every occurrence of a header, for headers that must appear exactly once, like DPoP. */
  headerValues(name: string): readonly string[];
  /**
   * Tells the runtime that this request failed because the store could not answer, so the error
   * response is 503 with Retry-After (a temporary condition) rather than 500.
   */
  reportUnavailable(): void;
}
