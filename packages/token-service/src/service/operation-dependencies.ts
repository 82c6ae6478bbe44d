import type { TokenServiceLimits } from "../config/limits.js";
import type { RefreshChains } from "../grants/refresh-chains.js";
import type { IdTokenSigner } from "../tokens/id-token.js";
import type { Keyring } from "../keys/keyring.js";
import type { PrincipalDirectory } from "../principals/principal-directory.js";
import type { Clock } from "../runtime/clock.js";
import type { Logger } from "../runtime/logger.js";
import type { RandomSource } from "../runtime/random.js";
import type { AtomicStore } from "../store/atomic-store.js";
import type { RefreshTokenCodec } from "../tokens/refresh-token.js";
import type { SealedBox } from "../tokens/sealed-box.js";
import type { SessionCatalogue } from "../store/session-catalogue.js";
import type { OperationAuthenticator } from "./operation-authentication.js";

/**
 * What TokenService hands every SigV4 operation's factory (`xxxOperation(deps)`): one bag, so that
 * an operation module can take what it needs without TokenService wiring each one differently.
 */
export interface OperationDependencies {
  /** `await deps.authenticator.authenticate(context, "RevokeOAuth2TokenWithIAM")` → the caller. */
  readonly authenticator: OperationAuthenticator;
  readonly principals: PrincipalDirectory;
  /** Opens the refresh tokens this service issued (sealed; undefined for anything else). */
  readonly refreshTokens: RefreshTokenCodec;
  /**
   * Ends a login session: its refresh tokens get 401 TOKEN_EXPIRED at their next use, on every
   * node (the mark goes through the shared store), and its catalogue entry reads REVOKED.
   * Idempotent; resolves once both are recorded. Errors: StoreUnavailableError.
   */
  readonly revokeSession: (sessionId: string) => Promise<void>;
  /** Where each session's refresh-token rotation stands (which token is the newest). */
  readonly refreshChains: Pick<RefreshChains, "read">;
  /** Whether a login session was revoked (by revokeSession or a reused authorization code). */
  readonly isSessionRevoked: (sessionId: string) => Promise<boolean>;
  /** The login-session catalogue. */
  readonly sessions: SessionCatalogue;
  /** Seals ListSessions' nextToken (authenticated encryption with the service's keys). */
  readonly pageTokens: SealedBox;
  readonly store: AtomicStore;
  readonly keyring: Keyring;
  readonly idTokens: IdTokenSigner;
  /** The Region this service names in session ARNs. */
  readonly region: string;
  /** `iss` of the tokens this service signs. */
  readonly issuer: string;
  readonly limits: TokenServiceLimits;
  readonly clock: Clock;
  readonly random: RandomSource;
  readonly logger: Logger;
}
