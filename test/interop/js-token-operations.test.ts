/**
 * The AWS SDK for JavaScript v3's Sign-In client (`@aws-sdk/nested-clients/signin`, newest; the
 * oldest release with Sign-In, 3.936.0, has no CreateOAuth2TokenWithIAMCommand) calling
 * CreateOAuth2TokenWithIAM unmodified, SigV4-signing with credentials obtained by logging in to
 * the service with `open-signin login`: the token, and each refusal as the SDK's modeled exception.
 */
import { SigninClient, CreateOAuth2TokenWithIAMCommand } from "@aws-sdk/nested-clients/signin";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";

import { ClientHome } from "./support/client-home.js";
import { claim } from "./support/compatibility.js";
import { InteropService, type InteropUser } from "./support/interop-service.js";
import { installedVersion, stubClientEnvironment } from "./support/js/sdk-environment.js";
import { loginWithOpenSignin } from "./support/open-signin-login.js";

const CLIENT = "@aws-sdk/nested-clients/signin (SigninClient)";
const version = installedVersion("@aws-sdk/nested-clients");

describe(`${CLIENT} ${version}: CreateOAuth2TokenWithIAMCommand`, () => {
  let service: InteropService;
  const homes: ClientHome[] = [];

  beforeAll(async () => {
    service = await InteropService.start();
  });
  afterEach(() => vi.unstubAllEnvs());
  afterAll(async () => {
    await service.close();
    await Promise.all(homes.map((home) => home.remove()));
  });

  /** A client signing with the credentials `open-signin login` cached for a new user. */
  async function loggedInClient(): Promise<{ client: SigninClient; user: InteropUser }> {
    const home = await ClientHome.create();
    homes.push(home);
    const user = await service.createUser();
    await loginWithOpenSignin(service, home, user);
    stubClientEnvironment(home, service.url);
    const { accessToken } = await home.readCache();
    const client = new SigninClient({
      region: "us-east-1",
      maxAttempts: 1,
      credentials: {
        accessKeyId: accessToken.accessKeyId,
        secretAccessKey: accessToken.secretAccessKey,
        sessionToken: accessToken.sessionToken,
      },
    });
    return { client, user };
  }

  async function refusal(promise: Promise<unknown>) {
    try {
      await promise;
    } catch (error) {
      const e = error as { name: string; error?: string; message: string; $metadata: { httpStatusCode?: number } };
      return { name: e.name, error: e.error, message: e.message, status: e.$metadata.httpStatusCode };
    }
    throw new Error("expected the service to refuse");
  }

  it("gets a Bearer access token for the resource", async (context) => {
    claim(context, { client: CLIENT, version, covers: "CreateOAuth2TokenWithIAM" });
    const { client } = await loggedInClient();
    const output = await client.send(
      new CreateOAuth2TokenWithIAMCommand({ grantType: "client_credentials", resource: "aws-mcp.amazonaws.com" }),
    );
    expect(output.$metadata.httpStatusCode).toBe(200);
    expect(output.accessToken).toMatch(/^ASOA[A-Za-z0-9+/=_-]+$/);
    expect(output.tokenType).toBe("Bearer");
    expect(output.expiresIn).toBeGreaterThan(800);
    expect(output.expiresIn).toBeLessThanOrEqual(900);
  });

  it("a resource that is not a service name: the modeled ValidationException (invalid_target)", async (context) => {
    claim(context, { client: CLIENT, version, covers: "CreateOAuth2TokenWithIAM refusal: ValidationException" });
    const { client } = await loggedInClient();
    const answer = await refusal(
      client.send(
        new CreateOAuth2TokenWithIAMCommand({ grantType: "client_credentials", resource: "https://example.com/mcp" }),
      ),
    );
    expect(answer).toMatchObject({ name: "ValidationException", error: "invalid_target", status: 400 });
    expect(answer.message).toMatch(/^resource /);
  });

  it("without signin:CreateOAuth2Token: AccessDeniedException INSUFFICIENT_PERMISSIONS", async (context) => {
    claim(context, { client: CLIENT, version, covers: "CreateOAuth2TokenWithIAM refusal: INSUFFICIENT_PERMISSIONS" });
    const { client, user } = await loggedInClient();
    // The login needed the permission; it is taken away afterwards, as an administrator would.
    await service.admin.setPermissions(user.userName, ["signin:AuthorizeOAuth2Access"]);
    const answer = await refusal(
      client.send(
        new CreateOAuth2TokenWithIAMCommand({ grantType: "client_credentials", resource: "aws-mcp.amazonaws.com" }),
      ),
    );
    expect(answer).toMatchObject({ name: "AccessDeniedException", error: "INSUFFICIENT_PERMISSIONS", status: 403 });
  });
});
