import type { AuthorizeRequest } from "../authorize-request.js";
import { type SafeHtml, html } from "../html.js";
import { layout } from "./layout.js";

export interface SignInPageInput {
  readonly request: AuthorizeRequest;
  readonly destination: "loopback" | "confirmation";
  readonly formToken: string;
  readonly userName?: string;
  readonly error?: string;
}

/**
 * The sign-in form. It says who is asking (a tool on this computer, or on another device) and where
 * the browser goes afterwards, so that a person can spot a request they did not start.
 */
export function signInPage({ request, destination, formToken, userName, error }: SignInPageInput): SafeHtml {
  const asking =
    destination === "loopback"
      ? html`<p>A developer tool <strong>on this computer</strong> (same-device login) asks to sign you in.</p>
          <p class="detail">After you sign in, your browser returns to <code>${request.redirectUri}</code>.</p>`
      : html`<p>A developer tool <strong>on another device</strong> (cross-device login) asks to sign you in.</p>
          <p class="detail">After you sign in, this page shows a code to paste into that tool.</p>`;
  return layout(
    "Sign in",
    html`<h1>Sign in</h1>
      ${asking} ${error ? html`<p class="error" role="alert">${error}</p>` : ""}
      <form method="post" action="/v1/authorize" autocomplete="on">
        <input type="hidden" name="form_token" value="${formToken}" />
        <label for="username">IAM user name</label>
        <input
          id="username"
          name="username"
          type="text"
          autocomplete="username"
          required
          maxlength="64"
          value="${userName ?? ""}"
          ${userName ? "" : html`autofocus`}
        />
        <label for="password">Password</label>
        <input
          id="password"
          name="password"
          type="password"
          autocomplete="current-password"
          required
          maxlength="256"
          ${userName ? html`autofocus` : ""}
        />
        <button type="submit">Sign in</button>
      </form>
      <p class="detail">Client: <code>${request.clientId}</code></p>`,
  );
}
