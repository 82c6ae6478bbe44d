/**
 * @open-signin/local-service: the runnable local Sign-In service around the token service: browser
 * sign-in and cross-device confirmation pages, a users file, and an `aws login` equivalent.
 * The `open-signin` command (src/cli/main.ts) is the usual way in.
 */
export { startLocalService } from "./serve/start-local-service.js";
export type { LocalServiceHandle, StartOptions } from "./serve/start-local-service.js";
export { localServiceSettings, resolveLocalServiceSettings } from "./serve/local-service-settings.js";
export type { LocalServiceSettings } from "./serve/local-service-settings.js";
export { startBanner } from "./serve/banner.js";
export { SignInRoutes } from "./web/sign-in-routes.js";
export type { PasswordAuthenticator, SignInRoutesOptions } from "./web/sign-in-routes.js";
export { runLogin } from "./login/login-command.js";
export type { LoginOptions, LoginIo, LoginResult } from "./login/login-command.js";
export { UserAdmin } from "./users/user-admin.js";
export { UserDirectory } from "./users/user-directory.js";
export { UsersFile } from "./users/users-file.js";
