import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from "node:crypto";

export { checkPasswordPolicy } from "./password-policy.js";

/*
 * Passwords are stored as `scrypt$<N>$<r>$<p>$<salt>$<hash>` (salt and hash in base64url), so the
 * cost can be raised later without invalidating existing hashes: each hash carries its own
 * parameters.
 */

export interface ScryptParameters {
  /** CPU/memory cost, a power of two. */
  readonly N: number;
  readonly r: number;
  readonly p: number;
}

export const DEFAULT_SCRYPT_PARAMETERS: ScryptParameters = { N: 2 ** 15, r: 8, p: 1 };

const SALT_BYTES = 16;
const KEY_BYTES = 32;

// The users file is trusted only as far as its permissions go; these bounds keep a crafted hash
// from making one sign-in attempt take gigabytes of memory or minutes of CPU.
export const MAX_SCRYPT_N = 2 ** 20;
const MAX_SCRYPT_R = 32;
const MAX_SCRYPT_P = 16;
const MAX_SCRYPT_MEMORY = 256 * 1024 * 1024;
const SALT_LENGTHS = { min: 8, max: 64 };
const KEY_LENGTHS = { min: 16, max: 64 };

const PREFIX = "scrypt";
const DECIMAL = /^[1-9][0-9]{0,9}$/;
const BASE64URL = /^[A-Za-z0-9_-]+$/;

interface DecodedHash {
  readonly parameters: ScryptParameters;
  readonly salt: Buffer;
  readonly hash: Buffer;
}

export const hashPassword = async (
  password: string,
  parameters: ScryptParameters = DEFAULT_SCRYPT_PARAMETERS,
): Promise<string> => {
  if (!withinBounds(parameters)) throw new RangeError("scrypt parameters out of bounds");
  const salt = randomBytes(SALT_BYTES);
  const hash = await derive(password, salt, KEY_BYTES, parameters);
  const { N, r, p } = parameters;
  return [PREFIX, N, r, p, salt.toString("base64url"), hash.toString("base64url")].join("$");
};

/** False for a wrong password and for an encoding that is malformed or asks for absurd work. */
export const verifyPassword = async (password: string, encoded: string): Promise<boolean> => {
  const decoded = decodePasswordHash(encoded);
  if (decoded === undefined) return false;
  const candidate = await derive(password, decoded.salt, decoded.hash.length, decoded.parameters);
  return timingSafeEqual(candidate, decoded.hash);
};

/**
 * Spends what verifying against a default-cost hash spends, for a user name that does not exist,
 * so that the time a sign-in takes does not tell whether the user exists.
 */
export const verifyAgainstNothing = async (password: string): Promise<false> => {
  await derive(password, randomBytes(SALT_BYTES), KEY_BYTES, DEFAULT_SCRYPT_PARAMETERS);
  return false;
};

export const isWellFormedPasswordHash = (encoded: string): boolean => decodePasswordHash(encoded) !== undefined;

const decodePasswordHash = (encoded: string): DecodedHash | undefined => {
  const fields = encoded.split("$");
  if (fields.length !== 6) return undefined;
  const [prefix, n, r, p, salt, hash] = fields;
  if (prefix !== PREFIX || n === undefined || r === undefined || p === undefined) return undefined;
  if (!DECIMAL.test(n) || !DECIMAL.test(r) || !DECIMAL.test(p)) return undefined;
  const parameters = { N: Number(n), r: Number(r), p: Number(p) };
  if (!withinBounds(parameters)) return undefined;
  const saltBytes = decodeBase64url(salt, SALT_LENGTHS);
  const hashBytes = decodeBase64url(hash, KEY_LENGTHS);
  if (saltBytes === undefined || hashBytes === undefined) return undefined;
  return { parameters, salt: saltBytes, hash: hashBytes };
};

const withinBounds = ({ N, r, p }: ScryptParameters): boolean =>
  Number.isSafeInteger(N) &&
  N >= 2 &&
  N <= MAX_SCRYPT_N &&
  (N & (N - 1)) === 0 &&
  Number.isSafeInteger(r) &&
  r >= 1 &&
  r <= MAX_SCRYPT_R &&
  Number.isSafeInteger(p) &&
  p >= 1 &&
  p <= MAX_SCRYPT_P &&
  scryptMemory({ N, r, p }) <= MAX_SCRYPT_MEMORY;

// OpenSSL refuses to run when its working set (the V array plus p blocks) exceeds maxmem, and
// node's default maxmem (32 MiB) is just below what the default parameters need.
const scryptMemory = ({ N, r, p }: ScryptParameters): number => 128 * r * (N + p + 2);

const decodeBase64url = (
  text: string | undefined,
  lengths: { readonly min: number; readonly max: number },
): Buffer | undefined => {
  if (text === undefined || !BASE64URL.test(text)) return undefined;
  const bytes = Buffer.from(text, "base64url");
  // Buffer.from ignores trailing garbage bits; a canonical round trip rejects it.
  if (bytes.toString("base64url") !== text) return undefined;
  if (bytes.length < lengths.min || bytes.length > lengths.max) return undefined;
  return bytes;
};

const derive = (password: string, salt: Buffer, length: number, parameters: ScryptParameters): Promise<Buffer> => {
  const options: ScryptOptions = { ...parameters, maxmem: scryptMemory(parameters) + 1024 * 1024 };
  // The same password typed on different systems may arrive composed or decomposed.
  const normalized = password.normalize("NFC");
  return new Promise((resolve, reject) => {
    scrypt(normalized, salt, length, options, (error, key) => (error ? reject(error) : resolve(key)));
  });
};
