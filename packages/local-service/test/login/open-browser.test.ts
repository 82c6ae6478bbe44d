import { chmod, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";

import { afterEach, beforeEach, describe, expect, it } from "vitest";

import { openBrowser } from "../../src/login/open-browser.js";

describe("openBrowser", () => {
  let root: string;
  beforeEach(async () => {
    root = await mkdtemp(join(tmpdir(), "open-browser-"));
  });
  afterEach(async () => {
    await rm(root, { recursive: true, force: true });
  });

  it("resolves false, without throwing, when no opener can be started", async () => {
    for (const platform of ["linux", "darwin", "win32"] as const) {
      await expect(openBrowser("http://127.0.0.1/x", { platform, env: { PATH: root } })).resolves.toBe(false);
    }
  });

  it.skipIf(process.platform === "win32")("runs xdg-open with the URL on Linux", async () => {
    const received = join(root, "received");
    const opener = join(root, "xdg-open");
    await writeFile(opener, `#!/bin/sh\nprintf '%s' "$1" > '${received}'\n`);
    await chmod(opener, 0o755);
    const url = "http://127.0.0.1:8080/v1/authorize?a=1&b=%2F";
    await expect(openBrowser(url, { platform: "linux", env: { PATH: root } })).resolves.toBe(true);
    await expect.poll(() => readFile(received, "utf8").catch(() => ""), { timeout: 5000 }).toBe(url);
  });
});
