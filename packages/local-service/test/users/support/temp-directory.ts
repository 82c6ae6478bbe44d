import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";

import { afterEach, beforeEach } from "vitest";

/** A fresh temp directory per test, removed afterwards; read `.path` inside a test. */
export const useTempDirectory = (): { readonly path: string } => {
  let path: string | undefined;
  beforeEach(async () => {
    path = await mkdtemp(join(tmpdir(), "open-signin-users-"));
  });
  afterEach(async () => {
    if (path !== undefined) await rm(path, { recursive: true, force: true });
    path = undefined;
  });
  return {
    get path(): string {
      if (path === undefined) throw new Error("used outside a test");
      return path;
    },
  };
};
