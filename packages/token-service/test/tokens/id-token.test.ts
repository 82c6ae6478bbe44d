import { createLocalJWKSet, decodeProtectedHeader, jwtVerify } from "jose";
import { describe, expect, it } from "vitest";

import { StaticKeyring } from "../../src/keys/static-keyring.js";
import { IdTokenSigner, MAX_ID_TOKEN_LENGTH } from "../../src/tokens/id-token.js";

const issuer = "http://127.0.0.1:8080/signin";
const clientId = "arn:aws:signin:::devtools/same-device";
const issuedAt = 1_767_225_600_123;

/** What the AWS CLI does with the ID token (awscli/customizations/login/utils.py): no verification. */
const readLikeTheAwsCli = (idToken: string): { sub: string; accountId: string } => {
  const parts = idToken.split(".");
  if (parts.length !== 3) throw new Error("not a JWT");
  const payload = parts[1] ?? "";
  const padded = payload + "=".repeat((4 - (payload.length % 4)) % 4);
  const claims = JSON.parse(Buffer.from(padded.replace(/-/g, "+").replace(/_/g, "/"), "base64").toString("utf8")) as {
    sub: string;
  };
  const arnParts = claims.sub.split(":");
  if (arnParts.length < 6) throw new Error("sub is not an ARN");
  return { sub: claims.sub, accountId: arnParts[4] ?? "" };
};

const verifier = (signer: IdTokenSigner) => createLocalJWKSet(signer.jwks());

describe("IdTokenSigner", () => {
  it("signs an ES256 JWT with the documented header and claims, verifiable through the JWKS", async () => {
    const keyring = StaticKeyring.generate();
    const signer = new IdTokenSigner(keyring, { issuer });
    const principalArn = "arn:aws:iam::111122223333:user/alice";
    const token = await signer.sign({ principalArn, clientId, issuedAt });

    expect(decodeProtectedHeader(token)).toEqual({ alg: "ES256", typ: "JWT", kid: keyring.activeSigningKey().kid });
    const { payload } = await jwtVerify(token, verifier(signer), {
      issuer,
      audience: clientId,
      algorithms: ["ES256"],
      currentDate: new Date(issuedAt),
    });
    expect(payload).toEqual({
      iss: issuer,
      aud: clientId,
      sub: principalArn,
      session_arn: principalArn,
      iat: 1_767_225_600,
      exp: 1_767_225_600 + 900,
    });
  });

  it("gives the AWS CLI the session ARN in sub and the account id in its fifth field", async () => {
    const signer = new IdTokenSigner(StaticKeyring.generate(), { issuer });
    for (const principalArn of [
      "arn:aws:iam::111122223333:user/alice",
      "arn:aws:iam::444455556666:root",
      "arn:aws:sts::777788889999:assumed-role/Admin/admin",
    ]) {
      const read = readLikeTheAwsCli(await signer.sign({ principalArn, clientId, issuedAt }));
      expect(read.sub).toBe(principalArn);
      expect(read.accountId).toBe(principalArn.split(":")[4]);
    }
  });

  it("honours a custom lifetime and rejects a nonsensical one", async () => {
    const signer = new IdTokenSigner(StaticKeyring.generate(), { issuer });
    const token = await signer.sign({
      principalArn: "arn:aws:iam::111122223333:user/a",
      clientId,
      issuedAt,
      lifetimeSeconds: 60,
    });
    const { payload } = await jwtVerify(token, verifier(signer), { currentDate: new Date(issuedAt) });
    expect((payload.exp ?? 0) - (payload.iat ?? 0)).toBe(60);
    await expect(jwtVerify(token, verifier(signer), { currentDate: new Date(issuedAt + 61_000) })).rejects.toThrow(
      /exp/,
    );
    await expect(
      signer.sign({ principalArn: "arn:aws:iam::1:user/a", clientId, issuedAt, lifetimeSeconds: 0 }),
    ).rejects.toThrow(RangeError);
  });

  it("stays within the model's 4096-character limit for the longest IAM user ARN", async () => {
    const signer = new IdTokenSigner(StaticKeyring.generate(), { issuer: "https://signin.example.com/signin" });
    const principalArn = `arn:aws-us-gov:iam::123456789012:user/${"p".repeat(510)}/${"n".repeat(64)}`;
    const token = await signer.sign({ principalArn, clientId: "arn:aws:signin:::devtools/cross-device", issuedAt });
    expect(token.length).toBeLessThanOrEqual(MAX_ID_TOKEN_LENGTH);
    expect(readLikeTheAwsCli(token).sub).toBe(principalArn);
    await expect(
      signer.sign({ principalArn: `arn:aws:iam::123456789012:user/${"x".repeat(3000)}`, clientId, issuedAt }),
    ).rejects.toThrow(RangeError);
  });

  it("keeps verifying tokens from before a rotation, signs new ones with the new key", async () => {
    const keyring = StaticKeyring.generate();
    const signer = new IdTokenSigner(keyring, { issuer });
    const input = { principalArn: "arn:aws:iam::111122223333:user/alice", clientId, issuedAt };
    const before = await signer.sign(input);
    const oldKid = keyring.activeSigningKey().kid;
    const { signingKid } = keyring.rotate();
    const after = await signer.sign(input);

    expect(decodeProtectedHeader(after).kid).toBe(signingKid);
    expect(signer.jwks().keys.map((key) => key.kid)).toEqual([signingKid, oldKid]);
    const options = { issuer, audience: clientId, currentDate: new Date(issuedAt) };
    await expect(jwtVerify(before, verifier(signer), options)).resolves.toBeDefined();
    await expect(jwtVerify(after, verifier(signer), options)).resolves.toBeDefined();

    keyring.retire(oldKid);
    await expect(jwtVerify(before, verifier(signer), options)).rejects.toThrow();
    await expect(jwtVerify(after, verifier(signer), options)).resolves.toBeDefined();
  });

  it("publishes public keys only, as copies the caller cannot use to alter the keyring", () => {
    const keyring = StaticKeyring.generate();
    const signer = new IdTokenSigner(keyring, { issuer });
    const jwks = signer.jwks();
    expect(jwks.keys).toHaveLength(1);
    for (const key of jwks.keys) {
      expect(Object.keys(key).sort()).toEqual(["alg", "crv", "kid", "kty", "use", "x", "y"]);
      expect(key).toMatchObject({ kty: "EC", crv: "P-256", alg: "ES256", use: "sig" });
    }
    const first = jwks.keys[0];
    if (first !== undefined) first.kid = "changed";
    expect(signer.jwks().keys[0]?.kid).toBe(keyring.activeSigningKey().kid);
  });
});
