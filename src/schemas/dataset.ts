import { DATASET_META, EXPOSURE_TARGET, GROUP, SUBDIVISION, WORDING } from "../grammar/dataset.js";
import { zodObject } from "./grammar.js";
import type { AnyTermTypes } from "./records.js";

/**
 * A dataset's metadata (`data/pk/dataset.json`): who it is about and how current it is.
 *
 * @example
 * ```ts
 * DatasetMetaSchema.safeParse(pakistan.meta).success; //=> true
 * DatasetMetaSchema.safeParse({ ...pakistan.meta, host: "Pakistan" }).success; //=> false
 * ```
 */
export const DatasetMetaSchema = /* @__PURE__ */ zodObject<typeof DATASET_META.shape, AnyTermTypes>(
  DATASET_META,
  {},
);

/**
 * A first-level subdivision of the host country (`data/pk/subdivisions.json`).
 *
 * @example
 * ```ts
 * SubdivisionSchema.safeParse({ code: "PK-IS", name: "Islamabad" }).success; //=> true
 * SubdivisionSchema.safeParse({ code: "Islamabad", name: "Islamabad" }).success; //=> false
 * ```
 */
export const SubdivisionSchema = /* @__PURE__ */ zodObject<typeof SUBDIVISION.shape, AnyTermTypes>(
  SUBDIVISION,
  {},
);

/**
 * An exposure target of a dataset (`data/pk/targets.json`): the holders of some document types,
 * or, with no documents, everyone who holds none of them.
 *
 * @example
 * ```ts
 * ExposureTargetInfoSchema.safeParse({ id: "undocumented", name: "Undocumented", documents: [] })
 *   .success; //=> true
 * ```
 */
export const ExposureTargetInfoSchema = /* @__PURE__ */ zodObject<
  typeof EXPOSURE_TARGET.shape,
  AnyTermTypes
>(EXPOSURE_TARGET, {});

/**
 * A group some orders single out (`data/pk/groups.json`).
 *
 * @example
 * ```ts
 * GroupInfoSchema.safeParse({ id: "awaiting_resettlement", name: "Awaiting resettlement" })
 *   .success; //=> true
 * ```
 */
export const GroupInfoSchema = /* @__PURE__ */ zodObject<typeof GROUP.shape, AnyTermTypes>(
  GROUP,
  {},
);

/**
 * The legal wording of a dataset's summaries (`data/pk/wording.json`).
 *
 * @example
 * ```ts
 * WordingSchema.safeParse(pakistan.wording).success; //=> true
 * WordingSchema.safeParse({ ...pakistan.wording, notAssessed: "No." }).success; //=> false
 * ```
 */
export const WordingSchema = /* @__PURE__ */ zodObject<typeof WORDING.shape, AnyTermTypes>(
  WORDING,
  {},
);
