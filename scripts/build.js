// Bundles the command line into dist/bin/ after `tsc` has built dist/lib/, then writes the V8 code
// cache that bin/yibao.js starts it with.
//
// dist/bin/yibao.cjs is one CommonJS module (in the function that wraps a module): a command's
// modules initialise only when the command runs (esbuild turns each lazy import() into a lazy
// init), and one file compiles with one code cache.
// The shipped policies are read and checked against the schema here, once, and their checked data
// takes the place of src/policy/shipped.ts in the bundle: starting a command then loads neither the
// schema library nor the policy files. A policy file that breaks the schema fails the build.
//
// dist/bin/yibao.cjs.cache and yibao.cjs.help.cache are V8's compiled code for the bundle, taken
// after running the commands a user starts most (calc --json, calc; --help, --version) in this
// process, so that they hold the functions those compile as they run, not only the top level.
// bin/yibao.js uses one when it belongs to this build and this Node accepts it, and compiles from
// the source otherwise.
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { build } from "esbuild";
import { shippedPolicies } from "../dist/lib/policy/shipped.js";

const policies = shippedPolicies();

// What is read of every city to find the one a command names (registry.ts: cityNames) and the rules
// of a place (family.ts: rulesFor). The rest of each city is read from its file and parsed when
// first read: a calculation reads one city's, not all of them.
const HEAD = new Set(["id", "name", "adminCode", "appliesTo", "province"]);
const heads = policies.map((p) => [Object.keys(p), Object.fromEntries(Object.entries(p).filter(([k]) => HEAD.has(k)))]);
const rests = policies.map((p) => JSON.stringify(Object.fromEntries(Object.entries(p).filter(([k]) => !HEAD.has(k)))));

const shippedData = {
  name: "shipped-policies",
  setup(b) {
    b.onLoad({ filter: /[\\/]src[\\/]policy[\\/]shipped\.ts$/ }, () => ({
      // JSON.parse of a string literal starts faster than an object literal of the same size. Each
      // policy has its properties in the order of its file; the ones not in HEAD are accessors that,
      // read or written first, give way to the data properties JSON.parse would have made.
      contents: `const HEADS = JSON.parse(${JSON.stringify(JSON.stringify(heads))});
const REST_FILES = ${JSON.stringify(rests.map((_, i) => `policies/${i}.json`))};
function policyOf([keys, head], i) {
  const policy = {};
  const whole = () => {
    const rest = JSON.parse(require("node:fs").readFileSync(require("node:path").join(__dirname, REST_FILES[i]), "utf8"));
    for (const key of keys) if (!Object.hasOwn(head, key)) Object.defineProperty(policy, key, { value: rest[key], writable: true, enumerable: true, configurable: true });
  };
  for (const key of keys) {
    if (Object.hasOwn(head, key)) policy[key] = head[key];
    else
      Object.defineProperty(policy, key, {
        get() { whole(); return policy[key]; },
        set(value) { whole(); policy[key] = value; },
        enumerable: true,
        configurable: true,
      });
  }
  return policy;
}
const POLICIES = HEADS.map(policyOf);
export function shippedPolicies() { return POLICIES; }
`,
      loader: "js",
    }));
  },
};

// commander requires node:child_process (and with it net, dgram and the stream internals) for
// subcommands that are separate executables, which yibao has none of: it loads on first use only.
const lazyChildProcess = {
  name: "lazy-child-process",
  setup(b) {
    b.onResolve({ filter: /^node:child_process$/ }, (args) => (/[\\/]commander[\\/]/.test(args.importer) ? { path: "child_process", namespace: "lazy-builtin" } : undefined));
    b.onLoad({ filter: /.*/, namespace: "lazy-builtin" }, () => ({
      contents: 'Object.defineProperty(exports, "spawn", { enumerable: true, get: () => require("node:child_process").spawn });',
      loader: "js",
    }));
  },
};

// Libraries that few commands need are bundles of their own in dist/bin/, required when a command
// first uses them: the schema library (a user's policy file, a batch), the CSV parser and writer and
// the GB18030 encoder (spreadsheets). In yibao.cjs they would be text that every command reads, and
// the ES modules among them thousands of functions in its top level, which every command compiles
// (or reads from the cache).
// Each is bundled from the same files as it would be inside yibao.cjs: the ES modules of the ES
// module packages, iconv-lite's CommonJS.
const APART = {
  zod: { file: "zod.cjs", entry: 'export * from "zod";' },
  "csv-parse/sync": { file: "csv-parse.cjs", entry: 'export * from "csv-parse/sync";' },
  "csv-stringify/sync": { file: "csv-stringify.cjs", entry: 'export * from "csv-stringify/sync";' },
  "iconv-lite": { file: "iconv-lite.cjs", entry: 'module.exports = require("iconv-lite");' },
};
const apart = {
  name: "apart",
  setup(b) {
    const names = new RegExp(`^(${Object.keys(APART).join("|")})$`);
    b.onResolve({ filter: names }, (args) => ({ path: args.path, namespace: "apart" }));
    // A module of one line in yibao.cjs stands for the library: import() of it stays lazy, and
    // imports of it see the library's exports as they would see the library bundled in.
    b.onLoad({ filter: /.*/, namespace: "apart" }, (args) => ({ contents: `module.exports = require("./${APART[args.path].file}");`, loader: "js" }));
    b.onResolve({ filter: /^\.\/[\w-]+\.cjs$/ }, (args) => (args.namespace === "apart" ? { path: args.path, external: true } : undefined));
  },
};

