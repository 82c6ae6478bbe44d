import { readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Readable } from "node:stream";

import { type SigninService, getSigninServiceHandler } from "@open-signin/server-sdk";
import { HttpRequest } from "@smithy/protocol-http";
import { describe, expect, it } from "vitest";

import { servedOperationOf, servedOperations } from "../../src/http/served-operations.js";

const generatedOperations = readdirSync(
  fileURLToPath(new URL("../../../server-sdk/src/server/operations/", import.meta.url)),
)
  .filter((name) => name.endsWith(".ts") && name !== "index.ts")
  .map((name) => name.slice(0, -3))
  .sort();

/** The operation the generated router picks for a request, found by letting it call a recorder. */
async function routedBy(path: string, query: Record<string, string>): Promise<string | undefined> {
  let reached: string | undefined;
  const service = Object.fromEntries(
    generatedOperations.map((name) => [
      name,
      () => {
        reached = name;
        return Promise.resolve({});
      },
    ]),
  ) as unknown as SigninService<object>;
  const handler = getSigninServiceHandler(service, () => undefined);
  await handler.handle(
    new HttpRequest({
      method: "POST",
      hostname: "localhost",
      path,
      query,
      headers: { "content-type": "application/json" },
      body: Readable.from(["{}"]),
    }),
    {},
  );
  return reached;
}

describe("served-operations.ts", () => {
  it("lists exactly the operations of the server projection", () => {
    expect(servedOperations.map(({ name }) => name).sort()).toEqual(generatedOperations);
  });

  it.each(servedOperations.map((binding) => [binding.name, binding] as const))(
    "binds %s as the generated router does",
    async (name, { path, queryLiteral }) => {
      const query = queryLiteral ? { [queryLiteral[0]]: queryLiteral[1] } : {};
      expect(await routedBy(path, query)).toBe(name);
      const url = new URL(`http://localhost${path}?${new URLSearchParams(query).toString()}`);
      expect(servedOperationOf(url)).toBe(name);
    },
  );

  it("agrees with the generated router on queries that select nothing special", async () => {
    for (const [path, query] of [
      ["/v1/token", { "x-amz-client-auth-method": "other" }],
      ["/v1/token", { unrelated: "1" }],
      ["/v1/revoke", {}],
      ["/v1/introspect", { "x-amz-client-auth-method": "none" }],
      ["/get-resource-policy", {}],
    ] as const) {
      const url = new URL(`http://localhost${path}?${new URLSearchParams(query).toString()}`);
      expect(servedOperationOf(url), `${path} ${JSON.stringify(query)}`).toBe(await routedBy(path, query));
    }
  });
});
