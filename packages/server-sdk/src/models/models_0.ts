// smithy-typescript generated code
import {
  CompositeCollectionValidator as __CompositeCollectionValidator,
  CompositeStructureValidator as __CompositeStructureValidator,
  CompositeValidator as __CompositeValidator,
  EnumValidator as __EnumValidator,
  LengthValidator as __LengthValidator,
  MultiConstraintValidator as __MultiConstraintValidator,
  NoOpValidator as __NoOpValidator,
  PatternValidator as __PatternValidator,
  RangeValidator as __RangeValidator,
  RequiredValidator as __RequiredValidator,
  SensitiveConstraintValidator as __SensitiveConstraintValidator,
  ValidationFailure as __ValidationFailure,
} from "@aws-smithy/server-common";
import { SENSITIVE_STRING } from "@smithy/smithy-client";

import { ClientType, SessionStatus } from "./enums";

/**
 * Temporary AWS credentials (an access key id, secret and session token) that sign requests
 * with SigV4. They last 15 minutes.
 * @public
 */
export interface AccessToken {
  /**
   * The access key id of the temporary credentials.
   * @public
   */
  accessKeyId: string | undefined;

  /**
   * The secret access key of the temporary credentials.
   * @public
   */
  secretAccessKey: string | undefined;

  /**
   * The session token that must accompany the temporary credentials.
   * @public
   */
  sessionToken: string | undefined;
}

/**
 * @internal
 */
export const AccessTokenFilterSensitiveLog = (obj: AccessToken): any => ({
  ...obj,
});
export namespace AccessToken {
  const memberValidators: {
    accessKeyId?: __MultiConstraintValidator<string>;
    secretAccessKey?: __MultiConstraintValidator<string>;
    sessionToken?: __MultiConstraintValidator<string>;
  } = {};
  /**
   * @internal
   */
  export const validate = (obj: AccessToken, path: string = ""): __ValidationFailure[] => {
    function getMemberValidator<T extends keyof typeof memberValidators>(
      member: T,
    ): NonNullable<(typeof memberValidators)[T]> {
      if (memberValidators[member] === undefined) {
        switch (member) {
          case "accessKeyId": {
            memberValidators["accessKeyId"] = new __CompositeValidator<string>([new __RequiredValidator()]);
            break;
          }
          case "secretAccessKey": {
            memberValidators["secretAccessKey"] = new __CompositeValidator<string>([new __RequiredValidator()]);
            break;
          }
          case "sessionToken": {
            memberValidators["sessionToken"] = new __CompositeValidator<string>([new __RequiredValidator()]);
            break;
          }
        }
      }
      return memberValidators[member]!!;
    }
    return [
      ...getMemberValidator("accessKeyId").validate(obj.accessKeyId, `${path}/accessKeyId`),
      ...getMemberValidator("secretAccessKey").validate(obj.secretAccessKey, `${path}/secretAccessKey`),
      ...getMemberValidator("sessionToken").validate(obj.sessionToken, `${path}/sessionToken`),
    ];
  };
}

/**
 * Why one session of a BatchRevokeSessions request was not revoked.
 * @public
 */
export interface BatchRevokeSessionError {
  /**
   * The session that was not revoked.
   * @public
   */
  sessionArn: string | undefined;

  /**
   * A machine-readable reason.
   * @public
   */
  code: string | undefined;

  /**
   * A human-readable reason.
   * @public
   */
  message: string | undefined;
}

export namespace BatchRevokeSessionError {
  const memberValidators: {
    sessionArn?: __MultiConstraintValidator<string>;
    code?: __MultiConstraintValidator<string>;
    message?: __MultiConstraintValidator<string>;
  } = {};
  /**
   * @internal
   */
  export const validate = (obj: BatchRevokeSessionError, path: string = ""): __ValidationFailure[] => {
    function getMemberValidator<T extends keyof typeof memberValidators>(
      member: T,
    ): NonNullable<(typeof memberValidators)[T]> {
      if (memberValidators[member] === undefined) {
        switch (member) {
          case "sessionArn": {
            memberValidators["sessionArn"] = new __CompositeValidator<string>([
              new __RequiredValidator(),
              new __LengthValidator(1, 256),
            ]);
            break;
          }
          case "code": {
            memberValidators["code"] = new __CompositeValidator<string>([new __RequiredValidator()]);
            break;
          }
          case "message": {
            memberValidators["message"] = new __CompositeValidator<string>([new __RequiredValidator()]);
            break;
          }
        }
      }
      return memberValidators[member]!!;
    }
    return [
      ...getMemberValidator("sessionArn").validate(obj.sessionArn, `${path}/sessionArn`),
      ...getMemberValidator("code").validate(obj.code, `${path}/code`),
      ...getMemberValidator("message").validate(obj.message, `${path}/message`),
    ];
  };
}

/**
 * Input of BatchRevokeSessions.
 * @public
 */
export interface BatchRevokeSessionsInput {
  /**
   * The identity the sessions must belong to; the caller when omitted.
   * @public
   */
  principalArn?: string | undefined;

  /**
   * The sessions to revoke (one to five).
   * @public
   */
  sessionArns: string[] | undefined;

  /**
   * Why the sessions are revoked, kept for audit.
   * @public
   */
  reason?: string | undefined;
}

export namespace BatchRevokeSessionsInput {
  const memberValidators: {
    principalArn?: __MultiConstraintValidator<string>;
    sessionArns?: __MultiConstraintValidator<Iterable<string>>;
    reason?: __MultiConstraintValidator<string>;
  } = {};
  /**
   * @internal
   */
  export const validate = (obj: BatchRevokeSessionsInput, path: string = ""): __ValidationFailure[] => {
    function getMemberValidator<T extends keyof typeof memberValidators>(
      member: T,
    ): NonNullable<(typeof memberValidators)[T]> {
      if (memberValidators[member] === undefined) {
        switch (member) {
          case "principalArn": {
            memberValidators["principalArn"] = new __CompositeValidator<string>([
              new __LengthValidator(20, 2048),
              new __PatternValidator(
                "^arn:aws:((iam::[0-9]{12}:role/[a-zA-Z0-9_+=,.@-]{1,64})|(iam::[0-9]{12}:user/[a-zA-Z0-9_+=,.@-]{1,64})|(sts::[0-9]{12}:federated-user/[a-zA-Z0-9_+=,.@-]{2,193})|(iam::[0-9]{12}:root)|(iam::[0-9]{12}:[*]))$",
              ),
            ]);
            break;
          }
          case "sessionArns": {
            memberValidators["sessionArns"] = new __CompositeCollectionValidator<string>(
              new __CompositeValidator<string[]>([new __RequiredValidator(), new __LengthValidator(1, 5)]),
              new __CompositeValidator<string>([new __LengthValidator(1, 256)]),
            );
            break;
          }
          case "reason": {
            memberValidators["reason"] = new __CompositeValidator<string>([new __LengthValidator(1, 256)]);
            break;
          }
        }
      }
      return memberValidators[member]!!;
    }
    return [
      ...getMemberValidator("principalArn").validate(obj.principalArn, `${path}/principalArn`),
      ...getMemberValidator("sessionArns").validate(obj.sessionArns, `${path}/sessionArns`),
      ...getMemberValidator("reason").validate(obj.reason, `${path}/reason`),
    ];
  };
}

/**
 * A session that BatchRevokeSessions revoked.
 * @public
 */
export interface RevokedSession {
  /**
   * The revoked session.
   * @public
   */
  sessionArn: string | undefined;
}

export namespace RevokedSession {
  const memberValidators: {
    sessionArn?: __MultiConstraintValidator<string>;
  } = {};
  /**
   * @internal
   */
  export const validate = (obj: RevokedSession, path: string = ""): __ValidationFailure[] => {
    function getMemberValidator<T extends keyof typeof memberValidators>(
      member: T,
    ): NonNullable<(typeof memberValidators)[T]> {
      if (memberValidators[member] === undefined) {
        switch (member) {
          case "sessionArn": {
            memberValidators["sessionArn"] = new __CompositeValidator<string>([
              new __RequiredValidator(),
              new __LengthValidator(1, 256),
            ]);
            break;
          }
        }
      }
      return memberValidators[member]!!;
    }
    return [...getMemberValidator("sessionArn").validate(obj.sessionArn, `${path}/sessionArn`)];
  };
}

/**
 * Output of BatchRevokeSessions.
 * @public
 */
