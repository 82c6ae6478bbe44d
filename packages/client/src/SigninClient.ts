// smithy-typescript generated code
import {
  type HostHeaderInputConfig,
  type HostHeaderResolvedConfig,
  getHostHeaderPlugin,
  resolveHostHeaderConfig,
} from "@aws-sdk/middleware-host-header";
import { getLoggerPlugin } from "@aws-sdk/middleware-logger";
import { getRecursionDetectionPlugin } from "@aws-sdk/middleware-recursion-detection";
import {
  type UserAgentInputConfig,
  type UserAgentResolvedConfig,
  getUserAgentPlugin,
  resolveUserAgentConfig,
} from "@aws-sdk/middleware-user-agent";
import { type RegionInputConfig, type RegionResolvedConfig, resolveRegionConfig } from "@smithy/config-resolver";
import {
  DefaultIdentityProviderConfig,
  getHttpAuthSchemeEndpointRuleSetPlugin,
  getHttpSigningPlugin,
} from "@smithy/core";
import { getSchemaSerdePlugin } from "@smithy/core/schema";
import { getContentLengthPlugin } from "@smithy/middleware-content-length";
import {
  type EndpointInputConfig,
  type EndpointResolvedConfig,
  resolveEndpointConfig,
} from "@smithy/middleware-endpoint";
import {
  type RetryInputConfig,
  type RetryResolvedConfig,
  getRetryPlugin,
  resolveRetryConfig,
} from "@smithy/middleware-retry";
import type { HttpHandlerUserInput as __HttpHandlerUserInput } from "@smithy/protocol-http";
import {
  type DefaultsMode as __DefaultsMode,
  type SmithyConfiguration as __SmithyConfiguration,
  type SmithyResolvedConfiguration as __SmithyResolvedConfiguration,
  Client as __Client,
} from "@smithy/smithy-client";
import type {
  AwsCredentialIdentityProvider,
  BodyLengthCalculator as __BodyLengthCalculator,
  CheckOptionalClientConfig as __CheckOptionalClientConfig,
  ChecksumConstructor as __ChecksumConstructor,
  Decoder as __Decoder,
  Encoder as __Encoder,
  HashConstructor as __HashConstructor,
  HttpHandlerOptions as __HttpHandlerOptions,
  Logger as __Logger,
  Provider as __Provider,
  StreamCollector as __StreamCollector,
  UrlParser as __UrlParser,
  UserAgent as __UserAgent,
} from "@smithy/types";

