// smithy-typescript generated code
import { createAggregatedClient } from "@smithy/smithy-client";
import type { HttpHandlerOptions as __HttpHandlerOptions, PaginationConfiguration, Paginator } from "@smithy/types";

import {
  type BatchRevokeSessionsCommandInput,
  type BatchRevokeSessionsCommandOutput,
  BatchRevokeSessionsCommand,
} from "./commands/BatchRevokeSessionsCommand";
import {
  type CreateBearerTokenCommandInput,
  type CreateBearerTokenCommandOutput,
  CreateBearerTokenCommand,
} from "./commands/CreateBearerTokenCommand";
import {
  type CreateOAuth2TokenCommandInput,
  type CreateOAuth2TokenCommandOutput,
  CreateOAuth2TokenCommand,
} from "./commands/CreateOAuth2TokenCommand";
import {
  type CreateOAuth2TokenWithIAMCommandInput,
  type CreateOAuth2TokenWithIAMCommandOutput,
  CreateOAuth2TokenWithIAMCommand,
} from "./commands/CreateOAuth2TokenWithIAMCommand";
import {
  type CreateOAuth2TokenWithTokenExchangeCommandInput,
  type CreateOAuth2TokenWithTokenExchangeCommandOutput,
  CreateOAuth2TokenWithTokenExchangeCommand,
} from "./commands/CreateOAuth2TokenWithTokenExchangeCommand";
import {
  type DeleteConsoleAuthorizationConfigurationCommandInput,
  type DeleteConsoleAuthorizationConfigurationCommandOutput,
  DeleteConsoleAuthorizationConfigurationCommand,
} from "./commands/DeleteConsoleAuthorizationConfigurationCommand";
import {
  type DeleteResourcePermissionStatementCommandInput,
  type DeleteResourcePermissionStatementCommandOutput,
  DeleteResourcePermissionStatementCommand,
} from "./commands/DeleteResourcePermissionStatementCommand";
import {
  type GetConsoleAuthorizationConfigurationCommandInput,
  type GetConsoleAuthorizationConfigurationCommandOutput,
  GetConsoleAuthorizationConfigurationCommand,
} from "./commands/GetConsoleAuthorizationConfigurationCommand";
import {
  type GetResourcePolicyCommandInput,
  type GetResourcePolicyCommandOutput,
  GetResourcePolicyCommand,
} from "./commands/GetResourcePolicyCommand";
import {
  type GetSessionCommandInput,
  type GetSessionCommandOutput,
  GetSessionCommand,
} from "./commands/GetSessionCommand";
import {
  type IntrospectOAuth2TokenWithIAMCommandInput,
  type IntrospectOAuth2TokenWithIAMCommandOutput,
  IntrospectOAuth2TokenWithIAMCommand,
} from "./commands/IntrospectOAuth2TokenWithIAMCommand";
import {
  type ListResourcePermissionStatementsCommandInput,
  type ListResourcePermissionStatementsCommandOutput,
  ListResourcePermissionStatementsCommand,
} from "./commands/ListResourcePermissionStatementsCommand";
import {
  type ListSessionsCommandInput,
  type ListSessionsCommandOutput,
  ListSessionsCommand,
} from "./commands/ListSessionsCommand";
import {
  type PutConsoleAuthorizationConfigurationCommandInput,
  type PutConsoleAuthorizationConfigurationCommandOutput,
  PutConsoleAuthorizationConfigurationCommand,
} from "./commands/PutConsoleAuthorizationConfigurationCommand";
import {
  type PutResourcePermissionStatementCommandInput,
  type PutResourcePermissionStatementCommandOutput,
  PutResourcePermissionStatementCommand,
} from "./commands/PutResourcePermissionStatementCommand";
import {
  type RevokeOAuth2TokenWithIAMCommandInput,
  type RevokeOAuth2TokenWithIAMCommandOutput,
  RevokeOAuth2TokenWithIAMCommand,
} from "./commands/RevokeOAuth2TokenWithIAMCommand";
import { paginateListResourcePermissionStatements } from "./pagination/ListResourcePermissionStatementsPaginator";
import { paginateListSessions } from "./pagination/ListSessionsPaginator";
import { SigninClient } from "./SigninClient";

