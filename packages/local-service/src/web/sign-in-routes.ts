import type { IncomingMessage, ServerResponse } from "node:http";

import {
  type AuthorizationCodes,
  ClientAddresses,
  type Logger,
  type ServiceMetrics,
  type Principal,
  type Route,
  type RouteHandler,
  SigninAction,
  StoreCapacityError,
  isAllowed,
} from "@open-signin/token-service";

import { CROSS_DEVICE_CLIENT_ID } from "../protocol/client-ids.js";
import { encodeVerificationCode } from "../protocol/verification-code.js";
import type { AttemptLimiter } from "./attempt-limiter.js";
import { type AuthorizeRequest, authorizationResponseUrl, parseAuthorizeRequest } from "./authorize-request.js";
import type { BrowserCookies } from "./browser-cookies.js";
import type { FormTokens } from "./form-token.js";
import { userNameForLog } from "./log-labels.js";
import { sendPage, sendRedirect } from "./page-response.js";
import { confirmationErrorPage, confirmationPage } from "./pages/confirmation-page.js";
import { messagePage } from "./pages/message-page.js";
import { signInPage } from "./pages/sign-in-page.js";
import { type PasswordCheckQueue, PasswordQueueFullError } from "./password-check-queue.js";
import { CONFIRMATION_PATH } from "./redirect-uri.js";
import {
  DEFAULT_SIGN_IN_LIMITS,
  type SignInLimits,
  keysClearedBySuccess,
  signInAttemptKeys,
} from "./sign-in-limits.js";

/** Verifies a user name and password; undefined for either being wrong. */
export interface PasswordAuthenticator {
  authenticate(userName: string, password: string): Promise<Principal | undefined>;
  /** Whether the name belongs to a user; decides only how the name is logged. */
  hasUser(userName: string): Promise<boolean>;
  /** The key a user name is known under (case folded), or undefined if no user can have such a name. */
  userKey(userName: string): string | undefined;
}

export interface SignInRoutesOptions {
  readonly codes: Pick<AuthorizationCodes, "issue">;
  readonly users: PasswordAuthenticator;
  readonly formTokens: FormTokens;
  readonly cookies: BrowserCookies;
  readonly attempts: AttemptLimiter;
  readonly passwordChecks: PasswordCheckQueue;
  readonly limits?: SignInLimits;
  readonly logger: Logger;
  /** The origins this service is reachable at (the HttpServer's): Origin and cross-device checks use them, never Host. */
  readonly publicOrigins: readonly string[];
  /** Which address a request came from (the TCP peer, or the client a trusted proxy names). */
  readonly clientAddresses?: ClientAddresses;
  /** Counts sign-in outcomes (signin_sign_ins_total). */
  readonly metrics?: ServiceMetrics;
}

const MAX_FORM_BYTES = 8 * 1024;
/** No password allowed by the policy (at most 256 characters) is longer, in any spelling. */
const MAX_PASSWORD_INPUT = 1024;
/** Seconds a browser is asked to wait when every password-check slot is taken. */
const BUSY_RETRY_SECONDS = 2;
/** Seconds a browser is asked to wait when the service's storage cannot take a new code. */
const UNAVAILABLE_RETRY_SECONDS = 30;
const directPeers = new ClientAddresses();

/**
 * The browser half of `aws login`: GET /v1/authorize validates the CLI's authorization request and
 * shows the sign-in form; POST /v1/authorize checks the form, the CSRF binding and the password,
 * then issues an authorization code through the token service and sends the browser back to the
 * CLI's loopback callback (same-device) or to the confirmation page (cross-device), which shows the
 * code to paste.
 */
export class SignInRoutes {
  constructor(private readonly options: SignInRoutesOptions) {}

  routes(): Route[] {
    return [
      {
        path: "/v1/authorize",
        methods: {
          GET: this.page((request, response, url) => this.showSignIn(request, response, url)),
          POST: this.page((request, response, url) => this.signIn(request, response, url)),
        },
      },
      {
        path: CONFIRMATION_PATH,
        methods: { GET: this.page((_request, response, url) => this.showConfirmation(response, url)) },
      },
    ];
  }

  /**
   * Pages never answer 500: storage that is full (429) or failing (503), an unreadable users file
   * or anything unforeseen becomes a page that says to try again later, with Retry-After.
   */
  private page(handler: RouteHandler): RouteHandler {
    return async (request, response, url, origins) => {
      try {
        await handler(request, response, url, origins);
      } catch (error) {
        // A client that went away (an aborted form post) gets nothing written to its closed socket.
        if (response.headersSent || response.destroyed || !response.socket || response.socket.destroyed) {
          this.options.logger.debug({ event: "sign-in-page-aborted" }, "sign-in page request ended early");
          response.destroy();
          return;
        }
        const full = error instanceof StoreCapacityError;
        this.options.logger[full ? "warn" : "error"](
          { event: "sign-in-page-unavailable", errorType: error instanceof Error ? error.name : typeof error },
          "sign-in page could not be served",
        );
        const seconds = full ? BUSY_RETRY_SECONDS * 5 : UNAVAILABLE_RETRY_SECONDS;
        sendPage(
          response,
          full ? 429 : 503,
          messagePage(
            full ? "The sign-in service is busy" : "Sign-in is unavailable right now",
            full
              ? "The sign-in service can't take more sign-ins right now. Nothing was changed."
              : "The sign-in service can't complete sign-ins right now. Nothing was changed.",
            `Try again in ${seconds} seconds.`,
          ),
          { headers: { "retry-after": String(seconds) } },
        );
      }
    };
  }

