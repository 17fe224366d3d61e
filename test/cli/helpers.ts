import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { run, type CliIo } from "../../src/cli/run.js";

/** Runs the CLI in-process and captures what it writes; `io` overrides the defaults. */
export async function cliWith(io: Partial<CliIo>, ...args: string[]) {
  let stdout = "";
  let stderr = "";
  const code = await run(args, {
    stdout: (t) => {
      stdout += typeof t === "string" ? t : Buffer.from(t).toString("utf8");
    },
    stderr: (t) => (stderr += t),
    today: () => "2025-09-02",
    ...io,
  });
  return { code, stdout, stderr, all: stdout + stderr };
}

/** Runs the CLI in-process (today is 2025-09-02, stderr is not a terminal). */
export function cli(...args: string[]) {
  return cliWith({}, ...args);
}

/** A temporary directory with files written into it. */
export function files(contents: Record<string, string | Buffer>): Record<string, string> {
  const dir = mkdtempSync(join(tmpdir(), "afghan-refugees-cli-"));
  const paths: Record<string, string> = { dir };
  for (const [name, content] of Object.entries(contents)) {
    const path = join(dir, name);
    writeFileSync(path, content);
    paths[name] = path;
  }
  return paths;
}