const commands = {
  BatchRevokeSessionsCommand,
  CreateBearerTokenCommand,
  CreateOAuth2TokenCommand,
  CreateOAuth2TokenWithIAMCommand,
  CreateOAuth2TokenWithTokenExchangeCommand,
  DeleteConsoleAuthorizationConfigurationCommand,
  DeleteResourcePermissionStatementCommand,
  GetConsoleAuthorizationConfigurationCommand,
  GetResourcePolicyCommand,
  GetSessionCommand,
  IntrospectOAuth2TokenWithIAMCommand,
  ListResourcePermissionStatementsCommand,
  ListSessionsCommand,
  PutConsoleAuthorizationConfigurationCommand,
  PutResourcePermissionStatementCommand,
  RevokeOAuth2TokenWithIAMCommand,
};
const paginators = {
  paginateListResourcePermissionStatements,
  paginateListSessions,
};

export interface Signin {
  /**
   * @see {@link BatchRevokeSessionsCommand}
   */
  batchRevokeSessions(
    args: BatchRevokeSessionsCommandInput,
    options?: __HttpHandlerOptions,
  ): Promise<BatchRevokeSessionsCommandOutput>;
  batchRevokeSessions(
    args: BatchRevokeSessionsCommandInput,
    cb: (err: any, data?: BatchRevokeSessionsCommandOutput) => void,
  ): void;
  batchRevokeSessions(
    args: BatchRevokeSessionsCommandInput,
    options: __HttpHandlerOptions,
    cb: (err: any, data?: BatchRevokeSessionsCommandOutput) => void,
  ): void;

  /**
   * @see {@link CreateBearerTokenCommand}
   */
  createBearerToken(
    args: CreateBearerTokenCommandInput,
    options?: __HttpHandlerOptions,
  ): Promise<CreateBearerTokenCommandOutput>;
  createBearerToken(
    args: CreateBearerTokenCommandInput,
    cb: (err: any, data?: CreateBearerTokenCommandOutput) => void,
  ): void;
  createBearerToken(
    args: CreateBearerTokenCommandInput,
    options: __HttpHandlerOptions,
    cb: (err: any, data?: CreateBearerTokenCommandOutput) => void,
  ): void;

  /**
   * @see {@link CreateOAuth2TokenCommand}
   */
  createOAuth2Token(
    args: CreateOAuth2TokenCommandInput,
    options?: __HttpHandlerOptions,
  ): Promise<CreateOAuth2TokenCommandOutput>;
  createOAuth2Token(
    args: CreateOAuth2TokenCommandInput,
    cb: (err: any, data?: CreateOAuth2TokenCommandOutput) => void,
  ): void;
  createOAuth2Token(
    args: CreateOAuth2TokenCommandInput,
    options: __HttpHandlerOptions,
    cb: (err: any, data?: CreateOAuth2TokenCommandOutput) => void,
  ): void;

  /**
   * @see {@link CreateOAuth2TokenWithIAMCommand}
   */
  createOAuth2TokenWithIAM(
    args: CreateOAuth2TokenWithIAMCommandInput,
    options?: __HttpHandlerOptions,
  ): Promise<CreateOAuth2TokenWithIAMCommandOutput>;
  createOAuth2TokenWithIAM(
    args: CreateOAuth2TokenWithIAMCommandInput,
    cb: (err: any, data?: CreateOAuth2TokenWithIAMCommandOutput) => void,
  ): void;
  createOAuth2TokenWithIAM(
    args: CreateOAuth2TokenWithIAMCommandInput,
    options: __HttpHandlerOptions,
    cb: (err: any, data?: CreateOAuth2TokenWithIAMCommandOutput) => void,
  ): void;

