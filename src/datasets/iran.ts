// The bundled dataset of Iran, built from data/ir/ (src/generated/iran.ts).
import { bundledDataset } from "../dataset/create-dataset.js";
import type { Dataset } from "../dataset/dataset.js";
import { iranInput } from "../generated/iran.js";

/**
 * The bundled dataset of Afghans in Iran: Amayesh cards (by round, `unknown` where no source
 * dates one), the 2022 headcount slips, the temporary residence cards of 2025, visas, the
 * removals and deadlines of 2022-2025 (the announcement of 9 March 2025, the deadline of 6 July
 * 2025 and its extension to 6 September), provinces closed to foreigners, and cited figures.
 * Days are read in Asia/Tehran; the sources' Solar Hijri dates are kept in each record's note.
 *
 * @remarks
 * Its `meta.reviewedThrough` says how far its sources were read (answers about later days are
 * marked `beyondReview`); what the sources leave open is recorded as `unknown` validity and low
 * confidence, never as a guessed date. A person record with `host: "IR"` is answered from it
 * by `exposure` and `assess` when no `dataset` is given.
 *
 * @example
 * ```ts
 * iran.meta.host; //=> "IR"
 * iran.meta.timeZone; //=> "Asia/Tehran"
 * documentValidity("temporary_residence_card", { on: "2026-01-15", dataset: iran }).status;
 * //=> "valid"
 * ```
 */
// Checked when it was built (data:build, data:check and the tests), so not again at import.
export const iran: Dataset = /* @__PURE__ */ bundledDataset(iranInput);
