/** Standard output written to directly: the bytes, the failures as a stream reports them, and the real stream made only when needed. */
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Writable } from "node:stream";
import { afterAll, describe, expect, it } from "vitest";
import { DirectOutput } from "../src/cli/stdio.js";

const dir = mkdtempSync(join(tmpdir(), "yibao-stdio-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A DirectOutput on `fd` (standing for 1), whose real stream is a Writable that keeps what it is given. */
function direct(fd: number) {
  const got: string[] = [];
  let made = 0;
  const real = new Writable({
    write(chunk: Buffer, _encoding, done) {
      got.push(chunk.toString("utf8"));
      done();
    },
  });
  const out = new DirectOutput(fd as 1, () => {
    made++;
    return real as unknown as NodeJS.WriteStream;
  });
  return { out, got, made: () => made };
}

describe("standard output written to directly", () => {
  it("writes the bytes to the descriptor, in order, without making the stream", async () => {
    const file = join(dir, "out.txt");
    const fd = openSync(file, "w");
    const { out, made } = direct(fd);
    expect(out.write("鞍山 1200.00\n")).toBe(true);
    const done = await new Promise<Error | null | undefined>((resolve) => out.write(Uint8Array.from([0x6f, 0x6b, 0x0a]), resolve));
    // A file is not a terminal: that is known without the stream.
    expect(out.isTTY).toBe(false);
    closeSync(fd);
    expect(done).toBeNull();
    expect(readFileSync(file, "utf8")).toBe("鞍山 1200.00\nok\n");
    expect(out.errored).toBeNull();
    expect(made()).toBe(0);
  });

  it("a failed write is heard as a stream's error, on a later tick, and every later write fails", async () => {
    const fd = openSync("/dev/full", "w");
    const { out, made } = direct(fd);
    const heard: NodeJS.ErrnoException[] = [];
    out.on("error", (error: NodeJS.ErrnoException) => heard.push(error));
    expect(out.write("x\n")).toBe(false);
    expect(heard).toEqual([]);
    await new Promise((resolve) => setImmediate(resolve));
    closeSync(fd);
    expect(heard.map((e) => e.code)).toEqual(["ENOSPC"]);
    expect((out.errored as NodeJS.ErrnoException).code).toBe("ENOSPC");
    const again = await new Promise<Error | null | undefined>((resolve) => out.write("y\n", resolve));
    expect((again as NodeJS.ErrnoException).code).toBe("ENOSPC");
    expect(made()).toBe(0);
  });

  it("/dev/null is not a terminal, and is known not to be without the stream", () => {
    const fd = openSync("/dev/null", "w");
    const { out, made } = direct(fd);
    expect(out.isTTY).toBe(false);
    closeSync(fd);
    expect(made()).toBe(0);
  });

  it("an event other than 'error' makes the real stream, which then takes every write, with the listeners of 'error' moved to it", () => {
    const fd = openSync(join(dir, "unused.txt"), "w");
    const { out, got, made } = direct(fd);
    const heard: Error[] = [];
    out.on("error", (error: Error) => heard.push(error));
    out.once("drain", () => undefined);
    expect(made()).toBe(1);
    out.write("through the stream\n");
    closeSync(fd);
    expect(got).toEqual(["through the stream\n"]);
    expect(readFileSync(join(dir, "unused.txt"), "utf8")).toBe("");
    out.stream().emit("error", new Error("later"));
    expect(heard.map((e) => e.message)).toEqual(["later"]);
  });
});
