/**
 * Reading input as bytes and turning it into text: `--input <file|->` whole (bounded: a regular
 * file or standard input, at most a limit of bytes), and the encodings `--encoding` names.
 */
import { isUtf8 } from "node:buffer";
import { closeSync, constants, fstatSync, openSync, readSync } from "node:fs";
import { type InputEncoding, YibaoError, arg } from "../shared/errors.js";

/** What `--encoding` chooses; UTF-16 is little- or big-endian by its byte-order mark. */
export type EncodingChoice = "utf-8" | "gbk" | "utf-16";

const ENCODING_NAMES: Readonly<Record<string, EncodingChoice>> = {
  "utf-8": "utf-8",
  utf8: "utf-8",
  gbk: "gbk",
  gb18030: "gbk",
  gb2312: "gbk",
  cp936: "gbk",
  "utf-16": "utf-16",
  utf16: "utf-16",
};

/** The value of `--encoding`; UTF-8 when not given. */
export function encodingOption(value: string | undefined): EncodingChoice {
  if (value === undefined) return "utf-8";
  const choice = ENCODING_NAMES[value.trim().toLowerCase()];
  if (choice === undefined) throw new YibaoError("INVALID_VALUE", { field: arg("encoding"), value, accepted: ["utf-8", "gbk", "utf-16"] });
  return choice;
}

/** UTF-16 by its byte-order mark (FF FE little-endian, FE FF big-endian), whatever was chosen; else undefined. */
export function utf16ByMark(bytes: Uint8Array): InputEncoding | undefined {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return "utf-16le";
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return "utf-16be";
  return undefined;
}

/** The encoding to read a text in: a UTF-16 mark decides; UTF-16 without one is little-endian (Windows). */
export function resolveEncoding(choice: EncodingChoice, head: Uint8Array): InputEncoding {
  return utf16ByMark(head) ?? (choice === "utf-16" ? "utf-16le" : choice);
}

const fatal = (encoding: InputEncoding) => new TextDecoder(encoding, { fatal: true });

/**
 * Text of bytes in an ASCII-compatible encoding (UTF-8, GBK), or why not: `invalid` bytes, or NUL
 * bytes in UTF-8 (UTF-16 without its mark looks so; JSON never holds a NUL).
 */
export function decodeBytes(bytes: Buffer, encoding: "utf-8" | "gbk"): string | "invalid" | "utf-16" {
  if (encoding === "utf-8") {
    if (!isUtf8(bytes)) return "invalid";
    if (bytes.indexOf(0) !== -1) return "utf-16";
    return bytes.toString("utf8");
  }
  try {
    return fatal("gbk").decode(bytes);
  } catch {
    return "invalid";
  }
}

/**
 * The text of a whole input, in the encoding chosen. Invalid bytes are an INPUT_ENCODING error that
 * names the first line holding them; a UTF-8 byte-order mark at the start stays for the parser to skip.
 */
export function decodeInput(bytes: Buffer, file: string, choice: EncodingChoice): string {
  const encoding = resolveEncoding(choice, bytes);
  if (encoding === "utf-16le" || encoding === "utf-16be") {
    try {
      return fatal(encoding).decode(bytes);
    } catch {
      // The first character that could not be read, on the text read leniently.
      const text = new TextDecoder(encoding).decode(bytes);
      const line = text.slice(0, Math.max(0, text.indexOf("\uFFFD"))).split("\n").length;
      throw new YibaoError("INPUT_ENCODING", { file, line, encoding, problem: "invalid" });
    }
  }
  const whole = decodeBytes(bytes, encoding);
  if (whole !== "invalid" && whole !== "utf-16") return whole;
  // Find the line: only on the way to an error.
  let line = 1;
  for (let start = 0; start <= bytes.length; line++) {
    const nl = bytes.indexOf(10, start);
    const end = nl === -1 ? bytes.length : nl;
    const problem = decodeBytes(bytes.subarray(start, end), encoding);
    if (problem === "invalid" || problem === "utf-16") throw new YibaoError("INPUT_ENCODING", { file, line, encoding, problem });
    if (nl === -1) break;
    start = nl + 1;
  }
  throw new YibaoError("INPUT_ENCODING", { file, line: 1, encoding, problem: whole });
}

