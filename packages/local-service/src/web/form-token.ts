import { createHash, timingSafeEqual } from "node:crypto";

import type { Clock, SealedBox } from "@open-signin/token-service";

import type { AuthorizeRequest } from "./authorize-request.js";

interface FormTokenPayload {
  readonly v: 1;
  readonly r: AuthorizeRequest;
  /** ms */
  readonly exp: number;
  /** SHA-256 of the id of the browser (signed CSRF cookie) this form was served to. */
  readonly csrf: string;
}

export type OpenedFormToken =
  | { readonly ok: true; readonly request: AuthorizeRequest }
  | { readonly ok: false; readonly reason: "invalid" | "expired" }
  /** Genuine and current, but served to another browser id: the request may be offered again. */
  | { readonly ok: false; readonly reason: "wrong-browser"; readonly request: AuthorizeRequest };

/**
 * The sign-in form carries the validated authorization request in a sealed, expiring token, so the
 * POST cannot alter client, redirect URI, state or challenge. The token is also bound to the
 * browser's CSRF cookie: a form lifted into another page or browser does not verify.
 */
export class FormTokens {
  constructor(
    private readonly box: SealedBox,
    private readonly clock: Clock,
    private readonly ttlMs = 10 * 60 * 1000,
  ) {}

  issue(request: AuthorizeRequest, csrfSecret: string): string {
    const payload: FormTokenPayload = {
      v: 1,
      r: request,
      exp: this.clock.now() + this.ttlMs,
      csrf: digest(csrfSecret),
    };
    return this.box.seal(JSON.stringify(payload));
  }

  open(token: string | undefined, csrfSecret: string | undefined): OpenedFormToken {
    const payload = (token ? this.box.openJson(token) : undefined) as FormTokenPayload | undefined;
    if (payload?.v !== 1) return { ok: false, reason: "invalid" };
    if (this.clock.now() >= payload.exp) return { ok: false, reason: "expired" };
    if (!csrfSecret || !sameDigest(payload.csrf, digest(csrfSecret))) {
      return { ok: false, reason: "wrong-browser", request: payload.r };
    }
    return { ok: true, request: payload.r };
  }
}

const digest = (secret: string): string => createHash("sha256").update(secret).digest("base64url");

const sameDigest = (a: string, b: string): boolean => {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
};
