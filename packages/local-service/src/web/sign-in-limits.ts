import { isIP } from "node:net";

import type { AttemptKey, AttemptPolicy } from "./attempt-limiter.js";

/** The password-guessing limits of the sign-in form; see {@link signInAttemptKeys}. */
export interface SignInLimits {
  /** Guessing one user's password, from any browser or address (browsers this user has not signed in from). */
  readonly perUser: AttemptPolicy;
  /** One browser that has signed in as this user before (device cookie), guessing that user's password. */
  readonly perTrustedBrowser: AttemptPolicy;
  /** One browser guessing many users' passwords. */
  readonly perBrowser: AttemptPolicy;
  /** One network outside this machine (an IPv4 address, an IPv6 /64) guessing many users' passwords. */
  readonly perNetwork: AttemptPolicy;
}

const HOUR = 60 * 60_000;
const QUARTER_HOUR = 15 * 60_000;

export const DEFAULT_SIGN_IN_LIMITS: SignInLimits = {
  perUser: { freeAttempts: 5, baseDelayMs: 1_000, maxDelayMs: QUARTER_HOUR, forgetAfterMs: HOUR },
  perTrustedBrowser: { freeAttempts: 5, baseDelayMs: 1_000, maxDelayMs: QUARTER_HOUR, forgetAfterMs: HOUR },
  perBrowser: { freeAttempts: 20, baseDelayMs: 1_000, maxDelayMs: QUARTER_HOUR, forgetAfterMs: HOUR },
  perNetwork: { freeAttempts: 100, baseDelayMs: 1_000, maxDelayMs: QUARTER_HOUR, forgetAfterMs: HOUR },
};

export interface SignInAttemptSubject {
  /** The user name as typed; compared ignoring case, as IAM does. */
  readonly userKey: string;
  /** The service-issued id of the browser (from its signed CSRF cookie). */
  readonly browserId: string;
  /** The socket's peer address. */
  readonly remoteAddress: string | undefined;
  /** True when the browser holds a device cookie from an earlier successful sign-in as this user. */
  readonly trustedBrowser: boolean;
}

/**
 * The keys a password check is counted under.
 *
 * - A browser that has signed in as this user before is limited on its own (`trusted:`): what
 *   anyone else tries against the user never makes that browser wait, so a lockout is never in an
 *   attacker's hands for the user's usual browser.
 * - Any other attempt counts under the user name (`user:`), whatever address or browser it comes
 *   from, so switching to another 127/8 source or minting new cookies buys no extra guesses; under
 *   the browser (`browser:`), which slows one browser spraying many names without touching anyone
 *   else's; and, for a peer outside this machine, under its network (`net:`).
 * - Loopback peers get no address key: every local user shares 127.0.0.1, so such a key would let
 *   one of them lock out all the others, and 127/8 has 16 million addresses to rotate through.
 */
export function signInAttemptKeys(subject: SignInAttemptSubject, limits: SignInLimits): AttemptKey[] {
  if (subject.trustedBrowser) {
    return [{ key: `trusted:${subject.browserId}:${subject.userKey}`, policy: limits.perTrustedBrowser }];
  }
  const keys: AttemptKey[] = [
    { key: `user:${subject.userKey}`, policy: limits.perUser },
    { key: `browser:${subject.browserId}`, policy: limits.perBrowser },
  ];
  const network = networkOf(subject.remoteAddress);
  if (network !== undefined) keys.push({ key: `net:${network}`, policy: limits.perNetwork });
  return keys;
}

/**
 * The keys a correct password clears: the user's own. Browser and network counts stay, so that
 * knowing one password (one's own) does not reset a spray across other user names.
 */
export const keysClearedBySuccess = (keys: readonly AttemptKey[]): AttemptKey[] =>
  keys.filter(({ key }) => key.startsWith("user:") || key.startsWith("trusted:"));

/** The network an address belongs to for limiting, or undefined for this machine's own addresses. */
function networkOf(address: string | undefined): string | undefined {
  if (address === undefined) return undefined;
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address)?.[1];
  const plain = mapped ?? address;
  const family = isIP(plain);
  if (family === 4) return plain.startsWith("127.") ? undefined : plain;
  if (family === 6) {
    const groups = expandIpv6(plain);
    if (groups === undefined) return plain;
    if (groups.slice(0, 7).every((group) => group === 0) && groups[7] === 1) return undefined; // ::1
    return `${groups
      .slice(0, 4)
      .map((group) => group.toString(16))
      .join(":")}::/64`;
  }
  return address;
}

const expandIpv6 = (address: string): number[] | undefined => {
  const withoutZone = address.split("%")[0]!;
  const [head, tail] = withoutZone.split("::") as [string, string | undefined];
  const parse = (part: string) => (part === "" ? [] : part.split(":").map((group) => parseInt(group, 16)));
  const left = parse(head);
  const right = tail === undefined ? [] : parse(tail);
  if (left.some(Number.isNaN) || right.some(Number.isNaN)) return undefined;
  const fill = tail === undefined ? 0 : 8 - left.length - right.length;
  if (fill < 0) return undefined;
  const groups = [...left, ...Array<number>(fill).fill(0), ...right];
  return groups.length === 8 ? groups : undefined;
};
