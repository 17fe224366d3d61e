// Unknown keys in input objects: a misspelt key (`gender` for `sex`, `provice` for `province`)
// must be an error, not a silently skipped check. Keys are input too, so a message names a key
// only when it looks like a field name, never when it could be someone's data.
import { InvalidInputError } from "./errors.js";

/** A key as it may appear in a message: a plain field name, or a placeholder. @internal */
export function safeKey(key: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]{0,40}$/.test(key) ? key : "(an unknown field)";
}

/**
 * Throws an {@link InvalidInputError} naming the path of the first own key of `value` that is
 * not in `allowed`.
 * @internal
 */
export function rejectUnknownKeys(value: object, allowed: ReadonlySet<string>, path: string): void {
  for (const key in value) {
    if (allowed.has(key) || !Object.hasOwn(value, key)) continue;
    throw new InvalidInputError(
      `${path}.${safeKey(key)}: is not a known field (expected ${[...allowed].join(", ")})`,
    );
  }
}

/**
 * Checks an options argument: an object (or `undefined` when `optional`) with only the allowed
 * keys. Returns it as a record to read from.
 * @internal
 */
export function checkOptions(
  options: unknown,
  allowed: ReadonlySet<string>,
  optional: boolean,
): Record<string, unknown> {
  if (options === undefined && optional) return {};
  if (typeof options !== "object" || options === null || Array.isArray(options)) {
    throw new InvalidInputError(`options: expected an object { ${[...allowed].join(", ")} }`);
  }
  rejectUnknownKeys(options, allowed, "options");
  return options as Record<string, unknown>;
}
