/**
 * `npm run model:diff`: fails when the model breaks backward compatibility with the released model
 * (codegen/baseline/signin.json) and the break is not acknowledged in
 * codegen/compat-acknowledgements.json. Smithy cannot suppress ERROR-level diff events through model
 * metadata, so acknowledgements live in that file, each with a reason a reviewer can judge.
 */
import { checkCompatibility, describeReport } from "./lib/compat.js";

const report = checkCompatibility();
const summary = describeReport(report);
if (summary) console.log(summary);
if (report.unacknowledged.length > 0 || report.stale.length > 0) {
  console.error(
    "\nThe model is not backward compatible with the released model. Revert the change, or acknowledge each\n" +
      "event in codegen/compat-acknowledgements.json with a reason.",
  );
  process.exit(1);
}
console.log("Model is backward compatible with the released baseline.");
