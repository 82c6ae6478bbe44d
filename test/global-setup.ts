/**
 * Runs once before the repository suite: builds the model with the Smithy CLI so that tests read a
 * fresh build/smithy (and a resolved build/smithy-cp) rather than whatever an earlier run left.
 */
import { buildModel } from "../scripts/lib/model.js";

export default function setup(): void {
  buildModel();
}
