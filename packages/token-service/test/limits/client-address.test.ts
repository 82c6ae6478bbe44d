import type { IncomingMessage } from "node:http";

import { describe, expect, it } from "vitest";

import { parseProxyBlock } from "../../src/config/trusted-proxy.js";
import { ClientAddresses } from "../../src/limits/client-address.js";

/** Only the two fields ClientAddresses reads: a stand-in for a node:http request, not a mock of the network. */
const request = (peer: string, ...forwardedFor: string[]) =>
  ({
    socket: { remoteAddress: peer },
    headersDistinct: forwardedFor.length ? { "x-forwarded-for": forwardedFor } : {},
  }) as unknown as IncomingMessage;

describe("ClientAddresses", () => {
  it("without trusted proxies ignores X-Forwarded-For: a client cannot pick its own rate-limit bucket", () => {
    const addresses = new ClientAddresses();
    expect(addresses.of(request("127.0.0.1", "203.0.113.7"))).toBe("127.0.0.1");
    expect(addresses.of(request("::ffff:198.51.100.2", "203.0.113.7"))).toBe("198.51.100.2");
  });

  it("ignores X-Forwarded-For from a peer that is not a trusted proxy", () => {
    const addresses = new ClientAddresses(["10.0.0.0/8"]);
    expect(addresses.of(request("198.51.100.2", "203.0.113.7"))).toBe("198.51.100.2");
  });

  it("from a trusted proxy takes the rightmost address that is not itself a trusted proxy", () => {
    const addresses = new ClientAddresses(["10.0.0.0/8", "fd00::/8"]);
    expect(addresses.of(request("10.1.2.3", "203.0.113.7"))).toBe("203.0.113.7");
    expect(addresses.of(request("::ffff:10.1.2.3", "203.0.113.7"))).toBe("203.0.113.7");
    // Two proxies of ours in a row, and a value the client wrote itself on the left: never used.
    expect(addresses.of(request("10.1.2.3", "192.0.2.66, 203.0.113.7, 10.9.9.9"))).toBe("203.0.113.7");
    // The header may arrive as several fields; they read as one list, in order.
    expect(addresses.of(request("10.1.2.3", "192.0.2.66", "203.0.113.7"))).toBe("203.0.113.7");
    expect(addresses.of(request("fd00::1", "2001:db8::5"))).toBe("2001:db8::5");
  });

  it("stops at an entry that is not an address, at the nearest trusted hop", () => {
    const addresses = new ClientAddresses(["10.0.0.0/8"]);
    expect(addresses.of(request("10.1.2.3", "203.0.113.7, unknown"))).toBe("10.1.2.3");
    expect(addresses.of(request("10.1.2.3", "203.0.113.7, 203.0.113.8:443"))).toBe("10.1.2.3");
    expect(addresses.of(request("10.1.2.3", "203.0.113.8:443, 10.0.0.9"))).toBe("10.0.0.9");
    expect(addresses.of(request("10.1.2.3"))).toBe("10.1.2.3");
    expect(addresses.of(request("10.1.2.3", "10.0.0.5"))).toBe("10.0.0.5");
  });
});

describe("parseProxyBlock", () => {
  it("reads addresses and CIDR blocks and explains what is wrong with anything else", () => {
    expect(parseProxyBlock("10.0.0.0/8")).toEqual({ address: "10.0.0.0", prefix: 8, family: "ipv4" });
    expect(parseProxyBlock("::1")).toEqual({ address: "::1", prefix: 128, family: "ipv6" });
    expect(() => parseProxyBlock("10.0.0.0/33")).toThrow(/prefix length .* must be 0 to 32/);
    expect(() => parseProxyBlock("10.0.0.0/x")).toThrow(/prefix length/);
    expect(() => parseProxyBlock("lb.internal")).toThrow(/expected an IP address or CIDR block/);
    expect(() => parseProxyBlock("10.0.0.0/8/1")).toThrow(/expected an IP address or CIDR block/);
  });
});
