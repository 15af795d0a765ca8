import type { Catalogue } from "../catalogue.js";
import { errors } from "./errors.js";
import { help } from "./help.js";
import { labels } from "./labels.js";
import { names } from "./names.js";
import { policyIssues } from "./policy-issues.js";
import { reasons } from "./reasons.js";
import { steps } from "./steps.js";

export const zh: Catalogue = { names, reasons, steps, errors, policyIssues, labels, help };
