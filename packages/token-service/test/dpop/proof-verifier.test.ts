import { createPublicKey, randomUUID } from "node:crypto";

import { calculateJwkThumbprint, SignJWT } from "jose";
import { describe, expect, it } from "vitest";

import type { DpopProofFailure } from "../../src/dpop/dpop-proof-error.js";
import {
  DpopProofError,
  DpopProofVerifier,
  importPublicJwk,
  type DpopRequest,
  type PublicKeyImporter,
} from "../../src/dpop/proof-verifier.js";
import {
  base64UrlJson,
  generateTestKey,
  NOW_MS,
  NOW_SECONDS,
  proofClaims,
  proofHeader,
  signProof,
  TOKEN_URL,
  validProof,
  type TestKey,
} from "./support/proofs.js";

// The proof the JS SDK (nested-clients 3.998.4) sent in reference wire-captures.json. Test key.
const jsSdkProof =
  "eyJhbGciOiJFUzI1NiIsInR5cCI6ImRwb3Arand0IiwiandrIjp7Imt0eSI6IkVDIiwiY3J2IjoiUC0yNTYiLCJ4IjoibmpRQld4ZUR6SERSRXhaSkczb0pNTVVZQmNSSmV3MF9FMW5nZTFWVGpHTSIsInkiOiJQNXVkeFFRM2ZSZnI1cXpabHRfSXFySm1oUjYweDI0X09idmM2T1pYZThrIn19" +
  ".eyJqdGkiOiIxZWIyOGU5MC1lZjVjLTQzZjQtOWZmNS1iMWIxYzQ2NmI5ZDkiLCJodG0iOiJQT1NUIiwiaHR1IjoiaHR0cDovLzEyNy4wLjAuMToxODc3Ny92MS90b2tlbiIsImlhdCI6MTc5NTcyMDU0NH0" +
  ".Sd4aoMXaqAiPr5wZ9tfR6K6FdyjpWaEBmhen3asYZc2CvfJ3q3Kdc_wj4tdtgpI9m1-w2xa0XpK906H-KOM7Hg";
const jsSdkJwk = {
  kty: "EC",
  crv: "P-256",
  x: "njQBWxeDzHDRExZJG3oJMMUYBcRJew0_E1nge1VTjGM",
  y: "P5udxQQ3fRfr5qzZlt_IqrJmhR60x24_Obvc6OZXe8k",
};

const tokenRequest: DpopRequest = { method: "POST", url: new URL(TOKEN_URL) };

const fixedClock = (ms: number = NOW_MS) => ({ now: () => ms });
const verifierAt = (ms: number = NOW_MS, iatWindowSeconds = 300): DpopProofVerifier =>
  new DpopProofVerifier({ clock: fixedClock(ms), iatWindowSeconds });

const p256 = generateTestKey("ES256");

/** Runs `verify` expecting a DpopProofError and returns it for inspection. */
function rejection(
  proof: string | readonly string[] | undefined,
  request: DpopRequest = tokenRequest,
  verifier = verifierAt(),
): DpopProofError {
  try {
    verifier.verify(proof, request);
  } catch (error) {
    if (error instanceof DpopProofError) return error;
    throw error;
  }
  throw new Error("expected the proof to be rejected");
}

const expectRejected = (
  proof: string | readonly string[] | undefined,
  reason: DpopProofFailure,
  message: RegExp,
  request: DpopRequest = tokenRequest,
): void => {
  const error = rejection(proof, request);
  expect(error.reason).toBe(reason);
  expect(error.message).toMatch(message);
};

