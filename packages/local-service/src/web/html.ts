import escapeHtml from "escape-html";

/** Markup that is safe to insert as is: produced by {@link html}. */
export class SafeHtml {
  constructor(readonly markup: string) {}
  toString(): string {
    return this.markup;
  }
}

type Interpolation = SafeHtml | string | number | undefined | null | false | readonly Interpolation[];

/**
 * Template tag for pages: every interpolated value is HTML-escaped unless it is already SafeHtml,
 * so that request data (state, redirect URI, user names) can never become markup.
 */
export function html(strings: TemplateStringsArray, ...values: Interpolation[]): SafeHtml {
  let markup = strings[0] ?? "";
  values.forEach((value, index) => {
    markup += render(value) + (strings[index + 1] ?? "");
  });
  return new SafeHtml(markup);
}

function render(value: Interpolation): string {
  if (value === undefined || value === null || value === false) return "";
  if (value instanceof SafeHtml) return value.markup;
  if (Array.isArray(value)) return value.map((item) => render(item as Interpolation)).join("");
  return escapeHtml(String(value));
}
