import { getSigninServiceHandler } from "@open-signin/server-sdk";

import { AuthorizationCodes } from "./codes/authorization-codes.js";
import { type TokenServiceLimits, defaultLimits } from "./config/limits.js";
import type { CredentialsIssuer } from "./credentials/credentials-issuer.js";
import { LocalCredentialsIssuer, type ResolvedCredentials } from "./credentials/local-credentials-issuer.js";
import { DpopProofLedger } from "./dpop/proof-ledger.js";
import { DpopProofVerifier } from "./dpop/proof-verifier.js";
import { AuthorizationCodeGrant } from "./grants/authorization-code-grant.js";
import { RefreshChains } from "./grants/refresh-chains.js";
import { RefreshResponses } from "./grants/refresh-responses.js";
import { RefreshTokenGrant } from "./grants/refresh-token-grant.js";
import { TokenMinter } from "./grants/token-minter.js";
import { type Route, sendJson } from "./http/http-server.js";
import { TokenEndpoint } from "./http/token-endpoint.js";
import type { Keyring } from "./keys/keyring.js";
import { type RateLimiter, StoreRateLimiter } from "./limits/store-rate-limiter.js";
import { type RateDecision, TokenBucketLimiter } from "./limits/rate-limiter.js";
import { type ServiceMetrics, timeAsyncMethods } from "./runtime/metrics.js";
import type { PrincipalDirectory } from "./principals/principal-directory.js";
import { type Clock, systemClock } from "./runtime/clock.js";
import { type Logger, createLogger } from "./runtime/logger.js";
import { type RandomSource, cryptoRandom } from "./runtime/random.js";
import { ClientAuthenticator } from "./service/client-authentication.js";
import { createOAuth2TokenOperation } from "./service/create-oauth2-token.js";
import { validationCustomizer } from "./service/validation-customizer.js";
import { SessionRevocations } from "./sessions/session-revocations.js";
import type { AtomicStore } from "./store/atomic-store.js";
import type { RateLimitStore } from "./store/token-buckets.js";
import { IdTokenSigner } from "./tokens/id-token.js";
import { RefreshTokenCodec } from "./tokens/refresh-token.js";
import { SealedBox } from "./tokens/sealed-box.js";

/** Credentials this service can recognise again when a confidential client signs with them. */
export interface CredentialsResolver {
  resolve(accessKeyId: string, sessionToken: string): ResolvedCredentials | undefined;
}

export interface TokenServiceOptions {
  /** `iss` of ID tokens; conventionally the service's public base URL. */
  readonly issuer: string;
  readonly keyring: Keyring;
  readonly store: AtomicStore;
  readonly principals: PrincipalDirectory;
  /**
   * Mints the temporary credentials. Default: {@link LocalCredentialsIssuer}. A deployment can plug
   * in AWS STS here; confidential (SigV4) clients are then accepted only if it also resolves them.
   */
  readonly credentials?: CredentialsIssuer & Partial<CredentialsResolver>;
  readonly limits?: Partial<TokenServiceLimits>;
  readonly clock?: Clock;
  readonly random?: RandomSource;
  readonly logger?: Logger;
  /**
   * Where the token endpoint's rate limits are counted. Give the shared store (SQLite or Redis) so
   * that the limits hold across every process using it; without it each process counts alone.
   */
  readonly rateLimitStore?: RateLimitStore;
  /** Where store latency and errors and rate-limit refusals are counted (see ServiceMetrics). */
  readonly metrics?: ServiceMetrics;
}

/**
 * The token service, assembled: the generated server SDK's handler filled with the hand-written
 * operation, its two grants and their collaborators, plus the routes it serves.
 *
 * `authorizationCodes` is the API through which a sign-in front end issues codes.
 */
export class TokenService {
  readonly authorizationCodes: AuthorizationCodes;
  readonly tokenEndpoint: TokenEndpoint;
  readonly idTokens: IdTokenSigner;
  readonly revocations: SessionRevocations;
  readonly limits: TokenServiceLimits;
  readonly logger: Logger;

