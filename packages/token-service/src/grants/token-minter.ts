import type { CreateOAuth2TokenResponseBody } from "@open-signin/server-sdk";

import type { CredentialsIssuer } from "../credentials/credentials-issuer.js";
import type { Clock } from "../runtime/clock.js";
import { type RandomSource, randomToken } from "../runtime/random.js";
import type { IdTokenSigner } from "../tokens/id-token.js";
import type { RefreshTokenCodec } from "../tokens/refresh-token.js";
import type { LoginSession } from "./login-session.js";
import { tokenExpired } from "../errors/protocol-errors.js";

export type TokenOutput = CreateOAuth2TokenResponseBody;

export interface TokenMinterOptions {
  /** Lifetime of issued credentials; the model caps `expiresIn` at 900. */
  readonly credentialsLifetimeSeconds: number;
}

/**
 * Mints what both grants return: temporary credentials, a fresh refresh token for the same
 * session, and (for a new sign-in) an ID token.
 */
export class TokenMinter {
  constructor(
    private readonly deps: {
      readonly credentials: CredentialsIssuer;
      readonly refreshTokens: RefreshTokenCodec;
      readonly idTokens: IdTokenSigner;
      readonly clock: Clock;
      readonly random: RandomSource;
    },
    private readonly options: TokenMinterOptions,
  ) {}

  async mint(session: LoginSession, options: { withIdToken: boolean }): Promise<TokenOutput> {
    return (await this.mintWithTokenId(session, options)).output;
  }

  /** As {@link mint}, also returning the new refresh token's id (so that no caller opens the token to learn it). */
  async mintWithTokenId(
    session: LoginSession,
    { withIdToken }: { withIdToken: boolean },
  ): Promise<{ output: TokenOutput; refreshTokenId: string }> {
    const now = this.deps.clock.now();
    // Credentials never outlive the session they belong to.
    const lifetime = Math.min(this.options.credentialsLifetimeSeconds, Math.floor((session.expiresAt - now) / 1000));
    if (lifetime < 1) throw tokenExpired("The login session has expired. Sign in again.");

    const credentials = await this.deps.credentials.issue({
      principalArn: session.principalArn,
      sessionId: session.sessionId,
      expiresAt: now + lifetime * 1000,
    });
    // A plugged-in issuer may cap lifetimes below what was asked; report what it actually granted.
    const expiresIn = Math.max(1, Math.min(lifetime, Math.floor((credentials.expiresAt - now) / 1000)));
    const refreshTokenId = randomToken(this.deps.random, 16);
    const refreshToken = this.deps.refreshTokens.encode({
      tokenId: refreshTokenId,
      sessionId: session.sessionId,
      principalArn: session.principalArn,
      clientId: session.clientId,
      jkt: session.jkt,
      sessionStartedAt: session.startedAt,
      sessionExpiresAt: session.expiresAt,
      credentialVersion: session.credentialVersion,
      issuedAt: now,
    });
    const output: TokenOutput = {
      accessToken: {
        accessKeyId: credentials.accessKeyId,
        secretAccessKey: credentials.secretAccessKey,
        sessionToken: credentials.sessionToken,
      },
      tokenType: "aws_sigv4",
      expiresIn,
      refreshToken,
    };
    if (withIdToken) {
      output.idToken = await this.deps.idTokens.sign({
        principalArn: session.principalArn,
        clientId: session.clientId,
        issuedAt: now,
      });
    }
    return { output, refreshTokenId };
  }
}
