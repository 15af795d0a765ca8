import { spawnSync } from "node:child_process";
import { appendFileSync, lstatSync, readFileSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";

export const ROOT = fileURLToPath(new URL("..", import.meta.url));
export const BIN = fileURLToPath(new URL("../bin/yibao.js", import.meta.url));

/** The CLI's entry, `run(io)`, from the bundle `npm run build` made, compiled as bin/yibao.js compiles it. */
export function builtRun(): (io: {
  argv: readonly string[];
  env: Record<string, string | undefined>;
  stdin: NodeJS.ReadableStream;
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
}) => Promise<number> {
  const bin = createRequire(import.meta.url)("../bin/yibao.js") as { cacheFor: (argv: string[]) => string; load: (cache: string) => { cli: { run: ReturnType<typeof builtRun> } } };
  return bin.load(bin.cacheFor(["calc"])).cli.run;
}

export interface CliResult {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs the real binary, as a user would. */
export function yibao(args: readonly string[], options: { input?: string; env?: Record<string, string> } = {}): CliResult {
  const env: Record<string, string | undefined> = { ...process.env };
  delete env.FORCE_COLOR;
  delete env.YIBAO_LANG;
  Object.assign(env, { NO_COLOR: "1" }, options.env);
  if (process.env.YIBAO_CORPUS_LOG !== undefined) {
    const files = temporaryFiles([...args, ...Object.values(options.env ?? {})]);
    appendFileSync(process.env.YIBAO_CORPUS_LOG, `${JSON.stringify({ args, input: options.input ?? "", env: options.env ?? {}, files })}\n`);
  }
  const result = spawnSync(process.execPath, [BIN, ...args], { input: options.input ?? "", env, encoding: "utf8", cwd: ROOT, maxBuffer: 1 << 28 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

export interface GoldenCase {
  readonly name: string;
  readonly type: string;
  readonly opening?: { readonly deductibleMet?: string; readonly fundUsed?: string };
  /** Policy files the case needs besides the shipped ones, relative to test/ (Tongliao's local parameters). */
  readonly policyFiles?: readonly string[];
  readonly visits: readonly Record<string, unknown>[];
  /**
   * Fields of each visit's JSON, exact (`settlement.mode` names a nested one); `codes` lists reason
   * codes the visit must give, `actions` what the person must do, in order.
   */
  readonly expect: readonly ({ readonly codes?: readonly string[] } & Record<string, string | boolean | null | readonly string[] | undefined>)[];
  readonly year: { readonly deductibleMet: string; readonly fundUsed: string; readonly capRemaining: string };
}

export function goldenCases(city: string): GoldenCase[] {
  return JSON.parse(readFileSync(new URL(`./cases/${city}.json`, import.meta.url), "utf8")) as GoldenCase[];
}

/** The seed cities, then the example policies (examples/policies/), each shape with its own cases. */
export const EXAMPLE_CITIES = [
  "example-day-deductible",
  "example-month-deductible",
  "example-status-deductible",
  "example-level-deductible",
  "example-age-ratios",
  "example-ratio-bands",
  "example-conditions",
  "example-self-share",
  "example-paid-first",
  "example-no-cap",
  "example-shared-cap",
  "example-eligible-cap",
  "example-second-tier",
  "example-two-versions",
  "example-province",
  "example-missing-cells",
] as const;

export const GOLDEN_CITIES = ["anshan", "lvliang", "songyuan", "tongliao", "guiyang", "tengzhou", "shenyang", "huhehaote", "wuhai", "changsha", "hefei", "jiangxi", "liupanshui", "tianjin", "beijing", "baoji", "xian", "lanzhou", "dalian", "chuzhou", "wuhan", "haikou", "daqing", "zhuzhou", "zunyi", ...EXAMPLE_CITIES] as const;

/** The regular files of the test's temporary folders that a command line names, for the output corpus. */
function temporaryFiles(values: readonly string[]): Record<string, string> {
  const files: Record<string, string> = {};
  const walk = (path: string) => {
    const stat = lstatSync(path, { throwIfNoEntry: false });
    if (stat?.isDirectory()) for (const name of readdirSync(path)) walk(join(path, name));
    else if (stat?.isFile()) files[relative(tmpdir(), path)] = readFileSync(path, "utf8");
  };
  for (const value of values) {
    for (const match of value.matchAll(new RegExp(`${tmpdir()}/yibao-[^\\s"=,]+`, "g"))) walk(match[0]);
  }
  return files;
}
