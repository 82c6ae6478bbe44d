/**
 * The Smithy toolchain versions live in gradle.properties only. Both build routes must read them
 * from there and must ask for the same artifacts; this suite fails as soon as they drift apart.
 */
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";

import { XMLParser } from "fast-xml-parser";
import { describe, expect, it } from "vitest";

import { fromRoot } from "../../scripts/lib/paths.js";
import {
  classpathJars,
  parseProperties,
  readToolchainVersions,
  resolveClasspath,
} from "../../scripts/lib/toolchain.js";

const versions = readToolchainVersions();
const isSmithyGroup = (group: string) => group.startsWith("software.amazon.smithy");

interface Coordinate {
  group: string;
  artifact: string;
  version: string;
}

function mavenCoordinates(): Coordinate[] {
  const pom = new XMLParser().parse(readFileSync(fromRoot("codegen", "pom.xml"), "utf8")) as {
    project: { dependencies: { dependency: { groupId: string; artifactId: string; version: string }[] } };
  };
  return pom.project.dependencies.dependency.map((d) => ({
    group: d.groupId,
    artifact: d.artifactId,
    version: String(d.version),
  }));
}

function gradleCoordinates(): Coordinate[] {
  const script = readFileSync(fromRoot("build.gradle.kts"), "utf8");
  return [...script.matchAll(/"(software\.amazon\.smithy[\w.]*):([\w-]+):([^"]+)"/g)].map(
    ([, group, artifact, version]) => ({
      group: group!,
      artifact: artifact!,
      version: version!,
    }),
  );
}

const key = (c: Coordinate) => `${c.group}:${c.artifact}`;

describe("toolchain versions have a single source", () => {
  it("gradle.properties names every toolchain version", () => {
    expect(Object.keys(versions).sort()).toEqual([
      "smithyGradlePluginVersion",
      "smithyTypeScriptVersion",
      "smithyVersion",
    ]);
    for (const value of Object.values(versions)) expect(value).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it("codegen/pom.xml takes every Smithy version from gradle.properties", () => {
    const coordinates = mavenCoordinates().filter((c) => isSmithyGroup(c.group));
    expect(coordinates.length).toBeGreaterThan(0);
    for (const c of coordinates) {
      const property = /^\$\{(\w+)\}$/.exec(c.version)?.[1];
      expect(property, `${key(c)} hard-codes ${c.version}`).toBeDefined();
      expect(versions, `${key(c)} uses \${${property}}, which gradle.properties lacks`).toHaveProperty(property!);
    }
  });

  it("build.gradle.kts and settings.gradle.kts take every version from gradle.properties", () => {
    const coordinates = gradleCoordinates();
    expect(coordinates.length).toBeGreaterThan(0);
    const declared = [
      ...readFileSync(fromRoot("build.gradle.kts"), "utf8").matchAll(/val (\w+): String by project/g),
    ].map((m) => m[1]!);
    for (const c of coordinates) {
      const property = /^\$(\w+)$/.exec(c.version)?.[1];
      expect(property, `${key(c)} hard-codes ${c.version}`).toBeDefined();
      expect(declared).toContain(property);
      expect(versions).toHaveProperty(property!);
    }
    const settings = readFileSync(fromRoot("settings.gradle.kts"), "utf8");
    expect(settings).toMatch(/val smithyGradlePluginVersion: String by settings/);
    expect(settings).toMatch(/\.version\(smithyGradlePluginVersion\)/);
  });

  it("both routes ask for the same artifacts with the same version keys", () => {
    const maven = mavenCoordinates()
      .filter((c) => isSmithyGroup(c.group))
      .map((c) => `${key(c)}@${c.version.replace(/^\$\{(\w+)\}$/, "$1")}`)
      .sort();
    const gradle = gradleCoordinates()
      .map((c) => `${key(c)}@${c.version.replace(/^\$(\w+)$/, "$1")}`)
      .sort();
    expect(gradle).toEqual(maven);
  });

  it("the Maven route resolves exactly those versions", () => {
    resolveClasspath();
    const jars = classpathJars();
    for (const c of mavenCoordinates().filter((c) => isSmithyGroup(c.group))) {
      const property = /^\$\{(\w+)\}$/.exec(c.version)![1]!;
      expect(jars).toContain(`${c.artifact}-${versions[property]}.jar`);
    }
    // Transitive Smithy core jars must not drift from the pinned core either.
    for (const jar of jars.filter((name) => /^smithy-(?!typescript|aws-typescript)/.test(name))) {
      expect(jar).toMatch(new RegExp(`-${versions.smithyVersion!.replace(/\./g, "\\.")}\\.jar$`));
    }
  });

  it("every Gradle plugin in settings.gradle.kts has a plugin marker on Maven Central at the pinned version", () => {
    const settings = readFileSync(fromRoot("settings.gradle.kts"), "utf8");
    const plugins = [...settings.matchAll(/id\("([\w.-]+)"\)\.version\((\w+)\)/g)].map(([, id, property]) => ({
      id: id!,
      version: versions[property!]!,
    }));
    expect(plugins.length).toBeGreaterThan(0);
    for (const { id, version } of plugins) {
      expect(version, `${id}: gradle.properties lacks its version`).toBeDefined();
      // Gradle finds a plugin by id through this marker artifact (groupId = id, artifactId = id.gradle.plugin).
      const marker = `${id}:${id}.gradle.plugin:${version}:pom`;
      const result = spawnSync(
        "mvn",
        [
          "-B",
          "-q",
          "dependency:get",
          `-Dartifact=${marker}`,
          "-Dtransitive=false",
          "-DremoteRepositories=central::default::https://repo.maven.apache.org/maven2",
        ],
        { encoding: "utf8" },
      );
      expect(result.status, `${marker} does not resolve from Maven Central:\n${result.stdout}${result.stderr}`).toBe(0);
    }
  }, 120_000);

  it("parses properties strictly", () => {
    expect(parseProperties("# c\n! c\na=1\nb : 2\n")).toEqual({ a: "1", b: "2" });
    expect(() => parseProperties("not a property line")).toThrow(/line 1/);
  });
});
