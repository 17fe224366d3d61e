// `npm run data:diff -- <git-ref> [DIR]`: the answers that change between the dataset at a git
// revision and the one in DIR (default `data/`), summarised as runs of days. Exit 2 on a usage
// or read error.
import { diffDatasets, formatDiff } from "./data/diff.js";
import { readDataFiles } from "./data/files.js";

const [ref, dir = "data"] = process.argv.slice(2);
if (ref === undefined || ref.startsWith("-")) {
  console.error("usage: npm run data:diff -- <git-ref> [DIR]");
  process.exit(2);
}
try {
  let before;
  try {
    before = readDataFiles({ gitRef: ref });
  } catch {
    throw new Error(
      `cannot read data/ at git revision "${ref.replace(/[^\x20-\x7e]/g, "?").slice(0, 60)}"`,
    );
  }
  const after = readDataFiles({ dir });
  const unreadable = [...before.errors, ...after.errors];
  if (unreadable.length > 0)
    throw new Error(`${unreadable[0]?.path ?? "?"} ${String(unreadable[0]?.value)}`);
  process.stdout.write(
    formatDiff(
      diffDatasets({ label: ref, files: before.files }, { label: dir, files: after.files }),
    ),
  );
} catch (error) {
  const message = error instanceof Error ? error.message.split("\n")[0] : String(error);
  console.error(`data:diff: ${message ?? "failed"}`);
  process.exitCode = 2;
}