export interface BatchRevokeSessionsOutput {
  /**
   * The sessions that are now revoked.
   * @public
   */
  revokedSessions: RevokedSession[] | undefined;

  /**
   * The sessions that could not be revoked, and why.
   * @public
   */
  errors: BatchRevokeSessionError[] | undefined;
}

export namespace BatchRevokeSessionsOutput {
  const memberValidators: {
    revokedSessions?: __MultiConstraintValidator<Iterable<RevokedSession>>;
    errors?: __MultiConstraintValidator<Iterable<BatchRevokeSessionError>>;
  } = {};
  /**
   * @internal
   */
  export const validate = (obj: BatchRevokeSessionsOutput, path: string = ""): __ValidationFailure[] => {
    function getMemberValidator<T extends keyof typeof memberValidators>(
      member: T,
    ): NonNullable<(typeof memberValidators)[T]> {
      if (memberValidators[member] === undefined) {
        switch (member) {
          case "revokedSessions": {
            memberValidators["revokedSessions"] = new __CompositeCollectionValidator<RevokedSession>(
              new __CompositeValidator<RevokedSession[]>([new __RequiredValidator()]),
              new __CompositeStructureValidator<RevokedSession>(new __NoOpValidator(), RevokedSession.validate),
            );
            break;
          }
          case "errors": {
            memberValidators["errors"] = new __CompositeCollectionValidator<BatchRevokeSessionError>(
              new __CompositeValidator<BatchRevokeSessionError[]>([new __RequiredValidator()]),
              new __CompositeStructureValidator<BatchRevokeSessionError>(
                new __NoOpValidator(),
                BatchRevokeSessionError.validate,
              ),
            );
            break;
          }
        }
      }
      return memberValidators[member]!!;
    }
    return [
      ...getMemberValidator("revokedSessions").validate(obj.revokedSessions, `${path}/revokedSessions`),
      ...getMemberValidator("errors").validate(obj.errors, `${path}/errors`),
    ];
  };
}

/**
 * Input of CreateBearerToken.
 * @public
 */
export interface CreateBearerTokenRequest {
  /**
   * Always `client_credentials`.
   * @public
   */
  grantType: string | undefined;

  /**
   * The service the token is for.
   * @public
   */
  resource: string | undefined;

  /**
   * How long the token should last, in seconds (at least 300).
   * @public
   */
  durationSeconds?: number | undefined;
}

export namespace CreateBearerTokenRequest {
  const memberValidators: {
    grantType?: __MultiConstraintValidator<string>;
    resource?: __MultiConstraintValidator<string>;
    durationSeconds?: __MultiConstraintValidator<number>;
  } = {};
  /**
   * @internal
   */
  export const validate = (obj: CreateBearerTokenRequest, path: string = ""): __ValidationFailure[] => {
    function getMemberValidator<T extends keyof typeof memberValidators>(
      member: T,
    ): NonNullable<(typeof memberValidators)[T]> {
      if (memberValidators[member] === undefined) {
        switch (member) {
          case "grantType": {
            memberValidators["grantType"] = new __CompositeValidator<string>([
              new __RequiredValidator(),
              new __PatternValidator("^client_credentials$"),
            ]);
            break;
          }
          case "resource": {
            memberValidators["resource"] = new __CompositeValidator<string>([
              new __RequiredValidator(),
              new __LengthValidator(1, 2048),
            ]);
            break;
          }
          case "durationSeconds": {
            memberValidators["durationSeconds"] = new __CompositeValidator<number>([
              new __RangeValidator(300, undefined),
            ]);
            break;
          }
        }
      }
      return memberValidators[member]!!;
    }
    return [
      ...getMemberValidator("grantType").validate(obj.grantType, `${path}/grantType`),
      ...getMemberValidator("resource").validate(obj.resource, `${path}/resource`),
      ...getMemberValidator("durationSeconds").validate(obj.durationSeconds, `${path}/durationSeconds`),
    ];
  };
}

/**
 * Output of CreateBearerToken.
 * @public
 */
export interface CreateBearerTokenResponse {
  /**
   * The bearer token.
   * @public
   */
  accessToken: string | undefined;

  /**
   * Always `Bearer`.
   * @public
   */
  tokenType: string | undefined;

  /**
   * Seconds until the token expires.
   * @public
   */
  expiresIn: number | undefined;
}

/**
 * @internal
 */
export const CreateBearerTokenResponseFilterSensitiveLog = (obj: CreateBearerTokenResponse): any => ({
  ...obj,
  ...(obj.accessToken && { accessToken: SENSITIVE_STRING }),
});
export namespace CreateBearerTokenResponse {
  const memberValidators: {
    accessToken?: __MultiConstraintValidator<string>;
    tokenType?: __MultiConstraintValidator<string>;
    expiresIn?: __MultiConstraintValidator<number>;
  } = {};
  /**
   * @internal
   */
  export const validate = (obj: CreateBearerTokenResponse, path: string = ""): __ValidationFailure[] => {
    function getMemberValidator<T extends keyof typeof memberValidators>(
      member: T,
    ): NonNullable<(typeof memberValidators)[T]> {
      if (memberValidators[member] === undefined) {
        switch (member) {
          case "accessToken": {
            memberValidators["accessToken"] = new __SensitiveConstraintValidator<string>(
              new __CompositeValidator<string>([new __RequiredValidator(), new __LengthValidator(1, 4096)]),
            );
            break;
          }
          case "tokenType": {
            memberValidators["tokenType"] = new __CompositeValidator<string>([
              new __RequiredValidator(),
              new __PatternValidator("^Bearer$"),
            ]);
            break;
          }
          case "expiresIn": {
            memberValidators["expiresIn"] = new __CompositeValidator<number>([
              new __RequiredValidator(),
              new __RangeValidator(1, undefined),
            ]);
            break;
          }
        }
      }
      return memberValidators[member]!!;
    }
    return [
      ...getMemberValidator("accessToken").validate(obj.accessToken, `${path}/accessToken`),
      ...getMemberValidator("tokenType").validate(obj.tokenType, `${path}/tokenType`),
      ...getMemberValidator("expiresIn").validate(obj.expiresIn, `${path}/expiresIn`),
    ];
  };
}

/**
 * The JSON body of a token request.
 *
 * - `grantType` `authorization_code` needs `code`, `redirectUri` and `codeVerifier`.
 * - `grantType` `refresh_token` needs `refreshToken`.
 * @public
 */
export interface CreateOAuth2TokenRequestBody {
  /**
   * Which developer-tool client is asking (`client_id` in OAuth terms).
   * @public
   */
  clientId: string | undefined;

  /**
   * The kind of grant being exchanged (`grant_type`).
   * @public
   */
  grantType: string | undefined;

  /**
   * The authorization code from `/v1/authorize`. Only for `authorization_code`.
   * @public
   */
  code?: string | undefined;

  /**
   * The redirect URI given at authorization, byte for byte. Only for `authorization_code`.
   * @public
   */
  redirectUri?: string | undefined;

  /**
   * The PKCE verifier whose SHA-256 was sent as the code challenge. Only for
   * `authorization_code`.
   * @public
   */
  codeVerifier?: string | undefined;

  /**
   * The refresh token from an earlier exchange. Only for `refresh_token`.
   * @public
   */
  refreshToken?: string | undefined;
}

/**
 * @internal
 */
