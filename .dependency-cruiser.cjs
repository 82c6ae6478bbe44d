/**
 * Dependency rules for the hand-written packages (`npm run check:deps`). Each package's folders form
 * layers: a folder may import only the folders listed for it, so an upward import fails CI. The
 * token service's table is the one in packages/token-service/README.md ("Folders and what each may
 * touch"), the local service's the one in packages/local-service/README.md; change both together.
 *
 * Type-only imports count: a folder that needs another's types depends on it.
 */

const tokenService = "^packages/token-service/src/";
const localService = "^packages/local-service/src/";
/** A workspace package, whether resolved (built) or not yet (unbuilt, as right after `npm ci`). */
const workspacePackage = (name) => `(^|/)(@open-signin/|packages/)${name}(/|$)`;

/**
 * token-service: folder -> the folders it may import. The package's wiring (`src/token-service.ts`,
 * `src/open-store.ts`) and its entry point (`src/index.ts`) sit above every folder and may import any of them.
 */
const tokenServiceLayers = {
  http: ["service", "errors", "limits", "runtime"],
  service: [
    "access",
    "grants",
    "dpop",
    "credentials",
    "principals",
    "sessions",
    "tokens",
    "keys",
    "config",
    "store",
    "errors",
    "runtime",
  ],
  access: ["grants", "tokens", "principals", "sessions", "store", "errors", "runtime"],
  grants: ["codes", "dpop", "pkce", "tokens", "credentials", "principals", "sessions", "store", "errors", "runtime"],
  codes: ["store", "runtime"],
  dpop: ["store", "runtime"],
  pkce: [],
  tokens: ["keys", "runtime"],
  credentials: ["tokens", "keys", "runtime"],
  keys: ["runtime"],
  principals: [],
  sessions: ["store", "dpop", "runtime"],
  store: ["runtime"],
  limits: ["store", "config", "runtime"],
  config: [],
  errors: [],
  runtime: [],
};

/** local-service: folder -> the folders it may import. `src/index.ts` may import any of them. */
const localServiceLayers = {
  cli: ["serve", "login", "users", "files", "protocol"],
  serve: ["web", "users", "files", "protocol"],
  web: ["protocol"],
  users: ["files"],
  login: ["files", "protocol"],
  files: [],
  protocol: [],
};

const layerRules = (packageName, root, layers) =>
  Object.entries(layers).map(([folder, allowed]) => ({
    name: `${packageName}-${folder}-layer`,
    comment: `${folder}/ may import only ${allowed.length > 0 ? allowed.map((name) => `${name}/`).join(", ") : "no other folder"} of ${packageName} (see its README)`,
    severity: "error",
    from: { path: `${root}${folder}/` },
    to: {
      path: root,
      pathNot: [`${root}(${[folder, ...allowed].join("|")})/`],
    },
  }));

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: "no-circular",
      comment: "Modules must not import each other in a cycle, directly or through others.",
      severity: "error",
      from: {},
      to: { circular: true },
    },
    {
      name: "token-service-no-import-of-wiring",
      comment: "Folders sit below the package's wiring (src/token-service.ts) and entry point (src/index.ts).",
      severity: "error",
      from: { path: `${tokenService}[^/]+/` },
      to: { path: `${tokenService}(token-service|open-store|index)\\.ts$` },
    },
    {
      name: "local-service-no-import-of-entry-point",
      comment: "Folders sit below the package's entry point (src/index.ts).",
      severity: "error",
      from: { path: `${localService}[^/]+/` },
      to: { path: `${localService}index\\.ts$` },
    },
    ...layerRules("token-service", tokenService, tokenServiceLayers),
    ...layerRules("local-service", localService, localServiceLayers),
    {
      name: "token-service-generated-sdk-users",
      comment:
        "Only errors/, service/, grants/, http/ and the wiring know the generated server SDK; the rest is plain TypeScript.",
      severity: "error",
      from: {
        path: tokenService,
        pathNot: `${tokenService}(errors|service|grants|http)/|${tokenService}token-service\\.ts$`,
      },
      to: { path: workspacePackage("server-sdk") },
    },
    {
      name: "token-service-below-local-service",
      comment: "The token service knows nothing of the local service built around it.",
      severity: "error",
      from: { path: "^packages/token-service/" },
      to: { path: workspacePackage("local-service") },
    },
    {
      name: "login-is-client-side",
      comment: "`open-signin login` is a client: it talks to the service over HTTP, never through its code.",
      severity: "error",
      from: { path: `${localService}login/` },
      to: { path: [workspacePackage("token-service"), workspacePackage("server-sdk")] },
    },
    {
      name: "no-dev-dependencies-in-src",
      comment: "Production code must not import a package's devDependencies.",
      severity: "error",
      from: { path: "^packages/(token-service|local-service)/src/" },
      to: { dependencyTypes: ["npm-dev"] },
    },
  ],
  options: {
    // Other packages are checked as what they are to this one: a dependency, not more modules to cruise.
    doNotFollow: { path: ["node_modules", "^packages/(client|server-sdk)/", "^packages/[^/]+/dist"] },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: "tsconfig.json" },
    combinedDependencies: false,
    enhancedResolveOptions: {
      exportsFields: ["exports"],
      conditionNames: ["import", "require", "node", "default", "types"],
      extensions: [".ts", ".js", ".d.ts"],
    },
    reporterOptions: { text: { highlightFocused: true } },
  },
};