  constructor(options: TokenServiceOptions) {
    const limits = { ...defaultLimits, ...options.limits };
    if (limits.credentialsLifetimeSeconds < 1 || limits.credentialsLifetimeSeconds > 900) {
      throw new RangeError("credentialsLifetimeSeconds must be between 1 and 900 (the model's limit for expiresIn)");
    }
    const clock = options.clock ?? systemClock;
    const random = options.random ?? cryptoRandom;
    const logger = options.logger ?? createLogger();
    const { keyring, principals, metrics } = options;
    const store = metrics ? timeAsyncMethods(options.store, metrics, STORE_METHODS) : options.store;
    const rateLimitStore =
      metrics && options.rateLimitStore
        ? timeAsyncMethods(options.rateLimitStore, metrics, ["takeTokens"])
        : options.rateLimitStore;
    const sessionMaxMs = limits.sessionMaxSeconds * 1000;

    const localCredentials = new LocalCredentialsIssuer({ keyring, random, clock });
    const credentials = options.credentials ?? localCredentials;
    const resolver: CredentialsResolver = options.credentials
      ? { resolve: (id, token) => options.credentials?.resolve?.(id, token) }
      : localCredentials;

    this.limits = limits;
    this.logger = logger;
    this.revocations = new SessionRevocations(store, sessionMaxMs);
    this.authorizationCodes = new AuthorizationCodes(store, clock, random, {
      ttlSeconds: limits.authorizationCodeTtlSeconds,
      reuseDetectionSeconds: limits.sessionMaxSeconds,
    });
    this.idTokens = new IdTokenSigner(keyring, { issuer: options.issuer, clock });

    const refreshTokens = new RefreshTokenCodec(new SealedBox(keyring, "refresh-token", random));
    const minter = new TokenMinter(
      { credentials, refreshTokens, idTokens: this.idTokens, clock, random },
      { credentialsLifetimeSeconds: limits.credentialsLifetimeSeconds },
    );
    // One record per DPoP key of the proofs it used lately, shared by both grants (see refresh-chains.ts).
    const chains = new RefreshChains(store, (2 * limits.dpopIatWindowSeconds + 60) * 1000);
    const operation = createOAuth2TokenOperation({
      clients: new ClientAuthenticator({ credentials: resolver, principals, clock }),
      dpop: new DpopProofVerifier({ clock, iatWindowSeconds: limits.dpopIatWindowSeconds }),
      authorizationCode: new AuthorizationCodeGrant({
        codes: this.authorizationCodes,
        proofLedger: new DpopProofLedger(store, { iatWindowSeconds: limits.dpopIatWindowSeconds }),
        chains,
        revocations: this.revocations,
        principals,
        minter,
        clock,
        random,
        sessionMaxMs,
      }),
      refreshToken: new RefreshTokenGrant({
        refreshTokens,
        responses: new RefreshResponses(store, new SealedBox(keyring, "stored-response", random), clock),
        chains,
        revocations: this.revocations,
        principals,
        minter,
        clock,
        repeatWindowMs:
          limits.refreshRepeatWindowSeconds === undefined ? undefined : limits.refreshRepeatWindowSeconds * 1000,
      }),
      onUnexpectedError: (error, context) =>
        logger.error({ requestId: context.requestId, err: error }, "CreateOAuth2Token failed unexpectedly"),
      onStoreUnavailable: (error, context) =>
        logger.warn(
          { requestId: context.requestId, event: "store-unavailable", reason: error.message },
          "store unavailable",
        ),
    });

    const tokenRequestLimit = { capacity: limits.tokenRequestBurst, refillPerSecond: limits.tokenRequestsPerSecond };
    this.tokenEndpoint = new TokenEndpoint({
      handler: getSigninServiceHandler({ CreateOAuth2Token: operation }, validationCustomizer),
      random,
      logger,
      maxBodyBytes: limits.maxBodyBytes,
      rateLimiter: countRefusals(
        rateLimitStore
          ? new StoreRateLimiter(rateLimitStore, tokenRequestLimit, "token")
          : new TokenBucketLimiter(tokenRequestLimit, { clock }),
        metrics,
      ),
    });
  }

  /** The routes to mount: the token endpoint and the ID token verification keys. */
  routes(): Route[] {
    return [
      {
        path: "/v1/token",
        operation: "CreateOAuth2Token",
        methods: {
          POST: (request, response, url, origins) => this.tokenEndpoint.handle(request, response, url, origins),
        },
      },
      {
        path: "/.well-known/jwks.json",
        methods: {
          GET: (_request, response) =>
            sendJson(response, 200, this.idTokens.jwks(), { "cache-control": "max-age=300" }),
        },
      },
    ];
  }
}

const STORE_METHODS = ["get", "set", "putIfAbsent", "compareAndSet"] as const;

/** The token endpoint's limiter, with each refusal counted as `limit="token"`. */
function countRefusals(limiter: RateLimiter, metrics: ServiceMetrics | undefined): RateLimiter {
  if (!metrics) return limiter;
  const count = (decision: RateDecision): RateDecision => {
    if (!decision.allowed) metrics.rateLimited.inc({ limit: "token" });
    return decision;
  };
  return {
    consume: (key, cost) => {
      const decision = limiter.consume(key, cost);
      return decision instanceof Promise ? decision.then(count) : count(decision);
    },
  };
}
