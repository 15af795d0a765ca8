// Writes a deterministic benchmark input: N visits of P people across the seed cities, JSON Lines,
// each person's visits in date order and people interleaved as a real day-by-day feed would be.
// Usage: node bench/generate.js <file> [visits=1000000] [people=100000]
import { createWriteStream } from "node:fs";

const [file, visitsArg = "1000000", peopleArg = "100000"] = process.argv.slice(2);
if (file === undefined) {
  console.error("usage: node bench/generate.js <file> [visits] [people]");
  process.exit(2);
}
const visits = Number(visitsArg);
const people = Number(peopleArg);
const rounds = Math.ceil(visits / people);

let seed = 20251123;
const random = () => {
  seed = (seed * 1103515245 + 12345) % 2147483648;
  return seed / 2147483648;
};
const pick = (list) => list[Math.floor(random() * list.length)];

const cities = ["anshan", "鞍山", "lvliang", "吕梁", "songyuan", "松原市"];
const types = ["in-service", "retired", "在职", "退休"];
const levels = [1, 2, 3, "一级", "二级", "三级"];
const lvliangLevels = ["三类及以下", "二类", "一类", 1, 2, 3];
const person = Array.from({ length: people }, (_, p) => ({ id: `p${p}`, city: pick(cities), type: pick(types) }));

const out = createWriteStream(file);
let written = 0;
const day = (round, p) => {
  const d = new Date(Date.UTC(2025, 0, 1) + ((round * 400) / rounds + (p % 30)) * 86_400_000);
  return d.toISOString().slice(0, 10);
};
for (let round = 0; round < rounds && written < visits; round++) {
  let chunk = "";
  for (let p = 0; p < people && written < visits; p++, written++) {
    const who = person[p];
    const amount = (Math.floor(random() * 200_000) / 100).toFixed(2);
    const visit = {
      id: `v${written}`,
      person: who.id,
      city: who.city,
      type: who.type,
      date: day(round, p),
      level: who.city.startsWith("lv") || who.city === "吕梁" ? pick(lvliangLevels) : pick(levels),
      amount,
      ...(random() < 0.3 ? { excluded: (Math.floor(Number(amount) * random() * 30) / 100).toFixed(2) } : {}),
      ...(random() < 0.1 ? { facility: "pharmacy" } : {}),
      ...(random() < 0.02 ? { designated: false } : {}),
    };
    chunk += `${JSON.stringify(visit)}\n`;
  }
  if (!out.write(chunk)) await new Promise((resolve) => out.once("drain", resolve));
}
out.end();
await new Promise((resolve) => out.once("finish", resolve));
