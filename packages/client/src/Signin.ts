// smithy-typescript generated code
import { createAggregatedClient } from "@smithy/smithy-client";
import type { HttpHandlerOptions as __HttpHandlerOptions } from "@smithy/types";

import {
  type CreateOAuth2TokenCommandInput,
  type CreateOAuth2TokenCommandOutput,
  CreateOAuth2TokenCommand,
} from "./commands/CreateOAuth2TokenCommand";
import { SigninClient } from "./SigninClient";

const commands = {
  CreateOAuth2TokenCommand,
};

export interface Signin {
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
}

/**
 * AWS Sign-In authenticates people to AWS and hands developer tools short-lived credentials.
 *
 * This model covers the token endpoint behind `aws login`: the CLI or an SDK trades a
 * one-time authorization code, or a refresh token from an earlier exchange, for temporary
 * AWS credentials. Both exchanges are proof-of-possession bound (DPoP, RFC 9449).
 * @public
 */
export class Signin extends SigninClient implements Signin {}
createAggregatedClient(commands, Signin);
