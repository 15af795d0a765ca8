// Runs one case of the recorded output corpus through the built command line, in this process:
// the arguments, the environment, standard input and the files a case names, as a user would give
// them. Paths of the case's own files are written `{{tmp}}/…` and stay so in what is recorded.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { Readable, Writable } from "node:stream";

/** "Today" for every case that does not set it, so that the corpus does not change with the calendar. */
export const CORPUS_TODAY = "2025-06-15";

const collector = () => {
  const chunks = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk)));
      done();
    },
  });
  return { stream, text: () => Buffer.concat(chunks).toString("utf8") };
};

/** @param {(io: object) => Promise<number>} run the CLI's `run` */
export async function runCase(run, c) {
  const dir = mkdtempSync(join(tmpdir(), "yibao-corpus-"));
  const place = (text) => text.replaceAll("{{tmp}}", dir);
  try {
    for (const [name, content] of Object.entries(c.files ?? {})) {
      mkdirSync(dirname(join(dir, name)), { recursive: true });
      writeFileSync(join(dir, name), content);
    }
    for (const folder of c.folders ?? []) mkdirSync(join(dir, folder), { recursive: true });
    const input = place(c.input ?? "");
    const out = collector();
    const err = collector();
    const env = { NO_COLOR: "1", YIBAO_TODAY: CORPUS_TODAY, ...Object.fromEntries(Object.entries(c.env ?? {}).map(([k, v]) => [k, place(v)])) };
    const status = await run({
      argv: c.args.map(place),
      env,
      stdin: Readable.from([Buffer.from(input)]),
      stdout: out.stream,
      stderr: err.stream,
      readStdin: () => input,
    });
    const back = (text) => text.replaceAll(dir, "{{tmp}}");
    return { status, stdout: back(out.text()), stderr: back(err.text()) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
