#!/usr/bin/env node
// The command. It compiles dist/bin/yibao.cjs (the bundle `npm run build` makes) with the V8 code
// cache written beside it, yibao.cjs.cache, so that a one-off command skips most of parsing and
// compiling. The cache is only ever a shortcut: when it is missing, unreadable, from another build
// or rejected by this Node, the bundle compiles from its source, and after the command the cache is
// written again for the next run where the directory allows it. CommonJS (bin/package.json): an ES
// module here would start Node's ES module loader, for nothing.
"use strict";
const fs = require("node:fs");
const path = require("node:path");
const vm = require("node:vm");

const BUNDLE = path.join(__dirname, "..", "dist", "bin", "yibao.cjs");
const CACHE = `${BUNDLE}.cache`;

/**
 * Compiles and runs the bundle the way Node runs a CommonJS module; returns its exports (`main`,
 * `run`), the script, the build's name (the bundle's first line) and whether the cache was used.
 */
function load() {
  // The bundle is ASCII (scripts/build.js makes sure of it): Latin-1 is the cheapest way to read it.
  const source = fs.readFileSync(BUNDLE, "latin1");
  const id = source.slice(0, source.indexOf("\n"));
  let cachedData;
  try {
    const data = fs.readFileSync(CACHE);
    if (id.startsWith("// yibao build ") && data.length > id.length + 1 && data.toString("latin1", 0, id.length + 1) === `${id}\n`) cachedData = data.subarray(id.length + 1);
  } catch {
    // No cache, or none to read: compile from the source.
  }
  const script = new vm.Script(`(function (exports, require, module, __filename, __dirname, __yibaoImport) {${source}\n})`, { filename: BUNDLE, cachedData });
  const module = { exports: {} };
  // A script cannot import(): the .xlsx libraries, ES modules in node_modules, are imported from here.
  const importer = (specifier) => import(specifier);
  script.runInThisContext().call(module.exports, module.exports, require("node:module").createRequire(BUNDLE), module, BUNDLE, path.dirname(BUNDLE), importer);
  return { cli: module.exports, script, id, cached: cachedData !== undefined && !script.cachedDataRejected };
}

/** Writes the cache of a loaded bundle, whole or not at all; true when written. Never throws. */
function saveCache({ script, id }) {
  const temporary = `${CACHE}.${process.pid}.tmp`;
  try {
    fs.accessSync(path.dirname(CACHE), fs.constants.W_OK);
    fs.writeFileSync(temporary, Buffer.concat([Buffer.from(`${id}\n`, "latin1"), script.createCachedData()]));
    fs.renameSync(temporary, CACHE);
    return true;
  } catch {
    try {
      fs.rmSync(temporary, { force: true });
    } catch {
      // Nothing more to do: the next run compiles from the source again.
    }
    return false;
  }
}

module.exports = { load, saveCache };

if (require.main === module) {
  let loaded;
  try {
    loaded = load();
  } catch (error) {
    console.error(`yibao: cannot load its build (${error.code ?? error.message}); run npm install or npm run build first.`);
    process.exitCode = 1;
  }
  if (loaded !== undefined) {
    loaded.cli.main().then(() => {
      if (!loaded.cached) saveCache(loaded);
    });
  }
}
