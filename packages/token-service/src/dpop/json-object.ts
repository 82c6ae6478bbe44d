/** A parsed JSON object whose members are not yet trusted. */
export type JsonObject = Readonly<Record<string, unknown>>;

export const isJsonObject = (value: unknown): value is JsonObject =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/**
 * Reads a member only if the object itself has it: a plain `object[name]` would also find
 * inherited members such as `constructor`, which a client never sent.
 */
export const ownMember = (object: JsonObject, name: string): unknown =>
  Object.hasOwn(object, name) ? object[name] : undefined;
