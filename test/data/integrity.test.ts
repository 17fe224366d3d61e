import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  DatasetMetaSchema,
  ExposureTargetInfoSchema,
  GroupInfoSchema,
  SubdivisionSchema,
  WordingSchema,
  DocumentTypeInfoSchema,
  FigureSchema,
  CrosswalkRuleSchema,
  HarmReportSchema,
  LegalProvisionSchema,
  RiskProfileSchema,
  SourceSchema,
  SpecificNeedsCategorySchema,
  SpecificNeedsCodeSchema,
  TimelineRecordSchema,
} from "../../src/schemas/index.js";
import { checkDataset, formatProblem } from "../../scripts/data/check.js";
import { readDataFiles } from "../../scripts/data/files.js";
import {
  DATASET_DATE,
  DATASET_RELEASED,
  DATASET_REVIEWED_THROUGH,
  DATASET_VERSION,
  DOCUMENT_TYPES,
  type DocumentType,
  documentTypes,
  figures,
  harmReports,
  legalBasis,
  pakistan,
  riskProfiles,
  sources,
  specificNeedsCategories,
  specificNeedsCodes,
  specificNeedsCrosswalk,
} from "../../src/index.js";

const read = (path: string): unknown => JSON.parse(readFileSync(join("data", path), "utf8"));
const recordFiles = ["pk/validity", "pk/exposure"].flatMap((dir) =>
  readdirSync(join("data", dir))
    .filter((f) => f.endsWith(".json"))
    .map((f) => `${dir}/${f}`),
);
const records = recordFiles.flatMap((f) => read(f) as unknown[]);
const citing: { id: string; sources: readonly string[] }[] = [
  ...pakistan.records,
  ...pakistan.subdivisions.map((d) => ({ id: d.code, sources: d.sources ?? [] })),
  ...Object.values(documentTypes),
  ...figures,
  ...riskProfiles,
  ...harmReports,
  ...legalBasis,
  ...specificNeedsCategories.map((c) => ({ id: c.code, sources: c.sources })),
  ...specificNeedsCodes.map((c) => ({ id: c.code, sources: c.sources })),
  ...specificNeedsCrosswalk.map((r) => ({ id: r.code, sources: r.sources ?? [] })),
];

