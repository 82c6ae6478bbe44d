import type { Clock } from "../runtime/clock.js";
import { type RandomSource, randomToken } from "../runtime/random.js";
import type { AccessTokenCodec } from "../tokens/access-token.js";

/** Whom an access token is for and on whose behalf; see AccessTokenClaims. */
export interface AccessTokenSubject {
  readonly principalArn: string;
  readonly accountId: string;
  readonly clientId: string;
  readonly sessionId?: string | undefined;
  readonly scope?: string | undefined;
}

/** RFC 6749 §5.1 token response members shared by the three operations that mint access tokens. */
export interface IssuedAccessToken {
  readonly accessToken: string;
  readonly tokenType: "Bearer";
  readonly expiresIn: number;
}

/** Mints an access token for one resource that lasts exactly `lifetimeSeconds`. */
export class AccessTokenIssuer {
  constructor(
    private readonly deps: {
      readonly codec: AccessTokenCodec;
      readonly clock: Clock;
      readonly random: RandomSource;
    },
  ) {}

  async issue(subject: AccessTokenSubject, resource: string, lifetimeSeconds: number): Promise<IssuedAccessToken> {
    if (!Number.isSafeInteger(lifetimeSeconds) || lifetimeSeconds < 1) {
      throw new RangeError("An access token lifetime must be a positive whole number of seconds");
    }
    // Whole seconds, so that `exp - iat` in the token is exactly the `expiresIn` the response states.
    const issuedAt = Math.floor(this.deps.clock.now() / 1000) * 1000;
    const accessToken = await this.deps.codec.sign({
      ...subject,
      resource,
      tokenId: randomToken(this.deps.random, 16),
      issuedAt,
      expiresAt: issuedAt + lifetimeSeconds * 1000,
    });
    return { accessToken, tokenType: "Bearer", expiresIn: lifetimeSeconds };
  }
}
