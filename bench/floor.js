// The I/O floor: read the same lines, JSON.parse each, and write a result object of the same size
// with JSON.stringify, reading and writing in the same way yibao batch does. No settlement at all.
// Usage: node bench/floor.js <input> <template.json>
import { open, readFile } from "node:fs/promises";

const [file, templateFile] = process.argv.slice(2);
const template = JSON.parse(await readFile(templateFile, "utf8"));

const handle = await open(file, "r");
const input = handle.createReadStream({ highWaterMark: 1 << 16 });
input.setEncoding("utf8");
let parts = [];
let size = 0;
let line = 0;
const flush = async (force) => {
  if (parts.length === 0 || (!force && size < 1 << 16)) return;
  const text = `${parts.join("\n")}\n`;
  parts = [];
  size = 0;
  if (!process.stdout.write(text)) await new Promise((resolve) => process.stdout.once("drain", resolve));
};
const take = (text) => {
  line++;
  if (text.trim() === "") return;
  const visit = JSON.parse(text);
  const out = JSON.stringify({ ...template, line, id: visit.id, person: visit.person, date: visit.date, amount: visit.amount });
  parts.push(out);
  size += out.length + 1;
};
let carry = "";
for await (const chunk of input) {
  const text = carry + chunk;
  let start = 0;
  for (let nl = text.indexOf("\n"); nl !== -1; nl = text.indexOf("\n", start)) {
    take(text.slice(start, nl));
    start = nl + 1;
  }
  carry = text.slice(start);
  await flush(false);
}
if (carry !== "") take(carry);
await flush(true);
