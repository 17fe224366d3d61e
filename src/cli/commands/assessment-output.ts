// How `assess` writes an assessment: one NDJSON line or one CSV row per record. A million
// records make a million lines, most of them alike, so the parts that come from shared result
// objects (a document's validity, a risk screening, the specific needs) are serialised once per
// object and reused; what differs per record (line, id, the exposure's days) is written fresh.
import type { Assessment, Dataset, ReviewState, ValidityResult } from "../../index.js";
import type { ByteBatch } from "../byte-batch.js";
import { csvCell } from "../csv-cell.js";

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
  "reviewed_through",
  "beyond_review",
] as const;

const ids = (records: readonly { id: string }[]): string[] => records.map((r) => r.id);

/** How many line tails a run keeps (a few MB at most); all are dropped when there are more. */
const MAX_TAILS = 4096;

/** A held document as far as the output needs it. */
type Held = { readonly type: string };

/** A level of the line-tail maps: the next answer, or {@link END} for the tail itself. */
type TailNode = Map<unknown, TailNode | Uint8Array>;
const END = Symbol("end");

/** Writes assessments of one run (one `on`, one `knownAt`). */
export class AssessmentOutput {
  readonly #head: string;
  readonly #validity = new WeakMap<ValidityResult, string>();
  readonly #risk = new WeakMap<object, string>();
  readonly #needs = new WeakMap<object, string>();
  readonly #basis = new WeakMap<object, string>();
  readonly #exposure = new WeakMap<object, string>();
  /**
   * NDJSON line tails as UTF-8 bytes, by the answers they are made of: exposure, risk, specific
   * needs, then each document's type and validity, then {@link END}.
   */
  #tails: TailNode = new Map();
  #tailCount = 0;

  readonly #review: ReviewState;
  /** How each document type's validity is decided, by id. */
  readonly #rules: ReadonlyMap<string, string>;

  /**
   * @param review - How far the dataset's sources were read, and whether this run's `on` or
   *   `knownAt` is after it: the same for every record of a run.
   */
  constructor(
    private readonly on: string,
    knownAt: string | undefined,
    review: ReviewState,
    dataset: Dataset,
  ) {
    this.#review = review;
    this.#rules = new Map(dataset.documentTypes.map((d) => [d.id, d.validityRule]));
    this.#head =
      `,"on":"${on}"${knownAt === undefined ? "" : `,"knownAt":"${knownAt}"`},"host":${JSON.stringify(dataset.meta.host)},"dataset":${JSON.stringify(dataset.meta.version)}` +
      `,"reviewedThrough":${JSON.stringify(review.reviewedThrough)},"beyondReview":${String(review.beyondReview)}`;
  }

  /** One NDJSON line (with its newline) for the record at `line` with `id`. */
  ndjson(line: number, id: string, held: readonly Held[], a: Assessment): string {
    return `{"line":${line},"id":${JSON.stringify(id)}${this.#ndjsonTail(held, a, false)}`;
  }

  /**
   * Adds one NDJSON line to `batch`: the same bytes as {@link AssessmentOutput.ndjson}. Most
   * people share their answers with many others (the library hands out the same validity,
   * exposure and screening objects for the same situation), so everything after the id is
   * encoded once per combination of answers and then copied.
   */
  ndjsonInto(
    batch: ByteBatch,
    line: number,
    id: string,
    held: readonly Held[],
    a: Assessment,
    shared: boolean,
  ): void {
    batch.recordHead(line, id);
    // Only shared answers are worth remembering: the library says which exposures are (the
    // batch asks it, see `Shared`). An exposure made for one person (e.g. the one a visa gives,
    // or one resting on no directive) and a visa's validity (computed per holder) are written
    // afresh.
    if (!shared || !held.every((h) => this.#isShared(h))) {
      batch.text(this.#ndjsonTail(held, a, false));
      return;
    }
    // The tail is found by walking the answers, in order, through nested maps: no key to build.
    let node = this.#step(this.#step(this.#step(this.#tails, a.exposure), a.risk), a.specificNeeds);
    for (let i = 0; i < held.length; i++) {
      node = this.#step(this.#step(node, (held[i] as Held).type), a.documents[i]);
    }
    let tail = node.get(END) as Uint8Array | undefined;
    if (tail === undefined) {
      tail = Buffer.from(this.#ndjsonTail(held, a, true), "utf8");
      if (++this.#tailCount > MAX_TAILS) {
        this.#tails = new Map();
        this.#tailCount = 0;
      } else {
        node.set(END, tail);
      }
    }
    batch.copy(tail);
  }

  /** An NDJSON line after the id: what follows from the assessment alone. */
  #ndjsonTail(held: readonly Held[], a: Assessment, shared: boolean): string {
    let documents = "";
    for (let i = 0; i < a.documents.length; i++) {
      const type = (held[i] as Held).type;
      if (i > 0) documents += ",";
      documents += `{"type":"${type}",${this.#validityPart(a.documents[i] as ValidityResult, type)}}`;
    }
    const exposure = this.#exposurePart(a.exposure, shared);
    return `${this.#head},"documents":[${documents}],"exposure":${exposure},"risk":${this.#riskPart(a.risk)},"specificNeeds":${this.#needsPart(a.specificNeeds)}}\n`;
  }

  /** Whether a document's validity is shared between holders (all but a visa's, per holder). */
  #isShared({ type }: Held): boolean {
    return this.#rules.get(type) !== "holder";
  }

  /** The node under `node` for `key`, made if missing. */
  #step(node: TailNode, key: unknown): TailNode {
    let next = node.get(key) as TailNode | undefined;
    if (next === undefined) {
      next = new Map();
      node.set(key, next);
    }
    return next;
  }

  /** One CSV row (with its newline), columns as {@link CSV_COLUMNS}. */
  csv(line: number, id: string, held: readonly Held[], a: Assessment): string {
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
      a.documents.map((v, i) => `${held[i]?.type ?? ""}:${v.status}`).join(" "),
      a.risk.matches.map((m) => m.profile.id).join(" "),
      a.specificNeeds.map((n) => n.code).join(" "),
      this.#review.reviewedThrough ?? "",
      String(this.#review.beyondReview),
    ];
    return `${row.map(csvCell).join(",")}\n`;
  }

  /**
   * A document's validity without its type. The holder's own visa end day is their data, and
   * `on` plus the days remaining would give it back: both are written only where they come from
   * the dataset's decisions.
   */
  #validityPart(v: ValidityResult, type: string): string {
    const fromDecisions = this.#rules.get(type) === "timeline";
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
  #exposurePart(e: Assessment["exposure"], shared: boolean): string {
    // Only shared answers are worth remembering.
    let text = shared ? this.#exposure.get(e) : undefined;
    if (text === undefined) {
      text =
        `{"status":"${e.status}","phase":${e.phase === null ? "null" : JSON.stringify(e.phase)}` +
        `,"deadline":${e.deadline === null ? "null" : `"${e.deadline}"`}` +
        `,"daysToDeadline":${e.daysToDeadline === null ? "null" : String(e.daysToDeadline)}` +
        `,"protectingDocument":${e.protectingDocument === null ? "null" : `"${e.protectingDocument}"`}` +
        `,"confidence":"${e.confidence}","basis":${this.#basisIds(e.basis)}` +
        `,"notices":${e.notices.length === 0 ? "[]" : JSON.stringify(ids(e.notices))}` +
        `,"summary":${JSON.stringify(e.summary)}}`;
      if (shared) this.#exposure.set(e, text);
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