  private origins(_url: URL): readonly string[] {
    return this.options.publicOrigins;
  }

  private showSignIn(request: IncomingMessage, response: ServerResponse, url: URL): void {
    const outcome = parseAuthorizeRequest(url.searchParams, this.origins(url));
    if (!outcome.ok && !outcome.redirect) {
      this.options.logger.info(
        { event: "authorize-refused", reason: outcome.message },
        "authorization request refused",
      );
      sendPage(response, 400, messagePage("This sign-in request can't be used", outcome.message));
      return;
    }
    if (!outcome.ok) {
      // For cross-device the validated redirect URI is this service's confirmation page, which shows the error.
      sendRedirect(
        response,
        authorizationResponseUrl(outcome.redirectUri, {
          error: outcome.error,
          error_description: outcome.description,
          state: outcome.state,
        }),
      );
      return;
    }
    this.showForm(response, 200, outcome.request, this.options.cookies.identify(request.headers.cookie));
  }

  /** The sign-in form for `request`, bound to `browser` (whose cookie is set if it is new). */
  private showForm(
    response: ServerResponse,
    status: number,
    request: AuthorizeRequest,
    browser: { readonly id: string; readonly fresh: boolean },
    error?: string,
  ): void {
    const destination = request.clientId === CROSS_DEVICE_CLIENT_ID ? "confirmation" : "loopback";
    sendPage(
      response,
      status,
      signInPage({
        request,
        destination,
        formToken: this.options.formTokens.issue(request, browser.id),
        ...(error ? { error } : {}),
      }),
      {
        formTargets: formTargetsFor(request, destination),
        headers: browser.fresh ? { "set-cookie": this.options.cookies.browserCookie(browser.id) } : {},
      },
    );
  }

