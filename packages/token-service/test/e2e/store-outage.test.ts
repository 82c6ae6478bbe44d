/**
 * A store that stops answering while the service runs: the token endpoint answers 503 with
 * Retry-After, in bounded time, in the modeled error shape, and never reports a success it could
 * not record. The outage is real: the Redis server behind the store is killed.
 */
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";

import { RedisStore } from "../../src/store/redis-store.js";
import { RedisServer, redisAvailability } from "../support/redis-servers.js";
import { TokenServiceHarness } from "../support/token-service-harness.js";

const availability = redisAvailability();
const describeWithRedis = availability.available ? describe : describe.skip;

const STORE_TIMEOUT_MS = 300;

describeWithRedis("the token endpoint while its Redis store is down", () => {
  let server: RedisServer;
  let harness: TokenServiceHarness;

  beforeAll(async () => {
    server = await RedisServer.start();
  }, 30_000);
  afterAll(async () => {
    await server?.stop();
  });
  beforeEach(async () => {
    if (!server.running) await server.restart();
    const store = await RedisStore.connect(
      { kind: "redis", url: server.url },
      { operationTimeoutMs: STORE_TIMEOUT_MS },
    );
    harness = await TokenServiceHarness.start({ store });
  });
  afterEach(() => harness.close());

  const expectUnavailable = (response: Awaited<ReturnType<TokenServiceHarness["post"]>>, elapsedMs: number) => {
    expect(response.status).toBe(503);
    expect(response.headers.get("retry-after")).toBe("2");
    expect(response.headers.get("x-amzn-errortype")).toBe("InternalServerException");
    expect(response.json).toEqual({
      error: "server_error",
      message: "The service is temporarily unavailable. Retry later.",
    });
    expect(response.headers.get("cache-control")).toBe("no-store");
    // Bounded by the store timeout (a few store calls at most), never a hang.
    expect(elapsedMs).toBeLessThan(5 * STORE_TIMEOUT_MS + 1000);
  };

  it("answers an authorization_code request with 503 and Retry-After", async () => {
    const grant = await harness.issueCode();
    await server.kill();
    const startedAt = Date.now();
    const response = await harness.post(
      { grantType: "authorization_code", ...grant },
      { dpop: harness.dpopKey().proof(harness.tokenUrl) },
    );
    expectUnavailable(response, Date.now() - startedAt);
    expect(harness.logLines.join("")).toContain('"event":"store-unavailable"');
  });

  it("answers a refresh_token request with 503 and Retry-After, and the token still works once Redis is back", async () => {
    const { key, tokens } = await harness.signIn();
    await server.kill();
    const startedAt = Date.now();
    expectUnavailable(await harness.refresh(tokens.refreshToken, key), Date.now() - startedAt);

    await server.restart();
    let response = await harness.refresh(tokens.refreshToken, key);
    for (let attempt = 0; response.status === 503 && attempt < 50; attempt += 1) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      response = await harness.refresh(tokens.refreshToken, key);
    }
    expect(response.status).toBe(200);
  });
});
