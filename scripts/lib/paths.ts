import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

/** Absolute path of the repository root; scripts work from any current directory. */
export const repoRoot = join(dirname(fileURLToPath(import.meta.url)), "..", "..");

export const fromRoot = (...segments: string[]): string => join(repoRoot, ...segments);

/** Where the Smithy CLI writes projections (build/smithy/<projection>/<plugin>/). */
export const smithyOutputDir = fromRoot("build", "smithy");