import {
  type HttpAuthSchemeInputConfig,
  type HttpAuthSchemeResolvedConfig,
  defaultSigninHttpAuthSchemeParametersProvider,
  resolveHttpAuthSchemeConfig,
} from "./auth/httpAuthSchemeProvider";
import type {
  BatchRevokeSessionsCommandInput,
  BatchRevokeSessionsCommandOutput,
} from "./commands/BatchRevokeSessionsCommand";
import type {
  CreateBearerTokenCommandInput,
  CreateBearerTokenCommandOutput,
} from "./commands/CreateBearerTokenCommand";
import type {
  CreateOAuth2TokenCommandInput,
  CreateOAuth2TokenCommandOutput,
} from "./commands/CreateOAuth2TokenCommand";
import type {
  CreateOAuth2TokenWithIAMCommandInput,
  CreateOAuth2TokenWithIAMCommandOutput,
} from "./commands/CreateOAuth2TokenWithIAMCommand";
import type {
  CreateOAuth2TokenWithTokenExchangeCommandInput,
  CreateOAuth2TokenWithTokenExchangeCommandOutput,
} from "./commands/CreateOAuth2TokenWithTokenExchangeCommand";
import type {
  DeleteConsoleAuthorizationConfigurationCommandInput,
  DeleteConsoleAuthorizationConfigurationCommandOutput,
} from "./commands/DeleteConsoleAuthorizationConfigurationCommand";
import type {
  DeleteResourcePermissionStatementCommandInput,
  DeleteResourcePermissionStatementCommandOutput,
} from "./commands/DeleteResourcePermissionStatementCommand";
import type {
  GetConsoleAuthorizationConfigurationCommandInput,
  GetConsoleAuthorizationConfigurationCommandOutput,
} from "./commands/GetConsoleAuthorizationConfigurationCommand";
import type {
  GetResourcePolicyCommandInput,
  GetResourcePolicyCommandOutput,
} from "./commands/GetResourcePolicyCommand";
import type { GetSessionCommandInput, GetSessionCommandOutput } from "./commands/GetSessionCommand";
import type {
  IntrospectOAuth2TokenWithIAMCommandInput,
  IntrospectOAuth2TokenWithIAMCommandOutput,
} from "./commands/IntrospectOAuth2TokenWithIAMCommand";
import type {
  ListResourcePermissionStatementsCommandInput,
  ListResourcePermissionStatementsCommandOutput,
} from "./commands/ListResourcePermissionStatementsCommand";
import type { ListSessionsCommandInput, ListSessionsCommandOutput } from "./commands/ListSessionsCommand";
import type {
  PutConsoleAuthorizationConfigurationCommandInput,
  PutConsoleAuthorizationConfigurationCommandOutput,
} from "./commands/PutConsoleAuthorizationConfigurationCommand";
import type {
  PutResourcePermissionStatementCommandInput,
  PutResourcePermissionStatementCommandOutput,
} from "./commands/PutResourcePermissionStatementCommand";
import type {
  RevokeOAuth2TokenWithIAMCommandInput,
  RevokeOAuth2TokenWithIAMCommandOutput,
} from "./commands/RevokeOAuth2TokenWithIAMCommand";
import {
  type ClientInputEndpointParameters,
  type ClientResolvedEndpointParameters,
  type EndpointParameters,
  resolveClientEndpointParameters,
} from "./endpoint/EndpointParameters";
import { getRuntimeConfig as __getRuntimeConfig } from "./runtimeConfig";
import { type RuntimeExtension, type RuntimeExtensionsConfig, resolveRuntimeExtensions } from "./runtimeExtensions";

export { __Client };

/**
 * @public
 */
export type ServiceInputTypes =
  | BatchRevokeSessionsCommandInput
  | CreateBearerTokenCommandInput
  | CreateOAuth2TokenCommandInput
  | CreateOAuth2TokenWithIAMCommandInput
  | CreateOAuth2TokenWithTokenExchangeCommandInput
  | DeleteConsoleAuthorizationConfigurationCommandInput
  | DeleteResourcePermissionStatementCommandInput
  | GetConsoleAuthorizationConfigurationCommandInput
  | GetResourcePolicyCommandInput
  | GetSessionCommandInput
  | IntrospectOAuth2TokenWithIAMCommandInput
  | ListResourcePermissionStatementsCommandInput
  | ListSessionsCommandInput
  | PutConsoleAuthorizationConfigurationCommandInput
  | PutResourcePermissionStatementCommandInput
  | RevokeOAuth2TokenWithIAMCommandInput;

/**
 * @public
 */
export type ServiceOutputTypes =
  | BatchRevokeSessionsCommandOutput
  | CreateBearerTokenCommandOutput
  | CreateOAuth2TokenCommandOutput
  | CreateOAuth2TokenWithIAMCommandOutput
  | CreateOAuth2TokenWithTokenExchangeCommandOutput
  | DeleteConsoleAuthorizationConfigurationCommandOutput
  | DeleteResourcePermissionStatementCommandOutput
  | GetConsoleAuthorizationConfigurationCommandOutput
  | GetResourcePolicyCommandOutput
  | GetSessionCommandOutput
  | IntrospectOAuth2TokenWithIAMCommandOutput
  | ListResourcePermissionStatementsCommandOutput
  | ListSessionsCommandOutput
  | PutConsoleAuthorizationConfigurationCommandOutput
  | PutResourcePermissionStatementCommandOutput
  | RevokeOAuth2TokenWithIAMCommandOutput;

