import type { ErrorWords } from "../errors.js";

export const errors: ErrorWords = {};
