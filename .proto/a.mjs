import * as z from "zod/mini";
const s = z.object({ a: z.string(), b: z.optional(z.union([z.string(), z.number()])) });
console.log(s.safeParse({ a: "x", b: 1 }).success);
