/**
 * A DPoP proof is bound to the exact endpoint it was made for (RFC 9449 `htu`: scheme, host, port,
 * path). Two Sign-In services on one host differ only by port, so a proof captured on the way to
 * one must not work at the other. The real SDK client sends the request; only its DPoP middleware
 * (the documented extension point) is told to make the proof for the other service's URL.
 */
import { createRequire } from "node:module";

import { CreateOAuth2TokenCommand, SigninClient, ValidationException } from "@aws-sdk/nested-clients/signin";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { claim } from "./support/compatibility.js";
import { InteropService } from "./support/interop-service.js";
import { authorizationCodeFor } from "./support/js/authorization-code.js";
import { DpopKey } from "./support/js/dpop-middleware.js";

const version = (createRequire(import.meta.url)("@aws-sdk/nested-clients/package.json") as { version: string }).version;

let target: InteropService;
let other: InteropService;
beforeAll(async () => {
  [target, other] = await Promise.all([InteropService.start(), InteropService.start()]);
});
afterAll(async () => {
  await Promise.all([target?.close(), other?.close()]);
});

/** A SigninClient for `endpoint` whose DPoP proofs name `htuOrigin` instead of the real endpoint. */
function clientWithProofsFor(endpoint: string, htuOrigin: string, key: DpopKey): SigninClient {
  const client = new SigninClient({ region: "us-east-1", endpoint, maxAttempts: 1 });
  client.middlewareStack.add(
    (next) => async (args) => {
      const request = args.request as { method: string; path: string; headers: Record<string, string> };
      request.headers = { ...request.headers, DPoP: key.proof(request.method, `${htuOrigin}${request.path}`) };
      return next(args);
    },
    { step: "finalizeRequest", name: "dpopForAnotherEndpoint" },
  );
  return client;
}

describe("DPoP proofs are bound to the endpoint's port", () => {
  it("a proof made for a service on another port is refused, and the code stays redeemable", async (context) => {
    claim(context, {
      client: "@aws-sdk/nested-clients/signin (SigninClient)",
      version,
      covers: "DPoP proof for another port refused",
    });
    expect(new URL(target.url).hostname).toBe(new URL(other.url).hostname);
    const user = await target.createUser();
    const grant = await authorizationCodeFor(target, user);
    const input = { tokenInput: { grantType: "authorization_code", ...grant } };

    const misdirected = await clientWithProofsFor(target.url, other.url, new DpopKey())
      .send(new CreateOAuth2TokenCommand(input))
      .then(
        () => undefined,
        (error: unknown) => error,
      );
    expect(misdirected).toBeInstanceOf(ValidationException);
    expect((misdirected as ValidationException).error).toBe("INVALID_REQUEST");
    expect((misdirected as ValidationException).message).toMatch(/^Invalid DPoP proof: .*htu/);

    const redeemed = await clientWithProofsFor(target.url, target.url, new DpopKey()).send(
      new CreateOAuth2TokenCommand(input),
    );
    expect(redeemed.tokenOutput?.idToken).toBeTypeOf("string");
  });
});
