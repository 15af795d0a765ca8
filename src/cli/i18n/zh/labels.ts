import type { Labels } from "../labels.js";

export const labels: Labels = {};
