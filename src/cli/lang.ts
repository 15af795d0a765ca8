/** Output language: Chinese by default, English with `--lang en` (or YIBAO_LANG=en). */
export type Lang = "zh" | "en";

/** The value given to `--lang`, found before commander parses so that even parse errors speak it. */
export function langOption(argv: readonly string[]): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? "";
    if (arg === "--") return undefined;
    if (arg === "--lang") return argv[i + 1] ?? "";
    if (arg.startsWith("--lang=")) return arg.slice(7);
  }
  return undefined;
}

export function langFromArgv(argv: readonly string[], env: NodeJS.ProcessEnv = process.env): Lang {
  const given = langOption(argv);
  return (given === undefined ? undefined : normalizeLang(given)) ?? normalizeLang(env.YIBAO_LANG ?? "") ?? "zh";
}

export function normalizeLang(value: string): Lang | undefined {
  const v = value.trim().toLowerCase();
  if (v === "zh" || v === "cn" || v === "zh-cn" || v === "中文") return "zh";
  if (v === "en" || v === "english") return "en";
  return undefined;
}
