// Rewrites the golden fixtures from the current dataset: `npm run fixtures:update`.
import { writeFileSync } from "node:fs";
import {
  EXPOSURE_GOLDEN_PATH,
  exposureGoldenFixture,
  goldenFixture,
  GOLDEN_PATH,
} from "../test/fixtures/golden.js";

writeFileSync(GOLDEN_PATH, goldenFixture());
writeFileSync(EXPOSURE_GOLDEN_PATH, exposureGoldenFixture());
console.log(`wrote ${GOLDEN_PATH} and ${EXPOSURE_GOLDEN_PATH}`);
