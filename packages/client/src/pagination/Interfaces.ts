// smithy-typescript generated code
import type { PaginationConfiguration } from "@smithy/types";

import { SigninClient } from "../SigninClient";

/**
 * @public
 */
export interface SigninPaginationConfiguration extends PaginationConfiguration {
  client: SigninClient;
}
