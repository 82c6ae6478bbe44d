import type { Clock } from "../../src/runtime/clock.js";

/** 2026-01-01T00:00:00Z: a realistic epoch, so that seconds-based claims derived from it look real. */
const MANUAL_CLOCK_START_MS = 1_767_225_600_000;

/**
 * The one Clock the tests use (both packages'). It moves forward only by what a test advances it,
 * either from a fixed instant (the default: exact, repeatable times for unit tests and wire
 * snapshots) or on top of real time ({@link ManualClock.followingRealTime}: for end-to-end tests,
 * where the service's "now" must agree with that of code that reads the system clock, such as a
 * real SDK client or jose, while a test jumps past an expiry).
 */
export class ManualClock implements Clock {
  #offsetMs = 0;

  constructor(
    private readonly startMs: number = MANUAL_CLOCK_START_MS,
    private readonly followsRealTime = false,
  ) {}

  /** Real time plus whatever the test has advanced. */
  static followingRealTime(): ManualClock {
    return new ManualClock(0, true);
  }

  now(): number {
    return (this.followsRealTime ? Date.now() : this.startMs) + this.#offsetMs;
  }

  advance(ms: number): void {
    if (!Number.isFinite(ms) || ms < 0) throw new RangeError(`a clock only moves forward, got ${ms}`);
    this.#offsetMs += ms;
  }
}
