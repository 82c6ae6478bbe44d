import { spawn } from "node:child_process";
import { createPublicKey, sign, verify } from "node:crypto";
import { fileURLToPath } from "node:url";

import { describe, expect, it } from "vitest";

import { generateKeyPair } from "../../src/keys/generate-key-pair.js";

const helper = fileURLToPath(new URL("../../src/keys/generate-key-pair.ts", import.meta.url));

describe("generateKeyPair", () => {
  it.each([
    ["ec", { namedCurve: "P-256" }, "EC"],
    ["ec", { namedCurve: "P-521" }, "EC"],
    ["rsa", { modulusLength: 2048 }, "RSA"],
  ] as const)("gives a %s key pair whose halves belong together (%o)", (type, options, kty) => {
    const { privateKey, publicKey } = generateKeyPair(type as "ec", options as { namedCurve: string });
    expect(privateKey.type).toBe("private");
    expect(publicKey.type).toBe("public");
    expect(publicKey.export({ format: "jwk" }).kty).toBe(kty);
    const signature = sign("sha256", Buffer.from("message"), privateKey);
    expect(verify("sha256", Buffer.from("message"), publicKey, signature)).toBe(true);
    expect(verify("sha256", Buffer.from("other"), publicKey, signature)).toBe(false);
  });

  it("gives an Ed25519 pair, and a new key every call", () => {
    const first = generateKeyPair("ed25519");
    const second = generateKeyPair("ed25519");
    expect(first.publicKey.asymmetricKeyType).toBe("ed25519");
    expect(createPublicKey(first.privateKey).equals(first.publicKey)).toBe(true);
    expect(first.publicKey.equals(second.publicKey)).toBe(false);
  });

  // On Node 20, generating with generateKeyPairSync and exporting each public key as a JWK froze
  // the thread within 1,000 to 10,000 rounds here (a lock shared with the generation job, taken
  // again by its destructor during a garbage collection). In a child process, so that a
  // regression fails on the timeout instead of hanging the test worker.
  it("generates and exports 15,000 P-256 pairs in a row without freezing", async () => {
    const script = `
      const { generateKeyPair } = await import(${JSON.stringify(helper)});
      // Short-lived strings beside the keys, as any real caller makes, so that collections run often.
      const garbage = [];
      for (let i = 0; i < 15000; i++) {
        generateKeyPair("ec", { namedCurve: "P-256" }).publicKey.export({ format: "jwk" });
        garbage.push("x".repeat(100));
        if (garbage.length > 1000) garbage.length = 0;
      }
      console.log("done");
    `;
    const child = spawn(process.execPath, ["--import", "tsx", "--input-type=module", "-e", script], {
      stdio: ["ignore", "pipe", "inherit"],
    });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString("utf8")));
    const timer = setTimeout(() => child.kill("SIGKILL"), 90_000);
    const code = await new Promise<number | null>((resolve) => child.once("exit", resolve));
    clearTimeout(timer);
    expect({ code, output: output.trim() }).toEqual({ code: 0, output: "done" });
  }, 100_000);
});
