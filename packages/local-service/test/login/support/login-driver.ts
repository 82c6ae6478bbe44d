import { request } from "node:http";

import type { LoginIo } from "../../../src/login/login-command.js";

/** The authorize URL a login printed, taken apart. */
export interface PrintedAuthorizeUrl {
  readonly url: string;
  readonly base: string;
  readonly params: URLSearchParams;
  readonly state: string;
  readonly redirectUri: string;
  readonly codeChallenge: string;
  readonly clientId: string;
}

/**
 * Stands in for the person at the terminal: records what the login prints, notices the authorize
 * URL, and answers prompts with `answers` (called with each question).
 */
export class Terminal {
  readonly lines: string[] = [];
  readonly questions: string[] = [];
  /** The authorize URL once printed; the same as `authorizeUrl` resolves with. */
  printed: PrintedAuthorizeUrl | undefined;
  private resolveUrl!: (url: PrintedAuthorizeUrl) => void;
  readonly authorizeUrl: Promise<PrintedAuthorizeUrl> = new Promise((resolve) => (this.resolveUrl = resolve));

  constructor(
    private readonly env: NodeJS.ProcessEnv,
    private readonly answers: (question: string, terminal: Terminal) => Promise<string> = () =>
      Promise.reject(new Error("unexpected prompt")),
    private readonly now?: () => number,
  ) {}

  io(extra: Partial<LoginIo> = {}): LoginIo {
    return {
      env: this.env,
      out: (line) => {
        this.lines.push(line);
        if (/^https?:\/\/\S+\/v1\/authorize\?/.test(line)) {
          this.printed = parseAuthorizeUrl(line);
          this.resolveUrl(this.printed);
        }
      },
      prompt: (question) => {
        this.questions.push(question);
        return this.answers(question, this);
      },
      ...(this.now === undefined ? {} : { now: this.now }),
      ...extra,
    };
  }

  get output(): string {
    return this.lines.join("\n");
  }
}

function parseAuthorizeUrl(url: string): PrintedAuthorizeUrl {
  const parsed = new URL(url);
  const params = parsed.searchParams;
  const get = (name: string): string => {
    const value = params.get(name);
    if (value === null) throw new Error(`authorize URL without ${name}: ${url}`);
    return value;
  };
  return {
    url,
    base: parsed.origin,
    params,
    state: get("state"),
    redirectUri: get("redirect_uri"),
    codeChallenge: get("code_challenge"),
    clientId: get("client_id"),
  };
}

/** A browser GET that resolves with the status (any body is read and dropped). */
export const browserGet = (url: string): Promise<number> =>
  new Promise((resolve, reject) => {
    const req = request(url, (response) => {
      response.resume();
      response.on("end", () => resolve(response.statusCode ?? 0));
    });
    req.on("error", reject);
    req.end();
  });
