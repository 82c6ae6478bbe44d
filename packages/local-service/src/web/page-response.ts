import type { ServerResponse } from "node:http";

import type { SafeHtml } from "./html.js";
import { pageSecurityHeaders } from "./security-headers.js";

export function sendPage(
  response: ServerResponse,
  status: number,
  page: SafeHtml,
  options: { formTargets?: readonly string[]; headers?: Readonly<Record<string, string | string[]>> } = {},
): void {
  const body = Buffer.from(page.markup, "utf8");
  response.writeHead(status, {
    ...pageSecurityHeaders(options.formTargets ? { formTargets: options.formTargets } : {}),
    ...options.headers,
    "content-type": "text/html; charset=utf-8",
    "content-length": body.length,
  });
  response.end(body);
}

export function sendRedirect(
  response: ServerResponse,
  location: string,
  headers: Readonly<Record<string, string | string[]>> = {},
): void {
  response.writeHead(302, { ...pageSecurityHeaders(), ...headers, location, "content-length": 0 });
  response.end();
}
