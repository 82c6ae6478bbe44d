import { connect } from "node:net";

export interface RawHttpResponse {
  readonly status: number;
  readonly headers: Map<string, string>;
  readonly body: string;
}

/**
 * Writes one HTTP/1.1 request byte for byte, as an attacker on the same machine can: any request
 * target (absolute-form included), any Host header, repeated header lines. Resolves with the parsed
 * status line, headers and body once the server closes the connection.
 */
export function rawRequest(
  port: number,
  {
    method = "POST",
    target = "/v1/token",
    headerLines = [] as string[],
    body = "",
    localAddress = undefined as string | undefined,
  } = {},
): Promise<RawHttpResponse> {
  return new Promise((resolve, reject) => {
    const socket = connect({ port, host: "127.0.0.1", ...(localAddress ? { localAddress } : {}) });
    const chunks: Buffer[] = [];
    socket.on("data", (chunk: Buffer) => chunks.push(chunk));
    socket.on("error", reject);
    socket.on("end", () => {
      const text = Buffer.concat(chunks).toString("utf8");
      const [head = "", ...rest] = text.split("\r\n\r\n");
      const [statusLine = "", ...lines] = head.split("\r\n");
      const headers = new Map<string, string>();
      for (const line of lines) {
        const colon = line.indexOf(":");
        headers.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
      }
      resolve({ status: Number(statusLine.split(" ")[1]), headers, body: rest.join("\r\n\r\n") });
    });
    const lines = [
      `${method} ${target} HTTP/1.1`,
      ...headerLines,
      `content-length: ${Buffer.byteLength(body)}`,
      "connection: close",
      "",
      "",
    ];
    // Not end(): a half-closed connection may be dropped before a slow answer is written.
    socket.write(lines.join("\r\n") + body);
  });
}
