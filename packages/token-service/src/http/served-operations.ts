/**
 * The HTTP bindings of the operations this service serves, as the model declares them (`@http`).
 * Several share POST /v1/token and differ only by a literal query parameter; the generated router
 * tells them apart the same way (a binding with a query literal outranks the bare path), and so
 * does {@link servedOperationOf}, which the runtime needs before the generated handler runs: to
 * pick the body transcoding (only CreateOAuth2Token takes OAuth form bodies) and to label logs.
 *
 * test/http/served-operations.test.ts checks this table against the generated server SDK's router,
 * so it cannot drift from the model.
 */
export interface ServedOperationBinding {
  readonly name: ServedOperationName;
  readonly path: string;
  /** The query parameter that must be present with this value, if any. */
  readonly queryLiteral?: readonly [name: string, value: string];
}

export type ServedOperationName =
  | "CreateOAuth2Token"
  | "CreateOAuth2TokenWithIAM"
  | "CreateOAuth2TokenWithTokenExchange"
  | "CreateBearerToken"
  | "RevokeOAuth2TokenWithIAM"
  | "IntrospectOAuth2TokenWithIAM"
  | "ListSessions"
  | "GetSession"
  | "BatchRevokeSessions";

export const servedOperations: readonly ServedOperationBinding[] = [
  { name: "CreateOAuth2Token", path: "/v1/token" },
  { name: "CreateOAuth2TokenWithIAM", path: "/v1/token", queryLiteral: ["x-amz-client-auth-method", "iam"] },
  {
    name: "CreateOAuth2TokenWithTokenExchange",
    path: "/v1/token",
    queryLiteral: ["x-amz-oauth-token-method", "token-exchange"],
  },
  { name: "CreateBearerToken", path: "/v1/token", queryLiteral: ["x-amz-token-request-type", "bearer"] },
  { name: "RevokeOAuth2TokenWithIAM", path: "/v1/revoke", queryLiteral: ["x-amz-client-auth-method", "iam"] },
  { name: "IntrospectOAuth2TokenWithIAM", path: "/v1/introspect", queryLiteral: ["x-amz-client-auth-method", "iam"] },
  { name: "ListSessions", path: "/list-sessions" },
  { name: "GetSession", path: "/get-session" },
  { name: "BatchRevokeSessions", path: "/batch-revoke-sessions" },
];

/** The distinct paths to mount, each with the operations reachable there. */
export const servedPaths = (): ReadonlyMap<string, readonly ServedOperationName[]> => {
  const paths = new Map<string, ServedOperationName[]>();
  for (const { name, path } of servedOperations) paths.set(path, [...(paths.get(path) ?? []), name]);
  return paths;
};

/**
 * The operation a POST to `url` addresses, or undefined if none (the generated handler then answers
 * UnknownOperationException). Bindings with a query literal are tried first, like the generated
 * router does, so that plain /v1/token stays CreateOAuth2Token.
 */
export function servedOperationOf(url: URL): ServedOperationName | undefined {
  let fallback: ServedOperationName | undefined;
  for (const { name, path, queryLiteral } of servedOperations) {
    if (path !== url.pathname) continue;
    if (queryLiteral === undefined) fallback = name;
    else if (url.searchParams.getAll(queryLiteral[0]).includes(queryLiteral[1])) return name;
  }
  return fallback;
}
