import { isIP } from "node:net";

/**
 * The origins (scheme, host, port) under which this service is reachable: what a DPoP proof's `htu`
 * must name and what a request's Host header must be. They come from configuration, never from the
 * request: a Host header is whatever the client chose to write, so deciding by it would let a proof
 * made for another server (or a DNS-rebound name) pass here.
 *
 * - With `--public-url` values: exactly those (several are allowed, e.g. a proxy's name and the
 *   loopback address used on the host itself).
 * - Without, bound to a loopback address: http://127.0.0.1:PORT, http://localhost:PORT and
 *   http://[::1]:PORT, the three names a local client can use, with the port actually bound.
 * - Without, bound to another single address: http://ADDRESS:PORT.
 * - Without, bound to every interface (0.0.0.0, ::): refused, as no origin can be derived.
 */
export class PublicOrigins {
  /** Each origin as `URL.origin` spells it (lowercase host, default port omitted). */
  readonly origins: readonly string[];
  /** Accepted Host header values, lowercase: each origin's host, and host:defaultport for default ports. */
  private readonly hosts: ReadonlySet<string>;

  constructor(origins: readonly string[]) {
    if (origins.length === 0) throw new Error("at least one public origin is required");
    this.origins = [...new Set(origins.map(originOf))];
    const hosts = new Set<string>();
    for (const origin of this.origins) {
      const url = new URL(origin);
      hosts.add(url.host);
      if (url.port === "") hosts.add(`${url.hostname}:${url.protocol === "https:" ? 443 : 80}`);
    }
    this.hosts = hosts;
  }

  /** The origins for a listener bound to `address:port`, given the configured public URLs (if any). */
  static forListener(configured: readonly string[], address: string, port: number): PublicOrigins {
    if (configured.length > 0) return new PublicOrigins(configured);
    if (isLoopbackAddress(address)) {
      return new PublicOrigins([`http://127.0.0.1:${port}`, `http://localhost:${port}`, `http://[::1]:${port}`]);
    }
    if (address === "0.0.0.0" || address === "::") {
      throw new Error(
        `--host=${address} listens on every interface: set --public-url to the origin(s) clients use to reach the service`,
      );
    }
    return new PublicOrigins([`http://${isIP(address) === 6 ? `[${address}]` : address}:${port}`]);
  }

  /** The first origin: what the service calls itself (ID token issuer, banner). */
  get primary(): string {
    return this.origins[0]!;
  }

  /**
   * The origin a request addressed, or why it is refused. RFC 9112 §3.2: exactly one Host line;
   * §3.2.2: an absolute-form target's authority replaces the Host header, so both must be ours.
   * The Host value is compared as written (case aside): `127.1`, `localhost.` or a foreign name
   * that happens to resolve here are not our names.
   */
  resolve(hostLines: readonly string[], target: string): ResolvedTarget {
    if (hostLines.length !== 1)
      return { ok: false, status: 400, message: "The request needs exactly one Host header." };
    const host = hostLines[0]!.trim().toLowerCase();
    if (!/^[a-z0-9.\-_:[\]]+$/.test(host)) return { ok: false, status: 400, message: "The Host header is not valid." };
    if (!this.hosts.has(host)) return misdirected(this.origins);

    let origin = this.originForHost(host);
    let path = target;
    if (!target.startsWith("/")) {
      let absolute: URL;
      try {
        absolute = new URL(target);
      } catch {
        return { ok: false, status: 400, message: "The request target is not valid." };
      }
      if (absolute.username || absolute.password) {
        return { ok: false, status: 400, message: "The request target is not valid." };
      }
      if (!this.origins.includes(absolute.origin)) return misdirected(this.origins);
      origin = absolute.origin;
      path = `${absolute.pathname}${absolute.search}`;
    }
    try {
      // Appended, not resolved against a base: a path such as `//v1/token` (which the JS SDK sends
      // for an endpoint with a trailing slash) would otherwise read as a host.
      return { ok: true, url: new URL(`${origin}${path}`) };
    } catch {
      return { ok: false, status: 400, message: "The request target is not valid." };
    }
  }

  private originForHost(host: string): string {
    return (
      this.origins.find((origin) => {
        const url = new URL(origin);
        return url.host === host || `${url.hostname}:${url.protocol === "https:" ? 443 : 80}` === host;
      }) ?? this.primary
    );
  }
}

export type ResolvedTarget =
  | { readonly ok: true; readonly url: URL }
  | { readonly ok: false; readonly status: 400 | 421; readonly message: string };

const misdirected = (origins: readonly string[]): ResolvedTarget => ({
  ok: false,
  status: 421,
  message: `This service answers only at ${origins.join(", ")}.`,
});

/** 127.0.0.0/8, ::1 and their IPv4-mapped form: what a loopback listener reports as its address. */
export function isLoopbackAddress(address: string): boolean {
  const v4 = address.startsWith("::ffff:") ? address.slice(7) : address;
  return (isIP(v4) === 4 && v4.startsWith("127.")) || address === "::1";
}

/** `URL.origin` of an http(s) origin (validated as a setting: config/public-url.ts); throws for anything else. */
function originOf(value: string): string {
  const url = new URL(value);
  if (!/^https?:$/.test(url.protocol)) throw new Error(`${value} is not an http(s) origin`);
  return url.origin;
}