describe("DpopProofVerifier: accepted proofs", () => {
  it("accepts the proof the JS SDK sent and reports its key thumbprint", async () => {
    const verified = verifierAt().verify(jsSdkProof, tokenRequest);
    expect(verified).toEqual({
      jkt: await calculateJwkThumbprint(jsSdkJwk, "sha256"),
      jti: "1eb28e90-ef5c-43f4-9ff5-b1b1c466b9d9",
      iat: NOW_SECONDS,
      htm: "POST",
      htu: TOKEN_URL,
      alg: "ES256",
      publicJwk: { crv: "P-256", kty: "EC", x: jsSdkJwk.x, y: jsSdkJwk.y },
    });
  });

  it("accepts a fresh ES256 proof with the right jkt", async () => {
    const jti = randomUUID();
    const verified = verifierAt().verify(validProof(p256, { jti }), tokenRequest);
    expect(verified.jkt).toBe(await calculateJwkThumbprint({ ...p256.publicJwk }, "sha256"));
    expect(verified.jti).toBe(jti);
  });

  it.each(["ES384", "ES512"] as const)("accepts %s proofs", async (alg) => {
    const key = generateTestKey(alg);
    const verified = verifierAt().verify(validProof(key), tokenRequest);
    expect(verified.alg).toBe(alg);
    expect(verified.jkt).toBe(await calculateJwkThumbprint({ ...key.publicJwk }, "sha256"));
  });

  // Reference §6: header typ, alg, jwk; jwk kty, x, y, crv. Python's json.dumps may add spaces.
  it.each([
    ["compact", (value: unknown) => JSON.stringify(value)],
    ["json.dumps spacing", (value: unknown) => JSON.stringify(value).replaceAll(",", ", ").replaceAll('":', '": ')],
  ])("accepts a proof laid out as botocore builds it (%s)", (_layout, serialize) => {
    const { x, y } = p256.publicJwk;
    const header = serialize({ typ: "dpop+jwt", alg: "ES256", jwk: { kty: "EC", x, y, crv: "P-256" } });
    const payload = serialize({ jti: randomUUID(), htm: "POST", htu: TOKEN_URL, iat: NOW_SECONDS });
    expect(header).toMatch(/^\{"typ".*"alg".*"jwk": ?\{"kty".*"x".*"y".*"crv"/);
    expect(verifierAt().verify(signProof(p256, header, payload), tokenRequest).jkt).toBe(
      verifierAt().verify(validProof(p256), tokenRequest).jkt,
    );
  });

  it("accepts a proof signed by an independent JWS implementation (jose)", async () => {
    const proof = await new SignJWT({ htm: "POST", htu: TOKEN_URL })
      .setProtectedHeader({ typ: "dpop+jwt", alg: "ES256", jwk: { ...p256.publicJwk } })
      .setJti(randomUUID())
      .setIssuedAt(NOW_SECONDS)
      .sign(p256.privateKey);
    expect(verifierAt().verify(proof, tokenRequest).alg).toBe("ES256");
  });

  it("ignores unknown claims, including ath and nonce, and an extra kid", () => {
    const header = { ...proofHeader(p256), kid: "ignored" };
    const claims = proofClaims({ ath: "x", nonce: "n", exp: NOW_SECONDS + 60, custom: { a: 1 } });
    expect(() => verifierAt().verify(signProof(p256, header, claims), tokenRequest)).not.toThrow();
  });

  it("accepts a header passed as a one-element array", () => {
    expect(() => verifierAt().verify([validProof(p256)], tokenRequest)).not.toThrow();
  });
});

describe("DpopProofVerifier: header value", () => {
  it.each([
    ["absent", undefined],
    ["empty", ""],
    ["an empty array", []],
  ] as const)("rejects a DPoP header that is %s", (_name, value) => {
    expectRejected(value, "malformed", /must carry a DPoP proof/);
  });

  it("rejects two DPoP headers, as an array or joined by Node into one value", () => {
    const first = validProof(p256);
    const second = validProof(p256);
    expectRejected([first, second], "malformed", /exactly one DPoP header/);
    expectRejected(`${first}, ${second}`, "malformed", /compact JWS/);
  });

  it("rejects an oversized header before parsing it", () => {
    const padding = "A".repeat(4097);
    const error = rejection(`${padding}.${padding}.${padding}`);
    expect(error.message).toMatch(/longer than 4096/);
    // Not echoed back to the client.
    expect(error.message.length).toBeLessThan(100);
  });

  it.each([
    ["two parts", (proof: string) => proof.split(".").slice(0, 2).join(".")],
    ["four parts", (proof: string) => `${proof}.AAAA`],
    ["an empty signature", (proof: string) => proof.replace(/\.[^.]+$/, ".")],
    ["padding", (proof: string) => `${proof}==`],
    ["standard base64 characters", (proof: string) => `+/${proof}`],
    ["surrounding whitespace", (proof: string) => ` ${proof}`],
    ["a Bearer-style prefix", (proof: string) => `DPoP ${proof}`],
  ])("rejects a proof with %s", (_name, mangle) => {
    expectRejected(mangle(validProof(p256)), "malformed", /compact JWS/);
  });

  it("rejects a segment whose length no byte string encodes to", () => {
    const [, payload, signature] = validProof(p256).split(".");
    expectRejected(`${base64UrlJson(proofHeader(p256))}A.${payload}.${signature}`, "malformed", /base64url/);
  });

  it.each([
    ["JSON", Buffer.from("{not json")],
    // JSON but for one byte that is not UTF-8: a lenient decoder would read it as U+FFFD.
    ["UTF-8", Buffer.concat([Buffer.from('{"typ":"dpop+jwt'), Buffer.from([0xff]), Buffer.from('"}')])],
  ])("rejects a header that is not valid %s", (_name, bytes) => {
    const proof = `${bytes.toString("base64url")}.${base64UrlJson(proofClaims())}.AAAA`;
    expectRejected(proof, "malformed", /header is not valid UTF-8 JSON/);
  });

  it("rejects a signed payload that is not valid JSON", () => {
    expectRejected(signProof(p256, proofHeader(p256), '{"jti":'), "malformed", /payload is not valid UTF-8 JSON/);
  });

  it("rejects a header or payload that is JSON but not an object", () => {
    expectRejected(`${base64UrlJson([1])}.${base64UrlJson(proofClaims())}.AAAA`, "malformed", /header must be/);
    expectRejected(signProof(p256, proofHeader(p256), "null"), "malformed", /payload must be/);
  });
});

describe("DpopProofVerifier: protected header", () => {
  it.each(["JWT", "DPOP+JWT", "application/dpop+jwt", undefined])("rejects typ %s", (typ) => {
    expectRejected(signProof(p256, { ...proofHeader(p256), typ }, proofClaims()), "unsupported-type", /typ/);
  });

  it("rejects alg none with an empty signature segment and with any signature", () => {
    const header = base64UrlJson({ ...proofHeader(p256), alg: "none" });
    const payload = base64UrlJson(proofClaims());
    expectRejected(`${header}.${payload}.`, "malformed", /compact JWS/);
    expectRejected(`${header}.${payload}.AAAA`, "unsupported-algorithm", /ES256, ES384, ES512$/);
  });

  it("rejects HS256 with a symmetric jwk", () => {
    const header = { typ: "dpop+jwt", alg: "HS256", jwk: { kty: "oct", k: "c2VjcmV0" } };
    expectRejected(`${base64UrlJson(header)}.${base64UrlJson(proofClaims())}.AAAA`, "unsupported-algorithm", /alg/);
  });

  it.each(["RS256", "PS256", "ES256K", "Ed25519", "EdDSA", "es256", ""])("rejects alg %s", (alg) => {
    expectRejected(signProof(p256, { ...proofHeader(p256), alg }, proofClaims()), "unsupported-algorithm", /alg/);
  });

  it.each([
    ["crit", ["exp"]],
    ["jku", "https://attacker.example/jwks"],
    ["x5u", "https://attacker.example/cert"],
    ["x5c", ["MIIB"]],
  ])("rejects a header with %s", (name, value) => {
    expectRejected(signProof(p256, { ...proofHeader(p256), [name]: value }, proofClaims()), "malformed", /must not/);
  });
});

describe("DpopProofVerifier: jwk", () => {
  const withJwk = (jwk: unknown, key: TestKey = p256, alg: string = key.alg): string =>
    signProof(key, { typ: "dpop+jwt", alg, jwk }, proofClaims());

  it("rejects a missing jwk, also when only a kid names the key", () => {
    expectRejected(signProof(p256, { typ: "dpop+jwt", alg: "ES256" }, proofClaims()), "invalid-key", /jwk/);
    expectRejected(signProof(p256, { typ: "dpop+jwt", alg: "ES256", kid: "k" }, proofClaims()), "invalid-key", /jwk/);
    expectRejected(withJwk("not-an-object"), "invalid-key", /jwk object/);
  });

  it.each(["d", "p", "q", "dp", "dq", "qi", "oth", "k"])("rejects a jwk with private member %s", (member) => {
    expectRejected(withJwk({ ...p256.publicJwk, [member]: "AAAA" }), "invalid-key", /private key material/);
  });

  it("rejects the private jwk exported with the signing key", () => {
    expectRejected(withJwk(p256.privateKey.export({ format: "jwk" })), "invalid-key", /private/);
  });

  it("rejects an alg that does not fit the key", () => {
    expectRejected(
      withJwk(p256.publicJwk, p256, "ES384"),
      "invalid-key",
      /ES384 requires a jwk with kty EC and crv P-384/,
    );
    const ed = generateTestKey("EdDSA");
    expectRejected(withJwk(ed.publicJwk, ed, "ES256"), "invalid-key", /P-256/);
  });

  it("rejects EdDSA, which no real client sends (security hardening finding 10)", () => {
    const ed = generateTestKey("EdDSA");
    expectRejected(validProof(ed), "unsupported-algorithm", /ES256, ES384, ES512$/);
  });

  it("rejects a jwk whose own alg differs from the header alg", () => {
    expectRejected(withJwk({ ...p256.publicJwk, alg: "ES384" }), "invalid-key", /jwk alg/);
    expect(() => verifierAt().verify(withJwk({ ...p256.publicJwk, alg: "ES256" }), tokenRequest)).not.toThrow();
  });

  it("rejects coordinates that are not the canonical full-length encoding", () => {
    const { x = "", y = "" } = p256.publicJwk;
    expectRejected(withJwk({ ...p256.publicJwk, x: `${x}=` }), "invalid-key", /jwk x must be the 32-byte/);
    // A shortened coordinate is either not canonical base64url, or read as one whose leading zero
    // bytes were dropped, which names another point.
    expectRejected(withJwk({ ...p256.publicJwk, y: y.slice(2) }), "invalid-key", /jwk y|not a valid public key/);
    expectRejected(withJwk({ ...p256.publicJwk, y: `AA${y}` }), "invalid-key", /jwk y/);
    expectRejected(withJwk({ ...p256.publicJwk, x: 42 }), "invalid-key", /jwk x/);
  });

  it("rejects a coordinate spelled with non-zero padding bits, though it decodes to the same key", () => {
    const x = p256.publicJwk.x ?? "";
    const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    // 32 bytes leave 2 unused bits in the last character; setting one changes the text, not the bytes.
    const last = alphabet[alphabet.indexOf(x.slice(-1)) | 1] ?? "";
    const respelled = `${x.slice(0, -1)}${last}`;
    expect(Buffer.from(respelled, "base64url").equals(Buffer.from(x, "base64url"))).toBe(true);
    expectRejected(withJwk({ ...p256.publicJwk, x: respelled }), "invalid-key", /jwk x/);
  });

  it("rejects a point that is not on the curve", () => {
    const y = Buffer.from(p256.publicJwk.y ?? "", "base64url");
    y[31] = (y[31] ?? 0) ^ 1;
    expectRejected(withJwk({ ...p256.publicJwk, y: y.toString("base64url") }), "invalid-key", /not a valid public key/);
  });
});

describe("DpopProofVerifier: keys and signatures as botocore's awscrt encodes them", () => {
  /** Keys until one has a coordinate starting with a zero byte, as 1 in 128 P-256 keys do. */
  function keyWithLeadingZero(coordinate: "x" | "y"): TestKey {
    for (;;) {
      const key = generateTestKey("ES256");
      if (Buffer.from(key.publicJwk[coordinate] ?? "", "base64url")[0] === 0) return key;
    }
  }
  const stripLeadingZeros = (value: string) => {
    const bytes = Buffer.from(value, "base64url");
    let start = 0;
    while (start < bytes.length - 1 && bytes[start] === 0) start++;
    return bytes.subarray(start).toString("base64url");
  };

  it.each(["x", "y"] as const)(
    "accepts a %s coordinate sent without its leading zero byte, with the padded key's thumbprint",
    (name) => {
      const key = keyWithLeadingZero(name);
      const short = { ...key.publicJwk, [name]: stripLeadingZeros(key.publicJwk[name] ?? "") };
      expect(Buffer.from(short[name] ?? "", "base64url").length).toBeLessThan(32);
      const fromShort = verifierAt().verify(
        signProof(key, { typ: "dpop+jwt", alg: "ES256", jwk: short }, proofClaims()),
        tokenRequest,
      );
      const fromPadded = verifierAt().verify(validProof(key), tokenRequest);
      expect(fromShort.jkt).toBe(fromPadded.jkt);
      expect(fromShort.publicJwk).toEqual(fromPadded.publicJwk);
    },
  );

  it("accepts an ES256 signature whose r or s lost its leading zero byte (63 bytes), and no shorter than 62", () => {
    const key = generateTestKey("ES256");
    for (let attempts = 0; ; attempts++) {
      const [header, payload, signature = ""] = validProof(key).split(".");
      const raw = Buffer.from(signature, "base64url");
      const zeroAt = raw[0] === 0 ? 0 : raw[32] === 0 ? 32 : -1;
      if (zeroAt < 0) continue;
      const short = Buffer.concat([raw.subarray(0, zeroAt), raw.subarray(zeroAt + 1)]);
      expect(short.length).toBe(63);
      expect(verifierAt().verify(`${header}.${payload}.${short.toString("base64url")}`, tokenRequest).jkt).toBeTypeOf(
        "string",
      );
      // Dropping a non-zero byte changes the integers: no reading verifies.
      const mangled = Buffer.concat([raw.subarray(0, 5), raw.subarray(6)]);
      expectRejected(`${header}.${payload}.${mangled.toString("base64url")}`, "invalid-signature", /does not verify/);
      expectRejected(
        `${header}.${payload}.${raw.subarray(0, 61).toString("base64url")}`,
        "invalid-signature",
        /does not verify/,
      );
      break;
    }
  });
});

describe("DpopProofVerifier: signature", () => {
  it("rejects a signature with a flipped byte", () => {
    const [header, payload, signature = ""] = validProof(p256).split(".");
    const bytes = Buffer.from(signature, "base64url");
    bytes[10] = (bytes[10] ?? 0) ^ 0x01;
    expectRejected(`${header}.${payload}.${bytes.toString("base64url")}`, "invalid-signature", /does not verify/);
  });

  it("rejects a payload changed after signing", () => {
    const [header, , signature] = validProof(p256).split(".");
    const forged = base64UrlJson(proofClaims({ htu: "http://127.0.0.1:18777/other" }));
    expectRejected(`${header}.${forged}.${signature}`, "invalid-signature", /does not verify/);
  });

  it("rejects an ECDSA signature in DER instead of raw r‖s", () => {
    const der = signProof(p256, proofHeader(p256), proofClaims(), { dsaEncoding: "der" });
    expectRejected(der, "invalid-signature", /does not verify/);
  });

  it("rejects a proof signed by a different key than its jwk", () => {
    const other = generateTestKey("ES256");
    const proof = signProof(p256, proofHeader(p256), proofClaims(), { signingKey: other });
    expectRejected(proof, "invalid-signature", /does not verify/);
  });
});

describe("DpopProofVerifier: claims", () => {
  it.each([
    ["a missing jti", { jti: undefined }, /jti/],
    ["an empty jti", { jti: "" }, /jti/],
    ["a numeric jti", { jti: 7 }, /jti/],
    ["a jti over 256 characters", { jti: "j".repeat(257) }, /at most 256/],
    ["a missing htm", { htm: undefined }, /htm/],
    ["a missing htu", { htu: undefined }, /htu/],
    ["a missing iat", { iat: undefined }, /iat/],
    ["a string iat", { iat: String(NOW_SECONDS) }, /iat must be an integer/],
    ["a fractional iat", { iat: NOW_SECONDS + 0.5 }, /iat must be an integer/],
  ])("rejects %s", (_name, overrides, message) => {
    expectRejected(validProof(p256, overrides), "invalid-claims", message);
  });

  it("accepts a jti of exactly 256 characters", () => {
    expect(verifierAt().verify(validProof(p256, { jti: "j".repeat(256) }), tokenRequest).jti).toHaveLength(256);
  });
});

describe("DpopProofVerifier: htm", () => {
  it("rejects a proof for another method", () => {
    expectRejected(validProof(p256, { htm: "GET" }), "method-mismatch", /htm/);
    expectRejected(validProof(p256), "method-mismatch", /htm/, { ...tokenRequest, method: "GET" });
  });

  it("compares methods case-sensitively", () => {
    expectRejected(validProof(p256, { htm: "post" }), "method-mismatch", /htm/);
  });
});

describe("DpopProofVerifier: htu", () => {
  const at = (url: string): DpopRequest => ({ method: "POST", url: new URL(url) });
  const accepts = (htu: string, requestUrl: string = TOKEN_URL): boolean => {
    try {
      verifierAt().verify(validProof(p256, { htu }), at(requestUrl));
      return true;
    } catch (error) {
      if (error instanceof DpopProofError && error.reason === "url-mismatch") return false;
      throw error;
    }
  };

  it.each([
    ["scheme", "https://127.0.0.1:18777/v1/token"],
    ["host", "http://localhost:18777/v1/token"],
    ["port", "http://127.0.0.1:18778/v1/token"],
    ["path", "http://127.0.0.1:18777/v1/token/"],
    ["path prefix", "http://127.0.0.1:18777/prefix/v1/token"],
    ["user info", "http://user:pw@127.0.0.1:18777/v1/token"],
    ["user name", "http://user@127.0.0.1:18777/v1/token"],
  ])("rejects a different %s", (_part, htu) => {
    expect(accepts(htu)).toBe(false);
  });

  it("distinguishes 127.0.0.1:8080 from :8081", () => {
    expect(accepts("http://127.0.0.1:8080/v1/token", "http://127.0.0.1:8081/v1/token")).toBe(false);
    expect(accepts("http://127.0.0.1:8080/v1/token", "http://127.0.0.1:8080/v1/token")).toBe(true);
  });

  it.each(["not a url", "/v1/token", "127.0.0.1:18777/v1/token", "http://[::1/v1/token"])(
    "rejects the unparsable htu %s",
    (htu) => {
      expect(accepts(htu)).toBe(false);
    },
  );

  it("ignores the query and fragment of htu", () => {
    expect(accepts(`${TOKEN_URL}?x-amz-client-auth-method=iam#frag`)).toBe(true);
    expect(accepts(TOKEN_URL, `${TOKEN_URL}?a=b`)).toBe(true);
  });

  it("normalizes scheme and host case, default ports and dot segments", () => {
    expect(accepts("HTTP://LOCALHOST:18777/v1/token", "http://localhost:18777/v1/token")).toBe(true);
    expect(accepts("https://signin.example:443/v1/token", "https://signin.example/v1/token")).toBe(true);
    expect(accepts("http://signin.example:80/v1/token", "http://signin.example/v1/token")).toBe(true);
    expect(accepts("https://signin.example:80/v1/token", "https://signin.example/v1/token")).toBe(false);
    expect(accepts("http://127.0.0.1:18777/v1/x/../token")).toBe(true);
  });

  it("matches the JS SDK's double-slash htu only against a double-slash request path", () => {
    const doubled = "http://127.0.0.1:18777//v1/token";
    expect(accepts(doubled, doubled)).toBe(true);
    expect(accepts(doubled, TOKEN_URL)).toBe(false);
    expect(accepts(TOKEN_URL, doubled)).toBe(false);
  });
});

describe("DpopProofVerifier: iat window", () => {
  const atOffset = (seconds: number, verifier = verifierAt()): "accepted" | DpopProofFailure => {
    try {
      verifier.verify(validProof(p256, { iat: NOW_SECONDS + seconds }), tokenRequest);
      return "accepted";
    } catch (error) {
      if (error instanceof DpopProofError) return error.reason;
      throw error;
    }
  };

  it("accepts iat within ±300 s of now", () => {
    for (const offset of [-300, -299, 0, 299, 300]) expect(atOffset(offset)).toBe("accepted");
  });

  it("rejects stale and future iat", () => {
    expect(atOffset(-301)).toBe("outside-time-window");
    expect(atOffset(301)).toBe("outside-time-window");
    expect(rejection(validProof(p256, { iat: NOW_SECONDS - 301 })).message).toMatch(/in the past/);
    expect(rejection(validProof(p256, { iat: NOW_SECONDS + 301 })).message).toMatch(/in the future/);
  });

  it("compares against whole seconds of the clock", () => {
    const verifier = verifierAt(NOW_MS + 999);
    expect(atOffset(-300, verifier)).toBe("accepted");
    expect(atOffset(-301, verifier)).toBe("outside-time-window");
  });

  it("honours a configured window", () => {
    const verifier = verifierAt(NOW_MS, 60);
    expect(atOffset(60, verifier)).toBe("accepted");
    expect(atOffset(-61, verifier)).toBe("outside-time-window");
    expect(atOffset(61, verifier)).toBe("outside-time-window");
  });

  it("defaults to a 300 s window", () => {
    const verifier = new DpopProofVerifier({ clock: fixedClock() });
    expect(atOffset(300, verifier)).toBe("accepted");
    expect(atOffset(301, verifier)).toBe("outside-time-window");
  });

  it("refuses a window that is not a positive integer", () => {
    expect(() => new DpopProofVerifier({ clock: fixedClock(), iatWindowSeconds: 0 })).toThrow(RangeError);
    expect(() => new DpopProofVerifier({ clock: fixedClock(), iatWindowSeconds: 1.5 })).toThrow(RangeError);
  });
});

describe("DpopProofVerifier: key cache", () => {
  const countingImporter = (): { importKey: PublicKeyImporter; calls: () => number } => {
    let calls = 0;
    return {
      importKey: (jwk) => {
        calls += 1;
        return importPublicJwk(jwk);
      },
      calls: () => calls,
    };
  };

  it("imports each key once for repeated proofs", () => {
    const counter = countingImporter();
    const verifier = new DpopProofVerifier({ clock: fixedClock(), importKey: counter.importKey });
    verifier.verify(validProof(p256), tokenRequest);
    verifier.verify(validProof(p256), tokenRequest);
    expect(counter.calls()).toBe(1);
    verifier.verify(validProof(generateTestKey("ES256")), tokenRequest);
    expect(counter.calls()).toBe(2);
  });

  it("evicts the least recently used key beyond its size", () => {
    const counter = countingImporter();
    const verifier = new DpopProofVerifier({ clock: fixedClock(), importKey: counter.importKey, keyCacheSize: 2 });
    const [a, b, c] = [p256, generateTestKey("ES256"), generateTestKey("ES256")];
    for (const key of [a, b, a, c, a]) verifier.verify(validProof(key), tokenRequest);
    expect(counter.calls()).toBe(3); // a stayed recent; b was evicted by c
    verifier.verify(validProof(b), tokenRequest);
    expect(counter.calls()).toBe(4);
  });

  it("still checks the signature when the key is cached", () => {
    const verifier = new DpopProofVerifier({ clock: fixedClock() });
    verifier.verify(validProof(p256), tokenRequest);
    const forged = signProof(p256, proofHeader(p256), proofClaims(), { signingKey: generateTestKey("ES256") });
    expect(rejection(forged, tokenRequest, verifier).reason).toBe("invalid-signature");
  });

  it("rejects a private key from the importer", () => {
    const verifier = new DpopProofVerifier({ clock: fixedClock(), importKey: () => p256.privateKey });
    expect(rejection(validProof(p256), tokenRequest, verifier).reason).toBe("invalid-key");
  });

  it("rejects a key the importer returns with the wrong type", () => {
    const verifier = new DpopProofVerifier({
      clock: fixedClock(),
      importKey: () => createPublicKey(generateTestKey("ES384").publicKey.export({ format: "pem", type: "spki" })),
    });
    expect(rejection(validProof(p256), tokenRequest, verifier).reason).toBe("invalid-key");
  });
});

describe("DpopProofError", () => {
  it("never echoes the proof", () => {
    const proof = validProof(p256, { htm: "GET" });
    const error = rejection(proof);
    expect(error.message).not.toContain(proof.split(".")[1]);
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe("DpopProofError");
  });
});
