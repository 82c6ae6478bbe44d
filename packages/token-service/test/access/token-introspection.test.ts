import { describe, expect, it } from "vitest";

import { AccessTokenIssuer } from "../../src/access/access-token-issuer.js";
import { AccessTokenStatus } from "../../src/access/access-token-status.js";
import { IamAccessTokenGrant } from "../../src/access/iam-access-token.js";
import type { IamCaller } from "../../src/access/iam-caller.js";
import { TokenIntrospection } from "../../src/access/token-introspection.js";
import { RefreshChains } from "../../src/grants/refresh-chains.js";
import { StaticKeyring } from "../../src/keys/static-keyring.js";
import { InMemoryPrincipalDirectory, SigninAction } from "../../src/principals/principal-directory.js";
import { cryptoRandom } from "../../src/runtime/random.js";
import { RefreshTokenRevocation } from "../../src/access/refresh-token-revocation.js";
import { SessionRevocations } from "../../src/sessions/session-revocations.js";
import { MemoryStore } from "../../src/store/memory-store.js";
import { AccessTokenCodec } from "../../src/tokens/access-token.js";
import { type RefreshTokenClaims, RefreshTokenCodec } from "../../src/tokens/refresh-token.js";
import { SealedBox } from "../../src/tokens/sealed-box.js";
import { ManualClock } from "../support/manual-clock.js";

const ISSUER = "https://signin.test/signin";
const ALICE = "arn:aws:iam::111122223333:user/alice";
const MALLORY = "arn:aws:iam::444455556666:user/mallory";
const SESSION = "0e9d8c7b-6a59-4483-9271-605f4e3d2c1b";
const SESSION_MAX_MS = 12 * 3_600_000;

const principal = (arn: string) => ({
  arn,
  accountId: arn.split(":")[4]!,
  credentialVersion: 1,
  allowedActions: new Set<string>([SigninAction.CreateOAuth2Token]),
});

const setup = () => {
  const clock = new ManualClock();
  const keyring = StaticKeyring.generate();
  const store = new MemoryStore({ clock, sweepIntervalMs: 0 });
  const principals = new InMemoryPrincipalDirectory([principal(ALICE), principal(MALLORY)]);
  const refreshTokens = new RefreshTokenCodec(new SealedBox(keyring, "refresh-token", cryptoRandom));
  const accessTokens = new AccessTokenCodec(keyring, { issuer: ISSUER });
  const revocations = new SessionRevocations(store, SESSION_MAX_MS);
  const chains = new RefreshChains(store, 60_000);
  const introspection = new TokenIntrospection({
    refreshTokens,
    accessTokens,
    accessTokenStatus: new AccessTokenStatus({ principals, isSessionRevoked: (id) => revocations.isRevoked(id) }),
    isSessionRevoked: (id) => revocations.isRevoked(id),
    chains,
    principals,
    clock,
    issuer: ISSUER,
    sessionArn: (account, session) => `arn:aws:signin:us-east-1:${account}:session/${session}`,
  });
  const revocation = new RefreshTokenRevocation({
    refreshTokens,
    revokeSession: (id) => revocations.revoke(id),
    clock,
  });
  const iam = new IamAccessTokenGrant({
    issuer: new AccessTokenIssuer({ codec: accessTokens, clock, random: cryptoRandom }),
    clock,
  });
  const refreshClaims = (changes: Partial<RefreshTokenClaims> = {}): RefreshTokenClaims => ({
    tokenId: "token-1",
    sessionId: SESSION,
    principalArn: ALICE,
    clientId: "arn:aws:signin:::devtools/same-device",
    jkt: "0ZcOCORZNYy-DWpqq30jZyJGHTN0d2HglBV3uiguA4I",
    sessionStartedAt: clock.now(),
    sessionExpiresAt: clock.now() + SESSION_MAX_MS,
    credentialVersion: 1,
    issuedAt: clock.now(),
    ...changes,
  });
  const caller = (arn: string, changes: Partial<IamCaller> = {}): IamCaller => ({
    principalArn: arn,
    accountId: arn.split(":")[4]!,
    credentialsExpireAt: clock.now() + 900_000,
    ...changes,
  });
  return {
    clock,
    store,
    principals,
    refreshTokens,
    introspection,
    revocation,
    revocations,
    chains,
    iam,
    refreshClaims,
    caller,
  };
};

