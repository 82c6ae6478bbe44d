/**
 * How an interop test declares what it proves, for the README's compatibility table: the client,
 * the exact version that ran, and the capability covered. The reporter in
 * test/interop/compatibility-reporter.ts collects the declarations of tests that passed.
 */
import type { TestContext } from "vitest";

export interface CompatibilityClaim {
  /** The client as people know it, e.g. "botocore (login provider)". */
  readonly client: string;
  /** The version that actually ran, read from the installed package, never typed in. */
  readonly version: string;
  /** What the test proves, in a few words, e.g. "refresh from the login cache". */
  readonly covers: string;
}

declare module "vitest" {
  interface TaskMeta {
    compatibility?: CompatibilityClaim;
  }
}

/** Call at the start of a test: `claim(context, { client, version, covers })`. */
export function claim(context: TestContext, compatibility: CompatibilityClaim): void {
  context.task.meta.compatibility = compatibility;
}
