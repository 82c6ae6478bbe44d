import { spawn } from "node:child_process";

export interface OpenBrowserOptions {
  readonly platform?: NodeJS.Platform;
  readonly env?: NodeJS.ProcessEnv;
}

/**
 * Asks the desktop to open `url` in the default browser. Resolves true once the opener process
 * started, false if none could be (no desktop, opener missing); never throws, since the caller
 * has printed the URL for the person to open by hand anyway.
 */
export function openBrowser(url: string, options: OpenBrowserOptions = {}): Promise<boolean> {
  const platform = options.platform ?? process.platform;
  const [command, args, verbatim] =
    platform === "darwin"
      ? ["open", [url], false]
      : platform === "win32"
        ? // `start` takes the first quoted argument as a window title, hence the empty one; the
          // quotes keep cmd from splitting the URL at `&`.
          ["cmd", ["/c", "start", '""', `"${url}"`], true]
        : ["xdg-open", [url], false];
  return new Promise((resolve) => {
    try {
      const child = spawn(command, args, {
        detached: true,
        stdio: "ignore",
        windowsVerbatimArguments: verbatim,
        ...(options.env === undefined ? {} : { env: options.env }),
      });
      child.once("error", () => resolve(false));
      child.once("spawn", () => {
        child.unref();
        resolve(true);
      });
    } catch {
      resolve(false);
    }
  });
}
