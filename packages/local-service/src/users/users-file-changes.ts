import { resolve } from "node:path";

type Listener = () => void;

/*
 * Writes made through a UsersFile in this process are announced here at once, so a UserDirectory
 * in the same process (the service, with an admin in its tests or an embedding program) never
 * serves a copy older than a write that has completed. Writes from other processes (the
 * `open-signin users` commands) are seen through the file system instead (UserDirectory).
 */
const listeners = new Map<string, Set<Listener>>();

export const announceUsersFileChange = (path: string): void => {
  for (const listener of [...(listeners.get(resolve(path)) ?? [])]) listener();
};

/** Calls `listener` after each write to `path` in this process; returns the unsubscribe function. */
export const onUsersFileChange = (path: string, listener: Listener): (() => void) => {
  const key = resolve(path);
  const set = listeners.get(key) ?? new Set<Listener>();
  set.add(listener);
  listeners.set(key, set);
  return () => {
    set.delete(listener);
    if (set.size === 0) listeners.delete(key);
  };
};
