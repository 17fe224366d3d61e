// Rewrites the golden fixtures from the current dataset: `npm run fixtures:update`.
import { writeFileSync } from "node:fs";
import {
  EXPOSURE_GOLDEN_PATH,
  exposureGoldenFixture,
  goldenFixture,
  GOLDEN_PATH,
  IRAN,
  IRAN_EXPOSURE_GOLDEN_PATH,
  IRAN_GOLDEN_PATH,
} from "../test/fixtures/golden.js";

writeFileSync(GOLDEN_PATH, goldenFixture());
writeFileSync(EXPOSURE_GOLDEN_PATH, exposureGoldenFixture());
writeFileSync(IRAN_GOLDEN_PATH, goldenFixture(IRAN));
writeFileSync(IRAN_EXPOSURE_GOLDEN_PATH, exposureGoldenFixture(IRAN));
console.log(
  `wrote ${GOLDEN_PATH}, ${EXPOSURE_GOLDEN_PATH}, ${IRAN_GOLDEN_PATH} and ${IRAN_EXPOSURE_GOLDEN_PATH}`,
);
