import { readdirSync, readFileSync } from "node:fs";
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { describe, expect, it } from "vitest";
import { JSON_SCHEMA_NAMES, toJsonSchema } from "../../src/schemas/index.js";

const pkg = JSON.parse(readFileSync("package.json", "utf8")) as { version: string };

describe("the shipped JSON Schema files (dist/json-schema)", () => {
  it("are exactly one file per schema name", () => {
    const shipped = readdirSync("dist/json-schema").sort();
    expect(shipped).toEqual(JSON_SCHEMA_NAMES.map((n) => `${n}.schema.json`).sort());
  });

  for (const name of JSON_SCHEMA_NAMES) {
    it(`${name}: equals toJsonSchema(), names this version in $id, compiles in strict mode`, () => {
      const file = JSON.parse(
        readFileSync(`dist/json-schema/${name}.schema.json`, "utf8"),
      ) as Record<string, unknown>;
      expect(file).toEqual(toJsonSchema(name));
      expect(file.$id).toBe(
        `https://cdn.jsdelivr.net/npm/afghan-refugees@${pkg.version}/dist/json-schema/${name}.schema.json`,
      );
      expect(typeof file.description).toBe("string");
      const ajv = new Ajv2020({ strict: true, allErrors: true });
      addFormats.default(ajv);
      expect(() => ajv.compile(file)).not.toThrow();
    });
  }
});
