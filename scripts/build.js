// Bundles the command line into dist/bin/ after `tsc` has built dist/lib/.
// The shipped policies are read and checked against the schema here, once, and their checked data
// takes the place of src/policy/shipped.ts in the bundle: starting a command then loads neither the
// schema library nor the policy files. A policy file that breaks the schema fails the build.
import { rmSync } from "node:fs";
import { build } from "esbuild";
import { shippedPolicies } from "../dist/lib/policy/shipped.js";

const policies = shippedPolicies();

const shippedData = {
  name: "shipped-policies",
  setup(b) {
    b.onLoad({ filter: /[\\/]src[\\/]policy[\\/]shipped\.ts$/ }, () => ({
      // JSON.parse of a string literal starts faster than an object literal of the same size.
      contents: `const POLICIES = JSON.parse(${JSON.stringify(JSON.stringify(policies))});\nexport function shippedPolicies() { return POLICIES; }\n`,
      loader: "js",
    }));
  },
};

rmSync("dist/bin", { recursive: true, force: true });
await build({
  // The batch worker threads start from a file of their own (`batch --workers`).
  entryPoints: { yibao: "src/cli/main.ts", "batch-worker": "src/cli/batch-worker.ts" },
  outdir: "dist/bin",
  bundle: true,
  splitting: true,
  format: "esm",
  platform: "node",
  target: "node20",
  minifyWhitespace: true,
  minifySyntax: true,
  legalComments: "none",
  // Chinese text as UTF-8, not \uXXXX escapes: a third of the bytes to read and parse at start-up.
  charset: "utf8",
  // commander and cli-table3 are CommonJS and call require() for Node's built-ins.
  banner: { js: 'import { createRequire as __yibaoRequire } from "node:module"; const require = __yibaoRequire(import.meta.url);' },
  plugins: [shippedData],
  // The .xlsx libraries load from node_modules when a spreadsheet is read or written: read-excel-file
  // runs parts of itself in worker threads from their source text, which bundling would break.
  external: ["read-excel-file", "read-excel-file/*", "write-excel-file", "write-excel-file/*"],
  logLevel: "warning",
});
