import { CROSS_DEVICE_CLIENT_ID, SAME_DEVICE_CLIENT_ID } from "../protocol/client-ids.js";

export type RedirectCheck =
  { readonly ok: true; readonly kind: "loopback" | "confirmation" } | { readonly ok: false; readonly reason: string };

/** The same-device callback the AWS CLI listens on: loopback IP literal, any port (RFC 8252 §7.3). */
const LOOPBACK_CALLBACK = /^http:\/\/127\.0\.0\.1:([1-9][0-9]{0,4})\/oauth\/callback$/;

export const CONFIRMATION_PATH = "/v1/sessions/confirmation";

/**
 * Decides whether `redirectUri` is one this client may be sent to. Only two shapes exist, so the
 * check is an exact match on the raw string, not a parse-then-compare: nothing like
 * `http://127.0.0.1:80@evil.test/oauth/callback`, `http://127.0.0.1.evil.test/...`, `localhost`,
 * other loopback addresses, extra query strings or encoded tricks can pass.
 *
 * @param serviceOrigins origins this service is reached at (e.g. http://127.0.0.1:8080): the
 *   cross-device client must come back to this service's own confirmation page.
 */
export function checkRedirectUri(
  clientId: string,
  redirectUri: string,
  serviceOrigins: readonly string[],
): RedirectCheck {
  if (clientId === SAME_DEVICE_CLIENT_ID) {
    const port = LOOPBACK_CALLBACK.exec(redirectUri)?.[1];
    if (port === undefined || Number(port) > 65535) {
      return {
        ok: false,
        reason: "For same-device sign-in the redirect URI must be http://127.0.0.1:<port>/oauth/callback.",
      };
    }
    return { ok: true, kind: "loopback" };
  }
  if (clientId === CROSS_DEVICE_CLIENT_ID) {
    if (!serviceOrigins.some((origin) => redirectUri === `${origin}${CONFIRMATION_PATH}`)) {
      return {
        ok: false,
        reason: "For cross-device sign-in the redirect URI must be this service's confirmation page.",
      };
    }
    return { ok: true, kind: "confirmation" };
  }
  return { ok: false, reason: "The client is not a known developer tool." };
}