  private async signIn(request: IncomingMessage, response: ServerResponse, url: URL): Promise<void> {
    const { formTokens, attempts, passwordChecks, users, codes, logger, metrics } = this.options;

    // A cross-site form post carries the other site's Origin. `null` is what a sandboxed frame, a
    // data: or file: page or a cross-origin redirect sends, so it is refused too; the pages use
    // `Referrer-Policy: same-origin`, under which browsers send our own origin with our form.
    const origin = request.headers.origin;
    if (origin !== undefined && !this.origins(url).includes(origin)) {
      sendPage(response, 403, messagePage("Sign-in refused", "The form was posted from another site."));
      return;
    }
    const form = await readForm(request);
    if (!form) {
      sendPage(response, 400, messagePage("Sign-in refused", "The sign-in form could not be read."));
      return;
    }
    // Only an id the service sealed into the cookie counts; anything else gets a new one.
    const browser = this.options.cookies.identify(request.headers.cookie);
    const opened = formTokens.open(form.get("form_token") ?? undefined, browser.fresh ? undefined : browser.id);
    if (!opened.ok) {
      if (opened.reason === "wrong-browser") {
        // The form was not served to this browser (or its cookie is missing or not ours): offer
        // the same request again, bound to this browser, without checking any password.
        this.showForm(
          response,
          400,
          opened.request,
          browser,
          "This sign-in form is not valid in this browser (it may have been altered or copied). Check the request and sign in again.",
        );
        return;
      }
      const message =
        opened.reason === "expired"
          ? "This sign-in form has expired."
          : "This sign-in form is not valid in this browser (it may have been altered or copied).";
      sendPage(response, 400, messagePage("Sign-in refused", message));
      return;
    }
    const authorization = opened.request;
    const destination = authorization.clientId === CROSS_DEVICE_CLIENT_ID ? "confirmation" : "loopback";
    const userName = (form.get("username") ?? "").trim();
    const password = form.get("password") ?? "";
    const clientAddress = (this.options.clientAddresses ?? directPeers).of(request);
    const retryForm = (status: number, error: string, headers: Record<string, string> = {}) =>
      sendPage(
        response,
        status,
        signInPage({ request: authorization, destination, formToken: form.get("form_token")!, userName, error }),
        { formTargets: formTargetsFor(authorization, destination), headers },
      );

    // No user has such a name or password: refused without spending a check or a guess.
    const userKey = users.userKey(userName);
    if (userKey === undefined || password.length === 0 || password.length > MAX_PASSWORD_INPUT) {
      metrics?.signIns.inc({ outcome: "failure" });
      logger.info(
        { event: "sign-in", outcome: "failure", userName: userNameForLog(userName, false), clientAddress },
        "sign-in failed",
      );
      retryForm(401, "The user name or password is incorrect.");
      return;
    }
    const keys = signInAttemptKeys(
      { userKey, browserId: browser.id, remoteAddress: clientAddress, trustedBrowser: browser.trustedFor === userKey },
      this.options.limits ?? DEFAULT_SIGN_IN_LIMITS,
    );
    const busy = () => {
      metrics?.signIns.inc({ outcome: "busy" });
      retryForm(429, `Too many sign-ins are being checked right now. Try again in ${BUSY_RETRY_SECONDS} seconds.`, {
        "retry-after": String(BUSY_RETRY_SECONDS),
      });
    };
    if (passwordChecks.full) {
      busy();
      return;
    }
    // The attempt is counted before the password is checked, so requests arriving together
    // cannot all be checked against one remaining allowance.
    const reservation = await attempts.reserve(keys);
    const logName = userNameForLog(userName, await users.hasUser(userName));
    if (!reservation.granted) {
      metrics?.signIns.inc({ outcome: "locked" });
      logger.warn(
        { event: "sign-in", outcome: "limited", userName: logName, clientAddress },
        "sign-in attempt refused by the attempt limits",
      );
      retryForm(429, `Too many failed attempts. Try again in ${reservation.retryAfterSeconds} seconds.`, {
        "retry-after": String(reservation.retryAfterSeconds),
      });
      return;
    }
    let principal: Principal | undefined;
    try {
      principal = await passwordChecks.run(() => users.authenticate(userName, password));
    } catch (error) {
      await attempts.refund(keys);
      if (!(error instanceof PasswordQueueFullError)) throw error;
      busy();
      return;
    }
    if (!principal) {
      metrics?.signIns.inc({ outcome: "failure" });
      logger.info({ event: "sign-in", outcome: "failure", userName: logName, clientAddress }, "sign-in failed");
      retryForm(401, "The user name or password is incorrect.");
      return;
    }
    await attempts.succeeded(keysClearedBySuccess(keys));

    if (!isAllowed(principal, SigninAction.AuthorizeOAuth2Access)) {
      metrics?.signIns.inc({ outcome: "denied" });
      logger.info({ event: "sign-in", outcome: "denied", principal: principal.arn }, "sign-in denied by permissions");
      sendRedirect(
        response,
        authorizationResponseUrl(authorization.redirectUri, {
          error: "access_denied",
          error_description: `${principal.arn} is not allowed to perform ${SigninAction.AuthorizeOAuth2Access}.`,
          state: authorization.state,
        }),
      );
      return;
    }

    const { code } = await codes.issue({
      clientId: authorization.clientId,
      redirectUri: authorization.redirectUri,
      codeChallenge: authorization.codeChallenge,
      principalArn: principal.arn,
      credentialVersion: principal.credentialVersion,
    });
    metrics?.signIns.inc({ outcome: "success" });
    logger.info(
      { event: "sign-in", outcome: "success", principal: principal.arn, clientId: authorization.clientId },
      "signed in",
    );
    // Same-device: the CLI's loopback callback. Cross-device: the redirect URI is our confirmation page.
    sendRedirect(response, authorizationResponseUrl(authorization.redirectUri, { code, state: authorization.state }), {
      "set-cookie": this.options.cookies.deviceCookie(browser.id, userKey),
    });
  }

  private showConfirmation(response: ServerResponse, url: URL): void {
    const query = url.searchParams;
    const error = query.get("error");
    if (error) {
      sendPage(response, 200, confirmationErrorPage(error));
      return;
    }
    const code = query.get("code");
    const state = query.get("state");
    if (!code || !state) {
      sendPage(
        response,
        400,
        messagePage("Nothing to confirm", "This page shows a code after a cross-device sign-in."),
      );
      return;
    }
    sendPage(response, 200, confirmationPage(encodeVerificationCode(state, code)));
  }
}

/** Browsers apply form-action to the redirect after the post: allow the loopback callback's origin. */
const formTargetsFor = (request: AuthorizeRequest, destination: "loopback" | "confirmation"): string[] =>
  destination === "loopback" ? [new URL(request.redirectUri).origin] : [];

async function readForm(request: IncomingMessage): Promise<URLSearchParams | undefined> {
  const type = (request.headers["content-type"] ?? "").split(";")[0]!.trim().toLowerCase();
  if (type !== "application/x-www-form-urlencoded") return undefined;
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_FORM_BYTES) return undefined;
    chunks.push(chunk);
  }
  return new URLSearchParams(Buffer.concat(chunks).toString("utf8"));
}
