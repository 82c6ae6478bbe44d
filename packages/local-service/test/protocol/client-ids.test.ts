import { describe, expect, it } from "vitest";

import { CROSS_DEVICE_CLIENT_ID, isDevToolsClientId, SAME_DEVICE_CLIENT_ID } from "../../src/protocol/client-ids.js";

describe("client ids", () => {
  it("are the two devtools ARNs of the service model", () => {
    const pattern = /^arn:aws:signin:::devtools\/(cross-device|same-device)$/;
    expect(SAME_DEVICE_CLIENT_ID).toMatch(pattern);
    expect(CROSS_DEVICE_CLIENT_ID).toMatch(pattern);
    expect(SAME_DEVICE_CLIENT_ID).not.toBe(CROSS_DEVICE_CLIENT_ID);
  });

  it("recognizes exactly those two", () => {
    expect(isDevToolsClientId(SAME_DEVICE_CLIENT_ID)).toBe(true);
    expect(isDevToolsClientId(CROSS_DEVICE_CLIENT_ID)).toBe(true);
    for (const other of ["arn:aws:signin:::cli/same-device", "arn:aws:signin:::devtools/other", "", undefined, 1]) {
      expect(isDevToolsClientId(other)).toBe(false);
    }
  });
});
