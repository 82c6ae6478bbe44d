import { randomBytes } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";

import { parse as parseCookies, serialize as serializeCookie } from "cookie";
import {
  type AuthorizationCodes,
  type Logger,
  type ServiceMetrics,
  type Principal,
  type Route,
  SigninAction,
  isAllowed,
} from "@open-signin/token-service";

import { CROSS_DEVICE_CLIENT_ID } from "../protocol/client-ids.js";
import { encodeVerificationCode } from "../protocol/verification-code.js";
import { type AuthorizeRequest, authorizationResponseUrl, parseAuthorizeRequest } from "./authorize-request.js";
import type { FormTokens } from "./form-token.js";
import { sendPage, sendRedirect } from "./page-response.js";
import { confirmationErrorPage, confirmationPage } from "./pages/confirmation-page.js";
import { messagePage } from "./pages/message-page.js";
import { signInPage } from "./pages/sign-in-page.js";
import { CONFIRMATION_PATH } from "./redirect-uri.js";
import type { SignInAttempts } from "./sign-in-attempts.js";

/** Verifies a user name and password; undefined for either being wrong. */
export interface PasswordAuthenticator {
  authenticate(userName: string, password: string): Promise<Principal | undefined>;
}

export interface SignInRoutesOptions {
  readonly codes: Pick<AuthorizationCodes, "issue">;
  readonly users: PasswordAuthenticator;
  readonly formTokens: FormTokens;
  readonly attempts: SignInAttempts;
  readonly logger: Logger;
  /** Counts sign-in outcomes (signin_sign_ins_total). */
  readonly metrics?: ServiceMetrics;
  /** Origins besides the one a request arrives at under which this service is reachable. */
  readonly publicOrigins?: readonly string[];
}

const CSRF_COOKIE = "signin_csrf";
const MAX_FORM_BYTES = 8 * 1024;

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
          GET: (request, response, url) => this.showSignIn(request, response, url),
          POST: (request, response, url) => this.signIn(request, response, url),
        },
      },
      { path: CONFIRMATION_PATH, methods: { GET: (_request, response, url) => this.showConfirmation(response, url) } },
    ];
  }

  private origins(url: URL): string[] {
    return [url.origin, ...(this.options.publicOrigins ?? [])];
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
    const csrfSecret = parseCookies(request.headers.cookie ?? "")[CSRF_COOKIE] || randomBytes(32).toString("base64url");
    sendPage(
      response,
      200,
      signInPage({
        request: outcome.request,
        destination: outcome.destination,
        formToken: this.options.formTokens.issue(outcome.request, csrfSecret),
      }),
      {
        formTargets: formTargetsFor(outcome.request, outcome.destination),
        headers: {
          "set-cookie": serializeCookie(CSRF_COOKIE, csrfSecret, {
            httpOnly: true,
            sameSite: "strict",
            path: "/v1/authorize",
          }),
        },
      },
    );
  }

  private async signIn(request: IncomingMessage, response: ServerResponse, url: URL): Promise<void> {
    const { formTokens, attempts, users, codes, logger, metrics } = this.options;

    // A cross-site form post carries the other site's Origin. Under `Referrer-Policy: no-referrer`
    // browsers send `Origin: null` for our own form, so "null" proves nothing either way; the
    // SameSite=Strict CSRF cookie bound into the form token is what stops forged posts.
    const origin = request.headers.origin;
    if (origin !== undefined && origin !== "null" && !this.origins(url).includes(origin)) {
      sendPage(response, 403, messagePage("Sign-in refused", "The form was posted from another site."));
      return;
    }
    const form = await readForm(request);
    if (!form) {
      sendPage(response, 400, messagePage("Sign-in refused", "The sign-in form could not be read."));
      return;
    }
    const opened = formTokens.open(
      form.get("form_token") ?? undefined,
      parseCookies(request.headers.cookie ?? "")[CSRF_COOKIE],
    );
    if (!opened.ok) {
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
    const clientAddress = request.socket.remoteAddress ?? "unknown";
    const retryForm = (status: number, error: string, headers: Record<string, string> = {}) =>
      sendPage(
        response,
        status,
        signInPage({ request: authorization, destination, formToken: form.get("form_token")!, userName, error }),
        { formTargets: formTargetsFor(authorization, destination), headers },
      );

    const decision = attempts.check(userName, clientAddress);
    if (!decision.allowed) {
      metrics?.signIns.inc({ outcome: "locked" });
      logger.warn(
        { event: "sign-in", outcome: "locked", userName, clientAddress },
        "sign-in attempt refused while locked",
      );
      retryForm(429, `Too many failed attempts. Try again in ${decision.retryAfterSeconds} seconds.`, {
        "retry-after": String(decision.retryAfterSeconds),
      });
      return;
    }
    const principal = userName && password ? await users.authenticate(userName, password) : undefined;
    if (!principal) {
      attempts.recordFailure(userName, clientAddress);
      metrics?.signIns.inc({ outcome: "failure" });
      logger.info({ event: "sign-in", outcome: "failure", userName, clientAddress }, "sign-in failed");
      retryForm(401, "The user name or password is incorrect.");
      return;
    }
    attempts.recordSuccess(userName);

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
    });
    metrics?.signIns.inc({ outcome: "success" });
    logger.info(
      { event: "sign-in", outcome: "success", principal: principal.arn, clientId: authorization.clientId },
      "signed in",
    );
    // Same-device: the CLI's loopback callback. Cross-device: the redirect URI is our confirmation page.
    sendRedirect(response, authorizationResponseUrl(authorization.redirectUri, { code, state: authorization.state }));
  }

  private showConfirmation(response: ServerResponse, url: URL): void {
    const query = url.searchParams;
    const error = query.get("error");
    if (error) {
      sendPage(response, 200, confirmationErrorPage(error, query.get("error_description") ?? undefined));
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
