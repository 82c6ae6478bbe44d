import { text } from "node:stream/consumers";

import { hiddenPrompt } from "./prompt.js";

/**
 * A new password: piped on standard input (`--password-stdin`, for scripts and tests), or typed
 * twice at a hidden prompt. Never taken as a command-line argument, which would leak it to the
 * process list and shell history.
 */
export async function readNewPassword(fromStdin: boolean): Promise<string> {
  if (fromStdin) return (await text(process.stdin)).replace(/\r?\n$/, "");
  if (!process.stdin.isTTY)
    throw new Error("No terminal to ask for the password on: pipe it in with --password-stdin.");
  const first = await hiddenPrompt("New password: ");
  const second = await hiddenPrompt("Repeat it: ");
  if (first !== second) throw new Error("The two passwords differ.");
  return first;
}