// import() of a built-in module becomes a lazy require(): the bundle runs as a script (see
// bin/yibao.js), where import() is not available.
const builtinImports = {
  name: "builtin-imports",
  setup(b) {
    b.onResolve({ filter: /^node:/ }, (args) => (args.kind === "dynamic-import" ? { path: args.path, namespace: "builtin-import" } : undefined));
    b.onLoad({ filter: /.*/, namespace: "builtin-import" }, (args) => ({ contents: `module.exports = require(${JSON.stringify(args.path)});`, loader: "js" }));
  },
};

const common = {
  bundle: true,
  format: "cjs",
  platform: "node",
  target: "node20",
  minifyWhitespace: true,
  minifySyntax: true,
  legalComments: "none",
  // ASCII (Chinese text as \uXXXX escapes): bin/yibao.js reads the file as Latin-1, which costs
  // next to nothing, where decoding UTF-8 with Chinese in it costs several milliseconds.
  charset: "ascii",
  logLevel: "warning",
};

rmSync("dist/bin", { recursive: true, force: true });
// The rest of each city, beyond what every command reads, is a file of its own beside the bundle,
// read when a command first needs the city: in the bundle it would be text every command reads and
// every code cache holds.
mkdirSync("dist/bin/policies", { recursive: true });
rests.forEach((rest, i) => writeFileSync(`dist/bin/policies/${i}.json`, rest));
for (const { file, entry } of Object.values(APART)) {
  await build({ ...common, stdin: { contents: entry, resolveDir: ".", loader: "js" }, outfile: `dist/bin/${file}` });
}
const { outputFiles } = await build({
  ...common,
  entryPoints: ["src/cli/main.ts"],
  write: false,
  outfile: "dist/bin/yibao.cjs",
  // paths.ts and divisions.ts find files from import.meta.url; in CommonJS that is the bundle's own file.
  define: { "import.meta.url": "__yibaoUrl" },
  banner: { js: '"use strict";var __yibaoUrl=require("node:url").pathToFileURL(__filename).href;' },
  plugins: [shippedData, lazyChildProcess, apart, builtinImports],
  // The .xlsx libraries load from node_modules when a spreadsheet is read or written: read-excel-file
  // runs parts of itself in worker threads from their source text, which bundling would break.
  external: ["read-excel-file", "read-excel-file/*", "write-excel-file", "write-excel-file/*"],
});
// esbuild escapes non-ASCII text everywhere but in regular expression literals (a few place names);
// there \uXXXX stands for the same UTF-16 unit, with or without the u flag.
let code = outputFiles[0].text.replace(/(\\?)([^\x00-\x7f]+)/g, (_, backslash, text) => {
  if (backslash !== "") throw new Error(`dist/bin/yibao.cjs: an escaped non-ASCII character (\\${text}) that \\uXXXX cannot replace`);
  return text
    .split("")
    .map((unit) => `\\u${unit.charCodeAt(0).toString(16).padStart(4, "0")}`)
    .join("");
});
// The .xlsx libraries are ES modules, and the script bin/yibao.js compiles cannot import(): it
// passes the bundle an import() of its own, __yibaoImport. Any other import() would fail when a
// command reached it.
code = code.replace(/\bimport\((?="(?:read|write)-excel-file\/node"\))/g, "__yibaoImport(");
if (/\bimport\(/.test(code)) throw new Error("dist/bin/yibao.cjs: an import() that bin/yibao.js cannot run");
// The first line names the build; the cache file starts with the same line, so that a cache from
// another build is never taken for this one (V8 itself checks only the length of the source).
const id = `// yibao build ${createHash("sha256").update(code).digest("hex").slice(0, 32)}`;
// The file is what bin/yibao.js compiles: the module in the function Node would wrap it in (with
// __yibaoImport), so that the source needs no copy to be wrapped at start-up.
writeFileSync("dist/bin/yibao.cjs", `${id}\n(function (exports, require, module, __filename, __dirname, __yibaoImport) {${code}\n})`);

// The worker threads of `batch --workers` start from a bundle of their own: it settles and renders
// lines, with the same shipped policies and the same libraries apart.
await build({
  ...common,
  charset: "utf8",
  entryPoints: ["src/cli/batch-worker.ts"],
  outfile: "dist/bin/batch-worker.cjs",
  define: { "import.meta.url": "__yibaoUrl" },
  banner: { js: '"use strict";var __yibaoUrl=require("node:url").pathToFileURL(__filename).href;' },
  plugins: [shippedData, apart, builtinImports],
});

// The caches: compile the bundle as bin/yibao.js does and write each cache after running its
// commands (bin/yibao.js: commonCommands).
const { cacheFor, load, writeCache } = createRequire(import.meta.url)("../bin/yibao.js");
for (const cache of [cacheFor([]), cacheFor(["calc"])]) {
  const failed = await writeCache(load(cache));
  if (failed !== undefined || !readFileSync(cache).subarray(0, id.length).equals(Buffer.from(id))) throw new Error(`could not write ${cache}: ${failed}`);
}
