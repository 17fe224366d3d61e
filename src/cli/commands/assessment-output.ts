// How `assess` writes an assessment: one NDJSON line or one CSV row per record. A million
// records make a million lines, most of them alike, so the parts that come from shared result
// objects (a document's validity, a risk screening, the specific needs) are serialised once per
// object and reused; what differs per record (line, id, the exposure's days) is written fresh.
import {
  DATASET_VERSION,
  documentTypes,
  type Assessment,
  type DocumentType,
  type ValidityResult,
} from "../../index.js";

/** The columns of `assess --format csv`. */
export const CSV_COLUMNS = [
  "line",
  "id",
  "on",
  "exposure",
  "phase",
  "deadline",
  "days_to_deadline",
  "protecting_document",
  "confidence",
  "basis",
  "documents",
  "profiles",
  "specific_needs",
] as const;

/** A CSV cell: quoted when needed; a leading = + - @ is neutralised so spreadsheets do not run it. */
export function csvCell(value: string): string {
  const safe = /^[=+\-@]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

const ids = (records: readonly { id: string }[]): string[] => records.map((r) => r.id);

/** How many line tails a run keeps (a few MB at most). */
const MAX_TAILS = 4096;

/** Writes assessments of one run (one `on`, one `knownAt`). */
export class AssessmentOutput {
  readonly #head: string;
  readonly #validity = new WeakMap<ValidityResult, string>();
  readonly #risk = new WeakMap<object, string>();
  readonly #needs = new WeakMap<object, string>();
  readonly #basis = new WeakMap<object, string>();
  readonly #exposure = new WeakMap<object, string>();
  /** Small numbers for shared answer objects, to key {@link AssessmentOutput.#tails}. */
  readonly #ids = new WeakMap<object, number>();
  #nextId = 0;
  /** NDJSON line tails as UTF-8 bytes, by the answers they are made of. */
  readonly #tails = new Map<string, Uint8Array>();

  constructor(
    private readonly on: string,
    knownAt: string | undefined,
  ) {
    this.#head = `,"on":"${on}"${knownAt === undefined ? "" : `,"knownAt":"${knownAt}"`},"dataset":${JSON.stringify(DATASET_VERSION)}`;
  }

  /** One NDJSON line (with its newline) for the record at `line` with `id`. */
  ndjson(line: number, id: string, types: readonly DocumentType[], a: Assessment): string {
    let documents = "";
    for (let i = 0; i < a.documents.length; i++) {
      const type = types[i] as DocumentType;
      if (i > 0) documents += ",";
      documents += `{"type":"${type}",${this.#validityPart(a.documents[i] as ValidityResult, type)}}`;
    }
    const exposure = this.#exposurePart(a.exposure);
    return `{"line":${line},"id":${JSON.stringify(id)}${this.#head},"documents":[${documents}],"exposure":${exposure},"risk":${this.#riskPart(a.risk)},"specificNeeds":${this.#needsPart(a.specificNeeds)}}\n`;
  }

  /**
   * One NDJSON line in two parts: the record's own start (line and id) as text, and the rest,
   * which follows from the assessment alone. Most people share their answers with many others
   * (the library hands out the same validity, exposure and screening objects for the same
   * situation), so the rest is encoded once per combination of answers and then copied.
   */
  ndjsonParts(
    line: number,
    id: string,
    types: readonly DocumentType[],
    a: Assessment,
  ): [string, string | Uint8Array] {
    const head = `{"line":${line},"id":${JSON.stringify(id)}`;
    let key = `${this.#idOf(a.exposure)}.${this.#idOf(a.risk)}.${this.#idOf(a.specificNeeds)}`;
    for (let i = 0; i < types.length; i++) {
      const type = types[i] as DocumentType;
      // A visa's validity is computed per holder, never shared: no tail to remember.
      if (documentTypes[type].validityRule === "holder") {
        return [head, this.ndjson(line, id, types, a).slice(head.length)];
      }
      key += `.${type}:${this.#idOf(a.documents[i] as ValidityResult)}`;
    }
    let tail = this.#tails.get(key);
    if (tail === undefined) {
      tail = Buffer.from(this.ndjson(line, id, types, a).slice(head.length), "utf8");
      if (this.#tails.size >= MAX_TAILS) this.#tails.clear();
      this.#tails.set(key, tail);
    }
    return [head, tail];
  }

  #idOf(answer: object): number {
    let id = this.#ids.get(answer);
    if (id === undefined) {
      id = this.#nextId++;
      this.#ids.set(answer, id);
    }
    return id;
  }

  /** One CSV row (with its newline), columns as {@link CSV_COLUMNS}. */
  csv(line: number, id: string, types: readonly DocumentType[], a: Assessment): string {
    const e = a.exposure;
    const row = [
      String(line),
      id,
      this.on,
      e.status,
      e.phase ?? "",
      e.deadline ?? "",
      e.daysToDeadline === null ? "" : String(e.daysToDeadline),
      e.protectingDocument ?? "",
      e.confidence,
      ids(e.basis).join(" "),
      a.documents.map((v, i) => `${types[i] ?? ""}:${v.status}`).join(" "),
      a.risk.matches.map((m) => m.profile.id).join(" "),
      a.specificNeeds.map((n) => n.code).join(" "),
    ];
    return `${row.map(csvCell).join(",")}\n`;
  }

  /**
   * A document's validity without its type. The holder's own visa end day is their data, and
   * `on` plus the days remaining would give it back: both are written only where they come from
   * the dataset's decisions.
   */
  #validityPart(v: ValidityResult, type: DocumentType): string {
    const fromDecisions = documentTypes[type].validityRule === "timeline";
    let part = fromDecisions ? this.#validity.get(v) : undefined;
    if (part !== undefined) return part;
    part =
      `"status":"${v.status}"` +
      (fromDecisions
        ? `,"validThrough":${v.validThrough === null ? "null" : `"${v.validThrough}"`},"daysRemaining":${v.daysRemaining === null ? "null" : String(v.daysRemaining)}`
        : "") +
      `,"confidence":"${v.confidence}","basis":${this.#basisIds(v.basis)}`;
    if (fromDecisions) this.#validity.set(v, part);
    return part;
  }

  /** An exposure as JSON: answers are shared between people in the same situation. */
  #exposurePart(e: Assessment["exposure"]): string {
    let text = this.#exposure.get(e);
    if (text === undefined) {
      text =
        `{"status":"${e.status}","phase":${e.phase === null ? "null" : JSON.stringify(e.phase)}` +
        `,"deadline":${e.deadline === null ? "null" : `"${e.deadline}"`}` +
        `,"daysToDeadline":${e.daysToDeadline === null ? "null" : String(e.daysToDeadline)}` +
        `,"protectingDocument":${e.protectingDocument === null ? "null" : `"${e.protectingDocument}"`}` +
        `,"confidence":"${e.confidence}","basis":${this.#basisIds(e.basis)}` +
        `,"notices":${e.notices.length === 0 ? "[]" : JSON.stringify(ids(e.notices))}` +
        `,"summary":${JSON.stringify(e.summary)}}`;
      this.#exposure.set(e, text);
    }
    return text;
  }

  #basisIds(basis: readonly { id: string }[]): string {
    let text = this.#basis.get(basis);
    if (text === undefined) {
      text = JSON.stringify(ids(basis));
      this.#basis.set(basis, text);
    }
    return text;
  }

  #riskPart(risk: Assessment["risk"]): string {
    let text = this.#risk.get(risk);
    if (text === undefined) {
      text = JSON.stringify({
        profiles: risk.matches.map((m) => m.profile.id),
        harms: risk.harms.map((h) => h.harm),
      });
      this.#risk.set(risk, text);
    }
    return text;
  }

  #needsPart(needs: Assessment["specificNeeds"]): string {
    let text = this.#needs.get(needs);
    if (text === undefined) {
      text = JSON.stringify(needs.map((n) => n.code));
      this.#needs.set(needs, text);
    }
    return text;
  }
}
