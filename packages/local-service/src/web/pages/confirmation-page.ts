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

export function confirmationErrorPage(error: string, description: string | undefined): SafeHtml {
  return layout(
    "Sign-in failed",
    html`<h1>Sign-in failed</h1>
      <p class="error" role="alert">${description ?? "The sign-in request was refused."}</p>
      <p class="detail">Error code: <code>${error}</code>. Start again from your developer tool.</p>`,
  );
}