export const CreateOAuth2TokenRequestBodyFilterSensitiveLog = (obj: CreateOAuth2TokenRequestBody): any => ({
  ...obj,
  ...(obj.refreshToken && { refreshToken: SENSITIVE_STRING }),
});
export namespace CreateOAuth2TokenRequestBody {
  const memberValidators: {
    clientId?: __MultiConstraintValidator<string>;
    grantType?: __MultiConstraintValidator<string>;
    code?: __MultiConstraintValidator<string>;
    redirectUri?: __MultiConstraintValidator<string>;
    codeVerifier?: __MultiConstraintValidator<string>;
    refreshToken?: __MultiConstraintValidator<string>;
  } = {};
  /**
   * @internal
   */
  export const validate = (obj: CreateOAuth2TokenRequestBody, path: string = ""): __ValidationFailure[] => {
    function getMemberValidator<T extends keyof typeof memberValidators>(
      member: T,
    ): NonNullable<(typeof memberValidators)[T]> {
      if (memberValidators[member] === undefined) {
        switch (member) {
          case "clientId": {
            memberValidators["clientId"] = new __CompositeValidator<string>([
              new __RequiredValidator(),
              new __PatternValidator("^arn:aws:signin:::devtools/(cross-device|same-device)$"),
            ]);
            break;
          }
          case "grantType": {
            memberValidators["grantType"] = new __CompositeValidator<string>([
              new __RequiredValidator(),
              new __PatternValidator("^(authorization_code|refresh_token)$"),
            ]);
            break;
          }
          case "code": {
            memberValidators["code"] = new __CompositeValidator<string>([new __LengthValidator(1, 512)]);
            break;
          }
          case "redirectUri": {
            memberValidators["redirectUri"] = new __CompositeValidator<string>([new __LengthValidator(1, 2048)]);
            break;
          }
          case "codeVerifier": {
            memberValidators["codeVerifier"] = new __CompositeValidator<string>([
              new __LengthValidator(43, 128),
              new __PatternValidator("^[A-Za-z0-9\\-._~]+$"),
            ]);
            break;
          }
          case "refreshToken": {
            memberValidators["refreshToken"] = new __SensitiveConstraintValidator<string>(
              new __CompositeValidator<string>([new __LengthValidator(1, 12288)]),
            );
            break;
          }
        }
      }
      return memberValidators[member]!!;
    }
    return [
      ...getMemberValidator("clientId").validate(obj.clientId, `${path}/clientId`),
      ...getMemberValidator("grantType").validate(obj.grantType, `${path}/grantType`),
      ...getMemberValidator("code").validate(obj.code, `${path}/code`),
      ...getMemberValidator("redirectUri").validate(obj.redirectUri, `${path}/redirectUri`),
      ...getMemberValidator("codeVerifier").validate(obj.codeVerifier, `${path}/codeVerifier`),
      ...getMemberValidator("refreshToken").validate(obj.refreshToken, `${path}/refreshToken`),
    ];
  };
}

/**
 * Input of CreateOAuth2Token. The whole HTTP body is the `tokenInput` structure.
 * @public
 */
export interface CreateOAuth2TokenRequest {
  /**
   * The token request. Which optional members are needed depends on `grantType`.
   * @public
   */
  tokenInput: CreateOAuth2TokenRequestBody | undefined;
}

/**
 * @internal
 */
export const CreateOAuth2TokenRequestFilterSensitiveLog = (obj: CreateOAuth2TokenRequest): any => ({
  ...obj,
  ...(obj.tokenInput && { tokenInput: CreateOAuth2TokenRequestBodyFilterSensitiveLog(obj.tokenInput) }),
});
export namespace CreateOAuth2TokenRequest {
  const memberValidators: {
    tokenInput?: __MultiConstraintValidator<CreateOAuth2TokenRequestBody>;
  } = {};
  /**
   * @internal
   */
  export const validate = (obj: CreateOAuth2TokenRequest, path: string = ""): __ValidationFailure[] => {
    function getMemberValidator<T extends keyof typeof memberValidators>(
      member: T,
    ): NonNullable<(typeof memberValidators)[T]> {
      if (memberValidators[member] === undefined) {
        switch (member) {
          case "tokenInput": {
            memberValidators["tokenInput"] = new __CompositeStructureValidator<CreateOAuth2TokenRequestBody>(
              new __CompositeValidator<CreateOAuth2TokenRequestBody>([new __RequiredValidator()]),
              CreateOAuth2TokenRequestBody.validate,
            );
            break;
          }
        }
      }
      return memberValidators[member]!!;
    }
    return [...getMemberValidator("tokenInput").validate(obj.tokenInput, `${path}/tokenInput`)];
  };
}

/**
 * The JSON body of a successful token response.
 * @public
 */
export interface CreateOAuth2TokenResponseBody {
  /**
   * Temporary AWS credentials, valid for `expiresIn` seconds.
   * @public
   */
  accessToken: AccessToken | undefined;

  /**
   * How to use `accessToken`: always `aws_sigv4`, meaning "sign requests with these
   * credentials", not a bearer token.
   * @public
   */
  tokenType: string | undefined;

  /**
   * Seconds until the credentials expire (at most 900).
   * @public
   */
  expiresIn: number | undefined;

  /**
   * A new refresh token. Every exchange rotates it; keep only the latest.
   * @public
   */
  refreshToken: string | undefined;

  /**
   * An ID token naming the signed-in principal. Returned for `authorization_code` only.
   * @public
   */
  idToken?: string | undefined;
}

/**
 * @internal
 */
export const CreateOAuth2TokenResponseBodyFilterSensitiveLog = (obj: CreateOAuth2TokenResponseBody): any => ({
  ...obj,
  ...(obj.accessToken && { accessToken: SENSITIVE_STRING }),
  ...(obj.refreshToken && { refreshToken: SENSITIVE_STRING }),
});
export namespace CreateOAuth2TokenResponseBody {
  const memberValidators: {
    accessToken?: __MultiConstraintValidator<AccessToken>;
    tokenType?: __MultiConstraintValidator<string>;
    expiresIn?: __MultiConstraintValidator<number>;
    refreshToken?: __MultiConstraintValidator<string>;
    idToken?: __MultiConstraintValidator<string>;
  } = {};
  /**
   * @internal
   */
  export const validate = (obj: CreateOAuth2TokenResponseBody, path: string = ""): __ValidationFailure[] => {
    function getMemberValidator<T extends keyof typeof memberValidators>(
      member: T,
    ): NonNullable<(typeof memberValidators)[T]> {
      if (memberValidators[member] === undefined) {
        switch (member) {
          case "accessToken": {
            memberValidators["accessToken"] = new __SensitiveConstraintValidator<AccessToken>(
              new __CompositeStructureValidator<AccessToken>(
                new __CompositeValidator<AccessToken>([new __RequiredValidator()]),
                AccessToken.validate,
              ),
            );
            break;
          }
          case "tokenType": {
            memberValidators["tokenType"] = new __CompositeValidator<string>([
              new __RequiredValidator(),
              new __PatternValidator("^aws_sigv4$"),
            ]);
            break;
          }
          case "expiresIn": {
            memberValidators["expiresIn"] = new __CompositeValidator<number>([
              new __RequiredValidator(),
              new __RangeValidator(1, 900),
            ]);
            break;
          }
          case "refreshToken": {
            memberValidators["refreshToken"] = new __SensitiveConstraintValidator<string>(
              new __CompositeValidator<string>([new __RequiredValidator(), new __LengthValidator(1, 12288)]),
            );
            break;
          }
          case "idToken": {
            memberValidators["idToken"] = new __CompositeValidator<string>([new __LengthValidator(1, 4096)]);
            break;
          }
        }
      }
      return memberValidators[member]!!;
    }
    return [
      ...getMemberValidator("accessToken").validate(obj.accessToken, `${path}/accessToken`),
      ...getMemberValidator("tokenType").validate(obj.tokenType, `${path}/tokenType`),
      ...getMemberValidator("expiresIn").validate(obj.expiresIn, `${path}/expiresIn`),
      ...getMemberValidator("refreshToken").validate(obj.refreshToken, `${path}/refreshToken`),
      ...getMemberValidator("idToken").validate(obj.idToken, `${path}/idToken`),
    ];
  };
}

/**
 * Output of CreateOAuth2Token. The whole HTTP body is the `tokenOutput` structure.
 * @public
 */
export interface CreateOAuth2TokenResponse {
  /**
   * The issued tokens. Which optional members are present depends on the grant.
   * @public
   */
  tokenOutput: CreateOAuth2TokenResponseBody | undefined;
}

/**
 * @internal
 */
export const CreateOAuth2TokenResponseFilterSensitiveLog = (obj: CreateOAuth2TokenResponse): any => ({
  ...obj,
  ...(obj.tokenOutput && { tokenOutput: CreateOAuth2TokenResponseBodyFilterSensitiveLog(obj.tokenOutput) }),
});
export namespace CreateOAuth2TokenResponse {
  const memberValidators: {
    tokenOutput?: __MultiConstraintValidator<CreateOAuth2TokenResponseBody>;
  } = {};
  /**
   * @internal
   */
  export const validate = (obj: CreateOAuth2TokenResponse, path: string = ""): __ValidationFailure[] => {
    function getMemberValidator<T extends keyof typeof memberValidators>(
      member: T,
    ): NonNullable<(typeof memberValidators)[T]> {
      if (memberValidators[member] === undefined) {
        switch (member) {
          case "tokenOutput": {
            memberValidators["tokenOutput"] = new __CompositeStructureValidator<CreateOAuth2TokenResponseBody>(
              new __CompositeValidator<CreateOAuth2TokenResponseBody>([new __RequiredValidator()]),
              CreateOAuth2TokenResponseBody.validate,
            );
            break;
          }
        }
      }
      return memberValidators[member]!!;
    }
    return [...getMemberValidator("tokenOutput").validate(obj.tokenOutput, `${path}/tokenOutput`)];
  };
}

