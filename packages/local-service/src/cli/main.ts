#!/usr/bin/env node
/**
 * `open-signin`: runs the local Sign-In service, manages its users and keys, and signs in like
 * `aws login`. Every subcommand is a thin shell over a module that holds the behaviour.
 */
import { Command, CommanderError } from "commander";
import {
  ConfigurationError,
  FileKeyring,
  StoreUnavailableError,
  resolveSettings,
  tokenServiceSettings,
} from "@open-signin/token-service";

import { awsConfigFilePath, readProfileValues, readTextFile } from "../login/aws-config-file.js";
import { LoginError } from "../login/login-error.js";
import { runLogin } from "../login/login-command.js";
import { startBanner } from "../serve/banner.js";
import { localServiceSettings, resolveLocalServiceSettings } from "../serve/local-service-settings.js";
import { KEYS_RELOAD_INTERVAL_MS, startLocalService } from "../serve/start-local-service.js";
import { readNewPassword } from "./password-input.js";
import { addSettingOptions, settingFlags } from "./settings-options.js";
import { UserAdmin } from "../users/user-admin.js";
import { UsersFile } from "../users/users-file.js";
import { interactivePrompt } from "./prompt.js";
import {
  SigninApiError,
  type SigninApiOptions,
  getSession,
  listSessions,
  logout,
  revokeSessions,
} from "./signin-api.js";

/** The settings a user-management command needs: where the data lives, nothing else. */
const storageSettings = { dataDir: tokenServiceSettings.dataDir, usersFile: localServiceSettings.usersFile };

const program = new Command("open-signin")
  .description("A local AWS Sign-In service: the token endpoint behind `aws login`, browser sign-in, users and keys.")
  .showHelpAfterError()
  .exitOverride();

// `serve` is the default command, so commander hands it any word it does not know as a command
// (`open-signin statr`), and serve would then refuse it as "too many arguments". A first word
// that is neither a command nor an option is a mistyped command: say so.
program.hook("preSubcommand", (thisCommand, subcommand) => {
  const [first] = thisCommand.args;
  if (subcommand.name() !== "serve" || first === undefined || first === "serve" || first.startsWith("-")) return;
  const commands = thisCommand.commands.map((command) => command.name()).join(", ");
  thisCommand.error(`error: unknown command '${first}' (the commands are ${commands}; see open-signin --help)`, {
    code: "commander.unknownCommand",
    exitCode: 2,
  });
});

addSettingOptions(
  program.command("serve", { isDefault: true }).description("run the local Sign-In service (the default command)"),
  localServiceSettings,
).action(async (_options, command: Command) => {
  const settings = resolveLocalServiceSettings({
    flags: settingFlags(command, localServiceSettings),
    env: process.env,
  });
  const handle = await startLocalService(settings);
  process.stderr.write(`\n${startBanner(handle)}\n\n`);
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) {
      process.stderr.write(`${signal} again: stopping now.\n`);
      process.exit(130);
    }
    stopping = true;
    process.stderr.write(`${signal}: finishing requests in flight, then stopping.\n`);
    handle.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.on("SIGINT", () => stop("SIGINT"));
  process.on("SIGTERM", () => stop("SIGTERM"));
});

const users = program.command("users").description("manage the users who can sign in");
const usersFileFrom = (command: Command) => {
  const settings = resolveSettings(storageSettings, {
    flags: settingFlags(command, storageSettings),
    env: process.env,
  });
  return new UsersFile(settings.usersFile ?? `${settings.dataDir}/users.json`);
};

addSettingOptions(users.command("add <userName>").description("add an IAM-style user"), storageSettings)
  .option("--account-id <id>", "12-digit account id (default: the only account in the file)")
  .option(
    "--permission <action...>",
    "signin: actions the user may perform (default: sign in and use the token endpoint)",
  )
  .option("--password-stdin", "read the password from standard input instead of prompting")
  .action(
    async (
      userName: string,
      options: { accountId?: string; permission?: string[]; passwordStdin?: boolean },
      command: Command,
    ) => {
      const password = await readNewPassword(options.passwordStdin ?? false);
      const user = await new UserAdmin(usersFileFrom(command)).addUser({
        userName,
        password,
        ...(options.accountId ? { accountId: options.accountId } : {}),
        ...(options.permission ? { permissions: options.permission } : {}),
      });
      process.stdout.write(`Added arn:aws:iam::${user.accountId}:user/${user.userName}\n`);
    },
  );

