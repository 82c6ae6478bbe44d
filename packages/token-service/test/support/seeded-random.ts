import { createHmac } from "node:crypto";

import type { RandomSource } from "../../src/runtime/random.js";

/**
 * A deterministic RandomSource for tests: the stream HMAC-SHA256(seed, counter) for counter = 0,
 * 1, 2, … Equal seeds give equal streams, so everything drawn from it is reproducible.
 */
export const seededRandom = (seed: string): RandomSource => {
  let counter = 0;
  let pool = Buffer.alloc(0);
  const bytes = (size: number): Buffer => {
    while (pool.length < size) {
      const block = createHmac("sha256", seed).update(String(counter++)).digest();
      pool = Buffer.concat([pool, block]);
    }
    const out = pool.subarray(0, size);
    pool = pool.subarray(size);
    return Buffer.from(out);
  };
  return {
    bytes,
    uuid: () => {
      const b = bytes(16);
      b[6] = ((b[6] ?? 0) & 0x0f) | 0x40;
      b[8] = ((b[8] ?? 0) & 0x3f) | 0x80;
      const hex = b.toString("hex");
      return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
    },
  };
};