/**
 * Input of CreateOAuth2TokenWithIAM. The body uses the OAuth parameter names.
 * @public
 */
export interface CreateOAuth2TokenWithIAMRequest {
  /**
   * Always `client_credentials`.
   * @public
   */
  grantType: string | undefined;

  /**
   * The service the token is for (its audience), for example `aws-mcp.amazonaws.com`.
   * @public
   */
  resource: string | undefined;
}

export namespace CreateOAuth2TokenWithIAMRequest {
  const memberValidators: {
    grantType?: __MultiConstraintValidator<string>;
    resource?: __MultiConstraintValidator<string>;
  } = {};
  /**
   * @internal
   */
  export const validate = (obj: CreateOAuth2TokenWithIAMRequest, path: string = ""): __ValidationFailure[] => {
    function getMemberValidator<T extends keyof typeof memberValidators>(
      member: T,
    ): NonNullable<(typeof memberValidators)[T]> {
      if (memberValidators[member] === undefined) {
        switch (member) {
          case "grantType": {
            memberValidators["grantType"] = new __CompositeValidator<string>([
              new __RequiredValidator(),
              new __PatternValidator("^client_credentials$"),
            ]);
            break;
          }
          case "resource": {
            memberValidators["resource"] = new __CompositeValidator<string>([
              new __RequiredValidator(),
              new __LengthValidator(1, 2048),
            ]);
            break;
          }
        }
      }
      return memberValidators[member]!!;
    }
    return [
      ...getMemberValidator("grantType").validate(obj.grantType, `${path}/grantType`),
      ...getMemberValidator("resource").validate(obj.resource, `${path}/resource`),
    ];
  };
}

/**
 * Output of CreateOAuth2TokenWithIAM, shaped like an RFC 6749 section 5.1 token response.
 * @public
 */
export interface CreateOAuth2TokenWithIAMResponse {
  /**
   * The bearer access token.
   * @public
   */
  accessToken: string | undefined;

  /**
   * Always `Bearer`.
   * @public
   */
  tokenType: string | undefined;

  /**
   * Seconds until the token expires: the shorter of one hour and what is left of the caller's
   * credentials.
   * @public
   */
  expiresIn: number | undefined;
}

/**
 * @internal
 */
export const CreateOAuth2TokenWithIAMResponseFilterSensitiveLog = (obj: CreateOAuth2TokenWithIAMResponse): any => ({
  ...obj,
  ...(obj.accessToken && { accessToken: SENSITIVE_STRING }),
});
export namespace CreateOAuth2TokenWithIAMResponse {
  const memberValidators: {
    accessToken?: __MultiConstraintValidator<string>;
    tokenType?: __MultiConstraintValidator<string>;
    expiresIn?: __MultiConstraintValidator<number>;
  } = {};
  /**
   * @internal
   */
  export const validate = (obj: CreateOAuth2TokenWithIAMResponse, path: string = ""): __ValidationFailure[] => {
    function getMemberValidator<T extends keyof typeof memberValidators>(
      member: T,
    ): NonNullable<(typeof memberValidators)[T]> {
      if (memberValidators[member] === undefined) {
        switch (member) {
          case "accessToken": {
            memberValidators["accessToken"] = new __SensitiveConstraintValidator<string>(
              new __CompositeValidator<string>([new __RequiredValidator(), new __LengthValidator(1, 4096)]),
            );
            break;
          }
          case "tokenType": {
            memberValidators["tokenType"] = new __CompositeValidator<string>([
              new __RequiredValidator(),
              new __PatternValidator("^Bearer$"),
            ]);
            break;
          }
          case "expiresIn": {
            memberValidators["expiresIn"] = new __CompositeValidator<number>([
              new __RequiredValidator(),
              new __RangeValidator(1, 3600),
            ]);
            break;
          }
        }
      }
      return memberValidators[member]!!;
    }
    return [
      ...getMemberValidator("accessToken").validate(obj.accessToken, `${path}/accessToken`),
      ...getMemberValidator("tokenType").validate(obj.tokenType, `${path}/tokenType`),
      ...getMemberValidator("expiresIn").validate(obj.expiresIn, `${path}/expiresIn`),
    ];
  };
}

/**
 * Input of CreateOAuth2TokenWithTokenExchange. The body uses the OAuth parameter names.
 * @public
 */
export interface CreateOAuth2TokenWithTokenExchangeRequest {
  /**
   * `urn:ietf:params:oauth:grant-type:token-exchange` or `urn:ietf:params:oauth:grant-type:jwt-
   * bearer`.
   * @public
   */
  grantType: string | undefined;

  /**
   * The token being exchanged. Only for the token-exchange grant.
   * @public
   */
  subjectToken?: string | undefined;

  /**
   * An RFC 8693 token type URI describing `subjectToken`.
   * @public
   */
  subjectTokenType?: string | undefined;

  /**
   * The signed JWT presented with the jwt-bearer grant.
   * @public
   */
  assertion?: string | undefined;

  /**
   * The OAuth client the request is made for, when the grant names one.
   * @public
   */
  clientId?: string | undefined;

  /**
   * The service the new token is for.
   * @public
   */
  resource?: string | undefined;

  /**
   * Space-separated scopes asked for.
   * @public
   */
  scope?: string | undefined;
}

/**
 * @internal
 */
export const CreateOAuth2TokenWithTokenExchangeRequestFilterSensitiveLog = (
  obj: CreateOAuth2TokenWithTokenExchangeRequest,
): any => ({
  ...obj,
  ...(obj.subjectToken && { subjectToken: SENSITIVE_STRING }),
  ...(obj.assertion && { assertion: SENSITIVE_STRING }),
});
export namespace CreateOAuth2TokenWithTokenExchangeRequest {
  const memberValidators: {
    grantType?: __MultiConstraintValidator<string>;
    subjectToken?: __MultiConstraintValidator<string>;
    subjectTokenType?: __MultiConstraintValidator<string>;
    assertion?: __MultiConstraintValidator<string>;
    clientId?: __MultiConstraintValidator<string>;
    resource?: __MultiConstraintValidator<string>;
    scope?: __MultiConstraintValidator<string>;
  } = {};
  /**
   * @internal
   */
  export const validate = (
    obj: CreateOAuth2TokenWithTokenExchangeRequest,
    path: string = "",
  ): __ValidationFailure[] => {
    function getMemberValidator<T extends keyof typeof memberValidators>(
      member: T,
    ): NonNullable<(typeof memberValidators)[T]> {
      if (memberValidators[member] === undefined) {
        switch (member) {
          case "grantType": {
            memberValidators["grantType"] = new __CompositeValidator<string>([
              new __RequiredValidator(),
              new __PatternValidator("^urn:ietf:params:oauth:grant-type:(token-exchange|jwt-bearer)$"),
            ]);
            break;
          }
          case "subjectToken": {
            memberValidators["subjectToken"] = new __SensitiveConstraintValidator<string>(
              new __CompositeValidator<string>([new __LengthValidator(4, 20000)]),
            );
            break;
          }
          case "subjectTokenType": {
            memberValidators["subjectTokenType"] = new __CompositeValidator<string>([
              new __PatternValidator("^urn:ietf:params:oauth:token-type:.+$"),
            ]);
            break;
          }
          case "assertion": {
            memberValidators["assertion"] = new __SensitiveConstraintValidator<string>(
              new __CompositeValidator<string>([new __LengthValidator(4, 20000)]),
            );
            break;
          }
          case "clientId": {
            memberValidators["clientId"] = new __CompositeValidator<string>([new __LengthValidator(1, 212)]);
            break;
          }
          case "resource": {
            memberValidators["resource"] = new __CompositeValidator<string>([new __LengthValidator(1, 2048)]);
            break;
          }
          case "scope": {
            memberValidators["scope"] = new __CompositeValidator<string>([new __LengthValidator(1, 4096)]);
            break;
          }
        }
      }
      return memberValidators[member]!!;
    }
    return [
      ...getMemberValidator("grantType").validate(obj.grantType, `${path}/grantType`),
      ...getMemberValidator("subjectToken").validate(obj.subjectToken, `${path}/subjectToken`),
      ...getMemberValidator("subjectTokenType").validate(obj.subjectTokenType, `${path}/subjectTokenType`),
      ...getMemberValidator("assertion").validate(obj.assertion, `${path}/assertion`),
      ...getMemberValidator("clientId").validate(obj.clientId, `${path}/clientId`),
      ...getMemberValidator("resource").validate(obj.resource, `${path}/resource`),
      ...getMemberValidator("scope").validate(obj.scope, `${path}/scope`),
    ];
  };
}

