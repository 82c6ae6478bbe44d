import { createLocalJWKSet, decodeProtectedHeader, jwtVerify } from "jose";
import { describe, expect, it } from "vitest";

import { StaticKeyring } from "../../src/keys/static-keyring.js";
import {
  AccessTokenCodec,
  type AccessTokenClaims,
  MAX_ACCESS_TOKEN_LENGTH,
  accessTokenJws,
} from "../../src/tokens/access-token.js";
import { IdTokenSigner } from "../../src/tokens/id-token.js";

const ISSUER = "https://signin.test/signin";
const NOW = 1_767_225_600_000;

const claims: AccessTokenClaims = {
  principalArn: "arn:aws:iam::111122223333:user/alice",
  accountId: "111122223333",
  resource: "aws-mcp.amazonaws.com",
  clientId: "arn:aws:iam::111122223333:user/alice",
  sessionId: "0e9d8c7b-6a59-4483-9271-605f4e3d2c1b",
  tokenId: "jti-1",
  issuedAt: NOW,
  expiresAt: NOW + 3_600_000,
};

describe("AccessTokenCodec", () => {
  const keyring = StaticKeyring.generate();
  const codec = new AccessTokenCodec(keyring, { issuer: ISSUER });

  it("spells tokens ASOA… as the model's IntrospectionToken pattern requires", async () => {
    const token = await codec.sign(claims);
    // IntrospectionToken in botocore-signin-latest.service-2.json: ASO[AR][A-Za-z0-9+/=_\-]+
    expect(token).toMatch(/^ASOA[A-Za-z0-9+/=_-]+$/);
    expect(token.length).toBeLessThanOrEqual(MAX_ACCESS_TOKEN_LENGTH);
  });

  it("wraps an RFC 9068 JWT that verifies with the service's JWKS", async () => {
    const token = await codec.sign(claims);
    const jws = accessTokenJws(token)!;
    expect(decodeProtectedHeader(jws)).toEqual({ alg: "ES256", typ: "at+jwt", kid: keyring.activeSigningKey().kid });
    const jwks = new IdTokenSigner(keyring, { issuer: ISSUER }).jwks();
    const { payload } = await jwtVerify(jws, createLocalJWKSet(jwks), {
      issuer: ISSUER,
      audience: "aws-mcp.amazonaws.com",
      typ: "at+jwt",
      currentDate: new Date(NOW + 1000),
    });
    expect(payload).toEqual({
      iss: ISSUER,
      sub: claims.principalArn,
      aud: "aws-mcp.amazonaws.com",
      client_id: claims.clientId,
      account_id: "111122223333",
      sid: claims.sessionId,
      jti: "jti-1",
      iat: NOW / 1000,
      nbf: NOW / 1000,
      exp: NOW / 1000 + 3600,
    });
  });

  it("verifies its own tokens, in the wire form and as the bare JWT, inside their lifetime only", async () => {
    const token = await codec.sign(claims);
    expect(await codec.verify(token, NOW)).toEqual(claims);
    expect(await codec.verify(accessTokenJws(token)!, NOW + 1000)).toEqual(claims);
    expect(await codec.verify(token, NOW + 3_599_999)).toEqual(claims);
    expect(await codec.verify(token, NOW + 3_600_000)).toBeUndefined();
    expect(await codec.verify(token, NOW - 1000)).toBeUndefined();
  });

  it("keeps verifying tokens signed before a key rotation while the keyring holds the old key", async () => {
    const rotating = StaticKeyring.generate();
    const before = new AccessTokenCodec(rotating, { issuer: ISSUER });
    const token = await before.sign(claims);
    rotating.rotate();
    expect(await before.verify(token, NOW)).toEqual(claims);
    expect(decodeProtectedHeader(accessTokenJws(await before.sign(claims))!).kid).toBe(rotating.activeSigningKey().kid);
  });

  it("refuses tokens of other keys or issuers, tampered ones, ID tokens and junk", async () => {
    const token = await codec.sign(claims);
    const otherKeys = new AccessTokenCodec(StaticKeyring.generate(), { issuer: ISSUER });
    expect(await otherKeys.verify(token, NOW)).toBeUndefined();
    expect(await new AccessTokenCodec(keyring, { issuer: "https://elsewhere" }).verify(token, NOW)).toBeUndefined();

    const [header, payload, signature] = accessTokenJws(token)!.split(".") as [string, string, string];
    const forged = Buffer.from(
      JSON.stringify({
        ...JSON.parse(Buffer.from(payload, "base64url").toString()),
        sub: "arn:aws:iam::111122223333:root",
      }),
    ).toString("base64url");
    expect(await codec.verify(`ASOA${header}/${forged}/${signature}`, NOW)).toBeUndefined();

    // An ID token is signed by the same key but typed JWT, not at+jwt (RFC 9068 §2.1).
    const idToken = await new IdTokenSigner(keyring, { issuer: ISSUER }).sign({
      principalArn: claims.principalArn,
      clientId: "arn:aws:signin:::devtools/same-device",
      issuedAt: NOW,
    });
    expect(await codec.verify(idToken, NOW)).toBeUndefined();
    expect(await codec.verify(`ASOA${idToken.replaceAll(".", "/")}`, NOW)).toBeUndefined();

    for (const junk of ["", "ASOA", "ASOAx/y/z", `ASOA${accessTokenJws(token)}`, "ASORv1/a/b", "x".repeat(5000)]) {
      expect(await codec.verify(junk, NOW), junk.slice(0, 20)).toBeUndefined();
    }
  });

  it("refuses to mint a token over the model's length limit or with an empty lifetime", async () => {
    await expect(codec.sign({ ...claims, resource: "r".repeat(4000) })).rejects.toThrow(RangeError);
    await expect(codec.sign({ ...claims, expiresAt: claims.issuedAt })).rejects.toThrow(RangeError);
  });

  it("omits the session and scope claims when the token has none", async () => {
    const bare = { ...claims, sessionId: undefined };
    const token = await codec.sign(bare);
    expect(await codec.verify(token, NOW)).toEqual(bare);
    const scoped = { ...claims, scope: "arn:aws:iam::111122223333:policy/ReadOnly" };
    expect(await codec.verify(await codec.sign(scoped), NOW)).toEqual(scoped);
  });
});
