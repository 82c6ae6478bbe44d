import { randomBytes, randomFillSync, randomUUID } from "node:crypto";

/**
 * Every random value the service mints (codes, ids, key ids, credentials, AES-GCM nonces) comes
 * from a RandomSource, so that wire snapshots can be made deterministic by injecting a seeded one.
 * Production always uses {@link cryptoRandom}.
 */
export interface RandomSource {
  bytes(size: number): Buffer;
  uuid(): string;
}

// A refresh takes about six small draws (nonces, a token id, credentials); one fill of the CSPRNG
// serves hundreds of them. Every byte is handed out once, copied, and wiped from the pool.
const POOL_BYTES = 4096;
const POOLED_MAX = 256;
let pool = Buffer.alloc(0);
let poolOffset = 0;

function pooledRandomBytes(size: number): Buffer {
  if (size > POOLED_MAX) return randomBytes(size);
  if (poolOffset + size > pool.length) {
    pool = randomFillSync(Buffer.allocUnsafeSlow(POOL_BYTES));
    poolOffset = 0;
  }
  const bytes = Buffer.from(pool.subarray(poolOffset, poolOffset + size));
  pool.fill(0, poolOffset, poolOffset + size);
  poolOffset += size;
  return bytes;
}

export const cryptoRandom: RandomSource = {
  bytes: pooledRandomBytes,
  // node:crypto already draws UUIDs from a pooled cache.
  uuid: () => randomUUID(),
};

/** `size` random bytes as unpadded base64url text. */
export const randomToken = (random: RandomSource, size: number): string => random.bytes(size).toString("base64url");
