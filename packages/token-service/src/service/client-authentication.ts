import type { ResolvedCredentials } from "../credentials/local-credentials-issuer.js";
import { type PrincipalDirectory, SigninAction, isAllowed } from "../principals/principal-directory.js";
import type { Clock } from "../runtime/clock.js";
import type { TokenRequestContext } from "./request-context.js";
import { insufficientPermissions } from "../errors/protocol-errors.js";
import { type SigningCredentialsResolver, verifySigV4Request } from "./sigv4-signature.js";

/** Who signed a confidential client's request. Public (devtools) clients send no signature. */
export type ClientIdentity =
  { readonly kind: "public" } | { readonly kind: "confidential"; readonly principalArn: string };

/**
 * Authenticates confidential clients, which sign the token request with SigV4 using credentials
 * this service issued (see sigv4-signature.ts), and authorizes them for `signin:ExchangeToken`.
 */
export class ClientAuthenticator {
  constructor(
    private readonly deps: {
      readonly credentials: SigningCredentialsResolver;
      readonly principals: PrincipalDirectory;
      readonly clock: Clock;
    },
  ) {}

  async authenticate(context: TokenRequestContext): Promise<ClientIdentity> {
    const authorization = context.header("authorization");
    if (authorization === undefined) return { kind: "public" };
    const credentials: ResolvedCredentials = await verifySigV4Request(context, authorization, this.deps);

    const principal = await this.deps.principals.findPrincipal(credentials.principalArn);
    if (!principal || !isAllowed(principal, SigninAction.ExchangeToken)) {
      throw insufficientPermissions(SigninAction.ExchangeToken);
    }
    return { kind: "confidential", principalArn: principal.arn };
  }
}
