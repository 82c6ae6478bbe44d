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
import { servedOperationOf, servedPaths } from "./http/served-operations.js";
import { TokenEndpoint } from "./http/token-endpoint.js";
import type { Keyring } from "./keys/keyring.js";
import type { ClientAddresses } from "./limits/client-address.js";
import { type RateLimiter, StoreRateLimiter } from "./limits/store-rate-limiter.js";
import { type RateDecision, TokenBucketLimiter } from "./limits/rate-limiter.js";
import { type ServiceMetrics, timeAsyncMethods } from "./runtime/metrics.js";
import type { PrincipalDirectory } from "./principals/principal-directory.js";
import { type Clock, systemClock } from "./runtime/clock.js";
import { type Logger, createLogger } from "./runtime/logger.js";
import { type RandomSource, cryptoRandom } from "./runtime/random.js";
import { ClientAuthenticator } from "./service/client-authentication.js";
import { batchRevokeSessionsOperation } from "./service/batch-revoke-sessions.js";
import { createBearerTokenOperation } from "./service/create-bearer-token.js";
import { createOAuth2TokenOperation } from "./service/create-oauth2-token.js";
import { createOAuth2TokenWithIAMOperation } from "./service/create-oauth2-token-with-iam.js";
import { createOAuth2TokenWithTokenExchangeOperation } from "./service/create-oauth2-token-with-token-exchange.js";
import { getSessionOperation } from "./service/get-session.js";
import { introspectOAuth2TokenWithIAMOperation } from "./service/introspect-oauth2-token-with-iam.js";
import { listSessionsOperation } from "./service/list-sessions.js";
import { OperationAuthenticator } from "./service/operation-authentication.js";
import type { OperationDependencies } from "./service/operation-dependencies.js";
import { revokeOAuth2TokenWithIAMOperation } from "./service/revoke-oauth2-token-with-iam.js";
import { validationCustomizer } from "./service/validation-customizer.js";
import { SessionActivity } from "./sessions/session-activity.js";
import { SessionRevocations } from "./sessions/session-revocations.js";
import { MemorySessionCatalogue } from "./store/memory-session-catalogue.js";
import type { SessionCatalogue } from "./store/session-catalogue.js";
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
  /**
   * Which address a request came from: give one built from the `--trusted-proxy` setting when the
   * service runs behind a load balancer, or every client behind it shares one rate limit.
   */
  readonly clientAddresses?: ClientAddresses;
  /** Where store latency and errors and rate-limit refusals are counted (see ServiceMetrics). */
  readonly metrics?: ServiceMetrics;
  /**
   * The login-session catalogue (ListSessions, GetSession, BatchRevokeSessions). Give the one of
   * the shared store (`openStore(...).sessions`) so every node sees every session; default: this
   * process's memory.
   */
  readonly sessions?: SessionCatalogue;
  /** The Region this service names in session ARNs. Default us-east-1. */
  readonly region?: string;
}

/**
 * The token service, assembled: the generated server SDK's handler filled with the hand-written
 * operations (CreateOAuth2Token with its two grants, and the SigV4-authenticated ones), their
 * collaborators, plus the routes it serves.
 *
 * `authorizationCodes` is the API through which a sign-in front end issues codes.
 */
export class TokenService {
  readonly authorizationCodes: AuthorizationCodes;
  readonly tokenEndpoint: TokenEndpoint;
  readonly idTokens: IdTokenSigner;
  readonly revocations: SessionRevocations;
  readonly sessions: SessionCatalogue;
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
    const region = options.region ?? "us-east-1";
    this.sessions = options.sessions ?? new MemorySessionCatalogue({ clock });
    this.revocations = new SessionRevocations(store, sessionMaxMs, this.sessions);
    const activity = new SessionActivity(this.sessions, clock, logger);
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
        activity,
        region,
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
        activity,
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

    const operationDependencies: OperationDependencies = {
      authenticator: new OperationAuthenticator({ credentials: resolver, principals, clock }),
      principals,
      refreshTokens,
      refreshChains: chains,
      revokeSession: (sessionId) => this.revokeSession(sessionId),
      sessions: this.sessions,
      pageTokens: new SealedBox(keyring, "list-sessions-next-token", random),
      isSessionRevoked: (sessionId) => this.revocations.isRevoked(sessionId),
      store,
      keyring,
      idTokens: this.idTokens,
      issuer: options.issuer,
      region,
      limits,
      clock,
      random,
      logger,
    };

    const tokenRequestLimit = { capacity: limits.tokenRequestBurst, refillPerSecond: limits.tokenRequestsPerSecond };
    this.tokenEndpoint = new TokenEndpoint({
      handler: getSigninServiceHandler(
        {
          CreateOAuth2Token: operation,
          CreateOAuth2TokenWithIAM: createOAuth2TokenWithIAMOperation(operationDependencies),
          CreateOAuth2TokenWithTokenExchange: createOAuth2TokenWithTokenExchangeOperation(operationDependencies),
          CreateBearerToken: createBearerTokenOperation(operationDependencies),
          RevokeOAuth2TokenWithIAM: revokeOAuth2TokenWithIAMOperation(operationDependencies),
          IntrospectOAuth2TokenWithIAM: introspectOAuth2TokenWithIAMOperation(operationDependencies),
          ListSessions: listSessionsOperation(operationDependencies),
          GetSession: getSessionOperation(operationDependencies),
          BatchRevokeSessions: batchRevokeSessionsOperation(operationDependencies),
        },
        validationCustomizer,
      ),
      random,
      logger,
      maxBodyBytes: limits.maxBodyBytes,
      ...(options.clientAddresses ? { clientAddresses: options.clientAddresses } : {}),
      rateLimiter: countRefusals(
        rateLimitStore
          ? new StoreRateLimiter(rateLimitStore, tokenRequestLimit, "token")
          : new TokenBucketLimiter(tokenRequestLimit, { clock }),
        metrics,
      ),
    });
  }

  /**
   * Ends a login session: every refresh token of it gets 401 TOKEN_EXPIRED at its next use, on
   * every node sharing the store. Idempotent. Errors: StoreUnavailableError when the store does
   * not answer (the session may or may not be marked; retrying is safe).
   */
  async revokeSession(sessionId: string): Promise<void> {
    // Marks it for refreshes and sets its catalogue record REVOKED (see SessionRevocations).
    await this.revocations.revoke(sessionId);
  }

  /**
   * The routes to mount: every served operation's path (the console authorization and resource
   * policy operations are not served: their paths stay unmounted, 404 UnknownOperationException)
   * and the ID token verification keys.
   */
  routes(): Route[] {
    const handle: Route["methods"]["POST"] = (request, response, url, origins) =>
      this.tokenEndpoint.handle(request, response, url, origins);
    return [
      ...[...servedPaths().keys()].map((path) => ({
        path,
        // Operations sharing a path are told apart by query; a query naming none counts as unknown.
        operation: (target: URL) => servedOperationOf(target) ?? "unknown",
        methods: { POST: handle },
      })),
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