addSettingOptions(
  users
    .command("passwd <userName>")
    .description("change a password; the user's existing sessions then end with USER_CREDENTIALS_CHANGED"),
  storageSettings,
)
  .option("--password-stdin", "read the new password from standard input instead of prompting")
  .action(async (userName: string, options: { passwordStdin?: boolean }, command: Command) => {
    const password = await readNewPassword(options.passwordStdin ?? false);
    const user = await new UserAdmin(usersFileFrom(command)).changePassword(userName, password);
    process.stdout.write(`Password changed for ${user.userName} (credential version ${user.credentialVersion}).\n`);
  });

addSettingOptions(users.command("list").description("list users (never their password hashes)"), storageSettings)
  .option("--json", "print JSON")
  .action(async (options: { json?: boolean }, command: Command) => {
    const list = await new UserAdmin(usersFileFrom(command)).listUsers();
    if (options.json) {
      process.stdout.write(`${JSON.stringify(list, null, 2)}\n`);
      return;
    }
    for (const user of list) {
      const revoked = user.sessionsRevokedAt
        ? `, sessions revoked ${new Date(user.sessionsRevokedAt).toISOString()}`
        : "";
      process.stdout.write(
        `${user.arn}  [${user.permissions.join(", ")}]  credential version ${user.credentialVersion}${revoked}\n`,
      );
    }
  });

addSettingOptions(
  users
    .command("revoke-sessions <userName>")
    .description("end every session the user has; refreshes then answer TOKEN_EXPIRED"),
  storageSettings,
).action(async (userName: string, _options: object, command: Command) => {
  await new UserAdmin(usersFileFrom(command)).revokeSessions(userName);
  process.stdout.write(`Revoked all sessions of ${userName}.\n`);
});

addSettingOptions(
  users
    .command("set-permissions <userName> <actions...>")
    .description("replace the signin: actions a user may perform"),
  storageSettings,
).action(async (userName: string, actions: string[], _options: object, command: Command) => {
  const user = await new UserAdmin(usersFileFrom(command)).setPermissions(userName, actions);
  process.stdout.write(`${user.userName} may now perform: ${user.permissions.join(", ") || "nothing"}\n`);
});

const keys = program.command("keys").description("manage signing and encryption keys");
addSettingOptions(
  keys.command("rotate").description("make new keys active; old keys keep verifying and decrypting until retired"),
  { dataDir: tokenServiceSettings.dataDir },
).action(async (_options: object, command: Command) => {
  const { dataDir } = resolveSettings(
    { dataDir: tokenServiceSettings.dataDir },
    { flags: settingFlags(command, { dataDir: tokenServiceSettings.dataDir }), env: process.env },
  );
  const rotated = await (await FileKeyring.open(dataDir)).rotate();
  process.stdout.write(
    `New signing key ${rotated.signingKid}, new encryption key ${rotated.encryptionKid}. ` +
      `Running services sign with them within ${KEYS_RELOAD_INTERVAL_MS / 1000} seconds, without a restart.\n`,
  );
});

program
  .command("login")
  .description("sign in through the browser like `aws login`, and write the AWS login cache and profile")
  .option(
    "--endpoint-url <url>",
    "the Sign-In service [env AWS_ENDPOINT_URL_SIGNIN]",
    process.env.AWS_ENDPOINT_URL_SIGNIN ?? "http://127.0.0.1:8080",
  )
  .option("--region <region>", "AWS Region for the session (default: the profile's region, AWS_REGION, or us-east-1)")
  .option("--profile <name>", "profile that gets login_session [env AWS_PROFILE]", process.env.AWS_PROFILE ?? "default")
  .option("--remote", "sign in from a browser on another device (cross-device)")
  .option("--no-browser", "print the sign-in URL instead of opening a browser")
  .action(
    async (options: { endpointUrl: string; region?: string; profile: string; remote?: boolean; browser: boolean }) => {
      const remote = options.remote ?? false;
      await runLogin(
        {
          endpointUrl: options.endpointUrl,
          region: options.region ?? (await configuredRegion(options.profile)),
          profile: options.profile,
          remote,
          // Like `aws login`: a remote sign-in happens on another device, so no local browser opens.
          openBrowser: options.browser && !remote,
        },
        { env: process.env, out: (line) => process.stderr.write(`${line}\n`), prompt: interactivePrompt },
      );
    },
  );

