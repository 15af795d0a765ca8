/**
 * Standard output and standard error as the process entry gives them to a command: each write goes
 * straight to the file descriptor (`fs.writeSync`), so that a command that prints a result does not
 * load Node's stream modules, a few milliseconds of a start-up of about 15 more than Node's own. On Linux Node writes to files,
 * pipes and terminals synchronously too, so the bytes and their order are what `process.stdout`
 * would give. The real stream is made the first time something needs more than a write (whether a
 * character device is a terminal, its width, an event other than 'error'), or when the descriptor is
 * non-blocking (EAGAIN: the stream knows how to wait); every later write then goes through it, in
 * order.
 */
import { fstatSync, statSync, writeSync } from "node:fs";

// As Node's own listeners are typed.
type Listener = (...args: any[]) => void;

export class DirectOutput {
  private real: NodeJS.WriteStream | undefined;
  /** Listeners of 'error' given before the real stream exists: they hear a failed direct write, and move to the stream once there is one. */
  private readonly errorListeners: Listener[] = [];
  /** The first failure of a direct write (a full disk, a closed reader); what `errored` says of a Node stream. */
  private failure: Error | null = null;
  /** Whether the descriptor may be a terminal (`mayBeTerminal`), once asked. */
  private maybe: boolean | undefined;

  constructor(
    private readonly fd: 1 | 2,
    private readonly make: () => NodeJS.WriteStream,
  ) {}

  /** The real stream, made now if it was not. */
  stream(): NodeJS.WriteStream {
    if (this.real === undefined) {
      this.real = this.make();
      for (const listener of this.errorListeners) this.real.on("error", listener);
    }
    return this.real;
  }

  get errored(): Error | null {
    return this.real?.errored ?? this.failure;
  }

  get isTTY(): boolean {
    if (this.real === undefined && !this.mayBeTerminal()) return false;
    return this.stream().isTTY === true;
  }

  /** Whether the descriptor is a character device, other than /dev/null: only then is the stream asked (and made). */
  private mayBeTerminal(): boolean {
    if (this.maybe === undefined) {
      try {
        // A file, a pipe or a socket is not a terminal; nor is /dev/null, a character device.
        const here = fstatSync(this.fd);
        this.maybe = here.isCharacterDevice() && here.rdev !== statSync("/dev/null").rdev;
      } catch {
        this.maybe = true;
      }
    }
    return this.maybe;
  }

  get columns(): number | undefined {
    return this.stream().columns;
  }

  hasColors(): boolean {
    return this.stream().hasColors?.() ?? false;
  }

  write(chunk: string | Uint8Array, done?: (error?: Error | null) => void): boolean {
    if (this.real !== undefined) return done === undefined ? this.real.write(chunk) : this.real.write(chunk, done);
    if (this.failure !== null) {
      const failure = this.failure;
      if (done !== undefined) process.nextTick(() => done(failure));
      return false;
    }
    const bytes = typeof chunk === "string" ? Buffer.from(chunk, "utf8") : chunk;
    let written = 0;
    try {
      while (written < bytes.length) written += writeSync(this.fd, bytes, written);
    } catch (error) {
      const rest = bytes.subarray(written);
      if ((error as NodeJS.ErrnoException).code === "EAGAIN") return done === undefined ? this.stream().write(rest) : this.stream().write(rest, done);
      const failure = error as Error;
      this.failure = failure;
      // As a stream does: the error is heard on a later tick, by the listeners and by the write's callback.
      process.nextTick(() => {
        for (const listener of this.errorListeners) listener(failure);
        done?.(failure);
      });
      return false;
    }
    if (done !== undefined) process.nextTick(() => done(null));
    return true;
  }

  on(event: string, listener: Listener): this {
    if (event === "error") {
      this.errorListeners.push(listener);
      this.real?.on(event, listener);
    } else this.stream().on(event, listener);
    return this;
  }

  once(event: string, listener: Listener): this {
    this.stream().once(event, listener);
    return this;
  }

  off(event: string, listener: Listener): this {
    if (event === "error") {
      const at = this.errorListeners.indexOf(listener);
      if (at !== -1) this.errorListeners.splice(at, 1);
    }
    this.real?.off(event, listener);
    return this;
  }

  removeListener(event: string, listener: Listener): this {
    return this.off(event, listener);
  }
}
