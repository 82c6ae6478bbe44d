import { type SafeHtml, html } from "../html.js";
import { layout } from "./layout.js";

/** The cross-device confirmation page: the code to paste into the tool, with a copy button. */
export function confirmationPage(verificationCode: string): SafeHtml {
  return layout(
    "Paste this code",
    html`<h1>Almost done</h1>
      <p>Paste this code into the developer tool that asked you to sign in:</p>
      <output id="verification-code" class="code" aria-live="polite">${verificationCode}</output>
      <button type="button" id="copy" data-copy-target="verification-code" hidden>Copy code</button>
      <p class="detail">The code works once and expires in a few minutes. Close this page when you are done.</p>`,
    { script: "/static/confirmation.js" },
  );
}

/**
 * What each error this service sends to its own confirmation page means, in its own words. The
 * page reads `error` from its URL, which anyone can write: `error_description` is never shown (a
 * link could make this origin display any text, such as "call this number"), and an unknown code
 * is not echoed.
 */
const ERROR_TEXT: Readonly<Record<string, string>> = {
  invalid_request: "The developer tool sent a sign-in request this service can't use.",
  unsupported_response_type: "The developer tool asked for a kind of answer this service does not give.",
  invalid_scope: "The developer tool asked for access this service does not grant.",
  access_denied: "This user is not allowed to sign in to developer tools.",
  server_error: "The sign-in service ran into a problem.",
  temporarily_unavailable: "The sign-in service is busy. Try again in a moment.",
};

export function confirmationErrorPage(error: string): SafeHtml {
  const known = Object.hasOwn(ERROR_TEXT, error);
  return layout(
    "Sign-in failed",
    html`<h1>Sign-in failed</h1>
      <p class="error" role="alert">${known ? ERROR_TEXT[error] : "The sign-in request was refused."}</p>
      <p class="detail">
        ${known ? html`Error code: <code>${error}</code>. ` : ""}Start again from your developer tool.
      </p>`,
  );
}
