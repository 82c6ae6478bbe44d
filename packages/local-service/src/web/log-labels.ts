import { createHmac, randomBytes } from "node:crypto";

// Per process: a tag lets one run's log lines be matched up without being a stable hash that a
// dictionary could reverse across logs.
const TAG_KEY = randomBytes(32);

/**
 * How a submitted user name appears in logs. A name that belongs to a user is logged as that
 * user's name; anything else (a typo, or a password typed into the name field) only as a short
 * keyed tag, so what people type by mistake never reaches the logs.
 */
export const userNameForLog = (userName: string, known: boolean): string =>
  known ? userName : `unknown#${createHmac("sha256", TAG_KEY).update(userName).digest("base64url").slice(0, 10)}`;
