import type { IncomingMessage } from "node:http";

export class PayloadTooLargeError extends Error {
  override readonly name = "PayloadTooLargeError";
  constructor(readonly limitBytes: number) {
    super(`The request body exceeds ${limitBytes} bytes.`);
  }
}

/** The client closed the connection before its body arrived: nobody is left to answer. */
class ClientAbortedError extends Error {
  override readonly name = "ClientAbortedError";
  constructor() {
    super("The client closed the connection before the request body was complete.");
  }
}

/** Whether `error` (thrown while handling `request`) only means that the client went away. */
export const isClientAbort = (error: unknown, request: IncomingMessage): boolean =>
  error instanceof ClientAbortedError || (!request.complete && (request.destroyed || request.socket.destroyed));

/**
 * Reads a request body, refusing to buffer more than `limitBytes`. A declared Content-Length over
 * the limit is refused before a byte is read; a body that grows past it mid-stream is cut off.
 */
export async function readBody(request: IncomingMessage, limitBytes: number): Promise<Buffer> {
  const declared = Number(request.headers["content-length"]);
  if (Number.isFinite(declared) && declared > limitBytes) throw new PayloadTooLargeError(limitBytes);

  const chunks: Buffer[] = [];
  let received = 0;
  try {
    for await (const chunk of request as AsyncIterable<Buffer>) {
      received += chunk.length;
      if (received > limitBytes) throw new PayloadTooLargeError(limitBytes);
      chunks.push(chunk);
    }
  } catch (error) {
    if (error instanceof PayloadTooLargeError) throw error;
    if (!request.complete) throw new ClientAbortedError();
    throw error;
  }
  if (!request.complete) throw new ClientAbortedError();
  return Buffer.concat(chunks, received);
}
