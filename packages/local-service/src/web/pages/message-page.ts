import { type SafeHtml, html } from "../html.js";
import { layout } from "./layout.js";

/** A page that only explains: a refused authorization request, an expired form, a lockout. */
export function messagePage(title: string, message: string, hint = "Start again from your developer tool."): SafeHtml {
  return layout(
    title,
    html`<h1>${title}</h1>
      <p class="error" role="alert">${message}</p>
      <p class="detail">${hint}</p>`,
  );
}
