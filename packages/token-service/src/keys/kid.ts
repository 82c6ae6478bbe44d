import { randomToken, type RandomSource } from "../runtime/random.js";

/** Kids are 16 random bytes as base64url, so they are safe in file names and token prefixes. */
const KID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;

export const newKid = (random: RandomSource): string => randomToken(random, 16);

export const isKid = (value: unknown): value is string => typeof value === "string" && KID_PATTERN.test(value);
