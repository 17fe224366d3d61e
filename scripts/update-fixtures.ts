// Rewrites the golden fixtures from the current dataset: `npm run fixtures:update`.
import { writeFileSync } from "node:fs";
import { goldenFixture, GOLDEN_PATH } from "../test/fixtures/golden.js";

writeFileSync(GOLDEN_PATH, goldenFixture());
console.log(`wrote ${GOLDEN_PATH}`);
