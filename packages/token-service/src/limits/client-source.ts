import { isIP } from "node:net";

/**
 * The key per-source limits count under. One machine or network owns a whole block of addresses,
 * so counting per address would let it multiply every limit (and the limiter's memory) by picking
 * a new source address for each request: the whole loopback network 127.0.0.0/8 is one source, as
 * is every IPv6 /64 (the smallest block a host is usually given). IPv4-mapped IPv6 addresses count
 * as the IPv4 address they carry.
 */
export function clientSource(address: string): string {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  const v4 = mapped ? mapped[1]! : address;
  if (isIP(v4) === 4) return v4.startsWith("127.") ? "127.0.0.0/8" : v4;
  if (isIP(address) !== 6) return address;
  if (address === "::1") return "127.0.0.0/8";
  return `${expandIpv6(address).slice(0, 4).join(":")}::/64`;
}

/** The eight 16-bit groups of an IPv6 address, in lowercase hex without leading zeros. */
function expandIpv6(address: string): string[] {
  const withoutZone = address.split("%")[0]!.toLowerCase();
  const [head = "", tail] = withoutZone.split("::");
  const left = head ? head.split(":") : [];
  const right = tail ? tail.split(":") : [];
  const missing = 8 - left.length - right.length;
  return [...left, ...Array<string>(tail === undefined ? 0 : missing).fill("0"), ...right].map((group) =>
    (Number.parseInt(group, 16) || 0).toString(16),
  );
}
