import { randomBytes } from "node:crypto";

import { type Clock, type SealedBox } from "@open-signin/token-service";
import { parse as parseCookies, serialize as serializeCookie } from "cookie";

const BROWSER_COOKIE = "signin_csrf";
const DEVICE_COOKIE = "signin_device";
const COOKIE_PATH = "/v1/authorize";
const MAX_COOKIE_LENGTH = 1024;

/** A browser as the sign-in form knows it: an id the service issued in a sealed cookie. */
export interface BrowserIdentity {
  readonly id: string;
  /** True when the id was issued by this request; the cookie must then be set. */
  readonly fresh: boolean;
  /** The user key this browser has signed in as before (its device cookie), if any. */
  readonly trustedFor: string | undefined;
}

interface BrowserPayload {
  readonly v: 1;
  readonly b: string;
  /** ms */
  readonly exp: number;
}

interface DevicePayload {
  readonly v: 1;
  readonly b: string;
  readonly u: string;
  /** ms */
  readonly exp: number;
}

export interface BrowserCookiesOptions {
  readonly browserBox: SealedBox;
  readonly deviceBox: SealedBox;
  readonly clock: Clock;
  /** How long a browser id and a device cookie last. Default 30 days. */
  readonly lifetimeMs?: number;
}

/**
 * The two cookies of the sign-in form, both sealed (AES-GCM) by the service so that only values it
 * issued are accepted:
 *
 * - `signin_csrf` carries the browser's id. The form token is bound to it (CSRF), and the attempt
 *   limits count per browser under it. A missing, foreign, altered or expired value is never
 *   adopted: the browser gets a new id.
 * - `signin_device` is set after a successful sign-in and names the user and the browser id; it
 *   lets that browser keep its own attempt budget for that user while others guess the password.
 *
 * Both are HttpOnly, SameSite=Strict and scoped to /v1/authorize.
 */
export class BrowserCookies {
  readonly #options: BrowserCookiesOptions;
  readonly #lifetimeMs: number;

  constructor(options: BrowserCookiesOptions) {
    this.#options = options;
    this.#lifetimeMs = options.lifetimeMs ?? 30 * 24 * 60 * 60_000;
  }

  /** The browser behind `cookieHeader`, with a new id if it has no valid one. */
  identify(cookieHeader: string | undefined): BrowserIdentity {
    const cookies = safeParse(cookieHeader);
    const now = this.#options.clock.now();
    const browser = this.#open<BrowserPayload>(this.#options.browserBox, cookies[BROWSER_COOKIE]);
    if (browser === undefined || typeof browser.b !== "string" || !(now < browser.exp)) {
      return { id: randomBytes(24).toString("base64url"), fresh: true, trustedFor: undefined };
    }
    const device = this.#open<DevicePayload>(this.#options.deviceBox, cookies[DEVICE_COOKIE]);
    const trusted = device !== undefined && device.b === browser.b && now < device.exp && typeof device.u === "string";
    return { id: browser.b, fresh: false, trustedFor: trusted ? device.u : undefined };
  }

  browserCookie(id: string): string {
    const payload: BrowserPayload = { v: 1, b: id, exp: this.#options.clock.now() + this.#lifetimeMs };
    return this.#serialize(BROWSER_COOKIE, this.#options.browserBox.sealJson(payload));
  }

  deviceCookie(browserId: string, userKey: string): string {
    const payload: DevicePayload = {
      v: 1,
      b: browserId,
      u: userKey,
      exp: this.#options.clock.now() + this.#lifetimeMs,
    };
    return this.#serialize(DEVICE_COOKIE, this.#options.deviceBox.sealJson(payload));
  }

  #serialize(name: string, value: string): string {
    return serializeCookie(name, value, {
      httpOnly: true,
      sameSite: "strict",
      path: COOKIE_PATH,
      maxAge: Math.floor(this.#lifetimeMs / 1000),
    });
  }

  #open<T extends { v: number }>(box: SealedBox, value: string | undefined): T | undefined {
    if (value === undefined || value.length > MAX_COOKIE_LENGTH) return undefined;
    const payload = box.openJson(value) as T | undefined;
    return typeof payload === "object" && payload !== null && payload.v === 1 ? payload : undefined;
  }
}

/** Cookie parsing that never throws on a malformed header: a bad header is no cookie at all. */
const safeParse = (header: string | undefined): Record<string, string | undefined> => {
  if (!header || header.length > 8 * 1024) return {};
  try {
    return parseCookies(header);
  } catch {
    return {};
  }
};
