import type { Help } from "../help.js";

export const help: Help = {};
