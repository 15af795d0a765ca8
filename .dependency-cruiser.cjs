/**
 * The layers of yibao, checked on every CI run (npm run layers):
 *   shared  errors and paths, imported by any layer, importing none
 *   core    the pure rule engine: imports only core: no node:, no libraries, not even shared
 *   policy  the schema, loading, versions, places: imports core and shared
 *   app     the use cases: imports core, policy and shared
 *   cli     commander, renderers, catalogues: imports app and its own files only
 *   index   the library: exports from app
 * and no circles anywhere.
 */
module.exports = {
  forbidden: [
    { name: "no-circular", severity: "error", comment: "Modules do not import each other, even through others.", from: {}, to: { circular: true } },
    {
      name: "shared-imports-nothing",
      severity: "error",
      comment: "Shared plumbing (errors, paths) stands under every layer and imports none of them.",
      from: { path: "^src/shared/" },
      to: { path: "^src/(core|policy|app|cli)/" },
    },
    {
      name: "core-is-pure",
      severity: "error",
      comment: "The core imports only the core: no policy, app or CLI, no Node built-ins, no packages.",
      from: { path: "^src/core/" },
      to: { pathNot: "^src/core/" },
    },
    {
      name: "policy-on-core",
      severity: "error",
      comment: "The policy layer builds on the core only.",
      from: { path: "^src/policy/" },
      to: { path: "^src/(app|cli)/" },
    },
    {
      name: "app-on-core-and-policy",
      severity: "error",
      comment: "The application layer uses the core and the policy layer, never the CLI.",
      from: { path: "^src/app/" },
      to: { path: "^src/cli/" },
    },
    {
      name: "cli-through-app",
      severity: "error",
      comment: "The CLI reaches the core and the policy layer only through the application layer.",
      from: { path: "^src/cli/" },
      to: { path: "^src/(core|policy)/" },
    },
    {
      name: "library-through-app",
      severity: "error",
      comment: "The library exports what the application layer offers.",
      from: { path: "^src/index\\.ts$" },
      to: { path: "^src/(core|policy|cli)/" },
    },
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    parser: "swc",
    tsConfig: { fileName: "tsconfig.json" },
    tsPreCompilationDeps: true,
  },
};
