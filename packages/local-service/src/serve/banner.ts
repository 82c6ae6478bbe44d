import type { LocalServiceHandle } from "./start-local-service.js";

/** What a person needs after `npm start`: where the service is, how to sign in, how SDKs find it. */
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
    `  aws login --endpoint-url ${handle.url} --region ${region}`,
    "  (add --remote to sign in from a browser on another device)",
    "",
    "Sign in without the AWS CLI v2 (same flow, same files):",
    `  npx open-signin login --endpoint-url ${handle.url} --region ${region}`,
    "",
    "Let AWS SDKs and the CLI refresh those credentials against this service:",
    `  export AWS_ENDPOINT_URL_SIGNIN=${handle.url}`,
    "",
    "Stop with Ctrl+C.",
  );
  return lines.join("\n");
}
