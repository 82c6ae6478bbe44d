// Lint rules for hand-written code (`npm run lint`). Type-aware: a promise that is neither awaited
// nor handled, or one passed where a callback's result is ignored, fails CI, because either hides
// errors and ordering bugs. Generated packages and openapi/ follow their generator, not these rules.
import eslint from "@eslint/js";
import { defineConfig, globalIgnores } from "eslint/config";
import tseslint from "typescript-eslint";

export default defineConfig(
  globalIgnores([
    "**/node_modules/",
    "**/dist/",
    "**/dist-*/",
    "build/",
    ".venv*/",
    "packages/client/",
    "packages/server-sdk/",
    "openapi/",
    "**/test/snapshots/",
    "**/__snapshots__/",
    "test/fixtures/",
  ]),
  {
    files: ["**/*.ts"],
    extends: [eslint.configs.recommended, tseslint.configs.recommendedTypeChecked],
    languageOptions: {
      parserOptions: {
        projectService: true,
        tsconfigRootDir: import.meta.dirname,
      },
    },
    linterOptions: { reportUnusedDisableDirectives: "error" },
    rules: {
      "@typescript-eslint/no-floating-promises": "error",
      "@typescript-eslint/no-misused-promises": "error",
      "@typescript-eslint/await-thenable": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      // An async method without await is how a synchronous implementation meets a promise-returning
      // contract (AtomicStore, Keyring, the generated handler); it is not a bug.
      "@typescript-eslint/require-await": "off",
      // Keys from node:crypto's generation job can hang the thread on Node 20 (see generate-key-pair.ts).
      "no-restricted-imports": [
        "error",
        {
          paths: ["node:crypto", "crypto"].map((name) => ({
            name,
            importNames: ["generateKeyPair", "generateKeyPairSync"],
            message: "use generateKeyPair from packages/token-service/src/keys/generate-key-pair.ts",
          })),
        },
      ],
    },
  },
  {
    files: [
      "packages/token-service/src/keys/generate-key-pair.ts",
      // The login client may not import the service (dependency rules): it does the same itself.
      "packages/local-service/src/login/dpop.ts",
    ],
    rules: { "no-restricted-imports": "off" },
  },
  {
    // vitest's asymmetric matchers (expect.any, expect.stringMatching) are typed `any` by design.
    files: ["**/test/**/*.ts"],
    rules: { "@typescript-eslint/no-unsafe-assignment": "off" },
  },
  {
    files: ["**/*.cjs"],
    extends: [eslint.configs.recommended],
    languageOptions: { sourceType: "commonjs", globals: { module: "writable", require: "readonly" } },
  },
  {
    files: ["*.js"],
    extends: [eslint.configs.recommended],
    languageOptions: { sourceType: "module" },
  },
  {
    // The benchmark's server processes: plain JavaScript that node runs without a loader.
    files: ["bench/servers/*.mjs"],
    extends: [eslint.configs.recommended],
    languageOptions: {
      sourceType: "module",
      globals: { process: "readonly", Buffer: "readonly", console: "readonly" },
    },
  },
  {
    // Served to the browser by the sign-in pages.
    files: ["packages/local-service/assets/**/*.js"],
    extends: [eslint.configs.recommended],
    languageOptions: { sourceType: "script", globals: { document: "readonly", navigator: "readonly" } },
  },
);