/**
 * @public
 */
export interface ClientDefaults extends Partial<__SmithyConfiguration<__HttpHandlerOptions>> {
  /**
   * The HTTP handler to use or its constructor options. Fetch in browser and Https in Nodejs.
   */
  requestHandler?: __HttpHandlerUserInput;

  /**
   * A constructor for a class implementing the {@link @smithy/types#ChecksumConstructor} interface
   * that computes the SHA-256 HMAC or checksum of a string or binary buffer.
   * @internal
   */
  sha256?: __ChecksumConstructor | __HashConstructor;

  /**
   * The function that will be used to convert strings into HTTP endpoints.
   * @internal
   */
  urlParser?: __UrlParser;

  /**
   * A function that can calculate the length of a request body.
   * @internal
   */
  bodyLengthChecker?: __BodyLengthCalculator;

  /**
   * A function that converts a stream into an array of bytes.
   * @internal
   */
  streamCollector?: __StreamCollector;

  /**
   * The function that will be used to convert a base64-encoded string to a byte array.
   * @internal
   */
  base64Decoder?: __Decoder;

  /**
   * The function that will be used to convert binary data to a base64-encoded string.
   * @internal
   */
  base64Encoder?: __Encoder;

  /**
   * The function that will be used to convert a UTF8-encoded string to a byte array.
   * @internal
   */
  utf8Decoder?: __Decoder;

  /**
   * The function that will be used to convert binary data to a UTF-8 encoded string.
   * @internal
   */
  utf8Encoder?: __Encoder;

  /**
   * The runtime environment.
   * @internal
   */
  runtime?: string;

  /**
   * Disable dynamically changing the endpoint of the client based on the hostPrefix
   * trait of an operation.
   */
  disableHostPrefix?: boolean;

  /**
   * Value for how many times a request will be made at most in case of retry.
   */
  maxAttempts?: number | __Provider<number>;

  /**
   * Specifies which retry algorithm to use.
   * @see https://docs.aws.amazon.com/AWSJavaScriptSDK/v3/latest/Package/-smithy-util-retry/Enum/RETRY_MODES/
   *
   */
  retryMode?: string | __Provider<string>;

  /**
   * Optional logger for logging debug/info/warn/error.
   */
  logger?: __Logger;

  /**
   * Optional extensions
   */
  extensions?: RuntimeExtension[];

  /**
   * The {@link @smithy/smithy-client#DefaultsMode} that will be used to determine how certain default configuration options are resolved in the SDK.
   */
  defaultsMode?: __DefaultsMode | __Provider<__DefaultsMode>;
  /**
   * Unique service identifier.
   * @internal
   */
  serviceId?: string;

  /**
   * Enables IPv6/IPv4 dualstack endpoint.
   */
  useDualstackEndpoint?: boolean | __Provider<boolean>;

  /**
   * Enables FIPS compatible endpoints.
   */
  useFipsEndpoint?: boolean | __Provider<boolean>;

  /**
   * The AWS region to which this client will send requests
   */
  region?: string | __Provider<string>;

  /**
   * Setting a client profile is similar to setting a value for the
   * AWS_PROFILE environment variable. Setting a profile on a client
   * in code only affects the single client instance, unlike AWS_PROFILE.
   *
   * When set, and only for environments where an AWS configuration
   * file exists, fields configurable by this file will be retrieved
   * from the specified profile within that file.
   * Conflicting code configuration and environment variables will
   * still have higher priority.
   *
   * For client credential resolution that involves checking the AWS
   * configuration file, the client's profile (this value) will be
   * used unless a different profile is set in the credential
   * provider options.
   *
   */
  profile?: string;

  /**
   * The provider populating default tracking information to be sent with `user-agent`, `x-amz-user-agent` header
   * @internal
   */
  defaultUserAgentProvider?: __Provider<__UserAgent>;

