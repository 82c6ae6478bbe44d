/**
 * `npm run model:build`: validates the model and runs every projection of smithy-build.json into
 * build/smithy. Nothing in packages/ changes; `npm run generate` does that.
 */
import { buildModel } from "./lib/model.js";

buildModel();
console.log("Smithy build finished: build/smithy");
