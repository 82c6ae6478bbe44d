import type { IamCaller } from "../access/iam-caller.js";
import type { Caller } from "./operation-authentication.js";

/** The authenticated caller as the IAM token operations (access/) see it. */
export const iamCallerOf = ({ principal, credentials }: Caller): IamCaller => ({
  principalArn: principal.arn,
  accountId: principal.accountId,
  credentialsExpireAt: credentials.expiresAt,
  sessionId: credentials.sessionId,
});