  /**
   * @see {@link CreateOAuth2TokenWithTokenExchangeCommand}
   */
  createOAuth2TokenWithTokenExchange(
    args: CreateOAuth2TokenWithTokenExchangeCommandInput,
    options?: __HttpHandlerOptions,
  ): Promise<CreateOAuth2TokenWithTokenExchangeCommandOutput>;
  createOAuth2TokenWithTokenExchange(
    args: CreateOAuth2TokenWithTokenExchangeCommandInput,
    cb: (err: any, data?: CreateOAuth2TokenWithTokenExchangeCommandOutput) => void,
  ): void;
  createOAuth2TokenWithTokenExchange(
    args: CreateOAuth2TokenWithTokenExchangeCommandInput,
    options: __HttpHandlerOptions,
    cb: (err: any, data?: CreateOAuth2TokenWithTokenExchangeCommandOutput) => void,
  ): void;

  /**
   * @see {@link DeleteConsoleAuthorizationConfigurationCommand}
   */
  deleteConsoleAuthorizationConfiguration(): Promise<DeleteConsoleAuthorizationConfigurationCommandOutput>;
  deleteConsoleAuthorizationConfiguration(
    args: DeleteConsoleAuthorizationConfigurationCommandInput,
    options?: __HttpHandlerOptions,
  ): Promise<DeleteConsoleAuthorizationConfigurationCommandOutput>;
  deleteConsoleAuthorizationConfiguration(
    args: DeleteConsoleAuthorizationConfigurationCommandInput,
    cb: (err: any, data?: DeleteConsoleAuthorizationConfigurationCommandOutput) => void,
  ): void;
  deleteConsoleAuthorizationConfiguration(
    args: DeleteConsoleAuthorizationConfigurationCommandInput,
    options: __HttpHandlerOptions,
    cb: (err: any, data?: DeleteConsoleAuthorizationConfigurationCommandOutput) => void,
  ): void;

  /**
   * @see {@link DeleteResourcePermissionStatementCommand}
   */
  deleteResourcePermissionStatement(
    args: DeleteResourcePermissionStatementCommandInput,
    options?: __HttpHandlerOptions,
  ): Promise<DeleteResourcePermissionStatementCommandOutput>;
  deleteResourcePermissionStatement(
    args: DeleteResourcePermissionStatementCommandInput,
    cb: (err: any, data?: DeleteResourcePermissionStatementCommandOutput) => void,
  ): void;
  deleteResourcePermissionStatement(
    args: DeleteResourcePermissionStatementCommandInput,
    options: __HttpHandlerOptions,
    cb: (err: any, data?: DeleteResourcePermissionStatementCommandOutput) => void,
  ): void;

  /**
   * @see {@link GetConsoleAuthorizationConfigurationCommand}
   */
  getConsoleAuthorizationConfiguration(): Promise<GetConsoleAuthorizationConfigurationCommandOutput>;
  getConsoleAuthorizationConfiguration(
    args: GetConsoleAuthorizationConfigurationCommandInput,
    options?: __HttpHandlerOptions,
  ): Promise<GetConsoleAuthorizationConfigurationCommandOutput>;
  getConsoleAuthorizationConfiguration(
    args: GetConsoleAuthorizationConfigurationCommandInput,
    cb: (err: any, data?: GetConsoleAuthorizationConfigurationCommandOutput) => void,
  ): void;
  getConsoleAuthorizationConfiguration(
    args: GetConsoleAuthorizationConfigurationCommandInput,
    options: __HttpHandlerOptions,
    cb: (err: any, data?: GetConsoleAuthorizationConfigurationCommandOutput) => void,
  ): void;

