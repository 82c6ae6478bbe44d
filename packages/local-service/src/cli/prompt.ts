import { createInterface } from "node:readline/promises";
import { Writable } from "node:stream";

/** Asks a question on the terminal (stderr, so stdout stays clean for piping) and returns the answer. */
export async function interactivePrompt(question: string): Promise<string> {
  const readline = createInterface({ input: process.stdin, output: process.stderr, terminal: process.stdin.isTTY });
  try {
    return await readline.question(question);
  } finally {
    readline.close();
  }
}

/** Like {@link interactivePrompt}, but what is typed is not echoed. */
export async function hiddenPrompt(question: string): Promise<string> {
  let muted = false;
  const output = new Writable({
    write(chunk: Buffer, _encoding, done) {
      if (!muted) process.stderr.write(chunk);
      done();
    },
  });
  const readline = createInterface({ input: process.stdin, output, terminal: true });
  try {
    const answer = readline.question(question);
    muted = true;
    return await answer;
  } finally {
    muted = false;
    process.stderr.write("\n");
    readline.close();
  }
}