/** Options every command that calls the running service takes. */
const withServiceOptions = (command: Command): Command =>
  command
    .option(
      "--endpoint-url <url>",
      "the Sign-In service [env AWS_ENDPOINT_URL_SIGNIN]",
      process.env.AWS_ENDPOINT_URL_SIGNIN ?? "http://127.0.0.1:8080",
    )
    .option("--region <region>", "AWS Region to sign for (default: the profile's region, AWS_REGION, or us-east-1)")
    .option(
      "--profile <name>",
      "profile whose login signs the call (its login_session) [env AWS_PROFILE]",
      process.env.AWS_PROFILE ?? "default",
    );

interface ServiceOptions {
  endpointUrl: string;
  region?: string;
  profile: string;
}

const apiOptions = async (options: ServiceOptions): Promise<SigninApiOptions> => ({
  endpointUrl: options.endpointUrl,
  profile: options.profile,
  region: options.region ?? (await configuredRegion(options.profile)),
  env: process.env,
  out: (line) => process.stdout.write(`${line}\n`),
});

const sessions = program
  .command("sessions")
  .description("see and end sign-in sessions on the running service (needs signin:ListSessions, ...)");
withServiceOptions(sessions.command("list").description("list sessions (ListSessions)"))
  .option("--principal-arn <arn>", "whose sessions: a user ARN, or arn:aws:iam::<account>:* (default: yours)")
  .option("--status <status>", "ACTIVE or REVOKED")
  .option("--client-id <id>", "only sessions of this client")
  .option("--max-results <n>", "page size (1-100)", (value) => Number(value))
  .option("--next-token <token>", "continue a listing")
  .action(
    async (
      options: ServiceOptions & {
        principalArn?: string;
        status?: "ACTIVE" | "REVOKED";
        clientId?: string;
        maxResults?: number;
        nextToken?: string;
      },
    ) => {
      await listSessions(await apiOptions(options), {
        principalArn: options.principalArn,
        status: options.status,
        clientId: options.clientId,
        maxResults: options.maxResults,
        nextToken: options.nextToken,
      });
    },
  );
withServiceOptions(sessions.command("get <sessionArn>").description("describe one session (GetSession)"))
  .option("--principal-arn <arn>", "the session's owner (default: you)")
  .action(async (sessionArn: string, options: ServiceOptions & { principalArn?: string }) => {
    await getSession(await apiOptions(options), sessionArn, options.principalArn);
  });
withServiceOptions(
  sessions
    .command("revoke <sessionArns...>")
    .description("revoke up to five sessions (BatchRevokeSessions); their refresh tokens stop working"),
)
  .option("--principal-arn <arn>", "the sessions' owner, or arn:aws:iam::<account>:* (default: you)")
  .option("--reason <text>", "why, for the service's log")
  .action(async (sessionArns: string[], options: ServiceOptions & { principalArn?: string; reason?: string }) => {
    const allRevoked = await revokeSessions(await apiOptions(options), sessionArns, {
      principalArn: options.principalArn,
      reason: options.reason,
    });
    if (!allRevoked) process.exitCode = 1;
  });

withServiceOptions(
  program
    .command("logout")
    .description(
      "end the profile's login session on the service (RevokeOAuth2TokenWithIAM), then remove its login cache file",
    ),
).action(async (options: ServiceOptions) => {
  if (!(await logout(await apiOptions(options)))) process.exitCode = 1;
});

/** The region `aws login` would use without --region: the profile's, then the environment's. */
async function configuredRegion(profile: string): Promise<string> {
  const config = await readTextFile(awsConfigFilePath(process.env));
  const fromProfile = config === undefined ? undefined : readProfileValues(config, profile)?.get("region");
  return fromProfile || process.env.AWS_REGION || process.env.AWS_DEFAULT_REGION || "us-east-1";
}

try {
  await program.parseAsync(process.argv);
} catch (error) {
  if (error instanceof CommanderError) process.exit(error.exitCode);
  if (error instanceof SigninApiError) {
    process.stderr.write(`${error.message}\n`);
    process.exit(1);
  }
  if (error instanceof LoginError) {
    process.stderr.write(`login failed: ${error.message}\n`);
    process.exit(1);
  }
  if (error instanceof ConfigurationError) {
    process.stderr.write(`${error.message}\n`);
    process.exit(2);
  }
  if (error instanceof StoreUnavailableError) {
    process.stderr.write(`Cannot start: the store is not usable: ${error.message}\n`);
    process.exit(1);
  }
  process.stderr.write(`error: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
}
