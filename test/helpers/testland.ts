import type { DatasetInput, Source } from "../../src/index.js";

/** A synthetic source for the synthetic host below. */
const source: Source = {
  id: "testland-gazette",
  publisher: "Testland Gazette",
  title: "Synthetic decisions of a made-up country",
  url: "https://example.org/testland",
  published: "2023-12-01",
  kind: "primary",
};

/**
 * A made-up host country, to show that the engine takes every word and vocabulary from its
 * dataset: `XT` is an ISO 3166-1 code reserved for private use, its time zone is not
 * Pakistan's, and its documents, targets, groups, provinces and legal wording are its own.
 */
export function testlandInput(): DatasetInput {
  return {
    meta: {
      id: "testland",
      host: "XT",
      name: "Testland",
      version: "2026.1",
      released: "2026-01-01",
      reviewedThrough: "2025-12-31",
      timeZone: "Pacific/Auckland",
      schemaVersion: 3,
    },
    documentTypes: [
      {
        id: "residence_permit",
        name: "Testland residence permit",
        issuer: "Testland Interior Ministry",
        firstIssued: "2020-01-01",
        validityRule: "timeline",
        recognisedByState: true,
        protects: "Legal stay while valid.",
        doesNotProtect: "Nothing once lapsed.",
        sources: [source.id],
        confidence: "high",
      },
      {
        id: "visa",
        name: "Testland visa",
        issuer: "Testland consulates",
        validityRule: "holder",
        recognisedByState: true,
        protects: "Legal stay until the visa ends.",
        doesNotProtect: "Nothing after its end.",
        sources: [source.id],
        confidence: "high",
      },
      {
        id: "community_letter",
        name: "community letter",
        issuer: "Community elders",
        validityRule: "not_assessed",
        recognisedByState: false,
        protects: "Nothing in law.",
        doesNotProtect: "Legal stay.",
        sources: [source.id],
        confidence: "medium",
      },
      {
        id: "none",
        name: "No document",
        issuer: "-",
        validityRule: "none",
        recognisedByState: false,
        protects: "Nothing.",
        doesNotProtect: "Anything.",
        sources: [source.id],
        confidence: "high",
      },
    ],
    subdivisions: [
      { code: "XT-N", name: "North" },
      { code: "XT-S", name: "South" },
    ],
    targets: [
      {
        id: "permit_holders",
        name: "Holders of a residence permit",
        documents: ["residence_permit"],
      },
      { id: "undocumented", name: "People with no permit", documents: [] },
    ],
    groups: [{ id: "students", name: "Foreign students" }],
    wording: {
      legalBasis: "Aliens Act 2001 of Testland",
      notAssessed: "Testland does not assess a {document}.",
    },
    records: [
      {
        kind: "validity",
        id: "permits-2024",
        documents: ["residence_permit"],
        announced: "2023-12-01",
        announcedPrecision: "exact",
        from: "2024-01-01",
        through: "2024-12-31",
        status: "valid",
        body: "Testland cabinet",
        summary: "Residence permits are valid through 2024.",
        sources: [source.id],
        confidence: "high",
      },
      {
        kind: "phase",
        id: "expulsion-1",
        phase: "expulsion-1",
        name: "Expulsion of people without a permit",
        targets: ["undocumented"],
        announced: "2024-05-01",
        announcedPrecision: "exact",
        from: "2024-05-01",
        departureDeadline: "2024-06-30",
        enforcementFrom: "2024-07-01",
        body: "Testland cabinet",
        summary: "People without a permit must leave by 30 June 2024.",
        sources: [source.id],
        confidence: "high",
      },
      {
        kind: "directive",
        id: "south-order-2024",
        name: "South: students may stay",
        effect: "tolerate",
        targets: ["undocumented"],
        announced: "2024-05-02",
        announcedPrecision: "exact",
        from: "2024-05-02",
        body: "Governor of the South",
        summary: "Students in the South are not to be removed.",
        scope: { provinces: ["XT-S"], groups: ["students"] },
        sources: [source.id],
        confidence: "medium",
        note: "A synthetic order: scoped to a province and a group, as real orders are.",
      },
    ],
    sources: [source],
    figures: [],
  };
}