const kindOf = (stat: { isDirectory(): boolean; isFIFO(): boolean; isCharacterDevice(): boolean; isBlockDevice(): boolean; isSocket(): boolean }) =>
  stat.isDirectory() ? "directory" : stat.isFIFO() ? "fifo" : stat.isCharacterDevice() || stat.isBlockDevice() ? "device" : stat.isSocket() ? "socket" : "other";

const systemReason = (error: unknown) => (error as NodeJS.ErrnoException).code ?? String(error);

/**
 * The bytes of `--input <file|->`, at most `limit` of them: a regular file (checked before reading,
 * so a device, a pipe or a folder never blocks nor runs on), or standard input for `-`.
 */
export async function readInput(file: string, stdin: NodeJS.ReadableStream, limit: number): Promise<Buffer> {
  if (file === "-") return readStdin(stdin, limit);
  let fd: number;
  try {
    // Non-blocking, so that opening a pipe without a writer does not wait; it is refused just after.
    fd = openSync(file, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (error) {
    throw new YibaoError("INPUT_READ", { file, detail: systemReason(error) });
  }
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) throw new YibaoError("INPUT_NOT_FILE", { file, kind: kindOf(stat) });
    if (stat.size > limit) throw new YibaoError("INPUT_TOO_LARGE", { file, limit, unit: "bytes" });
    // Read at most one byte more than the limit: a file that grew since is refused too.
    const buffer = Buffer.allocUnsafe(limit + 1);
    let size = 0;
    for (let got = -1; got !== 0 && size <= limit; size += got) got = readSync(fd, buffer, size, limit + 1 - size, null);
    if (size > limit) throw new YibaoError("INPUT_TOO_LARGE", { file, limit, unit: "bytes" });
    return buffer.subarray(0, size);
  } catch (error) {
    if (error instanceof YibaoError) throw error;
    throw new YibaoError("INPUT_READ", { file, detail: systemReason(error) });
  } finally {
    closeSync(fd);
  }
}

/**
 * Refuses standard input redirected from a folder (`< dir`), which Node's stream reads as empty;
 * a stream that is not the process's own stdin (a test's) passes.
 */
export function checkStdin(stdin: NodeJS.ReadableStream): void {
  const fd = (stdin as { fd?: unknown }).fd;
  if (typeof fd !== "number") return;
  let folder = false;
  try {
    folder = fstatSync(fd).isDirectory();
  } catch {
    return;
  }
  if (folder) throw new YibaoError("INPUT_READ", { file: "-", detail: "EISDIR" });
}

async function readStdin(stdin: NodeJS.ReadableStream, limit: number): Promise<Buffer> {
  checkStdin(stdin);
  const parts: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of stdin) {
      const part = typeof chunk === "string" ? Buffer.from(chunk) : (chunk as Buffer);
      size += part.length;
      if (size > limit) throw new YibaoError("INPUT_TOO_LARGE", { file: "-", limit, unit: "bytes" });
      parts.push(part);
    }
  } catch (error) {
    if (error instanceof YibaoError) throw error;
    throw new YibaoError("INPUT_READ", { file: "-", detail: systemReason(error) });
  }
  return Buffer.concat(parts, size);
}

/** The text of `--input <file|->` in the encoding chosen, at most `limit` bytes of it. */
export async function readInputText(input: string, stdin: NodeJS.ReadableStream, encoding: EncodingChoice, limit: number): Promise<string> {
  return decodeInput(await readInput(input, stdin, limit), input === "-" ? "stdin" : input, encoding);
}
