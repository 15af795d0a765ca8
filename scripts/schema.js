// Writes policies/schema.json from the zod schema (run after the build: `npm run schema`).
import { writeFileSync } from "node:fs";
import { policyJsonSchemaText } from "../dist/lib/policy/json-schema.js";

writeFileSync(new URL("../policies/schema.json", import.meta.url), policyJsonSchemaText());
