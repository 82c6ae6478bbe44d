// smithy-typescript generated code
/* eslint-disable */
/**
 * AWS Sign-In authenticates people to AWS and hands developer tools short-lived credentials.
 *
 * This model covers the token endpoint behind `aws login`: the CLI or an SDK trades a
 * one-time authorization code, or a refresh token from an earlier exchange, for temporary
 * AWS credentials. Both exchanges are proof-of-possession bound (DPoP, RFC 9449).
 *
 * @packageDocumentation
 */
export * as Aws_restJson1 from "./protocols/Aws_restJson1";
export * from "./server/index";

export * from "./models/enums";
export * from "./models/errors";
export * from "./models/models_0";
