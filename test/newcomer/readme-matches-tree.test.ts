/**
 * The README's layout table and scripts list describe the repository as it is: every top-level
 * folder and package has a row, every row names something that exists, and the scripts list is
 * exactly the npm scripts (with the file each one runs).
 */
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync, readdirSync } from "node:fs";

import { describe, expect, it } from "vitest";

import { fromRoot, repoRoot } from "../../scripts/lib/paths.js";

const readme = readFileSync(fromRoot("README.md"), "utf8");

/** First-column cells of the Markdown table under `heading`, split into their code spans. */
function firstColumn(heading: string): string[][] {
  const section = new RegExp(`^## ${heading}\\n([\\s\\S]*?)(?=^## )`, "m").exec(readme)?.[1];
  if (!section) throw new Error(`README has no "## ${heading}" section`);
  return section
    .split("\n")
    .filter((line) => line.startsWith("| `"))
    .map((line) => [...line.split("|")[1]!.matchAll(/`([^`]+)`/g)].map((match) => match[1]!));
}

describe("README matches the tree", () => {
  const layout = firstColumn("Layout").flat();

  it("every path in the layout table exists", () => {
    expect(layout.filter((path) => !existsSync(fromRoot(path)))).toEqual([]);
  });

  it("every tracked top-level folder and every package has a row", () => {
    const tracked = execFileSync("git", ["ls-files"], { cwd: repoRoot, encoding: "utf8" }).split("\n");
    const folders = [...new Set(tracked.filter((path) => path.includes("/")).map((path) => path.split("/")[0]!))];
    const packages = readdirSync(fromRoot("packages")).map((name) => `packages/${name}`);
    const covered = (path: string) =>
      layout.some((row) => row.replace(/\/$/, "") === path || row.startsWith(`${path}/`));
    expect(
      [...folders.filter((folder) => folder !== "packages"), ...packages].filter((path) => !covered(path)),
    ).toEqual([]);
  });

  it("the scripts list is exactly the npm scripts, each with the file it runs", () => {
    const scripts = (JSON.parse(readFileSync(fromRoot("package.json"), "utf8")) as { scripts: Record<string, string> })
      .scripts;
    const listed = firstColumn("Scripts").map(([command]) => command!.replace(/^npm (run )?/, ""));
    expect(listed.sort()).toEqual(
      Object.keys(scripts)
        .filter((name) => !/^(pre|post)/.test(name))
        .sort(),
    );
    const section = /^## Scripts\n([\s\S]*?)(?=^## )/m.exec(readme)![1]!;
    for (const [name, command] of Object.entries(scripts)) {
      const file = /scripts\/[\w-]+\.ts/.exec(command)?.[0];
      if (file) expect(section, `${name} runs ${file}`).toContain(`\`${file}\``);
    }
  });
});
