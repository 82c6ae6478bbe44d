import type { IncomingMessage } from "node:http";
import { BlockList, isIP } from "node:net";

import { parseProxyBlock } from "../config/trusted-proxy.js";

/**
 * Which address a request came from, for per-source limits and logs.
 *
 * Behind a load balancer every request arrives from the balancer, so counting by the TCP peer
 * would put every client in one bucket. A peer listed as a trusted proxy may name the client in
 * `X-Forwarded-For`; each proxy appends the address it received the request from, so the list is
 * read from the right, and the first address that is not itself a trusted proxy is the client. The
 * entries to its left were written by the client or by proxies we do not trust, so they are never
 * used: a client cannot pick its own bucket by sending the header. From any other peer the header
 * is ignored.
 */
export class ClientAddresses {
  readonly #trusted: BlockList | undefined;

  constructor(trustedProxies: readonly string[] = []) {
    if (trustedProxies.length === 0) return;
    const list = new BlockList();
    for (const value of trustedProxies) {
      const block = parseProxyBlock(value);
      list.addSubnet(block.address, block.prefix, block.family);
    }
    this.#trusted = list;
  }

  of(request: IncomingMessage): string {
    let client = unmapped(request.socket.remoteAddress ?? "unknown");
    if (!this.#isTrusted(client)) return client;
    const hops = (request.headersDistinct["x-forwarded-for"] ?? []).join(",").split(",");
    for (let index = hops.length - 1; index >= 0; index--) {
      const hop = unmapped(hops[index]!.trim());
      // Something that is not an address was not written by a proxy we trust: the nearest trusted
      // hop is the best we know.
      if (isIP(hop) === 0) return client;
      client = hop;
      if (!this.#isTrusted(hop)) return hop;
    }
    return client;
  }

  #isTrusted(address: string): boolean {
    const version = isIP(address);
    if (this.#trusted === undefined || version === 0) return false;
    return this.#trusted.check(address, version === 4 ? "ipv4" : "ipv6");
  }
}

/** A dual-stack socket reports IPv4 peers as `::ffff:a.b.c.d`; blocks are written in plain IPv4. */
function unmapped(address: string): string {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  return mapped ? mapped[1]! : address;
}
