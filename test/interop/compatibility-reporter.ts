/**
 * A vitest reporter that turns the interop suite's compatibility claims (see
 * support/compatibility.ts) into build/interop/compatibility.json, with each claim's outcome.
 * `npm run compat:table` renders that file into the README, so the table states only what a run
 * of the real clients proved.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { fileURLToPath } from "node:url";

import type { Reporter, TestModule } from "vitest/node";

import type { CompatibilityClaim } from "./support/compatibility.js";

export const resultsFile = fileURLToPath(new URL("../../build/interop/compatibility.json", import.meta.url));

/** The vitest project of each deployment the suite runs against (vitest.config.ts). */
export const INTEROP_PROJECTS = { interop: "sqlite", "interop-3-nodes": "redis-3-nodes" } as const;

export interface CompatibilityResult extends CompatibilityClaim {
  readonly test: string;
  /** The deployment it ran against: see test/interop/support/interop-service.ts. */
  readonly setup: (typeof INTEROP_PROJECTS)[keyof typeof INTEROP_PROJECTS];
  readonly outcome: "passed" | "failed" | "skipped" | "pending";
}

export default class CompatibilityReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>): void {
    const results: CompatibilityResult[] = [];
    for (const module of testModules) {
      const setup = INTEROP_PROJECTS[module.project.name as keyof typeof INTEROP_PROJECTS];
      if (setup === undefined) continue;
      for (const test of module.children.allTests()) {
        const claim = test.meta().compatibility;
        if (claim) results.push({ ...claim, test: test.fullName, setup, outcome: test.result().state });
      }
    }
    results.sort((a, b) => a.setup.localeCompare(b.setup) || a.test.localeCompare(b.test));
    // A run that did not include the interop suite leaves the last results alone.
    if (results.length === 0) return;
    mkdirSync(dirname(resultsFile), { recursive: true });
    writeFileSync(
      resultsFile,
      `${JSON.stringify({ ranAt: new Date().toISOString(), node: process.version, results }, null, 2)}\n`,
    );
  }
}
