import type { z } from "zod";

/**
 * Reads a JSON record back from an AtomicStore, checked against the schema it was written with.
 * A store outlives a process and may be shared, so a record is input like any other: one that is
 * not JSON or does not match fails loudly here instead of as a wrong decision later. The error
 * names the kind of record only, never its contents.
 */
export function parseStoredRecord<T>(schema: z.ZodType<T>, raw: string, kind: string): T {
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    throw new Error(`a stored ${kind} record is not JSON`);
  }
  const result = schema.safeParse(value);
  if (!result.success) throw new Error(`a stored ${kind} record does not match its schema`);
  return result.data;
}
