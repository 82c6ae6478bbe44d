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
import { CreateOAuth2TokenWithIAMRequest, CreateOAuth2TokenWithIAMResponse } from "../../models/models_0";
import {
  deserializeCreateOAuth2TokenWithIAMRequest,
  serializeAccessDeniedExceptionError,
  serializeCreateOAuth2TokenWithIAMResponse,
  serializeFrameworkException,
  serializeInternalServerExceptionError,
  serializeTooManyRequestsErrorError,
  serializeValidationExceptionError,
} from "../../protocols/Aws_restJson1";
import { SigninService } from "../SigninService";

export type CreateOAuth2TokenWithIAM<Context> = __Operation<
  CreateOAuth2TokenWithIAMServerInput,
  CreateOAuth2TokenWithIAMServerOutput,
  Context
>;

export interface CreateOAuth2TokenWithIAMServerInput extends CreateOAuth2TokenWithIAMRequest {}
export namespace CreateOAuth2TokenWithIAMServerInput {
  /**
   * @internal
   */
  export const validate: (
    obj: Parameters<typeof CreateOAuth2TokenWithIAMRequest.validate>[0],
  ) => __ValidationFailure[] = CreateOAuth2TokenWithIAMRequest.validate;
}
export interface CreateOAuth2TokenWithIAMServerOutput extends CreateOAuth2TokenWithIAMResponse {}

export type CreateOAuth2TokenWithIAMErrors =
  TooManyRequestsError | InternalServerException | ValidationException | AccessDeniedException;

export class CreateOAuth2TokenWithIAMSerializer implements __OperationSerializer<
  SigninService<any>,
  "CreateOAuth2TokenWithIAM",
  CreateOAuth2TokenWithIAMErrors
> {
  serialize = serializeCreateOAuth2TokenWithIAMResponse;
  deserialize = deserializeCreateOAuth2TokenWithIAMRequest;

  isOperationError(error: any): error is CreateOAuth2TokenWithIAMErrors {
    const names: CreateOAuth2TokenWithIAMErrors["name"][] = [
      "TooManyRequestsError",
      "InternalServerException",
      "ValidationException",
      "AccessDeniedException",
    ];
    return names.includes(error.name);
  }

  serializeError(error: CreateOAuth2TokenWithIAMErrors, ctx: ServerSerdeContext): Promise<__HttpResponse> {
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

export const getCreateOAuth2TokenWithIAMHandler = <Context>(
  operation: __Operation<CreateOAuth2TokenWithIAMServerInput, CreateOAuth2TokenWithIAMServerOutput, Context>,
  customizer: __ValidationCustomizer<"CreateOAuth2TokenWithIAM">,
): __ServiceHandler<Context, __HttpRequest, __HttpResponse> => {
  const mux = new httpbinding.HttpBindingMux<"Signin", "CreateOAuth2TokenWithIAM">([
    new httpbinding.UriSpec<"Signin", "CreateOAuth2TokenWithIAM">(
      "POST",
      [
        { type: "path_literal", value: "v1" },
        { type: "path_literal", value: "token" },
      ],
      [{ type: "query_literal", key: "x-amz-client-auth-method", value: "iam" }],
      { service: "Signin", operation: "CreateOAuth2TokenWithIAM" },
    ),
  ]);
  return new CreateOAuth2TokenWithIAMHandler(
    operation,
    mux,
    new CreateOAuth2TokenWithIAMSerializer(),
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
export class CreateOAuth2TokenWithIAMHandler<Context> implements __ServiceHandler<Context> {
  private readonly operation: __Operation<
    CreateOAuth2TokenWithIAMServerInput,
    CreateOAuth2TokenWithIAMServerOutput,
    Context
  >;
  private readonly mux: __Mux<"Signin", "CreateOAuth2TokenWithIAM">;
  private readonly serializer: __OperationSerializer<
    SigninService<Context>,
    "CreateOAuth2TokenWithIAM",
    CreateOAuth2TokenWithIAMErrors
  >;
  private readonly serializeFrameworkException: (
    e: __SmithyFrameworkException,
    ctx: __ServerSerdeContext,
  ) => Promise<__HttpResponse>;
  private readonly validationCustomizer: __ValidationCustomizer<"CreateOAuth2TokenWithIAM">;
  /**
   * Construct a CreateOAuth2TokenWithIAM handler.
   * @param operation The {@link __Operation} implementation that supplies the business logic for CreateOAuth2TokenWithIAM
   * @param mux The {@link __Mux} that verifies which service and operation are being invoked by a given {@link __HttpRequest}
   * @param serializer An {@link __OperationSerializer} for CreateOAuth2TokenWithIAM that
   *                   handles deserialization of requests and serialization of responses
   * @param serializeFrameworkException A function that can serialize {@link __SmithyFrameworkException}s
   * @param validationCustomizer A {@link __ValidationCustomizer} for turning validation failures into {@link __SmithyFrameworkException}s
   */
  constructor(
    operation: __Operation<CreateOAuth2TokenWithIAMServerInput, CreateOAuth2TokenWithIAMServerOutput, Context>,
    mux: __Mux<"Signin", "CreateOAuth2TokenWithIAM">,
    serializer: __OperationSerializer<
      SigninService<Context>,
      "CreateOAuth2TokenWithIAM",
      CreateOAuth2TokenWithIAMErrors
    >,
    serializeFrameworkException: (e: __SmithyFrameworkException, ctx: __ServerSerdeContext) => Promise<__HttpResponse>,
    validationCustomizer: __ValidationCustomizer<"CreateOAuth2TokenWithIAM">,
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
        "Received a request that did not match com.amazonaws.signin#Signin.CreateOAuth2TokenWithIAM. This indicates a misconfiguration.",
      );
      return this.serializeFrameworkException(new __InternalFailureException(), serdeContextBase);
    }
    return handle(
      request,
      context,
      "CreateOAuth2TokenWithIAM",
      this.serializer,
      this.operation,
      this.serializeFrameworkException,
      CreateOAuth2TokenWithIAMServerInput.validate,
      this.validationCustomizer,
    );
  }
}
