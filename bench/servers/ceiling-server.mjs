// The ceiling: a bare node:http server that reads the request body and answers a JSON body of the
// size of a refresh answer (about 1.6 KB: credentials, a sealed session token and a refresh token).
// No parsing, no crypto, no storage: whatever the load generator reaches against it is the most this
// machine can show for the load. Run by bench/refresh.ts as its own process, speaking over IPC like
// oidc-provider-server.mjs (no seeding: any refresh token is answered with the same next one).
import { createServer } from "node:http";

const filler = (length) => "x".repeat(length);
const body = JSON.stringify({
  accessToken: {
    accessKeyId: "ASIAXXXXXXXXXXXXXXXX",
    secretAccessKey: filler(40),
    sessionToken: `v1.kid.${filler(400)}`,
  },
  tokenType: "aws_sigv4",
  expiresIn: 900,
  refreshToken: `v1.kid.${filler(450)}`,
});

const server = createServer((request, response) => {
  request.on("data", () => undefined);
  request.on("end", () => {
    response.writeHead(200, {
      "content-type": "application/json",
      "content-length": Buffer.byteLength(body),
      "cache-control": "no-store",
    });
    response.end(body);
  });
});
server.keepAliveTimeout = 5_000;
await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
const origin = `http://127.0.0.1:${server.address().port}`;

process.on("message", (message) => {
  if (message === "stop") {
    server.close();
    server.closeAllConnections();
    process.disconnect();
  } else if (message && Array.isArray(message.seed)) {
    process.send({ refreshTokens: message.seed.map(() => "ceiling") });
  }
});
process.on("disconnect", () => process.exit(0));
process.send({ url: origin, tokenUrl: `${origin}/v1/token` });
