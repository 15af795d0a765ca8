/**
 * Writing to standard output so that a failure is a message, not a stack trace: a full disk or a
 * closed file becomes OUTPUT_WRITE (with the system's reason); a reader that stopped early (`| head`,
 * EPIPE) becomes OutputClosed, which the error boundary turns into a quiet success.
 */
import { closeSync, constants, openSync, rmSync, writeSync } from "node:fs";
import { YibaoError } from "../shared/errors.js";
import type { Out } from "./context.js";

/** Standard output was closed by its reader: stop quietly, as Unix tools do. */
export class OutputClosed extends Error {
  constructor() {
    super("standard output closed");
    this.name = "OutputClosed";
  }
}


/** The error for a failed write to standard output. */
export function outputError(error: unknown): YibaoError | OutputClosed {
  const code = (error as NodeJS.ErrnoException).code ?? String(error);
  return code === "EPIPE" ? new OutputClosed() : new YibaoError("OUTPUT_WRITE", { detail: code });
}

/**
 * Keeps the first error of a stream (so that it is never thrown as an unhandled 'error' event) and
 * tells it when asked, after letting pending writes report.
 */
export function watchOutput(stream: Out): { failure: () => Promise<YibaoError | OutputClosed | undefined>; stop: () => void } {
  let first: Error | undefined;
  const note = (error: Error) => {
    first ??= error;
  };
  stream.on("error", note);
  return {
    failure: async () => {
      // A write's failure is reported on a later tick: let it arrive.
      await new Promise((resolve) => setImmediate(resolve));
      const error = first ?? stream.errored ?? undefined;
      return error === undefined ? undefined : outputError(error);
    },
    stop: () => {
      stream.off("error", note);
    },
  };
}

/** Writes text (or bytes), waiting while the stream is full; throws OUTPUT_WRITE or OutputClosed when it fails. */
export async function writeOut(stream: Out, text: string | Uint8Array, written?: (error?: Error | null) => void): Promise<void> {
  if (stream.errored) throw outputError(stream.errored);
  const ok = written === undefined ? stream.write(text) : stream.write(text, written);
  if (stream.errored) throw outputError(stream.errored);
  if (ok) return;
  await new Promise<void>((resolve, reject) => {
    const done = (error?: Error) => {
      stream.off("drain", onDrain);
      stream.off("error", onError);
      stream.off("close", onClose);
      if (error === undefined) resolve();
      else reject(outputError(error));
    };
    const onDrain = () => done();
    const onError = (error: Error) => done(error);
    const onClose = () => done(stream.errored ?? Object.assign(new Error("closed"), { code: "EPIPE" }));
    stream.on("drain", onDrain);
    stream.on("error", onError);
    stream.on("close", onClose);
  });
}

/**
 * How an output file is opened: never over an existing one unless `overwrite`, never through a
 * symbolic link (O_EXCL refuses any existing name, a dangling link too; O_NOFOLLOW refuses a link
 * when overwriting), never waiting on a pipe.
 */
function newFileFlags(overwrite: boolean): number {
  const { O_WRONLY, O_CREAT, O_EXCL, O_TRUNC, O_NOFOLLOW, O_NONBLOCK } = constants;
  return O_WRONLY | O_CREAT | O_NOFOLLOW | O_NONBLOCK | (overwrite ? O_TRUNC : O_EXCL);
}

/** The error for a failed open of, or write to, an output file. */
function fileError(file: string, error: unknown): YibaoError {
  return new YibaoError("OUTPUT_WRITE", { file, detail: (error as NodeJS.ErrnoException).code ?? String(error) });
}

/** Writes a new file whole (see `newFileFlags`). A write that fails removes the file it created. */
export function writeNewFile(file: string, text: string | Uint8Array, overwrite: boolean): void {
  let fd: number;
  try {
    fd = openSync(file, newFileFlags(overwrite), 0o666);
  } catch (error) {
    throw fileError(file, error);
  }
  try {
    const bytes = typeof text === "string" ? Buffer.from(text, "utf8") : text;
    for (let done = 0; done < bytes.length; ) done += writeSync(fd, bytes, done, bytes.length - done);
    closeSync(fd);
  } catch (error) {
    closeSync(fd);
    if (!overwrite) rmSync(file, { force: true });
    throw fileError(file, error);
  }
}

/** Opens a new file to stream to (see `newFileFlags`); `close` ends it and reports a failed write. */
export async function openNewFile(file: string, overwrite: boolean): Promise<{ stream: NodeJS.WritableStream; close: () => Promise<void> }> {
  try {
    // node:fs/promises loads only here, not with this module: it brings readline and file streams,
    // which a one-off command does without.
    const { open } = await import("node:fs/promises");
    const handle = await open(file, newFileFlags(overwrite), 0o666);
    const stream = handle.createWriteStream();
    const close = () =>
      new Promise<void>((resolve, reject) => {
        stream.once("error", (error) => reject(fileError(file, error)));
        stream.end(() => resolve());
      });
    return { stream, close };
  } catch (error) {
    throw fileError(file, error);
  }
}
