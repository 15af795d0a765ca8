/** Completion scripts for bash, zsh and fish, written from what yibao's commands take. */

export const SHELLS = ["bash", "zsh", "fish"] as const;
export type Shell = (typeof SHELLS)[number];

export interface Vocabulary {
  readonly commands: readonly {
    readonly name: string;
    readonly options: readonly string[];
    readonly subcommands: readonly { readonly name: string; readonly options: readonly string[] }[];
  }[];
  /** Values an option takes, by option. */
  readonly values: Readonly<Record<string, readonly string[]>>;
  /** Values of a command's positional argument, by command (or subcommand) name. */
  readonly arguments: Readonly<Record<string, readonly string[]>>;
}

const quote = (words: readonly string[]) => words.map((w) => w.replace(/([\s'"\\$`])/g, "\\$1")).join(" ");

export function completionScript(shell: Shell, v: Vocabulary): string {
  switch (shell) {
    case "bash":
      return bash(v);
    case "zsh":
      return `#compdef yibao\n# zsh: load bash completion support, then the bash function.\nautoload -U +X bashcompinit && bashcompinit\n${bash(v)}`;
    case "fish":
      return fish(v);
  }
}

function bash(v: Vocabulary): string {
  const names = v.commands.map((c) => c.name);
  const cases = v.commands.map((c) => {
    const subs = c.subcommands.map((s) => `        ${s.name}) opts="${quote(s.options)}"; args="${quote(v.arguments[s.name] ?? [])}" ;;`);
    return [
      `    ${c.name})`,
      c.subcommands.length === 0
        ? `      opts="${quote(c.options)}"; args="${quote(v.arguments[c.name] ?? [])}"`
        : [
            `      if [ -z "$sub" ]; then COMPREPLY=( $(compgen -W "${quote(c.subcommands.map((s) => s.name))}" -- "$cur") ); return; fi`,
            `      case "$sub" in`,
            ...subs,
            `      esac`,
          ].join("\n"),
      `      ;;`,
    ].join("\n");
  });
  const values = Object.entries(v.values).map(([option, words]) => `    ${option}) COMPREPLY=( $(compgen -W "${quote(words)}" -- "$cur") ); return ;;`);
  return `# bash completion for yibao: source this file, or put it where bash-completion finds it.
_yibao() {
  local cur prev cmd sub opts args i
  cur="\${COMP_WORDS[COMP_CWORD]}"
  prev="\${COMP_WORDS[COMP_CWORD-1]}"
  case "$prev" in
${values.join("\n")}
  esac
  cmd=""; sub=""
  for (( i = 1; i < COMP_CWORD; i++ )); do
    case "\${COMP_WORDS[i]}" in
      -*) ;;
      *) if [ -z "$cmd" ]; then cmd="\${COMP_WORDS[i]}"; elif [ -z "$sub" ]; then sub="\${COMP_WORDS[i]}"; fi ;;
    esac
  done
  if [ -z "$cmd" ]; then COMPREPLY=( $(compgen -W "${quote(names)} --help --version --lang" -- "$cur") ); return; fi
  opts=""; args=""
  case "$cmd" in
${cases.join("\n")}
  esac
  if [[ "$cur" == -* ]]; then COMPREPLY=( $(compgen -W "$opts" -- "$cur") ); else COMPREPLY=( $(compgen -W "$args" -- "$cur") ); fi
}
complete -F _yibao yibao
`;
}

function fish(v: Vocabulary): string {
  const lines = ["# fish completion for yibao: save as ~/.config/fish/completions/yibao.fish", "complete -c yibao -f"];
  const names = v.commands.map((c) => c.name);
  lines.push(`complete -c yibao -n "not __fish_seen_subcommand_from ${names.join(" ")}" -a "${quote(names)}"`);
  const valued = (option: string) => (v.values[option] === undefined ? "" : ` -r -a "${quote(v.values[option] ?? [])}"`);
  for (const c of v.commands) {
    const when = `__fish_seen_subcommand_from ${c.name}`;
    for (const option of c.options) lines.push(`complete -c yibao -n "${when}" -l ${option.replace(/^--/, "")}${valued(option)}`);
    if (c.subcommands.length > 0) lines.push(`complete -c yibao -n "${when}" -a "${quote(c.subcommands.map((s) => s.name))}"`);
    for (const s of c.subcommands) {
      for (const option of s.options) lines.push(`complete -c yibao -n "${when}; and __fish_seen_subcommand_from ${s.name}" -l ${option.replace(/^--/, "")}${valued(option)}`);
      if (v.arguments[s.name] !== undefined) lines.push(`complete -c yibao -n "${when}; and __fish_seen_subcommand_from ${s.name}" -a "${quote(v.arguments[s.name] ?? [])}"`);
    }
    if (v.arguments[c.name] !== undefined) lines.push(`complete -c yibao -n "${when}" -a "${quote(v.arguments[c.name] ?? [])}"`);
  }
  return `${lines.join("\n")}\n`;
}
