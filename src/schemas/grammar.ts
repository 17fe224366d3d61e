// The zod interpreter of the grammar (src/grammar): every record and dataset schema of this
// entry is built from the same definition that `createDataset` checks with, so the two cannot
// drift. The types follow the grammar too: a schema's output type is computed from it.
import * as z from "zod";
import { ID_PATTERN, isTimeZone, isWebUrl, URL_PATTERN, WORD_PATTERN } from "../grammar/fields.js";
import type {
  BoolField,
  EnumField,
  Field,
  IntField,
  ListField,
  LiteralField,
  ObjectField,
  ObjectGrammar,
  Prop,
  Shape,
  TermField,
  Terms,
  TermSet,
} from "../grammar/spec.js";
import { IsoDateSchema } from "./day.js";

/** What the ids of each term set are, as types (string where any id is accepted). @internal */
export type TermTypes = Readonly<Record<TermSet, string>>;

/** The output type of a field. @internal */
export type FieldOutput<F, T extends TermTypes> =
  F extends EnumField<infer V>
    ? V
    : F extends LiteralField<infer V>
      ? V
      : F extends TermField<infer S>
        ? T[S]
        : F extends BoolField
          ? boolean
          : F extends IntField
            ? number
            : F extends ListField<infer I>
              ? FieldOutput<I, T>[]
              : F extends ObjectField<infer S>
                ? ObjectOutput<S, T>
                : string;

type PropOutput<P, T extends TermTypes> = P extends { field: infer F; nullable: true }
  ? FieldOutput<F, T> | null
  : P extends { field: infer F }
    ? FieldOutput<F, T>
    : never;

type OptionalKeys<S> = { [K in keyof S]: S[K] extends { optional: true } ? K : never }[keyof S];

/** The output type of an object grammar. @internal */
export type ObjectOutput<S, T extends TermTypes> = {
  -readonly [K in Exclude<keyof S, OptionalKeys<S>>]: PropOutput<S[K], T>;
} & {
  -readonly [K in OptionalKeys<S>]?: PropOutput<S[K], T> | undefined;
} extends infer O
  ? { [K in keyof O]: O[K] }
  : never;

type ZodOfField<F, T extends TermTypes> =
  F extends LiteralField<infer V> ? z.ZodLiteral<V> : z.ZodType<FieldOutput<F, T>>;

type ZodOfProp<P, T extends TermTypes> = P extends { field: infer F; optional: true }
  ? z.ZodOptional<ZodOfField<F, T>>
  : P extends { field: infer F; nullable: true }
    ? z.ZodNullable<ZodOfField<F, T>>
    : P extends { field: infer F }
      ? ZodOfField<F, T>
      : never;

/** A non-blank string (expressible in JSON Schema, unlike a trim). @internal */
export const text = z.string().regex(/\S/);

/**
 * A publication date as shown on a page: `YYYY-MM-DD`, `YYYY-MM` or `YYYY`.
 *
 * @example
 * ```ts
 * PartialDateSchema.safeParse("2025-06").success; //=> true
 * ```
 */
export const PartialDateSchema = z.union([
  IsoDateSchema,
  z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/),
  z.string().regex(/^\d{4}$/),
]);

function termSchema(field: TermField, terms: Terms): z.ZodType {
  const known = terms[field.of];
  if (known !== undefined && known.size > 0) return z.enum([...known] as [string, ...string[]]);
  return z.string().regex(field.of === "sources" ? ID_PATTERN : WORD_PATTERN);
}

/** The zod schema of one field. @internal */
export function zodField(field: Field, terms: Terms): z.ZodType {
  let schema: z.ZodType;
  switch (field.t) {
    case "text":
      schema = text;
      break;
    case "day":
      schema = IsoDateSchema;
      break;
    case "pattern":
      schema = z.string().regex(field.re);
      break;
    case "partialDate":
      schema = PartialDateSchema;
      break;
    case "url":
      schema = z
        .string()
        .regex(URL_PATTERN)
        .refine(isWebUrl, { error: field.msg ?? "must be a well-formed URL" });
      break;
    case "timeZone":
      schema = text.refine(isTimeZone, { error: field.msg ?? "must be an IANA time zone" });
      break;
    case "enum":
      schema = z.enum(field.values as [string, ...string[]]);
      break;
    case "term":
      schema = termSchema(field, terms);
      break;
    case "literal":
      schema = z.literal(field.value);
      break;
    case "bool":
      schema = z.boolean();
      break;
    case "int":
      schema = z.number().int().min(field.min);
      break;
    case "list": {
      let list = z.array(zodField(field.item, terms));
      if (field.nonEmpty) list = list.min(1);
      const repeated = field.unique;
      schema =
        repeated === undefined
          ? list
          : list.superRefine((items, ctx) => {
              items.forEach((item, i) => {
                if (items.indexOf(item) !== i) {
                  ctx.addIssue({ code: "custom", path: [i], message: repeated });
                }
              });
            });
      break;
    }
    case "object":
      schema = zodObject(field.of, terms);
      break;
  }
  return field.describe === undefined ? schema : schema.describe(field.describe);
}

function zodProp(prop: Prop, terms: Terms): z.ZodType {
  const schema = zodField(prop.field, terms);
  if (prop.optional === true) return schema.optional();
  if (prop.nullable === true) return schema.nullable();
  return schema;
}

/**
 * The zod schema of an object grammar: a strict object of its properties, and its rules, each
 * run (as the checker runs it) only when the fields it reads have no issue.
 * @internal
 */
export function zodObject<S extends Shape, T extends TermTypes>(
  grammar: ObjectGrammar<S>,
  terms: Terms,
): z.ZodObject<{ -readonly [K in keyof S]: ZodOfProp<S[K], T> }, z.core.$strict> {
  const shape: Record<string, z.ZodType> = {};
  for (const [key, prop] of Object.entries(grammar.shape)) shape[key] = zodProp(prop, terms);
  let schema = z.strictObject(shape);
  for (const rule of grammar.rules) {
    const reads = new Set(rule.reads);
    schema = schema.check(
      z.superRefine(
        (value: Record<string, unknown>, ctx) => {
          for (const problem of rule.check(value, terms)) {
            ctx.addIssue({ code: "custom", path: [...problem.at], message: problem.message });
          }
        },
        {
          when: (payload) =>
            typeof payload.value === "object" &&
            payload.value !== null &&
            !Array.isArray(payload.value) &&
            !payload.issues.some((issue) => {
              const first = issue.path?.[0];
              return typeof first === "string" && reads.has(first);
            }),
        },
      ),
    );
  }
  return schema as unknown as z.ZodObject<
    { -readonly [K in keyof S]: ZodOfProp<S[K], T> },
    z.core.$strict
  >;
}
