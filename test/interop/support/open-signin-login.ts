import { runLogin } from "@open-signin/local-service";

// The local service's own test support plays the person in the browser.
import { BrowserSession, formTokenIn } from "../../../packages/local-service/test/support/local-service.js";
import type { ClientHome } from "./client-home.js";
import type { InteropService, InteropUser } from "./interop-service.js";

/**
 * Signs `user` in with the project's `login` command (same flow and files as `aws login`), the
 * browser step played over HTTP. Leaves the login cache and the `login_session` profile in `home`.
 */
export async function loginWithOpenSignin(
  service: InteropService,
  home: ClientHome,
  user: InteropUser,
  options: { profile?: string } = {},
): Promise<void> {
  await runLogin(
    {
      endpointUrl: service.url,
      region: "us-east-1",
      profile: options.profile ?? "default",
      remote: false,
      openBrowser: true,
    },
    {
      env: home.env(service.url),
      out: () => {},
      prompt: () => Promise.reject(new Error("the login asked a question the test did not expect")),
      openBrowser: async (authorizeUrl) => {
        const browser = new BrowserSession();
        const page = await browser.get(authorizeUrl);
        const posted = await browser.postForm(`${service.url}/v1/authorize`, {
          form_token: formTokenIn(page.body),
          username: user.userName,
          password: user.password,
        });
        await browser.get(String(posted.headers.location));
        return true;
      },
    },
  );
}
