/** Shell completion: the script each shell gets completes commands, options and values as a person types. */
import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { yibao } from "./helpers.js";

/** What bash offers for a command line typed so far (the last word is the one being completed). */
function bashComplete(script: string, words: readonly string[]): string[] {
  const program = `${script}
COMP_WORDS=(${words.map((w) => `'${w}'`).join(" ")})
COMP_CWORD=${words.length - 1}
_yibao
printf '%s\\n' "\${COMPREPLY[@]}"`;
  const run = spawnSync("bash", ["-c", program], { encoding: "utf8" });
  return run.stdout.split("\n").filter((l) => l !== "");
}

describe("yibao completion", () => {
  const bash = yibao(["completion", "bash"]).stdout;

  it("gives bash a script that parses", () => {
    expect(spawnSync("bash", ["-n"], { input: bash }).status).toBe(0);
  });

  it("completes commands, a command's options, and the values of closed sets", () => {
    expect(bashComplete(bash, ["yibao", "c"])).toEqual(["calc", "compare", "curve", "completion"]);
    expect(bashComplete(bash, ["yibao", "calc", "--fa"])).toEqual(["--facility", "--family-balance", "--family-relation", "--family-city", "--family-limit", "--family-wallet-open"]);
    expect(bashComplete(bash, ["yibao", "calc", "--city", ""])).toEqual(expect.arrayContaining(["anshan", "鞍山", "吕梁", "松原", "通辽"]));
    expect(bashComplete(bash, ["yibao", "calc", "--type", ""])).toEqual(expect.arrayContaining(["在职", "退休", "in-service", "retired"]));
    expect(bashComplete(bash, ["yibao", "batch", "--level", "二"])).toEqual(["二级"]);
    expect(bashComplete(bash, ["yibao", "policy", ""])).toEqual(["validate", "list", "show", "new", "schema"]);
    expect(bashComplete(bash, ["yibao", "policy", "new", "--c"])).toEqual(["--code", "--categories"]);
    expect(bashComplete(bash, ["yibao", "policy", "new", "--categories", ""])).toEqual(["levels", "own"]);
    expect(bashComplete(bash, ["yibao", "policy", "show", ""])).toEqual(expect.arrayContaining(["鞍山", "tongliao"]));
    expect(bashComplete(bash, ["yibao", "schema", ""])).toEqual(["input", "output"]);
  });

  it("gives zsh the bash function through bashcompinit, and fish its own complete lines", () => {
    const zsh = yibao(["completion", "zsh"]).stdout;
    expect(zsh.startsWith("#compdef yibao\n")).toBe(true);
    expect(zsh).toContain("bashcompinit");
    const fish = yibao(["completion", "fish"]).stdout;
    expect(fish).toContain('complete -c yibao -n "__fish_seen_subcommand_from calc" -l city -r -a "anshan 鞍山');
    expect(fish).toContain('complete -c yibao -n "__fish_seen_subcommand_from policy; and __fish_seen_subcommand_from show" -a "anshan 鞍山');
  });

  it("refuses a shell it does not know, with the ones it does, exit 2", () => {
    const run = yibao(["completion", "powershell"]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("bash, zsh, fish");
  });
});
