import * as z from "zod";
import { CIRCUMSTANCES, ETHNICITIES, RELIGIONS, ROLES, SEXES } from "../risk/vocabulary.js";
import { IsoDateSchema } from "./day.js";
import { ConfidenceSchema, IdSchema, PartialDateSchema, text } from "./records.js";

const Role = z.enum(ROLES);
const Sex = z.enum(SEXES);
const Ethnicity = z.enum(ETHNICITIES);
const Religion = z.enum(RELIGIONS);
const Circumstance = z.enum(CIRCUMSTANCES);

/**
 * What a person declares for risk screening (`screenRisk`, and `profile` of a person record).
 * Other fields are allowed and ignored.
 *
 * @example
 * ```ts
 * RiskProfileInputSchema.safeParse({ sex: "female", roles: ["journalist"] }).success; //=> true
 * ```
 */
export const RiskProfileInputSchema = z.strictObject({
  sex: Sex.optional(),
  age: z.number().int().min(0).max(130).optional(),
  roles: z.array(Role).optional(),
  ethnicity: Ethnicity.optional(),
  religion: Religion.optional(),
  circumstances: z.array(Circumstance).optional(),
});

/**
 * A published risk profile of the dataset (`data/risk/profiles.json`).
 *
 * @example
 * ```ts
 * riskProfiles.every((p) => RiskProfileSchema.safeParse(p).success); //=> true
 * ```
 */
export const RiskProfileSchema = z.strictObject({
  id: IdSchema,
  framework: z.enum(["euaa-2024", "unhcr-2025"]),
  section: z
    .string()
    .regex(/^\d+(\.\d+)*$/)
    .optional(),
  label: text,
  parent: IdSchema.optional(),
  conclusion: text.optional(),
  matchWhen: z.strictObject({
    roles: z.array(Role).min(1).optional(),
    sex: z.array(Sex).min(1).optional(),
    child: z.boolean().optional(),
    ethnicities: z.array(Ethnicity).min(1).optional(),
    religions: z.array(Religion).min(1).optional(),
    circumstances: z.array(Circumstance).min(1).optional(),
  }),
  sources: z.array(IdSchema).min(1),
  confidence: ConfidenceSchema,
  note: text.optional(),
});

/**
 * A harm as one source reports it (`data/risk/harms.json`).
 *
 * @example
 * ```ts
 * harmReports.every((r) => HarmReportSchema.safeParse(r).success); //=> true
 * ```
 */
export const HarmReportSchema = z.strictObject({
  id: IdSchema,
  harm: z.enum([
    "torture_and_ill_treatment",
    "extrajudicial_killing",
    "enforced_disappearance",
    "arbitrary_arrest_and_detention",
    "persecution_on_the_basis_of_gender",
    "threats_to_personal_security",
    "forced_into_hiding",
    "persecution",
  ]),
  wording: text,
  population: z.enum(["returnees", "in_afghanistan"]),
  groups: text,
  allReturnees: z.boolean().optional(),
  profiles: z.array(IdSchema),
  reportedBy: text,
  date: PartialDateSchema,
  sources: z.array(IdSchema).min(1),
  confidence: ConfidenceSchema,
  note: text.optional(),
});

/**
 * A category of UNHCR specific-needs codes.
 *
 * @example
 * ```ts
 * specificNeedsCategories.every((c) => SpecificNeedsCategorySchema.safeParse(c).success); //=> true
 * ```
 */
export const SpecificNeedsCategorySchema = z.strictObject({
  code: z.string().regex(/^[A-Z]{2}$/),
  label: text,
  progresLabel: text.optional(),
  sources: z.array(IdSchema).min(1),
  confidence: ConfidenceSchema,
  note: text.optional(),
});

/**
 * A UNHCR specific-needs code.
 *
 * @example
 * ```ts
 * SpecificNeedsCodeSchema.shape.code.safeParse("LP-RR").success; //=> true
 * ```
 */
export const SpecificNeedsCodeSchema = z.strictObject({
  code: z.string().regex(/^[A-Z]{2}-[A-Z]{1,3}$/),
  label: text,
  category: z.string().regex(/^[A-Z]{2}$/),
  status: z.enum(["standard", "single_source"]),
  sources: z.array(IdSchema).min(1),
  confidence: ConfidenceSchema,
  note: text.optional(),
});

/**
 * A rule of the crosswalk to specific-needs codes (`data/risk/crosswalk.json`).
 *
 * @example
 * ```ts
 * specificNeedsCrosswalk.every((r) => CrosswalkRuleSchema.safeParse(r).success); //=> true
 * ```
 */
export const CrosswalkRuleSchema = z.strictObject({
  code: z.string().regex(/^[A-Z]{2}-[A-Z]{1,3}$/),
  when: z.strictObject({
    anyProfileExcept: z.array(IdSchema).optional(),
    exposure: z
      .array(z.enum(["protected", "tolerated", "deadline_pending", "liable"]))
      .min(1)
      .optional(),
    noValidDocument: z.boolean().optional(),
    roles: z.array(Role).min(1).optional(),
    circumstances: z.array(Circumstance).min(1).optional(),
    sex: z.array(Sex).min(1).optional(),
    adult: z.boolean().optional(),
  }),
  rationale: text,
  sources: z.array(IdSchema).min(1).optional(),
});

/**
 * A legal provision of the dataset (`data/risk/legal-basis.json`).
 *
 * @example
 * ```ts
 * legalBasis.every((l) => LegalProvisionSchema.safeParse(l).success); //=> true
 * ```
 */
export const LegalProvisionSchema = z.strictObject({
  id: IdSchema,
  instrument: text,
  provision: text,
  text,
  pakistan: z.enum(["party", "not_party", "domestic_law"]),
  pakistanDetail: text,
  signed: IsoDateSchema.optional(),
  ratified: IsoDateSchema.optional(),
  sources: z.array(IdSchema).min(1),
  confidence: ConfidenceSchema,
  note: text.optional(),
});
