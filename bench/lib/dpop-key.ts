import { type KeyObject, createHash, randomUUID, sign } from "node:crypto";

import { generateKeyPair } from "@open-signin/token-service";

const encode = (value: object): string => Buffer.from(JSON.stringify(value)).toString("base64url");

/**
 * One client's ES256 DPoP key (node:crypto). Every call of {@link proof} signs a new proof, as a
 * real client does per request: the signing cost is part of the load, the same for every target.
 */
export class DpopKey {
  readonly #privateKey: KeyObject;
  readonly #encodedHeader: string;
  /** RFC 7638 thumbprint of the public key, for servers seeded with a key binding. */
  readonly thumbprint: string;

  constructor() {
    const { privateKey, publicKey } = generateKeyPair("ec", { namedCurve: "P-256" });
    const { crv, kty, x, y } = publicKey.export({ format: "jwk" });
    this.#privateKey = privateKey;
    this.#encodedHeader = encode({ typ: "dpop+jwt", alg: "ES256", jwk: { kty, crv, x, y } });
    // RFC 7638 §3.2: the required members in lexicographic order, no whitespace.
    this.thumbprint = createHash("sha256").update(JSON.stringify({ crv, kty, x, y })).digest("base64url");
  }

  proof(method: string, htu: string): string {
    const payload = encode({ jti: randomUUID(), htm: method, htu, iat: Math.floor(Date.now() / 1000) });
    const input = `${this.#encodedHeader}.${payload}`;
    const signature = sign("sha256", Buffer.from(input), { key: this.#privateKey, dsaEncoding: "ieee-p1363" });
    return `${input}.${signature.toString("base64url")}`;
  }
}
