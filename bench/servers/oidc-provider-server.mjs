// panva's oidc-provider 9 as a benchmark target: the refresh_token grant with DPoP-bound, rotating
// refresh tokens (features.dPoP, rotateRefreshToken: true), its default in-memory adapter, a public
// native client. Run by bench/refresh.ts as its own process; it speaks to the parent over the IPC
// channel: it sends { url, tokenUrl } once listening, answers { seed: [jkt, ...] } with
// { refreshTokens: [...] } made through the provider's own Grant and RefreshToken models (each
// bound to its client's DPoP key thumbprint, as a DPoP authorization_code exchange would bind it),
// and stops on "stop" or when the parent goes away. Plain JavaScript, run by node itself, so that no
// loader's memory counts in its RSS.
import { createServer } from "node:http";

import Provider from "oidc-provider";

const CLIENT_ID = "bench-cli";
const REDIRECT_URI = "http://127.0.0.1:53037/oauth/callback";

let handle = (_request, response) => response.writeHead(503).end();
const server = createServer((request, response) => handle(request, response));
server.keepAliveTimeout = 5_000;
await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
const origin = `http://127.0.0.1:${server.address().port}`;

const provider = new Provider(origin, {
  clients: [
    {
      client_id: CLIENT_ID,
      application_type: "native",
      token_endpoint_auth_method: "none",
      grant_types: ["authorization_code", "refresh_token"],
      response_types: ["code"],
      redirect_uris: [REDIRECT_URI],
    },
  ],
  features: { dPoP: { enabled: true }, devInteractions: { enabled: false } },
  rotateRefreshToken: true,
  findAccount: async (_ctx, sub) => ({ accountId: sub, claims: async () => ({ sub }) }),
});
handle = provider.callback();

async function seed(thumbprints) {
  const client = await provider.Client.find(CLIENT_ID);
  const refreshTokens = [];
  for (const [index, jkt] of thumbprints.entries()) {
    const accountId = `bench-user-${index}`;
    const grant = new provider.Grant({ accountId, clientId: CLIENT_ID });
    grant.addOIDCScope("offline_access");
    const grantId = await grant.save();
    const refreshToken = new provider.RefreshToken({
      accountId,
      client,
      grantId,
      gty: "authorization_code",
      scope: "offline_access",
      jkt,
      iiat: Math.floor(Date.now() / 1000),
    });
    refreshTokens.push(await refreshToken.save());
  }
  return refreshTokens;
}

process.on("message", (message) => {
  if (message === "stop") {
    server.close();
    server.closeAllConnections();
    process.disconnect();
    return;
  }
  if (message && Array.isArray(message.seed)) {
    seed(message.seed).then(
      (refreshTokens) => process.send({ refreshTokens }),
      (error) => process.send({ error: String(error) }),
    );
  }
});
process.on("disconnect", () => process.exit(0));
process.send({ url: origin, tokenUrl: `${origin}/token` });
