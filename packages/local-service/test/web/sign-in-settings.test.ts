import { ConfigurationError } from "@open-signin/token-service";
import { describe, expect, it } from "vitest";

import { resolveLocalServiceSettings } from "../../src/serve/local-service-settings.js";

describe("sign-in limit settings", () => {
  it("default to 5 attempts per user name, 2 password checks at once and 16 waiting", () => {
    expect(resolveLocalServiceSettings({ flags: {}, env: {} })).toMatchObject({
      signInUserAttempts: 5,
      passwordChecks: 2,
      passwordQueue: 16,
    });
  });

  it("come from flags or the environment, and refuse nonsense", () => {
    expect(
      resolveLocalServiceSettings({
        flags: { signInUserAttempts: "3" },
        env: { SIGNIN_PASSWORD_CHECKS: "1", SIGNIN_PASSWORD_QUEUE: "0" },
      }),
    ).toMatchObject({ signInUserAttempts: 3, passwordChecks: 1, passwordQueue: 0 });
    expect(() => resolveLocalServiceSettings({ flags: { passwordChecks: "0" }, env: {} })).toThrow(ConfigurationError);
    expect(() => resolveLocalServiceSettings({ flags: {}, env: { SIGNIN_USER_ATTEMPTS: "lots" } })).toThrow(
      ConfigurationError,
    );
  });
});
