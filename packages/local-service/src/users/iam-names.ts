/*
 * IAM's naming rules, shared by the users file (which refuses names IAM would refuse) and the
 * admin commands (which explain them to a person).
 */

const USER_NAME = /^[A-Za-z0-9+=,.@_-]{1,64}$/;
const ACCOUNT_ID = /^[0-9]{12}$/;
// IAM account aliases: lowercase letters, digits and hyphens, no hyphen at either end.
const ACCOUNT_ALIAS = /^[a-z0-9](?:[a-z0-9-]{1,61}[a-z0-9])$/;

export const USER_NAME_RULE = "1 to 64 characters from A-Z a-z 0-9 and + = , . @ _ -";
export const ACCOUNT_ID_RULE = "exactly 12 digits";
export const ACCOUNT_ALIAS_RULE = "3 to 63 lowercase letters, digits or hyphens, not starting or ending with a hyphen";

export const isValidUserName = (value: string): boolean => USER_NAME.test(value);
export const isValidAccountId = (value: string): boolean => ACCOUNT_ID.test(value);
export const isValidAccountAlias = (value: string): boolean => ACCOUNT_ALIAS.test(value);

/**
 * IAM treats user names as case-insensitive for uniqueness and sign-in, while ARNs keep the case
 * the name was created with. Names are ASCII, so lowercasing is a complete case fold.
 */
export const userNameKey = (userName: string): string => userName.toLowerCase();
