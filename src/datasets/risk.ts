// The bundled risk data (data/risk/), shared by every host: risk screening is about the country
// of origin. The main entry's default `riskData`, and its parts as constants.
import { riskInput } from "../generated/risk.js";
import type { CrosswalkRule } from "../risk/crosswalk.js";
import type { HarmReport } from "../risk/harm.js";
import { bundledRiskData, type RiskData } from "../risk/risk-data.js";
import type { RiskProfile } from "../risk/risk-profile.js";
import type { SpecificNeedsCategory, SpecificNeedsCode } from "../risk/specific-needs-code.js";

/**
 * The bundled risk data: the published risk profiles (EUAA 2024, UNHCR 2025), harm reports,
 * UNHCR's specific-needs codes and this project's crosswalk to them, with their sources. The
 * default `riskData` of {@link screenRisk} and {@link assess}.
 *
 * @example
 * ```ts
 * riskData.specificNeedsCodes.find((c) => c.code === "LP-RR")?.label; //=> "At risk of refoulement"
 * ```
 */
// Checked when it was built (data:build, data:check and the tests), so not again at import.
export const riskData: RiskData = /* @__PURE__ */ bundledRiskData(riskInput);

/**
 * The risk profiles of the bundled risk data: the 20 profiles of EUAA Country Guidance
 * Afghanistan (May 2024) with the sub-profiles that sources name, and the profiles of UNHCR's
 * Guidance Note Update II (September 2025) that could be read (the first three).
 *
 * @example
 * ```ts
 * riskProfiles.filter((p) => p.framework === "euaa-2024" && p.parent === undefined).length;
 * //=> 20
 * ```
 */
export const riskProfiles: readonly RiskProfile[] = /* @__PURE__ */ (() => riskData.profiles)();

/**
 * Harms reported for returnees and for the groups at risk: torture and ill-treatment,
 * extrajudicial killing, enforced disappearance, arbitrary arrest and detention, persecution on
 * the basis of gender, threats to personal security, being forced into hiding, persecution. Each
 * report carries its sources and the groups it names.
 *
 * @example
 * ```ts
 * new Set(harmReports.map((r) => r.harm)).size; //=> 8
 * ```
 */
export const harmReports: readonly HarmReport[] = /* @__PURE__ */ (() => riskData.harms)();

/**
 * The crosswalk from screening results (profiles matched, exposure, documents, declared
 * circumstances) to UNHCR specific-needs codes: LP-RP, LP-RR, LP-RD, LP-ND, LP-AF, LP-MM, SC-UC,
 * SC-SC, WR-WR and WR-SF. Our own analysis, and marked as such.
 *
 * @example
 * ```ts
 * specificNeedsCrosswalk.map((r) => r.code).includes("LP-ND"); //=> true
 * ```
 */
export const specificNeedsCrosswalk: readonly CrosswalkRule[] = /* @__PURE__ */ (() =>
  riskData.crosswalk)();

/**
 * The 11 categories of UNHCR's standardized specific-needs codes.
 *
 * @example
 * ```ts
 * specificNeedsCategories.map((c) => c.code);
 * //=> ["CR", "SC", "WR", "ER", "SP", "DS", "SM", "FU", "LP", "TR", "SV"]
 * ```
 */
export const specificNeedsCategories: readonly SpecificNeedsCategory[] = /* @__PURE__ */ (() =>
  riskData.specificNeedsCategories)();

/**
 * UNHCR's standardized specific-needs codes: the 71 sub-codes of the 2009 guidance as
 * implemented in proGres v4, then the newer disability codes, marked `single_source`. Local codes
 * of individual operations are left out.
 *
 * @example
 * ```ts
 * specificNeedsCodes.filter((c) => c.status === "standard").length; //=> 71
 * ```
 */
export const specificNeedsCodes: readonly SpecificNeedsCode[] = /* @__PURE__ */ (() =>
  riskData.specificNeedsCodes)();
