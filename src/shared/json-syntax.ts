/**
 * Where JSON text stops being JSON, and how: what a user needs to fix a line, in facts the CLI puts
 * into either language (JSON.parse says it only in English, and not always where). It runs only after
 * JSON.parse has refused the text, so it never slows the common case. No recursion: any nesting is safe.
 */
import { type JsonProblem, YibaoError } from "./errors.js";

export interface JsonSyntax {
  /** Offset in the text (UTF-16 code units) of the first character that is wrong, or its length at the end. */
  readonly offset: number;
  readonly problem: JsonProblem;
  /** The character found there (a whole code point), when there is one. */
  readonly character?: string;
}

const isSpace = (c: number) => c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d;
const isDigit = (c: number) => c >= 0x30 && c <= 0x39;
const isHex = (c: number) => isDigit(c) || (c >= 0x41 && c <= 0x46) || (c >= 0x61 && c <= 0x66);

/** The first syntax error of `text`; undefined when it is valid JSON. */
export function jsonSyntax(text: string): JsonSyntax | undefined {
  const n = text.length;
  let i = 0;
  const at = (offset: number, problem: JsonProblem): JsonSyntax => {
    if (offset >= n) return { offset: n, problem: "unexpected-end" };
    return { offset, problem, character: String.fromCodePoint(text.codePointAt(offset) ?? 0) };
  };
  const space = () => {
    while (i < n && isSpace(text.charCodeAt(i))) i++;
  };
  const string = (): JsonSyntax | undefined => {
    i++; // the opening quote
    for (;;) {
      if (i >= n) return at(i, "unexpected-end");
      const c = text.charCodeAt(i);
      if (c === 0x22) {
        i++;
        return undefined;
      }
      if (c < 0x20) return at(i, "control-character");
      if (c === 0x5c) {
        const e = text.charCodeAt(i + 1);
        if (i + 1 >= n) return at(n, "unexpected-end");
        if (e === 0x75) {
          for (let k = 2; k < 6; k++) if (!isHex(text.charCodeAt(i + k))) return i + k >= n ? at(n, "unexpected-end") : at(i, "bad-escape");
          i += 6;
        } else if ('"\\/bfnrt'.includes(text[i + 1] ?? "")) i += 2;
        else return at(i, "bad-escape");
        continue;
      }
      i++;
    }
  };
  const digits = (): boolean => {
    const from = i;
    while (i < n && isDigit(text.charCodeAt(i))) i++;
    return i > from;
  };
  const number = (): JsonSyntax | undefined => {
    if (text.charCodeAt(i) === 0x2d) i++;
    if (text.charCodeAt(i) === 0x30) {
      i++;
      if (isDigit(text.charCodeAt(i))) return at(i, "bad-number");
    } else if (!digits()) return at(i, "bad-number");
    if (text.charCodeAt(i) === 0x2e) {
      i++;
      if (!digits()) return at(i, "bad-number");
    }
    const e = text.charCodeAt(i);
    if (e === 0x65 || e === 0x45) {
      i++;
      const s = text.charCodeAt(i);
      if (s === 0x2b || s === 0x2d) i++;
      if (!digits()) return at(i, "bad-number");
    }
    return undefined;
  };
  const literal = (word: string): JsonSyntax | undefined => {
    for (let k = 0; k < word.length; k++) if (text[i + k] !== word[k]) return at(i + k, "unexpected-character");
    i += word.length;
    return undefined;
  };
  /** A key and its colon, inside an object. */
  const key = (): JsonSyntax | undefined => {
    space();
    if (text.charCodeAt(i) !== 0x22) return at(i, "unexpected-character");
    const bad = string();
    if (bad !== undefined) return bad;
    space();
    if (text.charCodeAt(i) !== 0x3a) return at(i, "unexpected-character");
    i++;
    return undefined;
  };

  const open: number[] = []; // the closing character each open container waits for
  let expectValue = true;
  for (;;) {
    space();
    if (expectValue) {
      const c = text.charCodeAt(i);
      let bad: JsonSyntax | undefined;
      if (c === 0x7b || c === 0x5b) {
        i++;
        space();
        const close = c === 0x7b ? 0x7d : 0x5d;
        if (text.charCodeAt(i) === close) {
          i++;
          expectValue = false;
          continue;
        }
        open.push(close);
        if (c === 0x7b) bad = key();
        if (bad !== undefined) return bad;
        continue;
      }
      if (c === 0x22) bad = string();
      else if (c === 0x2d || isDigit(c)) bad = number();
      else if (c === 0x74) bad = literal("true");
      else if (c === 0x66) bad = literal("false");
      else if (c === 0x6e) bad = literal("null");
      else return at(i, "unexpected-character");
      if (bad !== undefined) return bad;
      expectValue = false;
      continue;
    }
    const close = open.at(-1);
    if (close === undefined) return i < n ? at(i, "trailing") : undefined;
    const c = text.charCodeAt(i);
    if (c === close) {
      open.pop();
      i++;
    } else if (c === 0x2c) {
      i++;
      expectValue = true;
      if (close === 0x7d) {
        const bad = key();
        if (bad !== undefined) return bad;
      }
    } else return at(i, "unexpected-character");
  }
}

/** Line and column (both from 1, columns in UTF-16 code units) of an offset in a text. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let start = 0;
  for (let nl = text.indexOf("\n"); nl !== -1 && nl < offset; nl = text.indexOf("\n", nl + 1)) {
    line++;
    start = nl + 1;
  }
  return { line, column: offset - start + 1 };
}

/**
 * The error for a text JSON.parse refused: the line and column where it breaks and how, or, when
 * what stands there is a byte-order mark (two files joined with `cat`), an encoding error at its line.
 * `firstLine` is the line of the file the text starts on.
 */
export function jsonError(text: string, where: { file: string; firstLine: number; jsonLines?: boolean }): YibaoError {
  const found = jsonSyntax(text) ?? { offset: 0, problem: "unexpected-character" as const, character: text.slice(0, 1) };
  const { line, column } = lineColumn(text, found.offset);
  const at = where.firstLine + line - 1;
  if (found.character === "\uFEFF") return new YibaoError("INPUT_ENCODING", { file: where.file, line: at, problem: "bom" });
  return new YibaoError("INPUT_PARSE", {
    file: where.file,
    line: at,
    column,
    problem: found.problem,
    ...(found.character === undefined || found.character === "" ? {} : { character: found.character }),
    ...(where.jsonLines === true ? { jsonLines: true } : {}),
  });
}