/**
 * Output of CreateOAuth2TokenWithTokenExchange (RFC 8693 section 2.2.1).
 * @public
 */
export interface CreateOAuth2TokenWithTokenExchangeResponse {
  /**
   * The bearer access token.
   * @public
   */
  accessToken: string | undefined;

  /**
   * What kind of token was issued: an access token.
   * @public
   */
  issuedTokenType?: string | undefined;

  /**
   * Always `Bearer`.
   * @public
   */
  tokenType: string | undefined;

  /**
   * Seconds until the token expires (at most one hour).
   * @public
   */
  expiresIn: number | undefined;

  /**
   * The service the token is valid for.
   * @public
   */
  resource?: string | undefined;

  /**
   * The scopes actually granted.
   * @public
   */
  scope?: string | undefined;
}

/**
 * @internal
 */
export const CreateOAuth2TokenWithTokenExchangeResponseFilterSensitiveLog = (
  obj: CreateOAuth2TokenWithTokenExchangeResponse,
): any => ({
  ...obj,
  ...(obj.accessToken && { accessToken: SENSITIVE_STRING }),
});
export namespace CreateOAuth2TokenWithTokenExchangeResponse {
  const memberValidators: {
    accessToken?: __MultiConstraintValidator<string>;
    issuedTokenType?: __MultiConstraintValidator<string>;
    tokenType?: __MultiConstraintValidator<string>;
    expiresIn?: __MultiConstraintValidator<number>;
    resource?: __MultiConstraintValidator<string>;
    scope?: __MultiConstraintValidator<string>;
  } = {};
  /**
   * @internal
   */
  export const validate = (
    obj: CreateOAuth2TokenWithTokenExchangeResponse,
    path: string = "",
  ): __ValidationFailure[] => {
    function getMemberValidator<T extends keyof typeof memberValidators>(
      member: T,
    ): NonNullable<(typeof memberValidators)[T]> {
      if (memberValidators[member] === undefined) {
        switch (member) {
          case "accessToken": {
            memberValidators["accessToken"] = new __SensitiveConstraintValidator<string>(
              new __CompositeValidator<string>([new __RequiredValidator(), new __LengthValidator(1, 4096)]),
            );
            break;
          }
          case "issuedTokenType": {
            memberValidators["issuedTokenType"] = new __CompositeValidator<string>([
              new __PatternValidator("^urn:ietf:params:oauth:token-type:access_token$"),
            ]);
            break;
          }
          case "tokenType": {
            memberValidators["tokenType"] = new __CompositeValidator<string>([
              new __RequiredValidator(),
              new __PatternValidator("^Bearer$"),
            ]);
            break;
          }
          case "expiresIn": {
            memberValidators["expiresIn"] = new __CompositeValidator<number>([
              new __RequiredValidator(),
              new __RangeValidator(1, 3600),
            ]);
            break;
          }
          case "resource": {
            memberValidators["resource"] = new __CompositeValidator<string>([new __LengthValidator(1, 2048)]);
            break;
          }
          case "scope": {
            memberValidators["scope"] = new __CompositeValidator<string>([new __LengthValidator(1, 4096)]);
            break;
          }
        }
      }
      return memberValidators[member]!!;
    }
    return [
      ...getMemberValidator("accessToken").validate(obj.accessToken, `${path}/accessToken`),
      ...getMemberValidator("issuedTokenType").validate(obj.issuedTokenType, `${path}/issuedTokenType`),
      ...getMemberValidator("tokenType").validate(obj.tokenType, `${path}/tokenType`),
      ...getMemberValidator("expiresIn").validate(obj.expiresIn, `${path}/expiresIn`),
      ...getMemberValidator("resource").validate(obj.resource, `${path}/resource`),
      ...getMemberValidator("scope").validate(obj.scope, `${path}/scope`),
    ];
  };
}

/**
 * Input of GetSession.
 * @public
 */
export interface GetSessionInput {
  /**
   * The session to describe.
   * @public
   */
  sessionArn: string | undefined;

  /**
   * The identity the session must belong to; the caller when omitted.
   * @public
   */
  principalArn?: string | undefined;
}

export namespace GetSessionInput {
  const memberValidators: {
    sessionArn?: __MultiConstraintValidator<string>;
    principalArn?: __MultiConstraintValidator<string>;
  } = {};
  /**
   * @internal
   */
  export const validate = (obj: GetSessionInput, path: string = ""): __ValidationFailure[] => {
    function getMemberValidator<T extends keyof typeof memberValidators>(
      member: T,
    ): NonNullable<(typeof memberValidators)[T]> {
      if (memberValidators[member] === undefined) {
        switch (member) {
          case "sessionArn": {
            memberValidators["sessionArn"] = new __CompositeValidator<string>([
              new __RequiredValidator(),
              new __LengthValidator(1, 256),
            ]);
            break;
          }
          case "principalArn": {
            memberValidators["principalArn"] = new __CompositeValidator<string>([
              new __LengthValidator(20, 2048),
              new __PatternValidator(
                "^arn:aws:((iam::[0-9]{12}:role/[a-zA-Z0-9_+=,.@-]{1,64})|(iam::[0-9]{12}:user/[a-zA-Z0-9_+=,.@-]{1,64})|(sts::[0-9]{12}:federated-user/[a-zA-Z0-9_+=,.@-]{2,193})|(iam::[0-9]{12}:root)|(iam::[0-9]{12}:[*]))$",
              ),
            ]);
            break;
          }
        }
      }
      return memberValidators[member]!!;
    }
    return [
      ...getMemberValidator("sessionArn").validate(obj.sessionArn, `${path}/sessionArn`),
      ...getMemberValidator("principalArn").validate(obj.principalArn, `${path}/principalArn`),
    ];
  };
}

/**
 * Output of GetSession.
 * @public
 */
export interface GetSessionOutput {
  /**
   * The session's ARN.
   * @public
   */
  sessionArn: string | undefined;

  /**
   * The identity that signed in.
   * @public
   */
  principalArn: string | undefined;

  /**
   * The role the session acts as, if any.
   * @public
   */
  role?: string | undefined;

  /**
   * Whether the session is active or revoked.
   * @public
   */
  status?: SessionStatus | undefined;

  /**
   * The client that started the session.
   * @public
   */
  clientId?: string | undefined;

  /**
   * The kind of client that started the session.
   * @public
   */
  clientType?: ClientType | undefined;

  /**
   * The service the session's tokens are scoped to, if any.
   * @public
   */
  resource?: string | undefined;

  /**
   * When the session began (seconds since the epoch).
   * @public
   */
  issuedAt: number | undefined;

  /**
   * When the session ends (seconds since the epoch).
   * @public
   */
  expiresAt: number | undefined;

  /**
   * When the session was last refreshed (seconds since the epoch).
   * @public
   */
  lastUsedAt?: number | undefined;

  /**
   * The Region where the session began.
   * @public
   */
  issuedInRegion?: string | undefined;

  /**
   * The session this one was derived from, if any.
   * @public
   */
  originSessionArn?: string | undefined;

  /**
   * The user agent of the client that started the session.
   * @public
   */
  userAgent?: string | undefined;
}

