/**
 * Headers for every HTML page: a CSP that allows only this origin's own stylesheet and script (no
 * inline script, no framing), no caching of pages that carry one-time values, and no Referer that
 * could leak a code or state to another site. The policy is `same-origin` rather than
 * `no-referrer`: under `no-referrer` browsers send `Origin: null` with the page's own form post,
 * and the form handler refuses `null`, which is also what a sandboxed frame or a data: page sends.
 *
 * `formTargets` widens form-action: browsers apply it to the redirect that follows a form post,
 * and a same-device sign-in redirects to the CLI's loopback callback.
 */
export function pageSecurityHeaders(options: { formTargets?: readonly string[] } = {}): Record<string, string> {
  const formAction = ["'self'", ...(options.formTargets ?? [])].join(" ");
  return {
    "content-security-policy": [
      "default-src 'none'",
      "style-src 'self'",
      "script-src 'self'",
      "img-src 'self'",
      `form-action ${formAction}`,
      "frame-ancestors 'none'",
      "base-uri 'none'",
    ].join("; "),
    "x-frame-options": "DENY",
    "x-content-type-options": "nosniff",
    "referrer-policy": "same-origin",
    "cache-control": "no-store",
    pragma: "no-cache",
    "cross-origin-opener-policy": "same-origin",
  };
}