  /**
   * @see {@link GetResourcePolicyCommand}
   */
  getResourcePolicy(): Promise<GetResourcePolicyCommandOutput>;
  getResourcePolicy(
    args: GetResourcePolicyCommandInput,
    options?: __HttpHandlerOptions,
  ): Promise<GetResourcePolicyCommandOutput>;
  getResourcePolicy(
    args: GetResourcePolicyCommandInput,
    cb: (err: any, data?: GetResourcePolicyCommandOutput) => void,
  ): void;
  getResourcePolicy(
    args: GetResourcePolicyCommandInput,
    options: __HttpHandlerOptions,
    cb: (err: any, data?: GetResourcePolicyCommandOutput) => void,
  ): void;

  /**
   * @see {@link GetSessionCommand}
   */
  getSession(args: GetSessionCommandInput, options?: __HttpHandlerOptions): Promise<GetSessionCommandOutput>;
  getSession(args: GetSessionCommandInput, cb: (err: any, data?: GetSessionCommandOutput) => void): void;
  getSession(
    args: GetSessionCommandInput,
    options: __HttpHandlerOptions,
    cb: (err: any, data?: GetSessionCommandOutput) => void,
  ): void;

  /**
   * @see {@link IntrospectOAuth2TokenWithIAMCommand}
   */
  introspectOAuth2TokenWithIAM(
    args: IntrospectOAuth2TokenWithIAMCommandInput,
    options?: __HttpHandlerOptions,
  ): Promise<IntrospectOAuth2TokenWithIAMCommandOutput>;
  introspectOAuth2TokenWithIAM(
    args: IntrospectOAuth2TokenWithIAMCommandInput,
    cb: (err: any, data?: IntrospectOAuth2TokenWithIAMCommandOutput) => void,
  ): void;
  introspectOAuth2TokenWithIAM(
    args: IntrospectOAuth2TokenWithIAMCommandInput,
    options: __HttpHandlerOptions,
    cb: (err: any, data?: IntrospectOAuth2TokenWithIAMCommandOutput) => void,
  ): void;

  /**
   * @see {@link ListResourcePermissionStatementsCommand}
   */
  listResourcePermissionStatements(): Promise<ListResourcePermissionStatementsCommandOutput>;
  listResourcePermissionStatements(
    args: ListResourcePermissionStatementsCommandInput,
    options?: __HttpHandlerOptions,
  ): Promise<ListResourcePermissionStatementsCommandOutput>;
  listResourcePermissionStatements(
    args: ListResourcePermissionStatementsCommandInput,
    cb: (err: any, data?: ListResourcePermissionStatementsCommandOutput) => void,
  ): void;
  listResourcePermissionStatements(
    args: ListResourcePermissionStatementsCommandInput,
    options: __HttpHandlerOptions,
    cb: (err: any, data?: ListResourcePermissionStatementsCommandOutput) => void,
  ): void;

  /**
   * @see {@link ListSessionsCommand}
   */
  listSessions(): Promise<ListSessionsCommandOutput>;
  listSessions(args: ListSessionsCommandInput, options?: __HttpHandlerOptions): Promise<ListSessionsCommandOutput>;
  listSessions(args: ListSessionsCommandInput, cb: (err: any, data?: ListSessionsCommandOutput) => void): void;
  listSessions(
    args: ListSessionsCommandInput,
    options: __HttpHandlerOptions,
    cb: (err: any, data?: ListSessionsCommandOutput) => void,
  ): void;

  /**
   * @see {@link PutConsoleAuthorizationConfigurationCommand}
   */
  putConsoleAuthorizationConfiguration(): Promise<PutConsoleAuthorizationConfigurationCommandOutput>;
  putConsoleAuthorizationConfiguration(
    args: PutConsoleAuthorizationConfigurationCommandInput,
    options?: __HttpHandlerOptions,
  ): Promise<PutConsoleAuthorizationConfigurationCommandOutput>;
  putConsoleAuthorizationConfiguration(
    args: PutConsoleAuthorizationConfigurationCommandInput,
    cb: (err: any, data?: PutConsoleAuthorizationConfigurationCommandOutput) => void,
  ): void;
  putConsoleAuthorizationConfiguration(
    args: PutConsoleAuthorizationConfigurationCommandInput,
    options: __HttpHandlerOptions,
    cb: (err: any, data?: PutConsoleAuthorizationConfigurationCommandOutput) => void,
  ): void;

