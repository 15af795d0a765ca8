import { Command } from "commander";
const p = new Command("x").option("--a <v>"); p.parse(["node","x","--a","1"]); console.log(p.opts());
