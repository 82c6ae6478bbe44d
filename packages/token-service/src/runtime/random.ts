import { randomBytes, randomUUID } from "node:crypto";

/**
 * Every random value the service mints (codes, ids, key ids, credentials, AES-GCM nonces) comes
 * from a RandomSource, so that wire snapshots can be made deterministic by injecting a seeded one.
 * Production always uses {@link cryptoRandom}.
 */
export interface RandomSource {
  bytes(size: number): Buffer;
  uuid(): string;
}

export const cryptoRandom: RandomSource = {
  bytes: (size) => randomBytes(size),
  uuid: () => randomUUID(),
};

/** `size` random bytes as unpadded base64url text. */
export const randomToken = (random: RandomSource, size: number): string => random.bytes(size).toString("base64url");
