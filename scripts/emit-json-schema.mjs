#!/usr/bin/env node
// postbuild: writes dist/json-schema/<name>.schema.json from the built schemas entry, so that
// the shipped files are exactly what `toJsonSchema(name)` returns.
import { mkdirSync, writeFileSync } from "node:fs";
import { JSON_SCHEMA_NAMES, toJsonSchema } from "../dist/schemas/index.js";

mkdirSync("dist/json-schema", { recursive: true });
for (const name of JSON_SCHEMA_NAMES) {
  writeFileSync(
    `dist/json-schema/${name}.schema.json`,
    `${JSON.stringify(toJsonSchema(name), null, 2)}\n`,
  );
}
console.log(`wrote ${JSON_SCHEMA_NAMES.length} JSON Schema files to dist/json-schema/`);
