#!/usr/bin/env node
import("../dist/bin/yibao.js").then((cli) => cli.main());
