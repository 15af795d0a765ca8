/** The JSON Schema of policy files, generated from the zod schema so the two never disagree. */
import { z } from "zod";
import { COMMENT_KEY } from "./prepare.js";
import { extensionSchema, policySchema } from "./schema.js";

const COMMENT_PROPERTY = {
  type: "string",
  description: "A note for people, allowed in every object of a policy file (说明,任何对象中都可以写). yibao drops it before checking the file; it never reaches the calculation.",
} as const;

type JsonNode = Record<string, unknown>;
const isNode = (value: unknown): value is JsonNode => value !== null && typeof value === "object" && !Array.isArray(value);

/**
 * Says in the schema what the loader does (src/policy/prepare.ts): every object schema gets a string
 * property `$comment`, and one whose keys must follow a pattern (interpretations: I1, I2, …) lets
 * `$comment` through as well. Changes the schema in place.
 */
function allowComments(node: unknown): void {
  if (Array.isArray(node)) {
    for (const child of node) allowComments(child);
    return;
  }
  if (!isNode(node)) return;
  for (const child of Object.values(node)) allowComments(child);
  if (node.type !== "object") return;
  node.properties = { [COMMENT_KEY]: COMMENT_PROPERTY, ...(isNode(node.properties) ? node.properties : {}) };
  const names = node.propertyNames;
  if (isNode(names) && typeof names.pattern === "string" && !new RegExp(names.pattern, "u").test(COMMENT_KEY)) {
    node.propertyNames = { anyOf: [{ const: COMMENT_KEY }, names] };
  }
}

export function policyJsonSchema(): Record<string, unknown> {
  const whole = policySchema.describe("A whole policy: one city's employee general outpatient pooling policy, dated versions, each value with its source.");
  const extending = extensionSchema.describe(
    "An extending file: adds sources, interpretations and values to a city already loaded (`extends`), or overrides them, each with its own source.",
  );
  const schema: Record<string, unknown> = z.toJSONSchema(z.union([whole, extending]), { io: "input", unrepresentable: "any" });
  allowComments(schema);
  return {
    ...schema,
    title: "yibao policy file",
    description:
      "A whole policy of one city, or a file that extends a city already loaded. Policy files are data only: yibao reads them as JSON and never runs them. Any object may carry a \"$comment\" string, a note that yibao drops before checking the file.",
  };
}

export function policyJsonSchemaText(): string {
  return `${JSON.stringify(policyJsonSchema(), null, 2)}\n`;
}
