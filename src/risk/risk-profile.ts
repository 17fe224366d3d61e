import type { Confidence } from "../sources/confidence.js";
import type { Circumstance, Ethnicity, Religion, Role, Sex } from "./vocabulary.js";

/**
 * The framework a risk profile belongs to: EUAA Country Guidance Afghanistan (May 2024) or
 * UNHCR Guidance Note on Afghanistan, Update II (September 2025).
 *
 * @example
 * ```ts
 * const f: RiskFramework = "euaa-2024";
 * ```
 */
export type RiskFramework = "euaa-2024" | "unhcr-2025";

/**
 * When a profile matches a person: **any** one of the listed conditions is enough.
 *
 * @example
 * ```ts
 * const when: ProfileCriteria = { ethnicities: ["hazara"], religions: ["shia", "ismaili"] };
 * ```
 */
export interface ProfileCriteria {
  /** The person declares one of these roles. */
  roles?: Role[];
  /** The person's sex is one of these. */
  sex?: Sex[];
  /** The person is a child: an age under 18 is given. */
  child?: boolean;
  /** The person's ethnicity is one of these. */
  ethnicities?: Ethnicity[];
  /** The person's religion is one of these. */
  religions?: Religion[];
  /** The person declares one of these circumstances. */
  circumstances?: Circumstance[];
}

/**
 * A published risk profile: its exact name, framework and section, the conclusion where a
 * source states one (never a guess), and when it matches a person.
 *
 * @example
 * ```ts
 * const p = riskProfiles.find((p) => p.id === "euaa-2024-3-1")!;
 * p.conclusion; //=> "highly likely to qualify for refugee status"
 * ```
 */
export interface RiskProfile {
  /** Stable identifier, e.g. `"euaa-2024-3-8"`. */
  id: string;
  /** The framework. */
  framework: RiskFramework;
  /** The section number in the framework, e.g. `"3.8"`. */
  section?: string;
  /** The profile's name, exactly as published. */
  label: string;
  /** The profile this one is a sub-profile of. */
  parent?: string;
  /** The conclusion as published, only where a source states it. */
  conclusion?: string;
  /** When the profile matches a person (our reading of the profile's scope). */
  matchWhen: ProfileCriteria;
  /** Ids of the sources in the registry. */
  sources: string[];
  /** How sure the dataset is of this profile. */
  confidence: Confidence;
  /** What the sources do and do not say. */
  note?: string;
}
