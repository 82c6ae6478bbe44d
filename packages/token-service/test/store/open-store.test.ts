import { describe, expect, it } from "vitest";

import { resolveTokenServiceSettings } from "../../src/config/token-service-settings.js";
import { parseStoreSetting } from "../../src/config/store-setting.js";
import { describeStore } from "../../src/open-store.js";

describe("--store values", () => {
  it.each([
    ["sqlite", { kind: "sqlite", path: undefined }],
    ["sqlite:/var/lib/open-signin/state.sqlite", { kind: "sqlite", path: "/var/lib/open-signin/state.sqlite" }],
    ["memory", { kind: "memory" }],
    ["redis://127.0.0.1:6379/0", { kind: "redis", url: "redis://127.0.0.1:6379/0" }],
    ["rediss://:pw@cache.internal:6380/2", { kind: "redis", url: "rediss://:pw@cache.internal:6380/2" }],
    [
      "redis+cluster://10.0.0.1:7000,10.0.0.2:7000",
      {
        kind: "redis-cluster",
        seeds: [
          { host: "10.0.0.1", port: 7000 },
          { host: "10.0.0.2", port: 7000 },
        ],
        tls: false,
        username: undefined,
        password: undefined,
      },
    ],
    [
      "rediss+cluster://app:p%40ss@[::1]:7000",
      { kind: "redis-cluster", seeds: [{ host: "::1", port: 7000 }], tls: true, username: "app", password: "p@ss" },
    ],
  ])("reads %s", (text, expected) => {
    expect(parseStoreSetting(text)).toEqual(expected);
  });

  it.each([
    ["mysql://db", /expected sqlite/],
    ["sqlite:", /needs a file path/],
    ["redis://", /not a valid Redis URL|needs a host/],
    ["redis://127.0.0.1:6379/db1", /database "db1" is not a number/],
    ["redis://127.0.0.1:6379/0?tls=true", /no query/],
    ["redis+cluster://10.0.0.1", /not host:port/],
    ["redis+cluster://10.0.0.1:7000,:7001", /not host:port/],
    ["redis+cluster://10.0.0.1:99999", /not host:port/],
  ])("refuses %s", (text, message) => {
    expect(() => parseStoreSetting(text)).toThrow(message);
  });

  it("never shows a password when it names the store", () => {
    expect(describeStore(parseStoreSetting("redis://user:s3cret@h:6379/1"), ".data")).toBe("Redis redis://h:6379/1");
    expect(describeStore(parseStoreSetting("redis+cluster://:s3cret@h1:1,h2:2"), ".data")).toBe(
      "Redis Cluster redis+cluster://h1:1,h2:2",
    );
    expect(describeStore(parseStoreSetting("sqlite"), "/srv/data")).toBe("SQLite /srv/data/store.sqlite");
  });

  it("defaults to sqlite and reports a bad value with the other settings' problems", () => {
    expect(resolveTokenServiceSettings({ env: {} }).store).toEqual({ kind: "sqlite", path: undefined });
    expect(resolveTokenServiceSettings({ env: { SIGNIN_STORE: "memory" } }).store).toEqual({ kind: "memory" });
    expect(() => resolveTokenServiceSettings({ env: { SIGNIN_STORE: "nope", SIGNIN_PORT: "x" } })).toThrow(
      /SIGNIN_PORT="x".*\n.*SIGNIN_STORE="nope": expected sqlite/s,
    );
    expect(() => resolveTokenServiceSettings({ env: { SIGNIN_SQLITE_SYNCHRONOUS: "off" } })).toThrow(
      /SIGNIN_SQLITE_SYNCHRONOUS="off": expected one of normal, full/,
    );
  });
});
