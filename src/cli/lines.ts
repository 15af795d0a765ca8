/**
 * Splitting a stream of bytes into lines of text for `yibao batch`, in time linear in the input and
 * memory bounded by the longest line allowed: every byte is looked at a fixed number of times, a line
 * split across chunks is kept as its pieces (joined once), and a line over the limit is reported the
 * moment it passes the limit, then skipped to its end without being kept.
 */
import { type EncodingChoice, decodeBytes, resolveEncoding } from "./io.js";

/** Where the lines go, one call per line, in order. */
export interface LineSink {
  /** A line's text, without its "\n" (a "\r" before it stays). */
  line(text: string): void;
  /** A line longer than the limit: called once, as soon as it is known. */
  tooLong(): void;
  /** A line that cannot be read in the encoding (invalid bytes, or NUL bytes: UTF-16 without a mark). */
  undecodable(problem: "invalid" | "utf-16"): void;
}

const NL = 10;

export class LineSplitter {
  private pending: Buffer[] = [];
  private pendingSize = 0;
  /** Inside a line already reported too long: bytes are dropped up to its end. */
  private skipping = false;
  /** Set from the first bytes: the encoding, and a decoder to UTF-8 for UTF-16 input. */
  private mode?: { readonly bytes: "utf-8" | "gbk"; readonly utf16?: TextDecoder };
  private head: Buffer | undefined;

  constructor(
    private readonly sink: LineSink,
    private readonly choice: EncodingChoice,
    private readonly limit: number,
  ) {}

  /** The encoding the input is read in, once known. */
  get encoding(): "utf-8" | "gbk" | "utf-16le" | "utf-16be" {
    return this.mode?.utf16?.encoding === "utf-16be" ? "utf-16be" : this.mode?.utf16 !== undefined ? "utf-16le" : (this.mode?.bytes ?? "utf-8");
  }

  push(chunk: Buffer): void {
    if (this.mode === undefined) {
      // Two bytes decide between UTF-16 (by its mark) and the rest.
      const head = this.head === undefined ? chunk : Buffer.concat([this.head, chunk]);
      if (head.length < 2) {
        this.head = head;
        return;
      }
      this.head = undefined;
      this.start(head);
      chunk = head;
    }
    const utf16 = this.mode?.utf16;
    this.bytes(utf16 === undefined ? chunk : Buffer.from(utf16.decode(chunk, { stream: true }), "utf8"));
  }

  end(): void {
    if (this.head !== undefined) {
      const head = this.head;
      this.head = undefined;
      this.start(head);
      this.push(head);
    }
    const utf16 = this.mode?.utf16;
    if (utf16 !== undefined) this.bytes(Buffer.from(utf16.decode(), "utf8"));
    if (!this.skipping && this.pendingSize > 0) this.lineBytes(Buffer.concat(this.pending, this.pendingSize));
    this.pending = [];
    this.pendingSize = 0;
    this.skipping = false;
  }

  private start(head: Buffer): void {
    const encoding = resolveEncoding(this.choice, head);
    this.mode = encoding === "utf-16le" || encoding === "utf-16be" ? { bytes: "utf-8", utf16: new TextDecoder(encoding) } : { bytes: encoding };
  }

  /** Bytes in an ASCII-compatible encoding, where "\n" is always the byte 10. */
  private bytes(chunk: Buffer): void {
    if (chunk.length === 0) return;
    let start = 0;
    if (this.skipping || this.pendingSize > 0) {
      const nl = chunk.indexOf(NL);
      if (nl === -1) {
        this.keep(chunk);
        return;
      }
      if (this.skipping) this.skipping = false;
      else if (this.pendingSize + nl > this.limit) this.sink.tooLong();
      else {
        this.pending.push(chunk.subarray(0, nl));
        this.lineBytes(Buffer.concat(this.pending, this.pendingSize + nl));
      }
      this.pending = [];
      this.pendingSize = 0;
      start = nl + 1;
    }
    const last = chunk.lastIndexOf(NL);
    if (last >= start) {
      this.region(chunk.subarray(start, last));
      start = last + 1;
    }
    if (start < chunk.length) this.keep(chunk.subarray(start));
  }

  /** The start of a line whose end has not come yet. */
  private keep(part: Buffer): void {
    if (this.skipping) return;
    this.pendingSize += part.length;
    if (this.pendingSize > this.limit) {
      this.pending = [];
      this.pendingSize = 0;
      this.skipping = true;
      this.sink.tooLong();
      return;
    }
    this.pending.push(part);
  }

  /** Complete lines joined by "\n": decoded at once when all is well, line by line when not. */
  private region(bytes: Buffer): void {
    const text = bytes.length <= this.limit ? decodeBytes(bytes, this.mode?.bytes ?? "utf-8") : "invalid";
    if (text === "invalid" || text === "utf-16") {
      for (let start = 0; ; ) {
        const nl = bytes.indexOf(NL, start);
        this.lineBytes(bytes.subarray(start, nl === -1 ? bytes.length : nl));
        if (nl === -1) return;
        start = nl + 1;
      }
    }
    let start = 0;
    for (let nl = text.indexOf("\n"); nl !== -1; nl = text.indexOf("\n", start)) {
      this.sink.line(text.slice(start, nl));
      start = nl + 1;
    }
    this.sink.line(text.slice(start));
  }

  private lineBytes(bytes: Buffer): void {
    if (bytes.length > this.limit) {
      this.sink.tooLong();
      return;
    }
    const text = decodeBytes(bytes, this.mode?.bytes ?? "utf-8");
    if (text === "invalid" || text === "utf-16") this.sink.undecodable(text);
    else this.sink.line(text);
  }
}
