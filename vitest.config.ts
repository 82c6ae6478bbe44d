import { fileURLToPath } from "node:url";

import { configDefaults, defineConfig } from "vitest/config";

const here = (path: string): string => fileURLToPath(new URL(path, import.meta.url));

// The AWS SDK warns once per process that it will require Node 22 in 2027; the suite targets Node 20.
const env = { AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: "true" };

/**
 * One `vitest run` covers the whole repository. Each project is one suite with one purpose:
 *
 * - client / server-sdk: protocol tests the generator wrote from the model's smithy.test traits;
 * - client-snapshots: the generated client's wire snapshots, compared against the committed files
 *   (SNAPSHOT_MODE=write, used by `npm run generate`, rewrites them instead);
 * - token-service: the hand-written service, unit to end-to-end over HTTP;
 * - local-service: sign-in pages, users, the CLI and its `login` command, including a real browser;
 * - interop, interop-3-nodes: the real AWS clients (JS SDK, botocore) against the service, once on
 *   the SQLite default and once on three nodes sharing one Redis behind a round-robin balancer
 *   (test/interop/support/interop-service.ts); their results feed the README's compatibility table
 *   (test/interop/compatibility-reporter.ts), which claims only what passed against both;
 * - repository: model equivalence, toolchain and cross-package tests under test/.
 */
export default defineConfig({
  test: {
    reporters: ["default", here("./test/interop/compatibility-reporter.ts")],
    projects: [
      {
        test: {
          name: "client",
          root: here("./packages/client"),
          include: ["test/functional/**/*.spec.ts"],
          globals: true,
          env,
        },
      },
      {
        test: {
          name: "client-snapshots",
          root: here("./packages/client"),
          include: ["test/snapshots.integ.spec.ts"],
          setupFiles: [here("./test/client-snapshots/register-rest-json-protocol.ts")],
          env: { ...env, SNAPSHOT_MODE: process.env.SNAPSHOT_MODE ?? "compare" },
        },
      },
      {
        test: {
          name: "server-sdk",
          root: here("./packages/server-sdk"),
          include: ["test/functional/**/*.spec.ts"],
          globals: true,
          env,
        },
      },
      {
        test: {
          name: "token-service",
          root: here("./packages/token-service"),
          include: ["test/**/*.test.ts"],
          testTimeout: 60_000,
          env,
        },
      },
      {
        test: {
          name: "local-service",
          root: here("./packages/local-service"),
          include: ["test/**/*.test.ts"],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          env,
        },
      },
      {
        test: {
          name: "interop",
          root: here("."),
          include: ["test/interop/**/*.test.ts"],
          globalSetup: [here("./test/interop/global-setup.ts")],
          testTimeout: 120_000,
          hookTimeout: 300_000,
          env: { ...env, INTEROP_SETUP: "sqlite" },
        },
      },
      {
        test: {
          name: "interop-3-nodes",
          root: here("."),
          include: ["test/interop/**/*.test.ts"],
          // Wire shapes only, against a recorder: nothing there depends on the service's deployment.
          exclude: [...configDefaults.exclude, "test/interop/wire-all-operations.test.ts"],
          globalSetup: [here("./test/interop/global-setup.ts")],
          testTimeout: 120_000,
          hookTimeout: 300_000,
          env: { ...env, INTEROP_SETUP: "redis-3-nodes" },
        },
      },
      {
        test: {
          name: "repository",
          root: here("."),
          include: ["test/**/*.test.ts"],
          exclude: [...configDefaults.exclude, "test/interop/**"],
          globalSetup: [here("./test/global-setup.ts")],
          testTimeout: 120_000,
          hookTimeout: 300_000,
          env,
        },
      },
    ],
  },
});
