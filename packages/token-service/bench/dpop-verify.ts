/**
 * DPoP verification throughput: the service's verifier (node:crypto, KeyObjects cached by jkt)
 * against jose, for proofs from a returning client (same key) and from new clients (new key each
 * time). Prints proofs per second; run with `npm run bench:dpop` (or `npm run bench:dpop -w @open-signin/token-service`).
 *
 * It is a benchmark, not a test: numbers vary with the machine, nothing here passes or fails.
 */
import { randomUUID, sign } from "node:crypto";

import { importJWK, jwtVerify } from "jose";

import { DpopProofVerifier } from "../src/dpop/proof-verifier.js";
import { generateKeyPair } from "../src/keys/generate-key-pair.js";

const URL_AS_RECEIVED = new URL("http://127.0.0.1:8080/v1/token");
const SECONDS = Number(process.env.BENCH_SECONDS ?? 2);

function makeKey() {
  const { privateKey, publicKey } = generateKeyPair("ec", { namedCurve: "P-256" });
  const { kty, crv, x, y } = publicKey.export({ format: "jwk" });
  return { privateKey, jwk: { kty: kty!, crv: crv!, x: x!, y: y! } };
}

function proof(key: ReturnType<typeof makeKey>): string {
  const encode = (value: object) => Buffer.from(JSON.stringify(value)).toString("base64url");
  const input = `${encode({ typ: "dpop+jwt", alg: "ES256", jwk: key.jwk })}.${encode({
    jti: randomUUID(),
    htm: "POST",
    htu: URL_AS_RECEIVED.href,
    iat: Math.floor(Date.now() / 1000),
  })}`;
  return `${input}.${sign("sha256", Buffer.from(input), { key: key.privateKey, dsaEncoding: "ieee-p1363" }).toString("base64url")}`;
}

async function measure(name: string, proofs: string[], verify: (proof: string) => unknown): Promise<void> {
  let done = 0;
  const started = performance.now();
  while (performance.now() - started < SECONDS * 1000) {
    await verify(proofs[done % proofs.length]!);
    done++;
  }
  const perSecond = done / ((performance.now() - started) / 1000);
  console.log(`${name.padEnd(46)} ${Math.round(perSecond).toLocaleString("en-US").padStart(9)} proofs/s`);
}

const verifier = new DpopProofVerifier({ clock: { now: () => Date.now() }, iatWindowSeconds: 300 });
const joseVerify = async (token: string) => {
  const [header] = token.split(".");
  const { jwk } = JSON.parse(Buffer.from(header!, "base64url").toString()) as { jwk: Parameters<typeof importJWK>[0] };
  return jwtVerify(token, await importJWK(jwk, "ES256"), { typ: "dpop+jwt", maxTokenAge: 300 });
};

const returning = makeKey();
const sameKeyProofs = Array.from({ length: 2_000 }, () => proof(returning));
const manyKeyProofs = Array.from({ length: 2_000 }, () => proof(makeKey()));

console.log(`DPoP proof verification, ES256, ${SECONDS} s per row (Node ${process.version})`);
await measure("node:crypto verifier, returning client (cached)", sameKeyProofs, (p) =>
  verifier.verify(p, { method: "POST", url: URL_AS_RECEIVED }),
);
await measure("jose jwtVerify + importJWK, returning client", sameKeyProofs, joseVerify);
await measure("node:crypto verifier, new client each time", manyKeyProofs, (p) =>
  verifier.verify(p, { method: "POST", url: URL_AS_RECEIVED }),
);
await measure("jose jwtVerify + importJWK, new client each time", manyKeyProofs, joseVerify);
