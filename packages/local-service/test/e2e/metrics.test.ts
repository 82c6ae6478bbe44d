/**
 * GET /metrics on the loopback metrics listener (`--metrics-port`): the counters move for real
 * requests, unknown paths share one label, and nothing user-supplied becomes a label.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { BrowserSession, CliLikeClient, LocalService, formTokenIn, send } from "../support/local-service.js";

const SAME_DEVICE = "arn:aws:signin:::devtools/same-device";
const REDIRECT = "http://127.0.0.1:53037/oauth/callback";

let service: LocalService;
beforeAll(async () => {
  service = await LocalService.start({ env: { SIGNIN_METRICS_PORT: "0" } });
});
afterAll(() => service.close());

const scrape = async (): Promise<string> => {
  const response = await send(service.handle.metricsUrl!);
  expect(response.status).toBe(200);
  expect(response.headers["content-type"]).toContain("text/plain");
  return response.body;
};

/** The value of one series, 0 when absent. */
const valueOf = (text: string, series: string): number => {
  const line = text.split("\n").find((candidate) => candidate.startsWith(`${series} `));
  return line === undefined ? 0 : Number(line.slice(series.length + 1));
};

describe("GET /metrics", () => {
  it("is on 127.0.0.1 on its own port, not on the public listener", async () => {
    const metricsUrl = new URL(service.handle.metricsUrl!);
    expect(metricsUrl.hostname).toBe("127.0.0.1");
    expect(metricsUrl.port).not.toBe(new URL(service.url).port);
    expect((await send(`${service.url}/metrics`)).status).toBe(404);
  });

  it("counts requests, sign-ins, store calls and latencies for a real sign-in and token exchange", async () => {
    const before = await scrape();
    const cli = new CliLikeClient(service.url, SAME_DEVICE, REDIRECT);
    const browser = new BrowserSession();
    const page = await browser.get(cli.authorizeUrl());
    const wrong = await browser.postForm(`${service.url}/v1/authorize`, {
      form_token: formTokenIn(page.body),
      username: service.developer.userName,
      password: "not-the-password",
    });
    expect(wrong.status).toBe(401);
    const signedIn = await browser.postForm(`${service.url}/v1/authorize`, {
      form_token: formTokenIn(wrong.body),
      username: service.developer.userName,
      password: service.developer.password,
    });
    expect(signedIn.status).toBe(302);
    const code = new URL(String(signedIn.headers.location)).searchParams.get("code")!;
    expect((await cli.exchange(code)).status).toBe(200);
    expect((await send(`${service.url}/no/such/path/${"x".repeat(20)}`)).status).toBe(404);

    const after = await scrape();
    const moved = (series: string) => valueOf(after, series) - valueOf(before, series);
    expect(moved('signin_http_requests_total{route="/v1/token",operation="CreateOAuth2Token",status="200"}')).toBe(1);
    expect(moved('signin_http_requests_total{route="/v1/authorize",operation="POST",status="401"}')).toBe(1);
    expect(moved('signin_http_requests_total{route="/v1/authorize",operation="POST",status="302"}')).toBe(1);
    expect(moved('signin_http_requests_total{route="unmatched",operation="other",status="404"}')).toBe(1);
    expect(moved('signin_http_request_duration_seconds_count{route="/v1/token",operation="CreateOAuth2Token"}')).toBe(
      1,
    );
    expect(moved('signin_sign_ins_total{outcome="success"}')).toBe(1);
    expect(moved('signin_sign_ins_total{outcome="failure"}')).toBe(1);
    // Issuing the code wrote it; the exchange claimed it and recorded the DPoP proof.
    expect(moved('signin_store_operation_duration_seconds_count{operation="putIfAbsent"}')).toBeGreaterThanOrEqual(2);
    expect(after).toContain("signin_rate_limit_refusals_total");
    expect(after).toContain("signin_store_errors_total");
    // No path, user name or token became a label.
    expect(after).not.toContain("no/such/path");
    expect(after).not.toContain(service.developer.userName);
    expect(after).not.toContain(code);
  });

  it("counts each token request the rate limit refuses (burst 200 per address)", async () => {
    const before = valueOf(await scrape(), 'signin_rate_limit_refusals_total{limit="token"}');
    let refused = 0;
    // The bucket refills at 50/s, so on a loaded machine the burst can outlast a few batches:
    // go on until refusals are seen, within a bound.
    for (let batch = 0; batch < 100 && refused === 0; batch++) {
      const statuses = await Promise.all(
        Array.from({ length: 40 }, async () => {
          const response = await send(`${service.url}/v1/token`, {
            method: "POST",
            headers: { "content-type": "application/json" },
            body: "{}",
          });
          return response.status;
        }),
      );
      refused += statuses.filter((status) => status === 429).length;
    }
    expect(refused).toBeGreaterThan(0);
    expect(valueOf(await scrape(), 'signin_rate_limit_refusals_total{limit="token"}') - before).toBe(refused);
  });
});
