// Reads the dataset's JSON files, from a folder or from a git revision, as parsed values with
// the name of the file each came from. Used by `npm run data:check` and `npm run data:diff`.
import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

/** One parsed data file: its path under `data/` and its content. */
export interface DataFile {
  path: string;
  value: unknown;
}

/** Where to read the dataset: a folder, or `data/` at a git revision. */
export type DataRoot = { dir: string } | { gitRef: string };

/** The folders whose every `*.json` file holds timeline records. */
export const RECORD_DIRS = ["validity", "exposure"] as const;

/** The single files of the dataset (other than the record folders). */
export const SINGLE_FILES = [
  "dataset.json",
  "sources.json",
  "documents.json",
  "figures.json",
  "risk/profiles.json",
  "risk/harms.json",
  "risk/crosswalk.json",
  "risk/legal-basis.json",
  "risk/specific-needs-codes.json",
] as const;

function listJson(root: DataRoot, dir: string): string[] {
  if ("dir" in root) {
    return readdirSync(join(root.dir, dir))
      .filter((f) => f.endsWith(".json"))
      .sort()
      .map((f) => `${dir}/${f}`);
  }
  const out = execFileSync("git", ["ls-tree", "--name-only", `${root.gitRef}:data/${dir}`], {
    encoding: "utf8",
    stdio: ["ignore", "pipe", "pipe"],
  });
  return out
    .split("\n")
    .filter((f) => f.endsWith(".json"))
    .sort()
    .map((f) => `${dir}/${f}`);
}

function readText(root: DataRoot, path: string): string {
  if ("dir" in root) return readFileSync(join(root.dir, path), "utf8");
  return execFileSync("git", ["show", `${root.gitRef}:data/${path}`], {
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
    stdio: ["ignore", "pipe", "pipe"],
  });
}

/**
 * Reads every data file. A file that cannot be read or parsed is returned with an `error`
 * instead of a value, so that the check can report it and go on.
 */
export function readDataFiles(root: DataRoot): { files: DataFile[]; errors: DataFile[] } {
  const files: DataFile[] = [];
  const errors: DataFile[] = [];
  const paths = [...SINGLE_FILES, ...RECORD_DIRS.flatMap((d) => listJson(root, d))];
  for (const path of paths) {
    try {
      files.push({ path, value: JSON.parse(readText(root, path)) as unknown });
    } catch (error) {
      errors.push({
        path,
        value: error instanceof SyntaxError ? "is not valid JSON" : "cannot be read",
      });
    }
  }
  return { files, errors };
}