describe("IntrospectOAuth2TokenWithIAM", () => {
  it("returns the RFC 7662 claims of an active refresh token of the caller's account", async () => {
    const { introspection, refreshTokens, refreshClaims, caller, clock } = setup();
    const claims = refreshClaims();
    const token = refreshTokens.encode(claims);
    const admin = caller("arn:aws:iam::111122223333:role/admin");
    expect(await introspection.introspect(admin, token)).toEqual({
      active: true,
      tokenType: "refresh_token",
      clientId: "arn:aws:signin:::devtools/same-device",
      sub: ALICE,
      iss: ISSUER,
      jti: "token-1",
      iat: clock.now() / 1000,
      nbf: clock.now() / 1000,
      exp: (clock.now() + SESSION_MAX_MS) / 1000,
      accountId: "111122223333",
      signinSession: `arn:aws:signin:us-east-1:111122223333:session/${SESSION}`,
    });
  });

  it("returns the claims of an active access token, with its audience", async () => {
    const { introspection, iam, caller, clock } = setup();
    const alice = caller(ALICE, { sessionId: SESSION });
    const { accessToken } = await iam.issue(alice, { resource: "aws-mcp.amazonaws.com" });
    const result = await introspection.introspect(caller("arn:aws:iam::111122223333:role/admin"), accessToken);
    expect(result).toEqual({
      active: true,
      tokenType: "access_token",
      clientId: ALICE,
      sub: ALICE,
      aud: "aws-mcp.amazonaws.com",
      iss: ISSUER,
      jti: expect.stringMatching(/^[A-Za-z0-9_-]{22}$/),
      iat: clock.now() / 1000,
      nbf: clock.now() / 1000,
      exp: clock.now() / 1000 + 900,
      accountId: "111122223333",
      signinSession: `arn:aws:signin:us-east-1:111122223333:session/${SESSION}`,
    });
  });

  it("answers exactly {active: false} for every token that is not active for the caller", async () => {
    const { introspection, refreshTokens, refreshClaims, caller, clock, revocations, principals, chains, iam } =
      setup();
    const alice = caller(ALICE, { sessionId: SESSION });
    const inactive = { active: false };

    // Another account's caller sees nothing of alice's tokens.
    const refresh = refreshTokens.encode(refreshClaims());
    const access = (await iam.issue(alice, { resource: "aws-mcp.amazonaws.com" })).accessToken;
    expect(await introspection.introspect(caller(MALLORY), refresh)).toStrictEqual(inactive);
    expect(await introspection.introspect(caller(MALLORY), access)).toStrictEqual(inactive);

    // Garbage, tokens not ours, tokens of other kinds.
    const foreign = new RefreshTokenCodec(new SealedBox(StaticKeyring.generate(), "refresh-token", cryptoRandom));
    for (const token of ["ASORjunk", "ASOAjunk", foreign.encode(refreshClaims()), "ASIAxyz", `${refresh}x`]) {
      expect(await introspection.introspect(alice, token), token.slice(0, 12)).toStrictEqual(inactive);
    }

    // A refresh token superseded by rotation.
    await chains.start(SESSION, "token-2", clock.now() + SESSION_MAX_MS, clock.now());
    expect(await introspection.introspect(alice, refresh)).toStrictEqual(inactive);
    expect(await introspection.introspect(alice, refreshTokens.encode(refreshClaims({ tokenId: "token-2" })))).toEqual(
      expect.objectContaining({ active: true }),
    );

    // Credentials changed since the session began.
    const other = refreshTokens.encode(refreshClaims({ sessionId: "s2", credentialVersion: 0 }));
    expect(await introspection.introspect(alice, other)).toStrictEqual(inactive);

    // A revoked session takes both its refresh token and the access tokens minted from it.
    await revocations.revoke(SESSION);
    expect(
      await introspection.introspect(alice, refreshTokens.encode(refreshClaims({ tokenId: "token-2" }))),
    ).toStrictEqual(inactive);
    expect(await introspection.introspect(alice, access)).toStrictEqual(inactive);

    // All sessions of the principal revoked; then the principal removed.
    const fresh = refreshTokens.encode(refreshClaims({ sessionId: "s3" }));
    const freshAccess = (await iam.issue({ ...alice, sessionId: "s3" }, { resource: "glue.amazonaws.com" }))
      .accessToken;
    expect(await introspection.introspect(alice, fresh)).toMatchObject({ active: true });
    expect(await introspection.introspect(alice, freshAccess)).toMatchObject({ active: true });
    principals.update(ALICE, (current) => ({ ...current, sessionsRevokedAt: clock.now() }));
    expect(await introspection.introspect(alice, fresh)).toStrictEqual(inactive);
    expect(await introspection.introspect(alice, freshAccess)).toStrictEqual(inactive);
    principals.remove(ALICE);
    clock.advance(1000);
    const orphan = refreshTokens.encode(refreshClaims({ sessionId: "s4" }));
    expect(await introspection.introspect(alice, orphan)).toStrictEqual(inactive);
  });

  it("reports tokens inactive once they expire", async () => {
    const { introspection, refreshTokens, refreshClaims, caller, clock, iam } = setup();
    const alice = caller(ALICE);
    const refresh = refreshTokens.encode(refreshClaims());
    const access = (await iam.issue(alice, { resource: "aws-mcp.amazonaws.com" })).accessToken;
    clock.advance(900_000);
    expect(await introspection.introspect(alice, access)).toStrictEqual({ active: false });
    expect(await introspection.introspect(alice, refresh)).toMatchObject({ active: true });
    clock.advance(SESSION_MAX_MS);
    expect(await introspection.introspect(alice, refresh)).toStrictEqual({ active: false });
  });
});

describe("RevokeOAuth2TokenWithIAM", () => {
  it("revokes the session of a refresh token of the caller's account, idempotently", async () => {
    const { revocation, revocations, refreshTokens, refreshClaims, caller } = setup();
    const token = refreshTokens.encode(refreshClaims());
    const admin = caller("arn:aws:iam::111122223333:role/admin");
    expect(await revocation.revoke(admin, token)).toBe("revoked");
    expect(await revocations.isRevoked(SESSION)).toBe(true);
    expect(await revocation.revoke(admin, token)).toBe("revoked");
    expect(await revocations.isRevoked(SESSION)).toBe(true);
  });

  it("leaves tokens it cannot or may not revoke alone, without an error", async () => {
    const { revocation, revocations, refreshTokens, refreshClaims, caller, clock } = setup();
    const token = refreshTokens.encode(refreshClaims());
    expect(await revocation.revoke(caller(MALLORY), token)).toBe("other-account");
    expect(await revocations.isRevoked(SESSION)).toBe(false);
    expect(await revocation.revoke(caller(ALICE), "ASORunknown")).toBe("not-ours");
    clock.advance(SESSION_MAX_MS);
    expect(await revocation.revoke(caller(ALICE), token)).toBe("session-ended");
    expect(await revocations.isRevoked(SESSION)).toBe(false);
  });
});
