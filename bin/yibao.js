#!/usr/bin/env node
// The command. It compiles dist/bin/yibao.cjs (the bundle `npm run build` makes) with a V8 code
// cache written beside it, so that a one-off command skips most of parsing and compiling. A command
// line that names a command starts with yibao.cjs.cache, which holds the code of a calculation; one
// that names none (--help, --version) with yibao.cjs.help.cache, which holds less and so loads
// faster. A cache is only ever a shortcut: when it is missing, unreadable, from another build or
// rejected by this Node, the bundle compiles from its source, and after the command the cache is
// written again, as the build writes it, for the next run where the directory allows it. CommonJS
// (bin/package.json): an ES module here would start Node's ES module loader, for nothing.
"use strict";
const fs = require("node:fs");
const path = require("node:path");
const vm = require("node:vm");

const BUNDLE = path.join(__dirname, "..", "dist", "bin", "yibao.cjs");

/** The cache a command line starts with: whether it names a command (a word that is not an option, nor the value of --lang). */
function cacheFor(argv) {
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === "--lang") i++;
    else if (!argv[i].startsWith("-")) return `${BUNDLE}.cache`;
  }
  return `${BUNDLE}.help.cache`;
}

/**
 * Compiles and runs the bundle the way Node runs a CommonJS module, with the cache in the file
 * `cache`; returns its exports (`main`, `run`), the script, the build's name (the bundle's first
 * line), the cache's file and whether the cache was used.
 */
function load(cache) {
  // The bundle is ASCII (scripts/build.js makes sure of it): Latin-1 is the cheapest way to read it.
  const source = fs.readFileSync(BUNDLE, "latin1");
  const id = source.slice(0, source.indexOf("\n"));
  let cachedData;
  try {
    const data = fs.readFileSync(cache);
    if (id.startsWith("// yibao build ") && data.length > id.length + 1 && data.toString("latin1", 0, id.length + 1) === `${id}\n`) cachedData = data.subarray(id.length + 1);
  } catch {
    // No cache, or none to read: compile from the source.
  }
  // The bundle is a function expression of the module's variables (scripts/build.js wraps it).
  const script = new vm.Script(source, { filename: BUNDLE, cachedData });
  const module = { exports: {} };
  // A script cannot import(): the .xlsx libraries, ES modules in node_modules, are imported from here.
  const importer = (specifier) => import(specifier);
  script.runInThisContext().call(module.exports, module.exports, require("node:module").createRequire(BUNDLE), module, BUNDLE, path.dirname(BUNDLE), importer);
  return { cli: module.exports, script, id, cache, cached: cachedData !== undefined && !script.cachedDataRejected };
}

/** The commands whose code a cache holds: those a user starts most, with or without a command named. */
function commonCommands(cache) {
  const calc = ["calc", "--city", "鞍山", "--type", "退休", "--level", "二级", "--amount", "1200", "--date", "2025-03-01"];
  return cache === cacheFor([]) ? [["--help"], ["--version"]] : [[...calc, "--json"], calc, ["--help"], ["--version"]];
}

/**
 * Writes the cache of a loaded bundle after running its common commands in this process (their
 * output discarded), so that it holds the code they compile as they run: whole or not at all,
 * and only where the directory may be written. Returns why it did not, or undefined. Never throws.
 */
async function writeCache(loaded) {
  const { script, id, cache } = loaded;
  const temporary = `${cache}.${process.pid}.tmp`;
  try {
    fs.accessSync(path.dirname(cache), fs.constants.W_OK);
    const { Readable, Writable } = require("node:stream");
    const discard = () => new Writable({ write: (_chunk, _encoding, done) => done() });
    for (const argv of commonCommands(cache)) {
      const status = await loaded.cli.run({ argv, env: {}, stdin: Readable.from([]), stdout: discard(), stderr: discard() });
      if (status !== 0) return `yibao ${argv.join(" ")} exited with ${status}`;
    }
    fs.writeFileSync(temporary, Buffer.concat([Buffer.from(`${id}\n`, "latin1"), script.createCachedData()]));
    fs.renameSync(temporary, cache);
    return undefined;
  } catch (error) {
    try {
      fs.rmSync(temporary, { force: true });
    } catch {
      // Nothing more to do: the next run compiles from the source again.
    }
    return String(error?.message ?? error);
  }
}

module.exports = { cacheFor, load, writeCache };

if (require.main === module) {
  let loaded;
  try {
    loaded = load(cacheFor(process.argv.slice(2)));
  } catch (error) {
    console.error(`yibao: cannot load its build (${error.code ?? error.message}); run npm install or npm run build first.`);
    process.exitCode = 1;
  }
  // Without its cache (none, or none this Node takes), the command writes it again once it is done.
  if (loaded !== undefined) loaded.cli.main().then(() => (loaded.cached ? undefined : writeCache(loaded)));
}
