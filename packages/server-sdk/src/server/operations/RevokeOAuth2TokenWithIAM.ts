// smithy-typescript generated code
import {
  httpbinding,
  InternalFailureException as __InternalFailureException,
  isFrameworkException as __isFrameworkException,
  Mux as __Mux,
  Operation as __Operation,
  OperationInput as __OperationInput,
  OperationOutput as __OperationOutput,
  OperationSerializer as __OperationSerializer,
  SerializationException as __SerializationException,
  ServerSerdeContext,
  ServerSerdeContext as __ServerSerdeContext,
  ServiceException as __BaseException,
  ServiceException as __ServiceException,
  ServiceHandler as __ServiceHandler,
  SmithyFrameworkException as __SmithyFrameworkException,
  ValidationCustomizer as __ValidationCustomizer,
  ValidationFailure as __ValidationFailure,
} from "@aws-smithy/server-common";
import { NodeHttpHandler, streamCollector } from "@smithy/node-http-handler";
import { HttpRequest as __HttpRequest, HttpResponse as __HttpResponse } from "@smithy/protocol-http";
import { fromBase64, toBase64 } from "@smithy/util-base64";
import { fromUtf8, toUtf8 } from "@smithy/util-utf8";

import {
  AccessDeniedException,
  InternalServerException,
  TooManyRequestsError,
  ValidationException,
} from "../../models/errors";
import { RevokeOAuth2TokenWithIAMRequest, RevokeOAuth2TokenWithIAMResponse } from "../../models/models_0";
import {
  deserializeRevokeOAuth2TokenWithIAMRequest,
  serializeAccessDeniedExceptionError,
  serializeFrameworkException,
  serializeInternalServerExceptionError,
  serializeRevokeOAuth2TokenWithIAMResponse,
  serializeTooManyRequestsErrorError,
  serializeValidationExceptionError,
} from "../../protocols/Aws_restJson1";
import { SigninService } from "../SigninService";

export type RevokeOAuth2TokenWithIAM<Context> = __Operation<
  RevokeOAuth2TokenWithIAMServerInput,
  RevokeOAuth2TokenWithIAMServerOutput,
  Context
>;

export interface RevokeOAuth2TokenWithIAMServerInput extends RevokeOAuth2TokenWithIAMRequest {}
export namespace RevokeOAuth2TokenWithIAMServerInput {
  /**
   * @internal
   */
  export const validate: (
    obj: Parameters<typeof RevokeOAuth2TokenWithIAMRequest.validate>[0],
  ) => __ValidationFailure[] = RevokeOAuth2TokenWithIAMRequest.validate;
}
export interface RevokeOAuth2TokenWithIAMServerOutput extends RevokeOAuth2TokenWithIAMResponse {}

export type RevokeOAuth2TokenWithIAMErrors =
  TooManyRequestsError | InternalServerException | ValidationException | AccessDeniedException;

export class RevokeOAuth2TokenWithIAMSerializer implements __OperationSerializer<
  SigninService<any>,
  "RevokeOAuth2TokenWithIAM",
  RevokeOAuth2TokenWithIAMErrors
> {
  serialize = serializeRevokeOAuth2TokenWithIAMResponse;
  deserialize = deserializeRevokeOAuth2TokenWithIAMRequest;

  isOperationError(error: any): error is RevokeOAuth2TokenWithIAMErrors {
    const names: RevokeOAuth2TokenWithIAMErrors["name"][] = [
      "TooManyRequestsError",
      "InternalServerException",
      "ValidationException",
      "AccessDeniedException",
    ];
    return names.includes(error.name);
  }

  serializeError(error: RevokeOAuth2TokenWithIAMErrors, ctx: ServerSerdeContext): Promise<__HttpResponse> {
    switch (error.name) {
      case "TooManyRequestsError": {
        return serializeTooManyRequestsErrorError(error, ctx);
      }
      case "InternalServerException": {
        return serializeInternalServerExceptionError(error, ctx);
      }
      case "ValidationException": {
        return serializeValidationExceptionError(error, ctx);
      }
      case "AccessDeniedException": {
        return serializeAccessDeniedExceptionError(error, ctx);
      }
      default: {
        throw error;
      }
    }
  }
}

export const getRevokeOAuth2TokenWithIAMHandler = <Context>(
  operation: __Operation<RevokeOAuth2TokenWithIAMServerInput, RevokeOAuth2TokenWithIAMServerOutput, Context>,
  customizer: __ValidationCustomizer<"RevokeOAuth2TokenWithIAM">,
): __ServiceHandler<Context, __HttpRequest, __HttpResponse> => {
  const mux = new httpbinding.HttpBindingMux<"Signin", "RevokeOAuth2TokenWithIAM">([
    new httpbinding.UriSpec<"Signin", "RevokeOAuth2TokenWithIAM">(
      "POST",
      [
        { type: "path_literal", value: "v1" },
        { type: "path_literal", value: "revoke" },
      ],
      [{ type: "query_literal", key: "x-amz-client-auth-method", value: "iam" }],
      { service: "Signin", operation: "RevokeOAuth2TokenWithIAM" },
    ),
  ]);
  return new RevokeOAuth2TokenWithIAMHandler(
    operation,
    mux,
    new RevokeOAuth2TokenWithIAMSerializer(),
    serializeFrameworkException,
    customizer,
  );
};

