import type { IncomingMessage, ServerResponse } from "node:http";
import { HttpRequest, type HttpResponse } from "@smithy/protocol-http";

/**
 * Converts between node:http and the @smithy/protocol-http types the generated server SDK
 * speaks. This is the hand-written stand-in for @aws-smithy/server-node, which npm does not serve.
 */
export function toSmithyRequest(
  request: IncomingMessage,
  url: URL,
  body: string,
  headerOverrides: Readonly<Record<string, string>> = {},
): HttpRequest {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(request.headers)) {
    if (value !== undefined) headers[name] = Array.isArray(value) ? value.join(", ") : value;
  }
  // The body is handed over already read (and possibly transcoded), so its length is recomputed.
  delete headers["content-length"];
  delete headers["transfer-encoding"];
  return new HttpRequest({
    method: request.method ?? "GET",
    protocol: url.protocol,
    hostname: url.hostname,
    ...(url.port === "" ? {} : { port: Number(url.port) }),
    path: url.pathname,
    query: Object.fromEntries(url.searchParams),
    headers: { ...headers, ...headerOverrides },
    // Bytes, not a stream: the generated deserializer's collectBody takes a Uint8Array as it is,
    // where a stream would cost a Readable and a collector per request.
    body: Buffer.from(body, "utf8"),
  });
}

export function writeSmithyResponse(response: ServerResponse, smithy: HttpResponse): void {
  response.statusCode = smithy.statusCode;
  for (const [name, value] of Object.entries(smithy.headers)) response.setHeader(name, value);
  const body: unknown = smithy.body;
  if (body === undefined || body === null) {
    response.end();
  } else if (typeof body === "string" || body instanceof Uint8Array) {
    response.end(body);
  } else {
    throw new TypeError("The generated SDK returned a streaming body, which CreateOAuth2Token never has");
  }
}
