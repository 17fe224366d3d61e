// Reads the dataset's JSON files, from a folder or from a git revision, as parsed values with
// the name of the file each came from. Used by `npm run data:check` and `npm run data:diff`.
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

/** One parsed data file: its path under `data/` and its content. */
export interface DataFile {
  path: string;
  value: unknown;
}

/** Where to read the dataset: a folder, or `data/` at a git revision. */
export type DataRoot = { dir: string } | { gitRef: string };

/** The hosts whose datasets are bundled: one folder each under data/. */
export const HOSTS = ["pk", "ir"] as const;

/** The folders, per host, whose every `*.json` file holds timeline records. */
export const RECORD_DIRS = HOSTS.flatMap((h) => [`${h}/validity`, `${h}/exposure`]);

/** The single files of a host's dataset (other than the record folders). */
export const HOST_FILES = [
  "dataset.json",
  "documents.json",
  "subdivisions.json",
  "targets.json",
  "groups.json",
  "wording.json",
  "sources.json",
  "figures.json",
] as const;

/** The files a host's dataset may have (read when present). */
export const OPTIONAL_HOST_FILES = ["legal-basis.json"] as const;

/** The single files of the data (each host's, then the shared risk data). */
export const SINGLE_FILES = [
  ...HOSTS.flatMap((h) => HOST_FILES.map((f) => `${h}/${f}`)),
  "risk/profiles.json",
  "risk/harms.json",
  "risk/crosswalk.json",
  "risk/specific-needs-codes.json",
  "risk/sources.json",
];

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
 * The files of releases before dataset 2026.3, which kept one host's data at the top of
 * `data/`: where each is now. Only `data:diff` reads them (to compare with an older release).
 */
const LEGACY: Record<string, string> = {
  "dataset.json": "pk/dataset.json",
  "documents.json": "pk/documents.json",
  "sources.json": "pk/sources.json",
  "figures.json": "pk/figures.json",
  "risk/legal-basis.json": "pk/legal-basis.json",
  "risk/profiles.json": "risk/profiles.json",
  "risk/harms.json": "risk/harms.json",
  "risk/crosswalk.json": "risk/crosswalk.json",
  "risk/specific-needs-codes.json": "risk/specific-needs-codes.json",
};

/** Whether a root holds the layout of releases before 2026.3 (no `data/pk/`). */
function isLegacy(root: DataRoot): boolean {
  if ("dir" in root)
    return !existsSync(join(root.dir, "pk")) && existsSync(join(root.dir, "dataset.json"));
  try {
    execFileSync("git", ["cat-file", "-e", `${root.gitRef}:data/pk/dataset.json`], {
      stdio: "ignore",
    });
    return false;
  } catch {
    return true;
  }
}

/**
 * Reads every data file. A file that cannot be read or parsed is returned with an `error`
 * instead of a value, so that the check can report it and go on. The files of an older layout
 * are returned under the paths they have now (and `legacy` says so).
 */
export function readDataFiles(root: DataRoot): {
  files: DataFile[];
  errors: DataFile[];
  legacy: boolean;
} {
  const files: DataFile[] = [];
  const errors: DataFile[] = [];
  const legacy = isLegacy(root);
  const paths: [string, string][] = legacy
    ? [
        ...Object.entries(LEGACY),
        ...["validity", "exposure"].flatMap((d) =>
          listJson(root, d).map((f): [string, string] => [f, `pk/${f}`]),
        ),
      ]
    : [
        // A revision from before a host was added has no folder for it.
        ...SINGLE_FILES.filter((f) => !isHostFile(f) || hasHost(root, f)),
        ...HOSTS.flatMap((h) => OPTIONAL_HOST_FILES.map((f) => `${h}/${f}`)).filter((f) =>
          exists(root, f),
        ),
        ...RECORD_DIRS.filter((d) => hasHost(root, d)).flatMap((d) => listJson(root, d)),
      ].map((f) => [f, f]);
  for (const [from, path] of paths) {
    if (legacy && from.startsWith("risk/") && !exists(root, from)) continue;
    try {
      files.push({ path, value: JSON.parse(readText(root, from)) as unknown });
    } catch (error) {
      errors.push({
        path,
        value: error instanceof SyntaxError ? "is not valid JSON" : "cannot be read",
      });
    }
  }
  return { files, errors, legacy };
}

function isHostFile(path: string): boolean {
  return (HOSTS as readonly string[]).includes(path.split("/")[0] ?? "");
}

/** Whether the host of a path (its first folder) has a dataset at this root. */
function hasHost(root: DataRoot, path: string): boolean {
  return exists(root, `${path.split("/")[0] ?? ""}/dataset.json`);
}

function exists(root: DataRoot, path: string): boolean {
  if ("dir" in root) return existsSync(join(root.dir, path));
  try {
    execFileSync("git", ["cat-file", "-e", `${root.gitRef}:data/${path}`], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
}
