import type { Clock } from "../../src/runtime/clock.js";

/** 2026-01-01T00:00:00Z: a realistic epoch, so that seconds-based claims derived from it look real. */
const MANUAL_CLOCK_START_MS = 1_767_225_600_000;

/** A Clock that only moves when a test says so. */
export class ManualClock implements Clock {
  #now: number;

  constructor(startMs: number = MANUAL_CLOCK_START_MS) {
    this.#now = startMs;
  }

  now(): number {
    return this.#now;
  }

  advance(ms: number): void {
    if (!Number.isFinite(ms) || ms < 0) throw new RangeError(`a clock only moves forward, got ${ms}`);
    this.#now += ms;
  }
}
