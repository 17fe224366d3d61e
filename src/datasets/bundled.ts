// The bundled datasets, and which one answers for a person's host when a query names none.
import type { Dataset } from "../dataset/dataset.js";
import { InvalidInputError } from "../errors.js";
import { iran } from "./iran.js";
import { pakistan } from "./pakistan.js";

/**
 * The bundled datasets, one per host country: {@link pakistan} (`"PK"`) and {@link iran}
 * (`"IR"`).
 *
 * @example
 * ```ts
 * datasets.map((d) => d.meta.host); //=> ["PK", "IR"]
 * ```
 */
export const datasets: readonly Dataset[] = /* @__PURE__ */ (() =>
  Object.freeze([pakistan, iran]))();

/**
 * The bundled dataset that answers for a person when a query names none: that of the person's
 * `host`, else {@link pakistan}. Whatever is not a person is left to the query's own checks.
 * @internal
 */
export function bundledFor(person: unknown, options: unknown): Dataset {
  const named =
    typeof options === "object" &&
    options !== null &&
    ((options as { dataset?: unknown }).dataset !== undefined ||
      (options as { timeline?: unknown }).timeline !== undefined);
  const host =
    typeof person === "object" && person !== null ? (person as { host?: unknown }).host : undefined;
  if (named || host === undefined) return pakistan;
  const found = datasets.find((d) => d.meta.host === host);
  if (found === undefined) {
    throw new InvalidInputError(
      `person.host: expected the host of a bundled dataset (${datasets.map((d) => d.meta.host).join(", ")}), or a dataset of its own in options.dataset`,
    );
  }
  return found;
}
