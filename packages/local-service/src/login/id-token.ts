import { LoginError } from "./login-error.js";

/**
 * The login session named by an ID token: its `sub` claim. Read the way the AWS CLI reads it,
 * without verifying the signature: the token came straight from the token endpoint over the
 * connection this process opened, and it only names the session.
 */
export function loginSessionFromIdToken(idToken: string): string {
  const parts = idToken.split(".");
  if (parts.length !== 3) throw new LoginError("The ID token from Sign-In is not a JWT; cannot read its payload.");
  let payload: unknown;
  try {
    payload = JSON.parse(Buffer.from(parts[1] ?? "", "base64url").toString("utf8"));
  } catch (error) {
    throw new LoginError("The ID token from Sign-In has an unreadable payload.", { cause: error });
  }
  const sub = typeof payload === "object" && payload !== null ? (payload as Record<string, unknown>).sub : undefined;
  if (typeof sub !== "string") throw new LoginError("The ID token from Sign-In has no `sub` claim.");
  return sub;
}

/** The account id of a login session ARN: its 5th `:`-separated field, as botocore's ArnParser reads it. */
export function accountIdOfLoginSession(loginSession: string): string {
  const fields = loginSession.split(":");
  if (fields.length < 6) throw new LoginError(`The login session ${loginSession} is not an ARN.`);
  return fields[4] ?? "";
}
