import { homedir } from "node:os";
import { join } from "node:path";

/*
 * Path expansion as botocore does it, against an explicit environment so that callers (and
 * tests) decide which home directory counts.
 */

/** The home directory: $HOME (USERPROFILE on Windows) like Python's expanduser, else the OS's. */
export function homeDirectory(env: NodeJS.ProcessEnv): string {
  const fromEnv = process.platform === "win32" ? (env.USERPROFILE ?? env.HOME) : env.HOME;
  return fromEnv !== undefined && fromEnv !== "" ? fromEnv : homedir();
}

/** Python's os.path.expanduser for the current user: a leading `~` alone or before a separator. */
export function expandUser(path: string, env: NodeJS.ProcessEnv): string {
  if (path === "~") return homeDirectory(env);
  if (path.startsWith("~/") || (process.platform === "win32" && path.startsWith("~\\"))) {
    return join(homeDirectory(env), path.slice(2));
  }
  return path;
}

/** Python's os.path.expandvars on POSIX: `$NAME` and `${NAME}` of set variables; others stay. */
export function expandVariables(path: string, env: NodeJS.ProcessEnv): string {
  return path.replace(/\$(?:([A-Za-z0-9_]+)|\{([^}]*)\})/g, (whole, bare?: string, braced?: string) => {
    const value = env[bare ?? braced ?? ""];
    return value === undefined ? whole : value;
  });
}
