/** Output language: Chinese by default, English with `--lang en` (or YIBAO_LANG=en). */
export type Lang = "zh" | "en";

/** Finds `--lang` before commander parses, so even parse errors speak the chosen language. */
export function langFromArgv(argv: readonly string[], env: NodeJS.ProcessEnv = process.env): Lang {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? "";
    const value = arg === "--lang" ? argv[i + 1] : arg.startsWith("--lang=") ? arg.slice(7) : undefined;
    if (value !== undefined) return normalizeLang(value) ?? "zh";
  }
  return normalizeLang(env.YIBAO_LANG ?? "") ?? "zh";
}

export function normalizeLang(value: string): Lang | undefined {
  const v = value.trim().toLowerCase();
  if (v === "zh" || v === "cn" || v === "zh-cn" || v === "中文") return "zh";
  if (v === "en" || v === "english") return "en";
  return undefined;
}
