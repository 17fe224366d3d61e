import js from "@eslint/js";
import { defineConfig } from "eslint/config";
import tseslint from "typescript-eslint";

export default defineConfig(
  {
    ignores: [
      "dist/**",
      "docs-html/**",
      "coverage/**",
      ".test-results/**",
      "bench/.data/**",
      // Written by `npm run data:build` from data/; checked by `npm run data:build -- --check`.
      "src/generated/**",
    ],
  },
  js.configs.recommended,
  tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      "@typescript-eslint/restrict-template-expressions": ["error", { allowNumber: true }],
    },
  },
  {
    // The library core is isomorphic and pure: no Node built-ins, no clock.
    files: ["src/**/*.ts"],
    ignores: ["src/cli/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: ["node:*"], message: "The library core must not use Node built-ins." },
          ],
        },
      ],
      "no-restricted-syntax": [
        "error",
        {
          selector: "NewExpression[callee.name='Date'][arguments.length=0]",
          message: "The library never reads the clock: the caller says which day.",
        },
        {
          selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']",
          message: "The library never reads the clock: the caller says which day.",
        },
      ],
    },
  },
  {
    // Layers point down: the engine (days, model, compile, query) names no dataset. Only
    // src/datasets binds the bundled data, from src/generated, for the entry points above it.
    files: [
      "src/{assess,core,dataset,dates,documents,exposure,figures,grammar,risk,sources,timeline}/**/*.ts",
      "src/errors.ts",
      "src/freeze.ts",
      "src/keys.ts",
    ],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: ["node:*"], message: "The library core must not use Node built-ins." },
            {
              group: ["**/datasets/*", "**/generated/*", "../index.js", "**/cli/*", "**/data/*"],
              message:
                "The engine names no dataset and imports only downward: take the dataset as an argument.",
            },
          ],
        },
      ],
    },
  },
  {
    // The grammar is the model layer: it says what records are, and knows nothing of how they
    // are compiled or queried (it may use days, messages' key rules and place-name keys).
    files: ["src/grammar/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: ["node:*"], message: "The library core must not use Node built-ins." },
            {
              group: [
                "../**",
                "!../dates",
                "!../dates/**",
                "!../errors.js",
                "!../keys.js",
                "!../exposure",
                "!../exposure/place-names.js",
              ],
              message: "The grammar (model layer) imports only days, errors, keys and place names.",
            },
          ],
        },
      ],
    },
  },
  {
    // Schemas sit above the datasets and below the command line.
    files: ["src/schemas/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        { patterns: [{ group: ["**/cli/*"], message: "Schemas must not import the CLI." }] },
      ],
    },
  },
  {
    // The main entry must not load zod at run time (type-only imports are fine).
    files: ["src/**/*.ts"],
    ignores: ["src/schemas/**", "src/cli/**"],
    rules: {
      "@typescript-eslint/no-restricted-imports": [
        "error",
        {
          paths: [
            {
              name: "zod",
              message: "Only src/schemas and src/cli may load zod.",
              allowTypeImports: true,
            },
          ],
        },
      ],
    },
  },
  {
    files: ["**/*.{js,mjs,cjs}"],
    extends: [tseslint.configs.disableTypeChecked],
    languageOptions: {
      globals: { process: "readonly", console: "readonly", URL: "readonly" },
    },
  },
);
