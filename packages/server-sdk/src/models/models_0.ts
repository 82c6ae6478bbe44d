// smithy-typescript generated code
import {
  CompositeStructureValidator as __CompositeStructureValidator,
  CompositeValidator as __CompositeValidator,
  LengthValidator as __LengthValidator,
  MultiConstraintValidator as __MultiConstraintValidator,
  PatternValidator as __PatternValidator,
  RangeValidator as __RangeValidator,
  RequiredValidator as __RequiredValidator,
  SensitiveConstraintValidator as __SensitiveConstraintValidator,
  ValidationFailure as __ValidationFailure,
} from "@aws-smithy/server-common";
import { SENSITIVE_STRING } from "@smithy/smithy-client";

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
