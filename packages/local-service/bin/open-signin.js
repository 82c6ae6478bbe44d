#!/usr/bin/env node
// The `open-signin` command. npm links package bins when it installs (`npm ci`), before anything
// is built, and links none whose file is missing; so the bin is this committed file, and the
// command itself is the compiled dist/cli/main.js.
import { existsSync } from "node:fs";

const main = new URL("../dist/cli/main.js", import.meta.url);
if (!existsSync(main)) {
  process.stderr.write(
    "open-signin is not built yet. In the repository, run `npm start` (builds, then serves) or `npm run build`.\n",
  );
  process.exit(1);
}
await import(main.href);