export namespace GetSessionOutput {
  const memberValidators: {
    sessionArn?: __MultiConstraintValidator<string>;
    principalArn?: __MultiConstraintValidator<string>;
    role?: __MultiConstraintValidator<string>;
    status?: __MultiConstraintValidator<string>;
    clientId?: __MultiConstraintValidator<string>;
    clientType?: __MultiConstraintValidator<string>;
    resource?: __MultiConstraintValidator<string>;
    issuedAt?: __MultiConstraintValidator<number>;
    expiresAt?: __MultiConstraintValidator<number>;
    lastUsedAt?: __MultiConstraintValidator<number>;
    issuedInRegion?: __MultiConstraintValidator<string>;
    originSessionArn?: __MultiConstraintValidator<string>;
    userAgent?: __MultiConstraintValidator<string>;
  } = {};
  /**
   * @internal
   */
  export const validate = (obj: GetSessionOutput, path: string = ""): __ValidationFailure[] => {
    function getMemberValidator<T extends keyof typeof memberValidators>(
      member: T,
    ): NonNullable<(typeof memberValidators)[T]> {
      if (memberValidators[member] === undefined) {
        switch (member) {
          case "sessionArn": {
            memberValidators["sessionArn"] = new __CompositeValidator<string>([
              new __RequiredValidator(),
              new __LengthValidator(1, 256),
            ]);
            break;
          }
          case "principalArn": {
            memberValidators["principalArn"] = new __CompositeValidator<string>([
              new __RequiredValidator(),
              new __LengthValidator(20, 2048),
              new __PatternValidator(
                "^arn:aws:((iam::[0-9]{12}:role/[a-zA-Z0-9_+=,.@-]{1,64})|(iam::[0-9]{12}:user/[a-zA-Z0-9_+=,.@-]{1,64})|(sts::[0-9]{12}:federated-user/[a-zA-Z0-9_+=,.@-]{2,193})|(iam::[0-9]{12}:root))$",
              ),
            ]);
            break;
          }
          case "role": {
            memberValidators["role"] = new __CompositeValidator<string>([
              new __LengthValidator(20, 2048),
              new __PatternValidator(
                "^arn:aws:((iam::[0-9]{12}:role/[a-zA-Z0-9_+=,.@-]{1,64})|(iam::[0-9]{12}:user/[a-zA-Z0-9_+=,.@-]{1,64})|(sts::[0-9]{12}:federated-user/[a-zA-Z0-9_+=,.@-]{2,193})|(iam::[0-9]{12}:root))$",
              ),
            ]);
            break;
          }
          case "status": {
            memberValidators["status"] = new __CompositeValidator<string>([
              new __EnumValidator(["ACTIVE", "REVOKED"], ["ACTIVE", "REVOKED"]),
            ]);
            break;
          }
          case "clientId": {
            memberValidators["clientId"] = new __NoOpValidator();
            break;
          }
          case "clientType": {
            memberValidators["clientType"] = new __CompositeValidator<string>([
              new __EnumValidator(["CLI", "MCP"], ["CLI", "MCP"]),
            ]);
            break;
          }
          case "resource": {
            memberValidators["resource"] = new __NoOpValidator();
            break;
          }
          case "issuedAt": {
            memberValidators["issuedAt"] = new __CompositeValidator<number>([new __RequiredValidator()]);
            break;
          }
          case "expiresAt": {
            memberValidators["expiresAt"] = new __CompositeValidator<number>([new __RequiredValidator()]);
            break;
          }
          case "lastUsedAt": {
            memberValidators["lastUsedAt"] = new __NoOpValidator();
            break;
          }
          case "issuedInRegion": {
            memberValidators["issuedInRegion"] = new __NoOpValidator();
            break;
          }
          case "originSessionArn": {
            memberValidators["originSessionArn"] = new __CompositeValidator<string>([new __LengthValidator(1, 256)]);
            break;
          }
          case "userAgent": {
            memberValidators["userAgent"] = new __NoOpValidator();
            break;
          }
        }
      }
      return memberValidators[member]!!;
    }
    return [
      ...getMemberValidator("sessionArn").validate(obj.sessionArn, `${path}/sessionArn`),
      ...getMemberValidator("principalArn").validate(obj.principalArn, `${path}/principalArn`),
      ...getMemberValidator("role").validate(obj.role, `${path}/role`),
      ...getMemberValidator("status").validate(obj.status, `${path}/status`),
      ...getMemberValidator("clientId").validate(obj.clientId, `${path}/clientId`),
      ...getMemberValidator("clientType").validate(obj.clientType, `${path}/clientType`),
      ...getMemberValidator("resource").validate(obj.resource, `${path}/resource`),
      ...getMemberValidator("issuedAt").validate(obj.issuedAt, `${path}/issuedAt`),
      ...getMemberValidator("expiresAt").validate(obj.expiresAt, `${path}/expiresAt`),
      ...getMemberValidator("lastUsedAt").validate(obj.lastUsedAt, `${path}/lastUsedAt`),
      ...getMemberValidator("issuedInRegion").validate(obj.issuedInRegion, `${path}/issuedInRegion`),
      ...getMemberValidator("originSessionArn").validate(obj.originSessionArn, `${path}/originSessionArn`),
      ...getMemberValidator("userAgent").validate(obj.userAgent, `${path}/userAgent`),
    ];
  };
}

/**
 * Input of IntrospectOAuth2TokenWithIAM.
 * @public
 */
export interface IntrospectOAuth2TokenWithIAMRequest {
  /**
   * The token to inspect.
   * @public
   */
  token: string | undefined;

  /**
   * Which kind of token `token` probably is, to speed up the lookup.
   * @public
   */
  tokenTypeHint?: string | undefined;
}

/**
 * @internal
 */
export const IntrospectOAuth2TokenWithIAMRequestFilterSensitiveLog = (
  obj: IntrospectOAuth2TokenWithIAMRequest,
): any => ({
  ...obj,
  ...(obj.token && { token: SENSITIVE_STRING }),
});
export namespace IntrospectOAuth2TokenWithIAMRequest {
  const memberValidators: {
    token?: __MultiConstraintValidator<string>;
    tokenTypeHint?: __MultiConstraintValidator<string>;
  } = {};
  /**
   * @internal
   */
  export const validate = (obj: IntrospectOAuth2TokenWithIAMRequest, path: string = ""): __ValidationFailure[] => {
    function getMemberValidator<T extends keyof typeof memberValidators>(
      member: T,
    ): NonNullable<(typeof memberValidators)[T]> {
      if (memberValidators[member] === undefined) {
        switch (member) {
          case "token": {
            memberValidators["token"] = new __SensitiveConstraintValidator<string>(
              new __CompositeValidator<string>([
                new __RequiredValidator(),
                new __LengthValidator(1, 12288),
                new __PatternValidator("^ASO[AR][A-Za-z0-9+/=_\\-]+$"),
              ]),
            );
            break;
          }
          case "tokenTypeHint": {
            memberValidators["tokenTypeHint"] = new __CompositeValidator<string>([
              new __PatternValidator("^(access_token|refresh_token)$"),
            ]);
            break;
          }
        }
      }
      return memberValidators[member]!!;
    }
    return [
      ...getMemberValidator("token").validate(obj.token, `${path}/token`),
      ...getMemberValidator("tokenTypeHint").validate(obj.tokenTypeHint, `${path}/tokenTypeHint`),
    ];
  };
}

/**
 * Output of IntrospectOAuth2TokenWithIAM. Only `active` is present for an inactive token.
 * @public
 */
export interface IntrospectOAuth2TokenWithIAMResponse {
  /**
   * Whether the token is currently valid.
   * @public
   */
  active: boolean | undefined;

  /**
   * The client the token was issued to.
   * @public
   */
  clientId?: string | undefined;

  /**
   * The identity the token stands for.
   * @public
   */
  userId?: string | undefined;

  /**
   * `access_token` or `refresh_token`.
   * @public
   */
  tokenType?: string | undefined;

  /**
   * Expiry time, in seconds since the epoch.
   * @public
   */
  exp?: number | undefined;

  /**
   * Issue time, in seconds since the epoch.
   * @public
   */
  iat?: number | undefined;

  /**
   * Time before which the token is not valid, in seconds since the epoch.
   * @public
   */
  nbf?: number | undefined;

  /**
   * The subject of the token.
   * @public
   */
  sub?: string | undefined;

  /**
   * The audience of the token.
   * @public
   */
  aud?: string | undefined;

  /**
   * Who issued the token.
   * @public
   */
  iss?: string | undefined;

  /**
   * The token's unique identifier.
   * @public
   */
  jti?: string | undefined;

  /**
   * The AWS account the identity belongs to.
   * @public
   */
  accountId?: string | undefined;

  /**
   * The sign-in session the token belongs to.
   * @public
   */
  signinSession?: string | undefined;

  /**
   * The service the token is scoped to.
   * @public
   */
  resource?: string | undefined;
}

