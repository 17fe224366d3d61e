import type { Source } from "../../src/index.js";

/** A synthetic source for records made up in tests. */
export const testSource: Source = {
  id: "test-source",
  publisher: "Test",
  title: "Test source",
  url: "https://example.org/",
  published: null,
  kind: "secondary",
};