describe("the dataset in data/", () => {
  it("validates against the library's own zod schemas", () => {
    expect(DatasetMetaSchema.safeParse(read("pk/dataset.json")).success).toBe(true);
    expect(WordingSchema.safeParse(read("pk/wording.json")).success).toBe(true);
    for (const [file, schema, items] of [
      ["pk/sources.json", SourceSchema, read("pk/sources.json")],
      ["pk/documents.json", DocumentTypeInfoSchema, read("pk/documents.json")],
      ["pk/subdivisions.json", SubdivisionSchema, read("pk/subdivisions.json")],
      ["pk/targets.json", ExposureTargetInfoSchema, read("pk/targets.json")],
      ["pk/groups.json", GroupInfoSchema, read("pk/groups.json")],
      ["pk/figures.json", FigureSchema, read("pk/figures.json")],
      ["pk/validity/*.json, pk/exposure/*.json", TimelineRecordSchema, records],
      ["risk/sources.json", SourceSchema, read("risk/sources.json")],
      ["risk/profiles.json", RiskProfileSchema, read("risk/profiles.json")],
      ["risk/harms.json", HarmReportSchema, read("risk/harms.json")],
      ["risk/crosswalk.json", CrosswalkRuleSchema, read("risk/crosswalk.json")],
      ["pk/legal-basis.json", LegalProvisionSchema, read("pk/legal-basis.json")],
      [
        "risk/specific-needs-codes.json (categories)",
        SpecificNeedsCategorySchema,
        (read("risk/specific-needs-codes.json") as { categories: unknown[] }).categories,
      ],
      [
        "risk/specific-needs-codes.json (codes)",
        SpecificNeedsCodeSchema,
        (read("risk/specific-needs-codes.json") as { codes: unknown[] }).codes,
      ],
    ] as const) {
      (items as unknown[]).forEach((item, i) => {
        const result = schema.safeParse(item);
        expect(result.success, `${file}[${i}]: ${result.error?.message ?? ""}`).toBe(true);
      });
    }
  });

  it("is what the main entry exports", () => {
    expect(pakistan.records).toHaveLength(records.length);
    const shipped = [
      ...(read("pk/sources.json") as { id: string }[]),
      ...(read("risk/sources.json") as { id: string }[]),
    ];
    expect(sources).toHaveLength(new Set(shipped.map((s) => s.id)).size);
    expect(pakistan.sources).toHaveLength((read("pk/sources.json") as unknown[]).length);
    expect(DATASET_VERSION).toMatch(/^\d{4}\.\d+$/);
    const meta = read("pk/dataset.json") as { released: string; reviewedThrough: string };
    expect(DATASET_RELEASED).toBe(meta.released);
    // eslint-disable-next-line @typescript-eslint/no-deprecated -- the alias is still tested
    expect(DATASET_DATE).toBe(meta.released);
    expect(DATASET_REVIEWED_THROUGH).toBe(meta.reviewedThrough);
    expect(pakistan.reviewedThrough).toBe(meta.reviewedThrough);
  });

  it("passes the release check (npm run data:check) with no problem", () => {
    const { files, errors } = readDataFiles({ dir: "data" });
    expect(checkDataset(files, errors).map(formatProblem)).toEqual([]);
  });

  it("has unique ids across records, sources, document types and figures", () => {
    for (const list of [pakistan.records, sources, figures]) {
      const ids = list.map((x) => x.id);
      expect(new Set(ids).size).toBe(ids.length);
    }
    expect(Object.keys(documentTypes).sort()).toEqual([...DOCUMENT_TYPES].sort());
  });

  it("cites at least one existing source in every record, document type and figure", () => {
    const known = new Set(sources.map((s) => s.id));
    for (const item of citing) {
      if (specificNeedsCrosswalk.some((r) => r.code === item.id && r.sources === undefined))
        continue;
      expect(item.sources.length, item.id).toBeGreaterThan(0);
      for (const id of item.sources) expect(known.has(id), `${item.id} cites ${id}`).toBe(true);
    }
  });

  it("uses every source", () => {
    const used = new Set(citing.flatMap((item) => item.sources));
    expect(sources.filter((s) => !used.has(s.id)).map((s) => s.id)).toEqual([]);
  });

  it("cites clean source URLs: no tracking parameters, no crawler artefacts", () => {
    const unclean = sources.filter((s) =>
      /[?&]utm_|fonts\.googleapis\.com|[?&](fbclid|gclid)=/.test(s.url),
    );
    expect(unclean.map((s) => s.id)).toEqual([]);
  });

  it("has no announcement, figure or source after the day its sources were read through", () => {
    for (const r of pakistan.records) {
      expect(r.announced <= DATASET_REVIEWED_THROUGH, r.id).toBe(true);
    }
    for (const f of figures) expect(f.asOf <= DATASET_REVIEWED_THROUGH, f.id).toBe(true);
    for (const s of sources) {
      if (s.published !== null) expect(s.published <= DATASET_REVIEWED_THROUGH, s.id).toBe(true);
    }
    expect(DATASET_REVIEWED_THROUGH <= DATASET_RELEASED).toBe(true);
  });

  it("has well-formed spans that start on or after the document's first issue", () => {
    for (const r of pakistan.records) {
      if (r.through !== undefined) expect(r.from <= r.through, r.id).toBe(true);
      if (r.kind !== "validity") continue;
      for (const doc of r.documents) {
        const first = documentTypes[doc as DocumentType].firstIssued;
        if (first !== undefined) expect(r.from >= first, r.id).toBe(true);
      }
    }
  });

  it("keeps disagreeing figures side by side (PoR holders, July 2024)", () => {
    const july = figures.filter((f) => f.measure === "por_holders" && f.asOf.startsWith("2024-07"));
    expect(new Set(july.map((f) => f.value))).toEqual(new Set([1_450_000, 1_300_000]));
    expect(new Set(july.map((f) => f.reportedBy)).size).toBeGreaterThan(1);
  });

  it("gives every low-confidence or unknown record a note that says why", () => {
    for (const r of pakistan.records) {
      if (r.confidence !== "high" || (r.kind === "validity" && r.status === "unknown")) {
        expect(r.note?.length ?? 0, r.id).toBeGreaterThan(40);
      }
    }
  });
});
