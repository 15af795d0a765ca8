// Preloaded with --import into a measured process: on exit, writes its peak resident memory (bytes)
// to the file named by YIBAO_BENCH_RSS.
import { writeFileSync } from "node:fs";

const file = process.env.YIBAO_BENCH_RSS;
if (file) process.on("exit", () => writeFileSync(file, String(process.resourceUsage().maxRSS * 1024)));