  /**
   * Default credentials provider; Not available in browser runtime.
   * @deprecated
   * @internal
   */
  credentialDefaultProvider?: (input: any) => AwsCredentialIdentityProvider;
}

/**
 * @public
 */
export type SigninClientConfigType = Partial<__SmithyConfiguration<__HttpHandlerOptions>> &
  ClientDefaults &
  RetryInputConfig &
  RegionInputConfig &
  HostHeaderInputConfig &
  EndpointInputConfig<EndpointParameters> &
  UserAgentInputConfig &
  HttpAuthSchemeInputConfig &
  ClientInputEndpointParameters;
/**
 * @public
 *
 *  The configuration interface of SigninClient class constructor that set the region, credentials and other options.
 */
export interface SigninClientConfig extends SigninClientConfigType {}

/**
 * @public
 */
export type SigninClientResolvedConfigType = __SmithyResolvedConfiguration<__HttpHandlerOptions> &
  Required<ClientDefaults> &
  RuntimeExtensionsConfig &
  RetryResolvedConfig &
  RegionResolvedConfig &
  HostHeaderResolvedConfig &
  EndpointResolvedConfig<EndpointParameters> &
  UserAgentResolvedConfig &
  HttpAuthSchemeResolvedConfig &
  ClientResolvedEndpointParameters;
/**
 * @public
 *
 *  The resolved configuration interface of SigninClient class. This is resolved and normalized from the {@link SigninClientConfig | constructor configuration interface}.
 */
export interface SigninClientResolvedConfig extends SigninClientResolvedConfigType {}

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
export class SigninClient extends __Client<
  __HttpHandlerOptions,
  ServiceInputTypes,
  ServiceOutputTypes,
  SigninClientResolvedConfig
> {
  /**
   * The resolved configuration of SigninClient class. This is resolved and normalized from the {@link SigninClientConfig | constructor configuration interface}.
   */
  readonly config: SigninClientResolvedConfig;

  constructor(...[configuration]: __CheckOptionalClientConfig<SigninClientConfig>) {
    const _config_0 = __getRuntimeConfig(configuration || {});
    super(_config_0 as any);
    this.initConfig = _config_0;
    const _config_1 = resolveClientEndpointParameters(_config_0);
    const _config_2 = resolveRetryConfig(_config_1);
    const _config_3 = resolveRegionConfig(_config_2);
    const _config_4 = resolveHostHeaderConfig(_config_3);
    const _config_5 = resolveEndpointConfig(_config_4);
    const _config_6 = resolveUserAgentConfig(_config_5);
    const _config_7 = resolveHttpAuthSchemeConfig(_config_6);
    const _config_8 = resolveRuntimeExtensions(_config_7, configuration?.extensions || []);
    this.config = _config_8;
    this.middlewareStack.use(getSchemaSerdePlugin(this.config));
    this.middlewareStack.use(getRetryPlugin(this.config));
    this.middlewareStack.use(getContentLengthPlugin(this.config));
    this.middlewareStack.use(getHttpSigningPlugin(this.config));
    this.middlewareStack.use(getHostHeaderPlugin(this.config));
    this.middlewareStack.use(getLoggerPlugin(this.config));
    this.middlewareStack.use(getRecursionDetectionPlugin(this.config));
    this.middlewareStack.use(getUserAgentPlugin(this.config));
    this.middlewareStack.use(
      getHttpAuthSchemeEndpointRuleSetPlugin(this.config, {
        httpAuthSchemeParametersProvider: defaultSigninHttpAuthSchemeParametersProvider,
        identityProviderConfigProvider: async (config: SigninClientResolvedConfig) =>
          new DefaultIdentityProviderConfig({
            "aws.auth#sigv4": config.credentials,
          }),
      }),
    );
  }

  /**
   * Destroy underlying resources, like sockets. It's usually not necessary to do this.
   * However in Node.js, it's best to explicitly shut down the client's agent when it is no longer needed.
   * Otherwise, sockets might stay open for quite a long time before the server terminates them.
   */
  destroy(): void {
    super.destroy();
  }
}
