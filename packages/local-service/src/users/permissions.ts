import { SigninAction } from "@open-signin/token-service";

/** Every permission a user may hold: the Sign-In service's IAM actions. */
export const KNOWN_PERMISSIONS: readonly string[] = Object.values(SigninAction);

export const isKnownPermission = (permission: string): boolean => KNOWN_PERMISSIONS.includes(permission);