const serdeContextBase = {
  base64Encoder: toBase64,
  base64Decoder: fromBase64,
  utf8Encoder: toUtf8,
  utf8Decoder: fromUtf8,
  streamCollector: streamCollector,
  requestHandler: new NodeHttpHandler(),
  disableHostPrefix: true,
};
async function handle<S, O extends keyof S & string, Context>(
  request: __HttpRequest,
  context: Context,
  operationName: O,
  serializer: __OperationSerializer<S, O, __ServiceException>,
  operation: __Operation<__OperationInput<S[O]>, __OperationOutput<S[O]>, Context>,
  serializeFrameworkException: (e: __SmithyFrameworkException, ctx: __ServerSerdeContext) => Promise<__HttpResponse>,
  validationFn: (input: __OperationInput<S[O]>) => __ValidationFailure[],
  validationCustomizer: __ValidationCustomizer<O>,
): Promise<__HttpResponse> {
  let input;
  try {
    input = await serializer.deserialize(request, {
      endpoint: () => Promise.resolve(request),
      ...serdeContextBase,
    });
  } catch (error: unknown) {
    if (__isFrameworkException(error)) {
      return serializeFrameworkException(error, serdeContextBase);
    }
    return serializeFrameworkException(new __SerializationException(), serdeContextBase);
  }
  try {
    let validationFailures = validationFn(input);
    if (validationFailures && validationFailures.length > 0) {
      let validationException = validationCustomizer({ operation: operationName }, validationFailures);
      if (validationException) {
        return serializer.serializeError(validationException, serdeContextBase);
      }
    }
    let output = await operation(input, context);
    return serializer.serialize(output, serdeContextBase);
  } catch (error: unknown) {
    if (serializer.isOperationError(error)) {
      return serializer.serializeError(error, serdeContextBase);
    }
    console.log("Received an unexpected error", error);
    return serializeFrameworkException(new __InternalFailureException(), serdeContextBase);
  }
}
export class RevokeOAuth2TokenWithIAMHandler<Context> implements __ServiceHandler<Context> {
  private readonly operation: __Operation<
    RevokeOAuth2TokenWithIAMServerInput,
    RevokeOAuth2TokenWithIAMServerOutput,
    Context
  >;
  private readonly mux: __Mux<"Signin", "RevokeOAuth2TokenWithIAM">;
  private readonly serializer: __OperationSerializer<
    SigninService<Context>,
    "RevokeOAuth2TokenWithIAM",
    RevokeOAuth2TokenWithIAMErrors
  >;
  private readonly serializeFrameworkException: (
    e: __SmithyFrameworkException,
    ctx: __ServerSerdeContext,
  ) => Promise<__HttpResponse>;
  private readonly validationCustomizer: __ValidationCustomizer<"RevokeOAuth2TokenWithIAM">;
  /**
   * Construct a RevokeOAuth2TokenWithIAM handler.
   * @param operation The {@link __Operation} implementation that supplies the business logic for RevokeOAuth2TokenWithIAM
   * @param mux The {@link __Mux} that verifies which service and operation are being invoked by a given {@link __HttpRequest}
   * @param serializer An {@link __OperationSerializer} for RevokeOAuth2TokenWithIAM that
   *                   handles deserialization of requests and serialization of responses
   * @param serializeFrameworkException A function that can serialize {@link __SmithyFrameworkException}s
   * @param validationCustomizer A {@link __ValidationCustomizer} for turning validation failures into {@link __SmithyFrameworkException}s
   */
  constructor(
    operation: __Operation<RevokeOAuth2TokenWithIAMServerInput, RevokeOAuth2TokenWithIAMServerOutput, Context>,
    mux: __Mux<"Signin", "RevokeOAuth2TokenWithIAM">,
    serializer: __OperationSerializer<
      SigninService<Context>,
      "RevokeOAuth2TokenWithIAM",
      RevokeOAuth2TokenWithIAMErrors
    >,
    serializeFrameworkException: (e: __SmithyFrameworkException, ctx: __ServerSerdeContext) => Promise<__HttpResponse>,
    validationCustomizer: __ValidationCustomizer<"RevokeOAuth2TokenWithIAM">,
  ) {
    this.operation = operation;
    this.mux = mux;
    this.serializer = serializer;
    this.serializeFrameworkException = serializeFrameworkException;
    this.validationCustomizer = validationCustomizer;
  }
  async handle(request: __HttpRequest, context: Context): Promise<__HttpResponse> {
    const target = this.mux.match(request);
    if (target === undefined) {
      console.log(
        "Received a request that did not match com.amazonaws.signin#Signin.RevokeOAuth2TokenWithIAM. This indicates a misconfiguration.",
      );
      return this.serializeFrameworkException(new __InternalFailureException(), serdeContextBase);
    }
    return handle(
      request,
      context,
      "RevokeOAuth2TokenWithIAM",
      this.serializer,
      this.operation,
      this.serializeFrameworkException,
      RevokeOAuth2TokenWithIAMServerInput.validate,
      this.validationCustomizer,
    );
  }
}