export namespace IntrospectOAuth2TokenWithIAMResponse {
  const memberValidators: {
    active?: __MultiConstraintValidator<boolean>;
    clientId?: __MultiConstraintValidator<string>;
    userId?: __MultiConstraintValidator<string>;
    tokenType?: __MultiConstraintValidator<string>;
    exp?: __MultiConstraintValidator<number>;
    iat?: __MultiConstraintValidator<number>;
    nbf?: __MultiConstraintValidator<number>;
    sub?: __MultiConstraintValidator<string>;
    aud?: __MultiConstraintValidator<string>;
    iss?: __MultiConstraintValidator<string>;
    jti?: __MultiConstraintValidator<string>;
    accountId?: __MultiConstraintValidator<string>;
    signinSession?: __MultiConstraintValidator<string>;
    resource?: __MultiConstraintValidator<string>;
  } = {};
  /**
   * @internal
   */
  export const validate = (obj: IntrospectOAuth2TokenWithIAMResponse, path: string = ""): __ValidationFailure[] => {
    function getMemberValidator<T extends keyof typeof memberValidators>(
      member: T,
    ): NonNullable<(typeof memberValidators)[T]> {
      if (memberValidators[member] === undefined) {
        switch (member) {
          case "active": {
            memberValidators["active"] = new __CompositeValidator<boolean>([new __RequiredValidator()]);
            break;
          }
          case "clientId": {
            memberValidators["clientId"] = new __NoOpValidator();
            break;
          }
          case "userId": {
            memberValidators["userId"] = new __NoOpValidator();
            break;
          }
          case "tokenType": {
            memberValidators["tokenType"] = new __CompositeValidator<string>([
              new __PatternValidator("^(access_token|refresh_token)$"),
            ]);
            break;
          }
          case "exp": {
            memberValidators["exp"] = new __NoOpValidator();
            break;
          }
          case "iat": {
            memberValidators["iat"] = new __NoOpValidator();
            break;
          }
          case "nbf": {
            memberValidators["nbf"] = new __NoOpValidator();
            break;
          }
          case "sub": {
            memberValidators["sub"] = new __NoOpValidator();
            break;
          }
          case "aud": {
            memberValidators["aud"] = new __NoOpValidator();
            break;
          }
          case "iss": {
            memberValidators["iss"] = new __NoOpValidator();
            break;
          }
          case "jti": {
            memberValidators["jti"] = new __NoOpValidator();
            break;
          }
          case "accountId": {
            memberValidators["accountId"] = new __CompositeValidator<string>([
              new __LengthValidator(12, 12),
              new __PatternValidator("^[0-9]{12}$"),
            ]);
            break;
          }
          case "signinSession": {
            memberValidators["signinSession"] = new __NoOpValidator();
            break;
          }
          case "resource": {
            memberValidators["resource"] = new __CompositeValidator<string>([new __LengthValidator(1, 2048)]);
            break;
          }
        }
      }
      return memberValidators[member]!!;
    }
    return [
      ...getMemberValidator("active").validate(obj.active, `${path}/active`),
      ...getMemberValidator("clientId").validate(obj.clientId, `${path}/clientId`),
      ...getMemberValidator("userId").validate(obj.userId, `${path}/userId`),
      ...getMemberValidator("tokenType").validate(obj.tokenType, `${path}/tokenType`),
      ...getMemberValidator("exp").validate(obj.exp, `${path}/exp`),
      ...getMemberValidator("iat").validate(obj.iat, `${path}/iat`),
      ...getMemberValidator("nbf").validate(obj.nbf, `${path}/nbf`),
      ...getMemberValidator("sub").validate(obj.sub, `${path}/sub`),
      ...getMemberValidator("aud").validate(obj.aud, `${path}/aud`),
      ...getMemberValidator("iss").validate(obj.iss, `${path}/iss`),
      ...getMemberValidator("jti").validate(obj.jti, `${path}/jti`),
      ...getMemberValidator("accountId").validate(obj.accountId, `${path}/accountId`),
      ...getMemberValidator("signinSession").validate(obj.signinSession, `${path}/signinSession`),
      ...getMemberValidator("resource").validate(obj.resource, `${path}/resource`),
    ];
  };
}

/**
 * Input of ListSessions.
 * @public
 */
export interface ListSessionsInput {
  /**
   * Whose sessions to list; the caller's own when omitted.
   * @public
   */
  principalArn?: string | undefined;

  /**
   * The largest number of sessions to return in one page.
   * @public
   */
  maxResults?: number | undefined;

  /**
   * The `nextToken` of the previous page, to continue a listing.
   * @public
   */
  nextToken?: string | undefined;

  /**
   * Only sessions in this state.
   * @public
   */
  status?: SessionStatus | undefined;

  /**
   * Only sessions started by this client.
   * @public
   */
  clientId?: string | undefined;

  /**
   * Only sessions issued after this time (seconds since the epoch).
   * @public
   */
  issuedAfter?: number | undefined;

  /**
   * Only sessions issued before this time (seconds since the epoch).
   * @public
   */
  issuedBefore?: number | undefined;
}

export namespace ListSessionsInput {
  const memberValidators: {
    principalArn?: __MultiConstraintValidator<string>;
    maxResults?: __MultiConstraintValidator<number>;
    nextToken?: __MultiConstraintValidator<string>;
    status?: __MultiConstraintValidator<string>;
    clientId?: __MultiConstraintValidator<string>;
    issuedAfter?: __MultiConstraintValidator<number>;
    issuedBefore?: __MultiConstraintValidator<number>;
  } = {};
  /**
   * @internal
   */
  export const validate = (obj: ListSessionsInput, path: string = ""): __ValidationFailure[] => {
    function getMemberValidator<T extends keyof typeof memberValidators>(
      member: T,
    ): NonNullable<(typeof memberValidators)[T]> {
      if (memberValidators[member] === undefined) {
        switch (member) {
          case "principalArn": {
            memberValidators["principalArn"] = new __CompositeValidator<string>([
              new __LengthValidator(20, 2048),
              new __PatternValidator(
                "^arn:aws:((iam::[0-9]{12}:role/[a-zA-Z0-9_+=,.@-]{1,64})|(iam::[0-9]{12}:user/[a-zA-Z0-9_+=,.@-]{1,64})|(sts::[0-9]{12}:federated-user/[a-zA-Z0-9_+=,.@-]{2,193})|(iam::[0-9]{12}:root)|(iam::[0-9]{12}:[*]))$",
              ),
            ]);
            break;
          }
          case "maxResults": {
            memberValidators["maxResults"] = new __CompositeValidator<number>([new __RangeValidator(1, 100)]);
            break;
          }
          case "nextToken": {
            memberValidators["nextToken"] = new __CompositeValidator<string>([
              new __LengthValidator(0, 2048),
              new __PatternValidator("^[-a-zA-Z0-9+=/_]*$"),
            ]);
            break;
          }
          case "status": {
            memberValidators["status"] = new __CompositeValidator<string>([
              new __EnumValidator(["ACTIVE", "REVOKED"], ["ACTIVE", "REVOKED"]),
            ]);
            break;
          }
          case "clientId": {
            memberValidators["clientId"] = new __NoOpValidator();
            break;
          }
          case "issuedAfter": {
            memberValidators["issuedAfter"] = new __NoOpValidator();
            break;
          }
          case "issuedBefore": {
            memberValidators["issuedBefore"] = new __NoOpValidator();
            break;
          }
        }
      }
      return memberValidators[member]!!;
    }
    return [
      ...getMemberValidator("principalArn").validate(obj.principalArn, `${path}/principalArn`),
      ...getMemberValidator("maxResults").validate(obj.maxResults, `${path}/maxResults`),
      ...getMemberValidator("nextToken").validate(obj.nextToken, `${path}/nextToken`),
      ...getMemberValidator("status").validate(obj.status, `${path}/status`),
      ...getMemberValidator("clientId").validate(obj.clientId, `${path}/clientId`),
      ...getMemberValidator("issuedAfter").validate(obj.issuedAfter, `${path}/issuedAfter`),
      ...getMemberValidator("issuedBefore").validate(obj.issuedBefore, `${path}/issuedBefore`),
    ];
  };
}

/**
 * A summary of one sign-in session.
 * @public
 */
export interface Session {
  /**
   * The session's ARN.
   * @public
   */
  sessionArn: string | undefined;

  /**
   * The identity that signed in.
   * @public
   */
  principalArn: string | undefined;

  /**
   * The role the session acts as, if any.
   * @public
   */
  role?: string | undefined;

  /**
   * Whether the session is active or revoked.
   * @public
   */
  status?: SessionStatus | undefined;

