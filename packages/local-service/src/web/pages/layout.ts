import { type SafeHtml, html } from "../html.js";

/** The frame of every page: one same-origin stylesheet, an optional same-origin script, no inline code. */
export function layout(title: string, body: SafeHtml, options: { script?: string } = {}): SafeHtml {
  return html`<!doctype html>
    <html lang="en">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="referrer" content="same-origin" />
        <title>${title} · Local AWS Sign-In</title>
        <link rel="stylesheet" href="/static/signin.css" />
        ${options.script ? html`<script src="${options.script}" defer></script>` : ""}
      </head>
      <body>
        <main class="card">
          <p class="brand">Local AWS Sign-In</p>
          ${body}
        </main>
      </body>
    </html> `;
}
