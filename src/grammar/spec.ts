// The vocabulary of the grammar: what a field may hold, what an object is made of, and the rules
// that relate its fields. A grammar is plain data; two interpreters read it: the zod-free checker
// of the main entry (`check.ts`) and the zod schemas of `afghan-refugees/schemas`.

/**
 * The sets of ids a field may have to belong to, which depend on the dataset: its document
 * types, the document types decided by records, its exposure targets, groups, subdivisions,
 * and the ids of the sources it knows.
 * @internal
 */
export type TermSet =
  "documents" | "timelineDocuments" | "targets" | "groups" | "subdivisions" | "sources";

/**
 * The ids of each {@link TermSet} that a check accepts. A set that is absent accepts any id of
 * the right form (the zod schemas know no source registry, for instance).
 * @internal
 */
export type Terms = Readonly<Partial<Record<TermSet, ReadonlySet<string>>>>;

interface Described {
  /** Said in the JSON Schema's description of the field. */
  readonly describe?: string;
  /** The message when the value is not right (each kind has its own otherwise). */
  readonly msg?: string;
}

/** A non-blank string. @internal */
export interface TextField extends Described {
  readonly t: "text";
}
/** A calendar day, `YYYY-MM-DD`. @internal */
export interface DayField extends Described {
  readonly t: "day";
}
/** A string matching a pattern. @internal */
export interface PatternField extends Described {
  readonly t: "pattern";
  readonly re: RegExp;
  readonly msg: string;
}
/** A publication date as a page shows it: `YYYY-MM-DD`, `YYYY-MM` or `YYYY`. @internal */
export interface PartialDateField extends Described {
  readonly t: "partialDate";
}
/** An http(s) URL in ASCII that the WHATWG URL parser accepts. @internal */
export interface UrlField extends Described {
  readonly t: "url";
}
/** An IANA time zone that the runtime knows. @internal */
export interface TimeZoneField extends Described {
  readonly t: "timeZone";
}
/** One of fixed values. @internal */
export interface EnumField<V extends string = string> extends Described {
  readonly t: "enum";
  readonly values: readonly [V, ...V[]];
}
/** An id of one of the dataset's {@link TermSet}s. @internal */
export interface TermField<S extends TermSet = TermSet> extends Described {
  readonly t: "term";
  readonly of: S;
}
/** A fixed string: a record's `kind`. @internal */
export interface LiteralField<V extends string = string> extends Described {
  readonly t: "literal";
  readonly value: V;
}
/** `true` or `false`. @internal */
export interface BoolField extends Described {
  readonly t: "bool";
}
/** A whole number of at least `min`. @internal */
export interface IntField extends Described {
  readonly t: "int";
  readonly min: number;
}
/** A list of items of one field kind. @internal */
export interface ListField<I extends Field = Field> extends Described {
  readonly t: "list";
  readonly item: I;
  /** At least one item. */
  readonly nonEmpty: boolean;
  /** When set, an item may not repeat an earlier one; the message says so. */
  readonly unique?: string;
}
/** An object of its own grammar. @internal */
export interface ObjectField<S extends Shape = Shape> extends Described {
  readonly t: "object";
  readonly of: ObjectGrammar<S>;
}

/** Every kind of field. @internal */
export type Field =
  | TextField
  | DayField
  | PatternField
  | PartialDateField
  | UrlField
  | TimeZoneField
  | EnumField
  | TermField
  | LiteralField
  | BoolField
  | IntField
  | ListField
  | ObjectField;

/** A property of an object: its field, and whether it may be absent or `null`. @internal */
export interface Prop<F extends Field = Field> {
  readonly field: F;
  readonly optional?: true;
  readonly nullable?: true;
}

/** The properties of an object, in the order they are checked. @internal */
export type Shape = Readonly<Record<string, Prop>>;

/** A problem a rule finds: where, below the object, and what. @internal */
export interface RuleProblem {
  readonly at: readonly (string | number)[];
  readonly message: string;
}

/**
 * A rule that relates fields of an object. It runs only when every field it `reads` is valid
 * (or absent), in both interpreters, and returns the problems it finds.
 * @internal
 */
export interface Rule {
  readonly reads: readonly string[];
  readonly check: (value: Readonly<Record<string, unknown>>, terms: Terms) => RuleProblem[];
}

/**
 * The grammar of one kind of object: its properties (no others are allowed) and its rules.
 * @internal
 */
export interface ObjectGrammar<S extends Shape = Shape> {
  readonly shape: S;
  readonly rules: readonly Rule[];
  /** The message when the value is not an object. */
  readonly expect?: string;
}

/** A required property. @internal */
/* @__NO_SIDE_EFFECTS__ */
export function req<const F extends Field>(field: F): Prop<F> {
  return { field };
}

/** An optional property. @internal */
/* @__NO_SIDE_EFFECTS__ */
export function opt<const F extends Field>(field: F): Prop<F> & { readonly optional: true } {
  return { field, optional: true };
}

/** A required property that may be `null`. @internal */
/* @__NO_SIDE_EFFECTS__ */
export function orNull<const F extends Field>(field: F): Prop<F> & { readonly nullable: true } {
  return { field, nullable: true };
}
