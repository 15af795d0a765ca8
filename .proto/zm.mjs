import * as zm from "zod/mini";
import * as z from "zod";
const money = zm.union([zm.string(), zm.number()]);
const sm = zm.strictObject({ id: zm.optional(zm.union([zm.string(), zm.number()])), person: zm.optional(zm.string()), city: zm.string(), type: zm.string(), date: zm.string(), level: zm.union([zm.string(), zm.number()]), amount: money, excluded: zm.optional(money), facility: zm.optional(zm.string()), designated: zm.optional(zm.boolean()), emergency: zm.optional(zm.boolean()) });
const zmoney = z.union([z.string(), z.number()]);
const sc = z.strictObject({ id: z.union([z.string(), z.number()]).optional(), person: z.string().optional(), city: z.string(), type: z.string(), date: z.string(), level: z.union([z.string(), z.number()]), amount: zmoney, excluded: zmoney.optional(), facility: z.string().optional(), designated: z.boolean().optional(), emergency: z.boolean().optional() });
const line = '{"id":"v1","person":"p123","city":"anshan","type":"retired","date":"2025-03-01","level":2,"amount":"1200.50","excluded":"10"}';
for (const [name, s] of [["mini", sm], ["classic", sc]]) {
  let t = performance.now(); let ok = 0;
  for (let i = 0; i < 1e6; i++) { const r = s.safeParse(JSON.parse(line)); if (r.success) ok++; }
  console.log(name, (performance.now() - t).toFixed(0), "ms per 1M", ok);
}
let t = performance.now(); for (let i = 0; i < 1e6; i++) JSON.parse(line); console.log("parse only", (performance.now() - t).toFixed(0));
