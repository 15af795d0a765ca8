#!/usr/bin/env node
import("../dist/bin/yibao.js").then((cli) => cli.main(), (error) => { console.error(`yibao: cannot load its build (${error.code ?? error.message}); run npm install or npm run build first.`); process.exitCode = 1; });
