/**
 * @open-signin/token-service: the AWS Sign-In token endpoint (CreateOAuth2Token) implemented inside
 * the generated server SDK, with its node:http runtime.
 *
 * Start at {@link TokenService} (the assembled service and its routes) and {@link HttpServer}.
 */
export { TokenService } from "./token-service.js";
export type { TokenServiceOptions, CredentialsResolver } from "./token-service.js";
export { defaultLimits } from "./config/limits.js";
export type { TokenServiceLimits } from "./config/limits.js";

export { HttpServer, sendJson, sendJsonError } from "./http/http-server.js";
export type { HttpMethod, Route, RouteHandler, HttpServerOptions } from "./http/http-server.js";
export { PublicOrigins, isLoopbackAddress } from "./http/public-origins.js";
export { canonicalOrigin } from "./config/public-url.js";

export { AuthorizationCodes } from "./codes/authorization-codes.js";
export type { CodeBinding, IssuedCode } from "./codes/authorization-codes.js";

export { InMemoryPrincipalDirectory, SigninAction, isAllowed } from "./principals/principal-directory.js";
export type { Principal, PrincipalDirectory } from "./principals/principal-directory.js";

export type { CredentialsIssuer, CredentialsRequest, IssuedCredentials } from "./credentials/credentials-issuer.js";
export { LocalCredentialsIssuer } from "./credentials/local-credentials-issuer.js";

export type { AtomicStore } from "./store/atomic-store.js";
export { StoreCapacityError, StoreUnavailableError } from "./store/atomic-store.js";
export { MemoryStore } from "./store/memory-store.js";
export { SqliteStore } from "./store/sqlite-store.js";
export type { SqliteStoreOptions, SqliteSynchronous } from "./store/sqlite-store.js";
export { RedisStore, describeRedisTarget } from "./store/redis-store.js";
export type { RedisStoreOptions, RedisTarget } from "./store/redis-store.js";
export { openStore, describeStore } from "./open-store.js";
export type { OpenedStore, OpenStoreOptions } from "./open-store.js";
export { parseStoreSetting } from "./config/store-setting.js";
export type { StoreSetting } from "./config/store-setting.js";

export type { Keyring } from "./keys/keyring.js";
export { FileKeyring } from "./keys/file-keyring.js";
export { StaticKeyring } from "./keys/static-keyring.js";
export { generateKeyPair } from "./keys/generate-key-pair.js";
export type { KeyPair } from "./keys/generate-key-pair.js";
export { SealedBox } from "./tokens/sealed-box.js";

export { TokenBucketLimiter } from "./limits/rate-limiter.js";
export { ClientAddresses } from "./limits/client-address.js";
export { StoreRateLimiter } from "./limits/store-rate-limiter.js";
export type { RateLimiter } from "./limits/store-rate-limiter.js";
export type { RateLimitStore } from "./store/token-buckets.js";
export type { AttemptCount, AttemptCountStore, AttemptDecision, AttemptLimit } from "./store/attempt-counts.js";
export { attemptCountExpiry, countAttemptStep, uncountAttemptStep } from "./store/attempt-counts.js";
export type { RateLimit, RateDecision } from "./limits/rate-limiter.js";

export { s256Challenge, normalizeCodeChallenge, isValidCodeVerifier } from "./pkce/pkce.js";

export { systemClock, epochSeconds } from "./runtime/clock.js";
export type { Clock } from "./runtime/clock.js";
export { cryptoRandom, randomToken } from "./runtime/random.js";
export type { RandomSource } from "./runtime/random.js";
export { createLogger, redactedFields } from "./runtime/logger.js";
export type { Logger } from "./runtime/logger.js";
export { ServiceMetrics, timeAsyncMethods } from "./runtime/metrics.js";

export {
  ConfigurationError,
  resolveSettings,
  setting,
  integerSetting,
  optionalIntegerSetting,
} from "./config/settings.js";
export type { Setting, SettingsTable, SettingsValues } from "./config/settings.js";
export { tokenServiceSettings, resolveTokenServiceSettings, limitsFrom } from "./config/token-service-settings.js";
export type { TokenServiceSettings } from "./config/token-service-settings.js";
export { accessDeniedStatus } from "./errors/protocol-errors.js";
