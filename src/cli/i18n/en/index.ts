import type { Catalogue } from "../catalogue.js";
import { names } from "./names.js";
import { reasons } from "./reasons.js";
import { steps } from "./steps.js";

export const en: Catalogue = { names, reasons, steps };
