import type { LocalServiceHandle } from "./start-local-service.js";

/**
 * What a person needs after `npm start`: where the service is, and commands that work from a
 * clean AWS configuration, in the order to run them. Refreshes are what make the order matter:
 * the AWS CLI and SDKs refresh through the endpoint configured for Sign-In (never `aws login`'s
 * --endpoint-url) and the profile's region (which `aws login` saves only when it had to ask).
 */
export function startBanner(handle: Pick<LocalServiceHandle, "url" | "developmentUser">, region = "us-east-1"): string {
  const lines = [`Local AWS Sign-In service listening on ${handle.url}`, ""];
  if (handle.developmentUser) {
    const { userName, password, arn } = handle.developmentUser;
    lines.push(
      "Created a development user. The password is shown only this once:",
      `  user name  ${userName}`,
      `  password   ${password}`,
      `  ARN        ${arn}`,
      "  (manage users with: npx open-signin users --help)",
      "",
    );
  }
  lines.push(
    "Sign in with the AWS CLI v2:",
    `  aws configure set region ${region}`,
    `  export AWS_ENDPOINT_URL_SIGNIN=${handle.url}`,
    `  aws login --endpoint-url ${handle.url}`,
    "  (add --remote to sign in from a browser on another device)",
    "",
    "Sign in without the AWS CLI v2 (same flow, same files; it saves the region in the profile):",
    `  npx open-signin login --endpoint-url ${handle.url} --region ${region}`,
    "",
    "The AWS CLI and SDKs refresh those credentials against the endpoint in AWS_ENDPOINT_URL_SIGNIN",
    "(not --endpoint-url), in the profile's region: keep both set wherever you use them.",
    "",
    "Stop with Ctrl+C.",
  );
  return lines.join("\n");
}
