/** The two public developer-tool clients of AWS Sign-In (`client_id` in OAuth terms). */

/** `aws login`: the browser runs on this machine and redirects to a loopback server. */
export const SAME_DEVICE_CLIENT_ID = "arn:aws:signin:::devtools/same-device";

/** `aws login --remote`: the person copies a verification code from the browser into the terminal. */
export const CROSS_DEVICE_CLIENT_ID = "arn:aws:signin:::devtools/cross-device";

export type DevToolsClientId = typeof SAME_DEVICE_CLIENT_ID | typeof CROSS_DEVICE_CLIENT_ID;

export const isDevToolsClientId = (value: unknown): value is DevToolsClientId =>
  value === SAME_DEVICE_CLIENT_ID || value === CROSS_DEVICE_CLIENT_ID;
