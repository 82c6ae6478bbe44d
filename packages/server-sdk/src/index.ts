// smithy-typescript generated code
/* eslint-disable */
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
 *
 * @packageDocumentation
 */
export * as Aws_restJson1 from "./protocols/Aws_restJson1";
export * from "./server/index";

export * from "./models/enums";
export * from "./models/errors";
export * from "./models/models_0";