  /**
   * When the session began (seconds since the epoch).
   * @public
   */
  issuedAt: number | undefined;

  /**
   * When the session ends (seconds since the epoch).
   * @public
   */
  expiresAt: number | undefined;

  /**
   * The client that started the session.
   * @public
   */
  clientId?: string | undefined;

  /**
   * The kind of client that started the session.
   * @public
   */
  clientType?: ClientType | undefined;

  /**
   * The service the session's tokens are scoped to, if any.
   * @public
   */
  resource?: string | undefined;
}

export namespace Session {
  const memberValidators: {
    sessionArn?: __MultiConstraintValidator<string>;
    principalArn?: __MultiConstraintValidator<string>;
    role?: __MultiConstraintValidator<string>;
    status?: __MultiConstraintValidator<string>;
    issuedAt?: __MultiConstraintValidator<number>;
    expiresAt?: __MultiConstraintValidator<number>;
    clientId?: __MultiConstraintValidator<string>;
    clientType?: __MultiConstraintValidator<string>;
    resource?: __MultiConstraintValidator<string>;
  } = {};
  /**
   * @internal
   */
  export const validate = (obj: Session, path: string = ""): __ValidationFailure[] => {
    function getMemberValidator<T extends keyof typeof memberValidators>(
      member: T,
    ): NonNullable<(typeof memberValidators)[T]> {
      if (memberValidators[member] === undefined) {
        switch (member) {
          case "sessionArn": {
            memberValidators["sessionArn"] = new __CompositeValidator<string>([
              new __RequiredValidator(),
              new __LengthValidator(1, 256),
            ]);
            break;
          }
          case "principalArn": {
            memberValidators["principalArn"] = new __CompositeValidator<string>([
              new __RequiredValidator(),
              new __LengthValidator(20, 2048),
              new __PatternValidator(
                "^arn:aws:((iam::[0-9]{12}:role/[a-zA-Z0-9_+=,.@-]{1,64})|(iam::[0-9]{12}:user/[a-zA-Z0-9_+=,.@-]{1,64})|(sts::[0-9]{12}:federated-user/[a-zA-Z0-9_+=,.@-]{2,193})|(iam::[0-9]{12}:root))$",
              ),
            ]);
            break;
          }
          case "role": {
            memberValidators["role"] = new __CompositeValidator<string>([
              new __LengthValidator(20, 2048),
              new __PatternValidator(
                "^arn:aws:((iam::[0-9]{12}:role/[a-zA-Z0-9_+=,.@-]{1,64})|(iam::[0-9]{12}:user/[a-zA-Z0-9_+=,.@-]{1,64})|(sts::[0-9]{12}:federated-user/[a-zA-Z0-9_+=,.@-]{2,193})|(iam::[0-9]{12}:root))$",
              ),
            ]);
            break;
          }
          case "status": {
            memberValidators["status"] = new __CompositeValidator<string>([
              new __EnumValidator(["ACTIVE", "REVOKED"], ["ACTIVE", "REVOKED"]),
            ]);
            break;
          }
          case "issuedAt": {
            memberValidators["issuedAt"] = new __CompositeValidator<number>([new __RequiredValidator()]);
            break;
          }
          case "expiresAt": {
            memberValidators["expiresAt"] = new __CompositeValidator<number>([new __RequiredValidator()]);
            break;
          }
          case "clientId": {
            memberValidators["clientId"] = new __NoOpValidator();
            break;
          }
          case "clientType": {
            memberValidators["clientType"] = new __CompositeValidator<string>([
              new __EnumValidator(["CLI", "MCP"], ["CLI", "MCP"]),
            ]);
            break;
          }
          case "resource": {
            memberValidators["resource"] = new __NoOpValidator();
            break;
          }
        }
      }
      return memberValidators[member]!!;
    }
    return [
      ...getMemberValidator("sessionArn").validate(obj.sessionArn, `${path}/sessionArn`),
      ...getMemberValidator("principalArn").validate(obj.principalArn, `${path}/principalArn`),
      ...getMemberValidator("role").validate(obj.role, `${path}/role`),
      ...getMemberValidator("status").validate(obj.status, `${path}/status`),
      ...getMemberValidator("issuedAt").validate(obj.issuedAt, `${path}/issuedAt`),
      ...getMemberValidator("expiresAt").validate(obj.expiresAt, `${path}/expiresAt`),
      ...getMemberValidator("clientId").validate(obj.clientId, `${path}/clientId`),
      ...getMemberValidator("clientType").validate(obj.clientType, `${path}/clientType`),
      ...getMemberValidator("resource").validate(obj.resource, `${path}/resource`),
    ];
  };
}

/**
 * Output of ListSessions.
 * @public
 */
export interface ListSessionsOutput {
  /**
   * One page of sessions.
   * @public
   */
  items: Session[] | undefined;

  /**
   * Present when more sessions follow; pass it back to get them.
   * @public
   */
  nextToken?: string | undefined;
}

export namespace ListSessionsOutput {
  const memberValidators: {
    items?: __MultiConstraintValidator<Iterable<Session>>;
    nextToken?: __MultiConstraintValidator<string>;
  } = {};
  /**
   * @internal
   */
  export const validate = (obj: ListSessionsOutput, path: string = ""): __ValidationFailure[] => {
    function getMemberValidator<T extends keyof typeof memberValidators>(
      member: T,
    ): NonNullable<(typeof memberValidators)[T]> {
      if (memberValidators[member] === undefined) {
        switch (member) {
          case "items": {
            memberValidators["items"] = new __CompositeCollectionValidator<Session>(
              new __CompositeValidator<Session[]>([new __RequiredValidator()]),
              new __CompositeStructureValidator<Session>(new __NoOpValidator(), Session.validate),
            );
            break;
          }
          case "nextToken": {
            memberValidators["nextToken"] = new __CompositeValidator<string>([
              new __LengthValidator(0, 2048),
              new __PatternValidator("^[-a-zA-Z0-9+=/_]*$"),
            ]);
            break;
          }
        }
      }
      return memberValidators[member]!!;
    }
    return [
      ...getMemberValidator("items").validate(obj.items, `${path}/items`),
      ...getMemberValidator("nextToken").validate(obj.nextToken, `${path}/nextToken`),
    ];
  };
}

/**
 * Input of RevokeOAuth2TokenWithIAM.
 * @public
 */
export interface RevokeOAuth2TokenWithIAMRequest {
  /**
   * The refresh token to revoke.
   * @public
   */
  token: string | undefined;
}

/**
 * @internal
 */
export const RevokeOAuth2TokenWithIAMRequestFilterSensitiveLog = (obj: RevokeOAuth2TokenWithIAMRequest): any => ({
  ...obj,
  ...(obj.token && { token: SENSITIVE_STRING }),
});
export namespace RevokeOAuth2TokenWithIAMRequest {
  const memberValidators: {
    token?: __MultiConstraintValidator<string>;
  } = {};
  /**
   * @internal
   */
  export const validate = (obj: RevokeOAuth2TokenWithIAMRequest, path: string = ""): __ValidationFailure[] => {
    function getMemberValidator<T extends keyof typeof memberValidators>(
      member: T,
    ): NonNullable<(typeof memberValidators)[T]> {
      if (memberValidators[member] === undefined) {
        switch (member) {
          case "token": {
            memberValidators["token"] = new __SensitiveConstraintValidator<string>(
              new __CompositeValidator<string>([
                new __RequiredValidator(),
                new __LengthValidator(1, 12288),
                new __PatternValidator("^ASOR[A-Za-z0-9+/=_\\-]+$"),
              ]),
            );
            break;
          }
        }
      }
      return memberValidators[member]!!;
    }
    return [...getMemberValidator("token").validate(obj.token, `${path}/token`)];
  };
}

/**
 * Output of RevokeOAuth2TokenWithIAM: an empty object.
 * @public
 */
export interface RevokeOAuth2TokenWithIAMResponse {}

export namespace RevokeOAuth2TokenWithIAMResponse {
  const memberValidators: {} = {};
  /**
   * @internal
   */
  export const validate = (obj: RevokeOAuth2TokenWithIAMResponse, path: string = ""): __ValidationFailure[] => {
    function getMemberValidator<T extends keyof typeof memberValidators>(
      member: T,
    ): NonNullable<(typeof memberValidators)[T]> {
      if (memberValidators[member] === undefined) {
        switch (member) {
        }
      }
      return memberValidators[member]!!;
    }
    return [];
  };
}
