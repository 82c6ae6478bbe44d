import { createHash, randomBytes, randomUUID } from "node:crypto";

// The local service's own test support plays the person in the browser.
import { BrowserSession, formTokenIn } from "../../../../packages/local-service/test/support/local-service.js";
import type { InteropService, InteropUser } from "../interop-service.js";

export const SAME_DEVICE_CLIENT_ID = "arn:aws:signin:::devtools/same-device";

/** What a client needs to redeem the code: the PKCE verifier and the exact redirect URI. */
export interface AuthorizationCode {
  readonly code: string;
  readonly codeVerifier: string;
  readonly redirectUri: string;
  readonly clientId: string;
}

/**
 * Gets an authorization code the way a person does after `aws login` opened the browser: the
 * authorize page, then the sign-in form. The code arrives in the Location of the form post's
 * redirect to the loopback callback, so no listener is needed on that port. PKCE as the CLI does
 * it (§4.3): 64-character verifier, challenge = BASE64URL-NOPAD(SHA-256(verifier)), method SHA-256.
 */
export async function authorizationCodeFor(service: InteropService, user: InteropUser): Promise<AuthorizationCode> {
  const codeVerifier = randomBytes(48).toString("base64url");
  const challenge = createHash("sha256").update(codeVerifier).digest("base64url");
  const redirectUri = `http://127.0.0.1:${49152 + Math.floor(Math.random() * 10000)}/oauth/callback`;
  const state = randomUUID();
  const query = new URLSearchParams({
    response_type: "code",
    client_id: SAME_DEVICE_CLIENT_ID,
    state,
    code_challenge_method: "SHA-256",
    scope: "openid",
    redirect_uri: redirectUri,
    code_challenge: challenge,
  });

  const browser = new BrowserSession();
  const page = await browser.get(`${service.url}/v1/authorize?${query.toString()}`);
  if (page.status !== 200) throw new Error(`the authorize page answered ${page.status}: ${page.body}`);
  const posted = await browser.postForm(`${service.url}/v1/authorize`, {
    form_token: formTokenIn(page.body),
    username: user.userName,
    password: user.password,
  });
  const location = new URL(String(posted.headers.location));
  if (`${location.origin}${location.pathname}` !== redirectUri || location.searchParams.get("state") !== state) {
    throw new Error(`the sign-in did not redirect to the callback with our state: ${posted.status} ${location.href}`);
  }
  const code = location.searchParams.get("code");
  if (!code) throw new Error(`the callback carries no code: ${location.href}`);
  return { code, codeVerifier, redirectUri, clientId: SAME_DEVICE_CLIENT_ID };
}
