import { describe, expect, it } from "vitest";

import { ConfigurationError } from "../../src/config/settings.js";
import { limitsFrom, resolveTokenServiceSettings } from "../../src/config/token-service-settings.js";

describe("token service settings", () => {
  it("has safe defaults: loopback only, the documented limits", () => {
    const settings = resolveTokenServiceSettings({ env: {} });
    expect(settings).toMatchObject({
      host: "127.0.0.1",
      port: 8080,
      publicUrls: [],
      dataDir: ".data",
      logLevel: "info",
      dpopIatWindowSeconds: 300,
      authorizationCodeTtlSeconds: 300,
      sessionMaxSeconds: 43200,
      credentialsLifetimeSeconds: 900,
      refreshRepeatWindowSeconds: undefined,
      maxBodyBytes: 16384,
    });
    expect(limitsFrom(settings).credentialsLifetimeSeconds).toBe(900);
  });

  it("reads environment variables, and flags win over them", () => {
    const settings = resolveTokenServiceSettings({
      env: { SIGNIN_PORT: "9000", SIGNIN_HOST: "0.0.0.0", SIGNIN_DPOP_IAT_WINDOW_SECONDS: "60" },
      flags: { port: "9001" },
    });
    expect(settings.port).toBe(9001);
    expect(settings.host).toBe("0.0.0.0");
    expect(settings.dpopIatWindowSeconds).toBe(60);
  });

  it("normalizes the public URLs, and takes several", () => {
    expect(
      resolveTokenServiceSettings({ env: { SIGNIN_PUBLIC_URL: "https://Signin.Example.test:443/" } }).publicUrls,
    ).toEqual(["https://signin.example.test"]);
    expect(
      resolveTokenServiceSettings({ flags: { publicUrls: "https://signin.example.test, http://127.0.0.1:8080" } })
        .publicUrls,
    ).toEqual(["https://signin.example.test", "http://127.0.0.1:8080"]);
  });

  it("refuses a public URL with a path, query or userinfo", () => {
    for (const value of ["https://x.test/signin", "https://x.test/?a=1", "https://u@x.test"]) {
      expect(() => resolveTokenServiceSettings({ flags: { publicUrls: value } })).toThrow(ConfigurationError);
    }
  });

  it("reports every bad value at once, named as the user set it", () => {
    let error: unknown;
    try {
      resolveTokenServiceSettings({
        env: { SIGNIN_PORT: "eighty", SIGNIN_CREDENTIALS_LIFETIME_SECONDS: "3600", SIGNIN_LOG_LEVEL: "loud" },
        flags: { publicUrls: "ftp://x/y" },
      });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ConfigurationError);
    const problems = (error as ConfigurationError).problems;
    expect(problems).toHaveLength(4);
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^SIGNIN_PORT="eighty": expected a whole number from 0 to 65535/),
        expect.stringMatching(/^SIGNIN_CREDENTIALS_LIFETIME_SECONDS="3600": must be at most 900/),
        expect.stringMatching(/^SIGNIN_LOG_LEVEL="loud": expected one of fatal, error/),
        expect.stringMatching(/^--public-url="ftp:\/\/x\/y": expected an http\(s\) origin/),
      ]),
    );
  });

  it("treats an empty environment variable as unset", () => {
    expect(resolveTokenServiceSettings({ env: { SIGNIN_PORT: "" } }).port).toBe(8080);
  });
});
