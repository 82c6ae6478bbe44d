import { isIP } from "node:net";

/** One `--trusted-proxy` value: an address or a CIDR block. */
export interface ProxyBlock {
  readonly address: string;
  readonly prefix: number;
  readonly family: "ipv4" | "ipv6";
}

/**
 * Parses `10.0.0.5`, `10.0.0.0/8`, `fd00::/8` or `::1`; throws a RangeError naming what is wrong.
 * A bare address is a block of one.
 */
export function parseProxyBlock(value: string): ProxyBlock {
  const [address = "", prefixText, ...rest] = value.trim().split("/");
  const version = isIP(address);
  if (version === 0 || rest.length > 0) {
    throw new RangeError(`expected an IP address or CIDR block such as 10.0.0.0/8, not ${JSON.stringify(value)}`);
  }
  const bits = version === 4 ? 32 : 128;
  const prefix = prefixText === undefined ? bits : Number(prefixText);
  if (!/^\d{1,3}$/.test(prefixText ?? String(bits)) || prefix > bits) {
    throw new RangeError(`the prefix length of ${JSON.stringify(value)} must be 0 to ${bits}`);
  }
  return { address, prefix, family: version === 4 ? "ipv4" : "ipv6" };
}
