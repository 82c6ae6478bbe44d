import { randomInt } from "node:crypto";

const MIN_PASSWORD_LENGTH = 12;
const MAX_PASSWORD_LENGTH = 256;

/** What is wrong with a new password, phrased for the person choosing it; undefined if acceptable. */
export const checkPasswordPolicy = (password: string): string | undefined => {
  // Characters as a person counts them, not UTF-16 code units.
  const length = [...password.normalize("NFC")].length;
  if (length < MIN_PASSWORD_LENGTH) return `Passwords must be at least ${MIN_PASSWORD_LENGTH} characters long.`;
  if (length > MAX_PASSWORD_LENGTH) return `Passwords must be at most ${MAX_PASSWORD_LENGTH} characters long.`;
  if (password.trim().length === 0) return "Passwords must not be only spaces.";
  return undefined;
};

// No 0/O, 1/l/I: the password is shown once in a terminal and typed into a browser by hand.
const READABLE_ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
const GROUPS = 4;
const GROUP_LENGTH = 6;

/** A random password of 24 readable characters (about 139 bits) in groups of 6, e.g. `aB3xYz-…`. */
export const generatePassword = (): string =>
  Array.from({ length: GROUPS }, () =>
    Array.from({ length: GROUP_LENGTH }, () => READABLE_ALPHABET.charAt(randomInt(READABLE_ALPHABET.length))).join(""),
  ).join("-");
