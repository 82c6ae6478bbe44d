import { randomUUID, sign, type KeyObject } from "node:crypto";

import { generateKeyPair } from "@open-signin/token-service";
import { HttpRequest } from "@smithy/core/protocols";
import type { FinalizeRequestMiddleware, MetadataBearer, MiddlewareStack } from "@smithy/types";

/** One DPoP proof as this middleware put it on a request, decoded for assertions. */
export interface SentProof {
  readonly header: { readonly alg: string; readonly typ: string; readonly jwk: Record<string, string> };
  readonly payload: { readonly jti: string; readonly htm: string; readonly htu: string; readonly iat: number };
}

/**
 * A DPoP key for the bare SigninClient, which has no DPoP support of its own (the JS SDK builds
 * proofs only inside its login credential provider). The proof is built the way
 * @aws-sdk/credential-provider-login builds it, from the protocol notes (§6): ES256, header
 * alg/typ/jwk, claims jti/htm/htu/iat, raw r‖s signature.
 */
export class DpopKey {
  readonly privateKey: KeyObject = generateKeyPair("ec", { namedCurve: "P-256" }).privateKey;
  /** Every proof sent with this key, in order: one per HTTP attempt. */
  readonly sent: SentProof[] = [];

  proof(method: string, htu: string): string {
    const { kty, crv, x, y } = this.privateKey.export({ format: "jwk" });
    if (kty !== "EC" || crv !== "P-256" || x === undefined || y === undefined) throw new Error("not a P-256 key");
    const proof: SentProof = {
      header: { alg: "ES256", typ: "dpop+jwt", jwk: { kty, crv, x, y } },
      payload: { jti: randomUUID(), htm: method, htu, iat: Math.floor(Date.now() / 1000) },
    };
    const encode = (value: object) => Buffer.from(JSON.stringify(value)).toString("base64url");
    const input = `${encode(proof.header)}.${encode(proof.payload)}`;
    const signature = sign("sha256", Buffer.from(input), { key: this.privateKey, dsaEncoding: "ieee-p1363" });
    this.sent.push(proof);
    return `${input}.${signature.toString("base64url")}`;
  }
}

/**
 * Adds a DPoP header through the client's documented middleware stack, at the step and with the
 * htu the JS login provider uses (`finalizeRequest`, `protocol//hostname[:port]path` of the final
 * request). `finalizeRequest` middleware of normal priority runs inside the retry middleware, so
 * every attempt carries a fresh proof, as with the SDK's own provider.
 */
export function addDpopMiddleware<Input extends object, Output extends MetadataBearer>(
  stack: MiddlewareStack<Input, Output>,
  key: DpopKey,
): void {
  const middleware: FinalizeRequestMiddleware<Input, Output> = (next) => async (args) => {
    if (HttpRequest.isInstance(args.request)) {
      const request = args.request;
      const htu = `${request.protocol}//${request.hostname}${request.port ? `:${request.port}` : ""}${request.path}`;
      request.headers = { ...request.headers, DPoP: key.proof(request.method, htu) };
    }
    return next(args);
  };
  stack.add(middleware, { step: "finalizeRequest", name: "interopDpopProof", override: true });
}
