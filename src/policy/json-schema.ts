/** The JSON Schema of policy files, generated from the zod schema so the two never disagree. */
import { z } from "zod";
import { policySchema } from "./schema.js";

export function policyJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(policySchema, { io: "input", unrepresentable: "any" }),
    title: "yibao policy file",
    description: "One city's employee general outpatient pooling policy: dated versions, each value with its source.",
  };
}

export function policyJsonSchemaText(): string {
  return `${JSON.stringify(policyJsonSchema(), null, 2)}\n`;
}
