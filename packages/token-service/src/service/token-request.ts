import type { CreateOAuth2TokenRequestBody } from "@open-signin/server-sdk";

import type { AuthorizationCodeRequest } from "../grants/authorization-code-grant.js";
import type { RefreshTokenRequest } from "../grants/refresh-token-grant.js";
import { invalidRequest } from "../errors/protocol-errors.js";

export type TokenRequest =
  | ({ readonly grantType: "authorization_code" } & AuthorizationCodeRequest)
  | ({ readonly grantType: "refresh_token" } & RefreshTokenRequest);

/**
 * Applies the requirements the model states only in prose: which optional members each grant
 * needs. The generated validation has already checked types, lengths and patterns.
 */
export function readTokenRequest(body: CreateOAuth2TokenRequestBody | undefined): TokenRequest {
  const clientId = required(body?.clientId, "clientId");
  const grantType = required(body?.grantType, "grantType");
  switch (grantType) {
    case "authorization_code":
      return {
        grantType,
        clientId,
        code: requiredFor(body?.code, "code", grantType),
        redirectUri: requiredFor(body?.redirectUri, "redirectUri", grantType),
        codeVerifier: requiredFor(body?.codeVerifier, "codeVerifier", grantType),
      };
    case "refresh_token":
      return { grantType, clientId, refreshToken: requiredFor(body?.refreshToken, "refreshToken", grantType) };
    default:
      throw invalidRequest("grantType must be authorization_code or refresh_token.");
  }
}

function required(value: string | undefined, member: string): string {
  if (value === undefined || value === "") throw invalidRequest(`${member} is required.`);
  return value;
}

function requiredFor(value: string | undefined, member: string, grantType: string): string {
  if (value === undefined || value === "") throw invalidRequest(`${member} is required for grantType ${grantType}.`);
  return value;
}
