import { type KeyObject, createPrivateKey, createPublicKey, generateKeyPairSync } from "node:crypto";

export interface KeyPair {
  readonly privateKey: KeyObject;
  readonly publicKey: KeyObject;
}

/**
 * `generateKeyPairSync`, with the keys handed back as KeyObjects of their own, imported from the
 * generated DER, instead of the ones node:crypto's key generation job returns.
 *
 * Why: on Node 20 a key object returned by the generation job shares a lock with that job. When a
 * garbage collection that finalizes the job runs while the key holds the lock (exporting it as a
 * JWK allocates under it), the job's destructor waits on the same lock and the thread hangs for
 * good: a test worker, the benchmark's load generator and a minimal loop (generate a P-256 pair,
 * export its JWK, repeat) all froze this way. Keys imported from bytes share nothing with the job.
 */
export function generateKeyPair(type: "ec", options: { readonly namedCurve: string }): KeyPair;
export function generateKeyPair(type: "rsa", options: { readonly modulusLength: number }): KeyPair;
export function generateKeyPair(type: "ed25519"): KeyPair;
export function generateKeyPair(
  type: "ec" | "rsa" | "ed25519",
  options: { readonly namedCurve?: string; readonly modulusLength?: number } = {},
): KeyPair {
  const { privateKey: der } = generateKeyPairSync(type as "ec", {
    ...(options as { namedCurve: string }),
    publicKeyEncoding: { type: "spki", format: "der" },
    privateKeyEncoding: { type: "pkcs8", format: "der" },
  });
  const privateKey = createPrivateKey({ key: der, format: "der", type: "pkcs8" });
  return { privateKey, publicKey: createPublicKey(privateKey) };
}
