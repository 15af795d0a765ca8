/** The JSON Schema of policy files, generated from the zod schema so the two never disagree. */
import { z } from "zod";
import { extensionSchema, policySchema } from "./schema.js";

export function policyJsonSchema(): Record<string, unknown> {
  const whole = policySchema.describe("A whole policy: one city's employee general outpatient pooling policy, dated versions, each value with its source.");
  const extending = extensionSchema.describe(
    "An extending file: adds sources, interpretations and values to a city already loaded (`extends`), or overrides them, each with its own source.",
  );
  return {
    ...z.toJSONSchema(z.union([whole, extending]), { io: "input", unrepresentable: "any" }),
    title: "yibao policy file",
    description: "A whole policy of one city, or a file that extends a city already loaded. Policy files are data only: yibao reads them as JSON and never runs them.",
  };
}

export function policyJsonSchemaText(): string {
  return `${JSON.stringify(policyJsonSchema(), null, 2)}\n`;
}
