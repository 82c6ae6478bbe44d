/**
 * botocore 1.44.8's generated signin client calling ListSessions, GetSession and
 * BatchRevokeSessions against the service, signing with credentials obtained by logging in to it
 * (`open-signin login`, read back from the login cache); then botocore's login provider reporting
 * the revoked session at its next refresh. AWS's endpoint rules send these control-plane
 * operations to signin.{Region}.api.aws even with an endpoint configured, so the script points
 * them at the service (python/signin_session_operation.py). botocore 1.41.0's model has none of
 * these operations, so only the newest environment runs.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import {
  type SessionOperationRun,
  type SigningCredentials,
  callSessionOperation,
  refreshWithLoginProvider,
} from "./python/botocore-runner.js";
import { ClientHome } from "./support/client-home.js";
import { claim } from "./support/compatibility.js";
import { InteropService, type InteropUser } from "./support/interop-service.js";
import { loginWithOpenSignin } from "./support/open-signin-login.js";

const CLIENT = "botocore (signin client)";
const ENVIRONMENT = "botocore-newest";
const SESSION_ACTIONS = [
  "signin:AuthorizeOAuth2Access",
  "signin:CreateOAuth2Token",
  "signin:ListSessions",
  "signin:GetSession",
  "signin:BatchRevokeSessions",
];

describe("botocore-newest: signin client, session operations", () => {
  let service: InteropService;
  const homes: ClientHome[] = [];

  beforeAll(async () => {
    service = await InteropService.start();
  });
  afterAll(async () => {
    await service.close();
    await Promise.all(homes.map((home) => home.remove()));
  });

  async function loggedIn(permissions: readonly string[] = SESSION_ACTIONS, user?: InteropUser) {
    const home = await ClientHome.create();
    homes.push(home);
    const who = user ?? (await service.createUser(permissions));
    await loginWithOpenSignin(service, home, who);
    const cache = await home.readCache();
    const credentials: SigningCredentials = {
      accessKeyId: cache.accessToken.accessKeyId,
      secretAccessKey: cache.accessToken.secretAccessKey,
      sessionToken: cache.accessToken.sessionToken,
    };
    return { home, user: who, credentials };
  }

  const call = (
    home: ClientHome,
    operation: string,
    params: Record<string, unknown>,
    credentials: SigningCredentials,
  ): Promise<SessionOperationRun> =>
    callSessionOperation(ENVIRONMENT, home.env(service.url), { operation, params, credentials });

  it("ListSessions and GetSession: the caller's sessions (AWS's rules would have sent them to signin.us-east-1.api.aws)", async (context) => {
    const { home, user, credentials } = await loggedIn();
    const list = await call(home, "ListSessions", {}, credentials);
    claim(context, { client: CLIENT, version: list.botocoreVersion, covers: "ListSessions" });
    expect(list.error, JSON.stringify(list.error)).toBeUndefined();
    expect(list.rulesUrl).toBe("https://signin.us-east-1.api.aws");
    const items = list.response!["items"] as { sessionArn: string; principalArn: string; status: string }[];
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({ principalArn: user.arn, status: "ACTIVE" });

    const get = await call(home, "GetSession", { sessionArn: items[0]!.sessionArn }, credentials);
    claim(context, { client: CLIENT, version: get.botocoreVersion, covers: "GetSession" });
    expect(get.error, JSON.stringify(get.error)).toBeUndefined();
    expect(get.response).toMatchObject({ sessionArn: items[0]!.sessionArn, principalArn: user.arn, status: "ACTIVE" });

    const missing = await call(
      home,
      "GetSession",
      { sessionArn: "arn:aws:signin:us-east-1:000000000000:session/00000000-0000-4000-8000-000000000000" },
      credentials,
    );
    claim(context, {
      client: CLIENT,
      version: missing.botocoreVersion,
      covers: "GetSession refusal: ResourceNotFoundException",
    });
    expect(missing.error?.class).toBe("ResourceNotFoundException");
    expect(missing.error?.clientError).toMatchObject({ error: "RESOURCE_NOT_FOUND", httpStatus: 404 });
  });

  it("BatchRevokeSessions: then botocore's login provider reports the expired session at its next refresh", async (context) => {
    const { home, credentials } = await loggedIn();
    const victim = await loggedIn(SESSION_ACTIONS);
    const listed = await call(home, "ListSessions", { principalArn: victim.user.arn }, credentials);
    const sessionArn = (listed.response!["items"] as { sessionArn: string }[])[0]!.sessionArn;
    const run = await call(
      home,
      "BatchRevokeSessions",
      { principalArn: victim.user.arn, sessionArns: [sessionArn], reason: "interop" },
      credentials,
    );
    claim(context, { client: CLIENT, version: run.botocoreVersion, covers: "BatchRevokeSessions" });
    expect(run.error, JSON.stringify(run.error)).toBeUndefined();
    expect(run.response).toEqual({ revokedSessions: [{ sessionArn }], errors: [] });

    await victim.home.expireIn(60);
    const refresh = await refreshWithLoginProvider(ENVIRONMENT, victim.home.env(service.url));
    expect(refresh.error?.class).toBe("LoginRefreshRequired");
    expect(refresh.error?.cause?.clientError).toMatchObject({ error: "TOKEN_EXPIRED", httpStatus: 401 });
  });

  it("ListSessions: bad input is the modeled ValidationException naming the member; no permission is INSUFFICIENT_PERMISSIONS", async (context) => {
    const { home, credentials } = await loggedIn();
    const bad = await call(home, "ListSessions", { principalArn: "arn:aws:iam::1:user/x" }, credentials);
    claim(context, {
      client: CLIENT,
      version: bad.botocoreVersion,
      covers: "ListSessions refusal: ValidationException",
    });
    expect(bad.error?.class).toBe("ValidationException");
    expect(bad.error?.clientError?.message).toMatch(/^principalArn /);

    const denied = await loggedIn(["signin:AuthorizeOAuth2Access", "signin:CreateOAuth2Token"]);
    const refused = await call(denied.home, "ListSessions", {}, denied.credentials);
    expect(refused.error?.class).toBe("AccessDeniedException");
    expect(refused.error?.clientError).toMatchObject({ error: "INSUFFICIENT_PERMISSIONS", httpStatus: 403 });
  });
});
