/**
 * The service's notion of "now", in milliseconds since the Unix epoch. Every expiry decision goes
 * through a Clock so that tests and wire snapshots can fix time.
 */
export interface Clock {
  now(): number;
}

export const systemClock: Clock = { now: () => Date.now() };

/** Whole seconds since the epoch, as JWT `iat`/`exp` claims use them. */
export const epochSeconds = (clock: Clock): number => Math.floor(clock.now() / 1000);
