// How place names given by people are compared with the names in records. Districts and
// settlements are free text in case files ("D.I. Khan", "Kot Chandna camp", "Afghan Camp,
// Sohrab Goth"), so the comparison ignores case, accents, spaces and punctuation; for
// settlements it also ignores generic words ("camp", "refugee village") and word order.

/** The words of a name: no accents, lower case, letters and digits only. */
function words(name: string): string[] {
  return name
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w !== "");
}

/**
 * The comparison key of a district name: its words, in order, without case, accents or
 * punctuation (`"Lower  Dir"` and `"lower-dir"` are the same district).
 * @internal
 */
export function districtKey(name: string): string {
  return words(name).join(" ");
}

const GENERIC = /* @__PURE__ */ new Set([
  "camp",
  "camps",
  "refugee",
  "refugees",
  "village",
  "villages",
  "rv",
]);

/**
 * The comparison key of a settlement (refugee village, camp) name: its words without generic
 * ones ("camp", "refugee", "village", "RV"), in alphabetical order, so that `"Kot Chandna camp"`,
 * `"Kot Chandna Refugee Village"` and `"kot-chandna"` are one settlement, and so are
 * `"Afghan Camp, Sohrab Goth"` and `"Sohrab Goth Afghan camp"`.
 * @internal
 */
export function settlementKey(name: string): string {
  return words(name)
    .filter((w) => !GENERIC.has(w))
    .sort()
    .join(" ");
}

/** A person's location as comparison keys, made once per query. @internal */
export interface PlaceKeys {
  /** The ISO 3166-2 code, as given. */
  readonly province: string | null;
  /** The {@link districtKey}. */
  readonly district: string | null;
  /** The {@link settlementKey}; `null` when no settlement is given. */
  readonly settlement: string | null;
}

/** No location. @internal */
export const NO_PLACE: PlaceKeys = /* @__PURE__ */ Object.freeze({
  province: null,
  district: null,
  settlement: null,
});

/** Keys already made: a registry holds few distinct names. Bounded, then forgotten. */
const districtKeys = /* @__PURE__ */ new Map<string, string>();
const settlementKeys = /* @__PURE__ */ new Map<string, string>();
const provinceOnly = /* @__PURE__ */ new Map<string, PlaceKeys>();
const MAX_KEYS = 4096;

function cachedKey(cache: Map<string, string>, name: string, make: (n: string) => string) {
  let key = cache.get(name);
  if (key === undefined) {
    key = make(name);
    if (cache.size >= MAX_KEYS) cache.clear();
    cache.set(name, key);
  }
  return key;
}

/**
 * The comparison keys of a (checked) location.
 * @internal
 */
export function placeKeys(
  location:
    | {
        province?: string | undefined;
        district?: string | undefined;
        settlement?: string | undefined;
      }
    | undefined,
): PlaceKeys {
  if (location === undefined) return NO_PLACE;
  const { province, district, settlement } = location;
  if (district === undefined && settlement === undefined) {
    // Most locations are a province alone: one frozen object per province.
    if (province === undefined) return NO_PLACE;
    let keys = provinceOnly.get(province);
    if (keys === undefined) {
      keys = Object.freeze({ province, district: null, settlement: null });
      if (provinceOnly.size >= MAX_KEYS) provinceOnly.clear();
      provinceOnly.set(province, keys);
    }
    return keys;
  }
  return {
    province: province ?? null,
    district: district === undefined ? null : cachedKey(districtKeys, district, districtKey),
    settlement:
      settlement === undefined ? null : cachedKey(settlementKeys, settlement, settlementKey),
  };
}
