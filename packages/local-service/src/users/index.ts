export { UsersFile, UsersFileError } from "./users-file.js";
export type { AccountRecord, UserRecord, UsersDocument, UsersFileOptions } from "./users-file.js";
export {
  DEFAULT_SCRYPT_PARAMETERS,
  MAX_SCRYPT_N,
  checkPasswordPolicy,
  hashPassword,
  verifyAgainstNothing,
  verifyPassword,
} from "./password-hash.js";
export type { ScryptParameters } from "./password-hash.js";
export { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH, generatePassword } from "./password-policy.js";
export { DEFAULT_PERMISSIONS, UserDirectory, userArn } from "./user-directory.js";
export { DEVELOPMENT_ACCOUNT_ID, DEVELOPMENT_USER_NAME, UserAdmin, UserAdminError } from "./user-admin.js";
export type { AddUserInput, DevelopmentUser, UserSummary } from "./user-admin.js";
export { KNOWN_PERMISSIONS } from "./permissions.js";
