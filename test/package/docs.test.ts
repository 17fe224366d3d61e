import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { sh } from "./helpers.js";

interface Comment {
  blockTags?: { tag: string }[];
}
interface Reflection {
  id: number;
  name: string;
  kind: number;
  /** For a re-export that TypeDoc shows as a reference to the declaration of another entry. */
  variant?: string;
  target?: number;
  comment?: Comment;
  signatures?: { comment?: Comment }[];
  children?: Reflection[];
}

describe("API documentation (TypeDoc)", () => {
  const out = join(mkdtempSync(join(tmpdir(), "typedoc-")), "api.json");
  let result: { code: number; stdout: string; stderr: string };

  it("builds with warnings as errors (every export documented)", async () => {
    result = await sh("npx", ["typedoc", "--json", out, "--out", join(out, "..", "html")]);
    expect(result.code, result.stdout + result.stderr).toBe(0);
  });

  it("has an @example on every export of every entry point", () => {
    const api = JSON.parse(readFileSync(out, "utf8")) as Reflection;
    const byId = new Map<number, Reflection>();
    for (const entry of api.children ?? []) {
      for (const item of entry.children ?? []) byId.set(item.id, item);
    }
    const missing: string[] = [];
    let count = 0;
    for (const entry of api.children ?? []) {
      for (const given of entry.children ?? []) {
        count++;
        // An entry that re-exports what another entry declares is documented where declared.
        const item =
          given.variant === "reference" && given.target !== undefined
            ? (byId.get(given.target) ?? given)
            : given;
        const comments = [item.comment, ...(item.signatures ?? []).map((s) => s.comment)];
        const hasExample = comments.some((c) => c?.blockTags?.some((t) => t.tag === "@example"));
        if (!hasExample) missing.push(`${entry.name}: ${given.name}`);
      }
    }
    expect(count).toBeGreaterThan(10);
    expect(missing).toEqual([]);
  });
});
