import { Writable } from "node:stream";

import {
  type AtomicStore,
  createLogger,
  HttpServer,
  InMemoryPrincipalDirectory,
  type SigninAction,
  StaticKeyring,
  TokenService,
} from "@open-signin/token-service";

import { ALICE } from "./fake-token-endpoint.js";

export interface RunningTokenService {
  readonly service: TokenService;
  readonly server: HttpServer;
  readonly origin: string;
}

/**
 * The project's real token service on a loopback port, with ALICE (account 111122223333) as its
 * only principal, allowed `allowedActions`, and its log written nowhere. The caller closes the
 * server and the store.
 */
export async function startAliceTokenService(
  store: AtomicStore,
  allowedActions: Iterable<SigninAction>,
): Promise<RunningTokenService> {
  const service = new TokenService({
    issuer: "https://signin.test/signin",
    keyring: StaticKeyring.generate(),
    store,
    principals: new InMemoryPrincipalDirectory([
      { arn: ALICE, accountId: "111122223333", credentialVersion: 1, allowedActions: new Set(allowedActions) },
    ]),
    logger: createLogger({ destination: new Writable({ write: (_chunk, _encoding, done) => done() }) }),
  });
  const server = new HttpServer({ routes: service.routes(), logger: service.logger });
  return { service, server, origin: (await server.listen(0, "127.0.0.1")).origin };
}
