import type { Clock } from "../../src/runtime/clock.js";

/**
 * Real time plus an offset the test controls. End-to-end tests use it so that a service and the
 * DPoP proofs a client builds agree on "now" while a test jumps past an expiry.
 */
export class ShiftableClock implements Clock {
  private offsetMs = 0;

  now(): number {
    return Date.now() + this.offsetMs;
  }

  advance(ms: number): void {
    this.offsetMs += ms;
  }
}