  /**
   * @see {@link PutResourcePermissionStatementCommand}
   */
  putResourcePermissionStatement(): Promise<PutResourcePermissionStatementCommandOutput>;
  putResourcePermissionStatement(
    args: PutResourcePermissionStatementCommandInput,
    options?: __HttpHandlerOptions,
  ): Promise<PutResourcePermissionStatementCommandOutput>;
  putResourcePermissionStatement(
    args: PutResourcePermissionStatementCommandInput,
    cb: (err: any, data?: PutResourcePermissionStatementCommandOutput) => void,
  ): void;
  putResourcePermissionStatement(
    args: PutResourcePermissionStatementCommandInput,
    options: __HttpHandlerOptions,
    cb: (err: any, data?: PutResourcePermissionStatementCommandOutput) => void,
  ): void;

  /**
   * @see {@link RevokeOAuth2TokenWithIAMCommand}
   */
  revokeOAuth2TokenWithIAM(
    args: RevokeOAuth2TokenWithIAMCommandInput,
    options?: __HttpHandlerOptions,
  ): Promise<RevokeOAuth2TokenWithIAMCommandOutput>;
  revokeOAuth2TokenWithIAM(
    args: RevokeOAuth2TokenWithIAMCommandInput,
    cb: (err: any, data?: RevokeOAuth2TokenWithIAMCommandOutput) => void,
  ): void;
  revokeOAuth2TokenWithIAM(
    args: RevokeOAuth2TokenWithIAMCommandInput,
    options: __HttpHandlerOptions,
    cb: (err: any, data?: RevokeOAuth2TokenWithIAMCommandOutput) => void,
  ): void;

  /**
   * @see {@link ListResourcePermissionStatementsCommand}
   * @param args - command input.
   * @param paginationConfig - optional pagination config.
   * @returns AsyncIterable of {@link ListResourcePermissionStatementsCommandOutput}.
   */
  paginateListResourcePermissionStatements(
    args?: ListResourcePermissionStatementsCommandInput,
    paginationConfig?: Omit<PaginationConfiguration, "client">,
  ): Paginator<ListResourcePermissionStatementsCommandOutput>;

  /**
   * @see {@link ListSessionsCommand}
   * @param args - command input.
   * @param paginationConfig - optional pagination config.
   * @returns AsyncIterable of {@link ListSessionsCommandOutput}.
   */
  paginateListSessions(
    args?: ListSessionsCommandInput,
    paginationConfig?: Omit<PaginationConfiguration, "client">,
  ): Paginator<ListSessionsCommandOutput>;
}

/**
 * AWS Sign-In authenticates people to AWS and hands developer tools short-lived credentials.
 *
 * The API has four areas, one model file each:
 *
 * - tokens (`tokens.smithy`): the OAuth 2.0 token endpoint behind `aws login`
 *   (CreateOAuth2Token, DPoP-bound, unsigned), and the SigV4-authenticated token, revocation and
 *   introspection endpoints for IAM principals and applications;
 * - sessions (`sessions.smithy`): listing, describing and revoking sign-in sessions;
 * - console authorization (`console-authorization.smithy`);
 * - the account's Sign-In resource-based policy (`resource-policy.smithy`).
 *
 * Operations reach one of three hosts, chosen by the endpoint rule set from their static context
 * parameters: the regional sign-in host, the OAuth host (`IsOAuthEndpoint`), or the control plane
 * (`IsControlPlane`).
 * @public
 */
export class Signin extends SigninClient implements Signin {}
createAggregatedClient(commands, Signin, { paginators });
