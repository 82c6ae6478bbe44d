import { describe, expect, it } from "vitest";

import { accountIdOfLoginSession, loginSessionFromIdToken } from "../../src/login/id-token.js";
import { LoginError } from "../../src/login/login-error.js";

// The ID token of the cross-SDK login-provider test vectors (aws-cli v2
// tests/unit/botocore/login/login-provider-test-cases.json): ES384 header, `\/` in its JSON.
const referenceIdToken =
  "eyJraWQiOiI1MzYxMjY2ZS1mNjI5LTQ0ZGQtOTA1My1jYzJkNTM1OTJiOTIiLCJ0eXAiOiJKV1QiLCJhbGciOiJFUzM4NCJ9.eyJzdWIiOiJhcm46YXdzOnN0czo6NzIxNzgxNjAzNzU1OmFzc3VtZWQtcm9sZVwvQWRtaW5cL3Nob3ZsaWEtSXNlbmdhcmQiLCJhdWQiOiJhcm46YXdzOnNpZ25pbjo6OmNsaVwvc2FtZS1kZXZpY2UiLCJpc3MiOiJodHRwczpcL1wvc2lnbmluLmF3cy5hbWF6b24uY29tXC9zaWduaW4iLCJzZXNzaW9uX2FybiI6ImFybjphd3M6c3RzOjo3MjE3ODE2MDM3NTU6YXNzdW1lZC1yb2xlXC9BZG1pblwvc2hvdmxpYS1Jc2VuZ2FyZCIsImV4cCI6MTc2MTE2Nzk0NiwiaWF0IjoxNzYxMTY3MDQ2fQ.EzySTg0K11hwQtIYtcBcnNMmX33F6XrVqXsk8WyTWjYcMQxaMnqXebLwBQBCRZha05hZiIZ5xPVCBIt7hZGyymurSfOL72cz69xHUH6u7rwu8vn10UKLHfyKLneKBlmJ";

const jwt = (payload: unknown): string =>
  ["e30", Buffer.from(JSON.stringify(payload)).toString("base64url"), "c2ln"].join(".");

describe("loginSessionFromIdToken", () => {
  it("reads sub from a real-shaped ID token (escaped slashes, ES384 header) without verifying it", () => {
    expect(loginSessionFromIdToken(referenceIdToken)).toBe(
      "arn:aws:sts::721781603755:assumed-role/Admin/shovlia-Isengard",
    );
  });

  it("reads a payload encoded without padding", () => {
    expect(loginSessionFromIdToken(jwt({ sub: "arn:aws:iam::111122223333:user/alice", x: "ab" }))).toBe(
      "arn:aws:iam::111122223333:user/alice",
    );
  });

  it.each([
    ["two parts", "a.b"],
    ["four parts", "a.b.c.d"],
    ["a payload that is not JSON", "e30.bm90IGpzb24.c2ln"],
    ["no sub", jwt({ iss: "x" })],
    ["a non-string sub", jwt({ sub: 42 })],
  ])("rejects a token with %s", (_name, token) => {
    expect(() => loginSessionFromIdToken(token)).toThrow(LoginError);
  });
});

describe("accountIdOfLoginSession", () => {
  it.each([
    ["arn:aws:iam::111122223333:user/alice", "111122223333"],
    ["arn:aws:iam::111122223333:root", "111122223333"],
    ["arn:aws:sts::012345678910:assumed-role/Admin/admin", "012345678910"],
    ["arn:aws:sts::012345678910:assumed-role/Admin/with:colons", "012345678910"],
  ])("takes the 5th field of %s", (arn, account) => {
    expect(accountIdOfLoginSession(arn)).toBe(account);
  });

  it("needs at least six fields", () => {
    expect(() => accountIdOfLoginSession("arn:aws:iam::111122223333")).toThrow(LoginError);
    expect(() => accountIdOfLoginSession("alice")).toThrow(LoginError);
  });
});
