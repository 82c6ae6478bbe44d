import type { IncomingMessage } from "node:http";

export class PayloadTooLargeError extends Error {
  override readonly name = "PayloadTooLargeError";
  constructor(readonly limitBytes: number) {
    super(`The request body exceeds ${limitBytes} bytes.`);
  }
}

/**
 * Reads a request body, refusing to buffer more than `limitBytes`. A declared Content-Length over
 * the limit is refused before a byte is read; a body that grows past it mid-stream is cut off.
 */
export async function readBody(request: IncomingMessage, limitBytes: number): Promise<Buffer> {
  const declared = Number(request.headers["content-length"]);
  if (Number.isFinite(declared) && declared > limitBytes) throw new PayloadTooLargeError(limitBytes);

  const chunks: Buffer[] = [];
  let received = 0;
  for await (const chunk of request as AsyncIterable<Buffer>) {
    received += chunk.length;
    if (received > limitBytes) throw new PayloadTooLargeError(limitBytes);
    chunks.push(chunk);
  }
  return Buffer.concat(chunks, received);
}
