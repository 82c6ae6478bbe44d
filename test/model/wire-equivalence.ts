/**
 * Compares two Smithy JSON AST models for wire-relevant differences.
 *
 * Everything a client or server puts on, or reads from, the wire counts: shape ids and types,
 * members (names, order, targets), and every trait value. Only these do not count:
 *
 * - documentation (`smithy.api#documentation`, and `documentation` fields inside trait values such
 *   as endpoint rule parameters and endpoint test cases);
 * - examples and test traits (`smithy.api#examples`, `smithy.test#*`), which describe the wire but
 *   do not change it.
 */
type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

interface AstShape {
  type: string;
  members?: Record<string, { target: string; traits?: Record<string, Json> }>;
  traits?: Record<string, Json>;
  [key: string]: Json | undefined | Record<string, unknown>;
}

export interface JsonAst {
  smithy: string;
  shapes: Record<string, AstShape>;
  metadata?: Record<string, Json>;
}

const ignoredTraits = new Set(["smithy.api#documentation", "smithy.api#examples"]);
const isIgnoredTrait = (id: string): boolean => ignoredTraits.has(id) || id.startsWith("smithy.test#");

/** Removes `documentation` fields at any depth inside a trait value. */
function withoutDocumentation(value: Json): Json {
  if (Array.isArray(value)) return value.map(withoutDocumentation);
  if (value !== null && typeof value === "object") {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([key]) => key !== "documentation")
        .map(([key, inner]) => [key, withoutDocumentation(inner)]),
    );
  }
  return value;
}

const render = (value: unknown): string => (value === undefined ? "(absent)" : JSON.stringify(value));

function compareJson(path: string, expected: Json | undefined, actual: Json | undefined, out: string[]): void {
  if (
    expected === undefined ||
    actual === undefined ||
    typeof expected !== "object" ||
    typeof actual !== "object" ||
    expected === null ||
    actual === null
  ) {
    if (JSON.stringify(expected) !== JSON.stringify(actual))
      out.push(`${path}: expected ${render(expected)}, found ${render(actual)}`);
    return;
  }
  if (Array.isArray(expected) !== Array.isArray(actual)) {
    out.push(`${path}: expected ${render(expected)}, found ${render(actual)}`);
    return;
  }
  if (Array.isArray(expected) && Array.isArray(actual)) {
    if (expected.length !== actual.length)
      out.push(`${path}: expected ${expected.length} items, found ${actual.length}`);
    expected.forEach((item, index) => compareJson(`${path}[${index}]`, item, actual[index], out));
    return;
  }
  const expectedObject = expected as Record<string, Json>;
  const actualObject = actual as Record<string, Json>;
  for (const key of new Set([...Object.keys(expectedObject), ...Object.keys(actualObject)])) {
    compareJson(`${path}.${key}`, expectedObject[key], actualObject[key], out);
  }
}

function compareTraits(
  path: string,
  expected: Record<string, Json> = {},
  actual: Record<string, Json> = {},
  out: string[],
): void {
  const ids = new Set([...Object.keys(expected), ...Object.keys(actual)].filter((id) => !isIgnoredTrait(id)));
  for (const id of [...ids].sort()) {
    const e = expected[id];
    const a = actual[id];
    if (e === undefined) out.push(`${path}: unexpected trait ${id} = ${render(a)}`);
    else if (a === undefined) out.push(`${path}: missing trait ${id} (expected ${render(e)})`);
    else compareJson(`${path} trait ${id}`, withoutDocumentation(e), withoutDocumentation(a), out);
  }
}

/**
 * Lists every wire-relevant difference between the shapes of `namespace` in two models. An empty
 * list means the models are wire-identical.
 */
export function wireDifferences(expected: JsonAst, actual: JsonAst, namespace: string): string[] {
  const out: string[] = [];
  const inNamespace = (ast: JsonAst) => Object.keys(ast.shapes).filter((id) => id.startsWith(`${namespace}#`));
  const expectedIds = new Set(inNamespace(expected));
  const actualIds = new Set(inNamespace(actual));
  for (const id of actualIds) if (!expectedIds.has(id)) out.push(`${id}: shape is not in the published model`);

  for (const id of [...expectedIds].sort()) {
    const e = expected.shapes[id]!;
    const a = actual.shapes[id];
    if (!a) {
      out.push(`${id}: shape is missing`);
      continue;
    }
    const { members: eMembers, traits: eTraits, ...eRest } = e;
    const { members: aMembers, traits: aTraits, ...aRest } = a;
    // Shape properties other than members and traits: type, version, operations, input, output, errors...
    compareJson(id, eRest as Json, aRest as Json, out);
    compareTraits(id, eTraits, aTraits, out);

    const eNames = Object.keys(eMembers ?? {});
    const aNames = Object.keys(aMembers ?? {});
    if (eNames.join(",") !== aNames.join(",")) {
      out.push(`${id}: members expected in order [${eNames.join(", ")}], found [${aNames.join(", ")}]`);
    }
    for (const name of eNames) {
      const em = eMembers![name]!;
      const am = aMembers?.[name];
      if (!am) continue;
      if (em.target !== am.target) out.push(`${id}$${name}: target expected ${em.target}, found ${am.target}`);
      compareTraits(`${id}$${name}`, em.traits, am.traits, out);
    }
  }
  return out;
}
