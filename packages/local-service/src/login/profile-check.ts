import { LoginError } from "./login-error.js";

// What `aws login` looks for (in this order) before it adds a login session to a profile: each
// of these takes precedence over login_session in the SDKs' credential chains, so the new
// session would never be used.
const otherCredentialStyles: ReadonlyArray<readonly [string, readonly string[]]> = [
  ["Web Identity", ["web_identity_token_file"]],
  ["SSO", ["sso_role_name", "sso_account_id"]],
  ["Access Key", ["aws_access_key_id"]],
  ["Assume Role", ["role_arn"]],
  ["Credential Process", ["credential_process"]],
];

/** Fails like `aws login` if the profile (config and credentials file merged) already has other credentials. */
export function ensureNoOtherCredentials(profile: string, keys: ReadonlySet<string>): void {
  const style = otherCredentialStyles.find(([, names]) => names.some((name) => keys.has(name)))?.[0];
  if (style === undefined) return;
  throw new LoginError(
    `Profile '${profile}' is already configured with ${style} credentials.\n\n` +
      `Run login with --profile and a new profile name to create a new profile, or first remove the ` +
      `existing credentials from '${profile}'.`,
  );
}
