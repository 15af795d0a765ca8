/** A character as a message can show it: in quotes, or as U+0009 when it cannot be seen. */
export function showCharacter(c: string): string {
  const code = c.codePointAt(0) ?? 0;
  return code < 0x20 || code === 0x7f || code === 0xfeff || code === 0xfffd || /\s/u.test(c) ? `U+${code.toString(16).toUpperCase().padStart(4, "0")}` : `"${c}"`;
}
