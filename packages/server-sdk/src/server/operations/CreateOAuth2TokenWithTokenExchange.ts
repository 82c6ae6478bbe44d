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
  InternalServerException,
  InvalidGrantException,
  InvalidScopeException,
  ServiceUnavailableException,
  TooManyRequestsError,
  ValidationException,
} from "../../models/errors";
import {
  CreateOAuth2TokenWithTokenExchangeRequest,
  CreateOAuth2TokenWithTokenExchangeResponse,
} from "../../models/models_0";
import {
  deserializeCreateOAuth2TokenWithTokenExchangeRequest,
  serializeCreateOAuth2TokenWithTokenExchangeResponse,
  serializeFrameworkException,
  serializeInternalServerExceptionError,
  serializeInvalidGrantExceptionError,
  serializeInvalidScopeExceptionError,
  serializeServiceUnavailableExceptionError,
  serializeTooManyRequestsErrorError,
  serializeValidationExceptionError,
} from "../../protocols/Aws_restJson1";
import { SigninService } from "../SigninService";

export type CreateOAuth2TokenWithTokenExchange<Context> = __Operation<
  CreateOAuth2TokenWithTokenExchangeServerInput,
  CreateOAuth2TokenWithTokenExchangeServerOutput,
  Context
>;

export interface CreateOAuth2TokenWithTokenExchangeServerInput extends CreateOAuth2TokenWithTokenExchangeRequest {}
export namespace CreateOAuth2TokenWithTokenExchangeServerInput {
  /**
   * @internal
   */
  export const validate: (
    obj: Parameters<typeof CreateOAuth2TokenWithTokenExchangeRequest.validate>[0],
  ) => __ValidationFailure[] = CreateOAuth2TokenWithTokenExchangeRequest.validate;
}
export interface CreateOAuth2TokenWithTokenExchangeServerOutput extends CreateOAuth2TokenWithTokenExchangeResponse {}

export type CreateOAuth2TokenWithTokenExchangeErrors =
  | InvalidGrantException
  | InvalidScopeException
  | TooManyRequestsError
  | ServiceUnavailableException
  | InternalServerException
  | ValidationException;

export class CreateOAuth2TokenWithTokenExchangeSerializer implements __OperationSerializer<
  SigninService<any>,
  "CreateOAuth2TokenWithTokenExchange",
  CreateOAuth2TokenWithTokenExchangeErrors
> {
  serialize = serializeCreateOAuth2TokenWithTokenExchangeResponse;
  deserialize = deserializeCreateOAuth2TokenWithTokenExchangeRequest;

  isOperationError(error: any): error is CreateOAuth2TokenWithTokenExchangeErrors {
    const names: CreateOAuth2TokenWithTokenExchangeErrors["name"][] = [
      "InvalidGrantException",
      "InvalidScopeException",
      "TooManyRequestsError",
      "ServiceUnavailableException",
      "InternalServerException",
      "ValidationException",
    ];
    return names.includes(error.name);
  }

  serializeError(error: CreateOAuth2TokenWithTokenExchangeErrors, ctx: ServerSerdeContext): Promise<__HttpResponse> {
    switch (error.name) {
      case "InvalidGrantException": {
        return serializeInvalidGrantExceptionError(error, ctx);
      }
      case "InvalidScopeException": {
        return serializeInvalidScopeExceptionError(error, ctx);
      }
      case "TooManyRequestsError": {
        return serializeTooManyRequestsErrorError(error, ctx);
      }
      case "ServiceUnavailableException": {
        return serializeServiceUnavailableExceptionError(error, ctx);
      }
      case "InternalServerException": {
        return serializeInternalServerExceptionError(error, ctx);
      }
      case "ValidationException": {
        return serializeValidationExceptionError(error, ctx);
      }
      default: {
        throw error;
      }
    }
  }
}

export const getCreateOAuth2TokenWithTokenExchangeHandler = <Context>(
  operation: __Operation<
    CreateOAuth2TokenWithTokenExchangeServerInput,
    CreateOAuth2TokenWithTokenExchangeServerOutput,
    Context
  >,
  customizer: __ValidationCustomizer<"CreateOAuth2TokenWithTokenExchange">,
): __ServiceHandler<Context, __HttpRequest, __HttpResponse> => {
  const mux = new httpbinding.HttpBindingMux<"Signin", "CreateOAuth2TokenWithTokenExchange">([
    new httpbinding.UriSpec<"Signin", "CreateOAuth2TokenWithTokenExchange">(
      "POST",
      [
        { type: "path_literal", value: "v1" },
        { type: "path_literal", value: "token" },
      ],
      [{ type: "query_literal", key: "x-amz-oauth-token-method", value: "token-exchange" }],
      { service: "Signin", operation: "CreateOAuth2TokenWithTokenExchange" },
    ),
  ]);
  return new CreateOAuth2TokenWithTokenExchangeHandler(
    operation,
    mux,
    new CreateOAuth2TokenWithTokenExchangeSerializer(),
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
export class CreateOAuth2TokenWithTokenExchangeHandler<Context> implements __ServiceHandler<Context> {
  private readonly operation: __Operation<
    CreateOAuth2TokenWithTokenExchangeServerInput,
    CreateOAuth2TokenWithTokenExchangeServerOutput,
    Context
  >;
  private readonly mux: __Mux<"Signin", "CreateOAuth2TokenWithTokenExchange">;
  private readonly serializer: __OperationSerializer<
    SigninService<Context>,
    "CreateOAuth2TokenWithTokenExchange",
    CreateOAuth2TokenWithTokenExchangeErrors
  >;
  private readonly serializeFrameworkException: (
    e: __SmithyFrameworkException,
    ctx: __ServerSerdeContext,
  ) => Promise<__HttpResponse>;
  private readonly validationCustomizer: __ValidationCustomizer<"CreateOAuth2TokenWithTokenExchange">;
  /**
   * Construct a CreateOAuth2TokenWithTokenExchange handler.
   * @param operation The {@link __Operation} implementation that supplies the business logic for CreateOAuth2TokenWithTokenExchange
   * @param mux The {@link __Mux} that verifies which service and operation are being invoked by a given {@link __HttpRequest}
   * @param serializer An {@link __OperationSerializer} for CreateOAuth2TokenWithTokenExchange that
   *                   handles deserialization of requests and serialization of responses
   * @param serializeFrameworkException A function that can serialize {@link __SmithyFrameworkException}s
   * @param validationCustomizer A {@link __ValidationCustomizer} for turning validation failures into {@link __SmithyFrameworkException}s
   */
  constructor(
    operation: __Operation<
      CreateOAuth2TokenWithTokenExchangeServerInput,
      CreateOAuth2TokenWithTokenExchangeServerOutput,
      Context
    >,
    mux: __Mux<"Signin", "CreateOAuth2TokenWithTokenExchange">,
    serializer: __OperationSerializer<
      SigninService<Context>,
      "CreateOAuth2TokenWithTokenExchange",
      CreateOAuth2TokenWithTokenExchangeErrors
    >,
    serializeFrameworkException: (e: __SmithyFrameworkException, ctx: __ServerSerdeContext) => Promise<__HttpResponse>,
    validationCustomizer: __ValidationCustomizer<"CreateOAuth2TokenWithTokenExchange">,
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
        "Received a request that did not match com.amazonaws.signin#Signin.CreateOAuth2TokenWithTokenExchange. This indicates a misconfiguration.",
      );
      return this.serializeFrameworkException(new __InternalFailureException(), serdeContextBase);
    }
    return handle(
      request,
      context,
      "CreateOAuth2TokenWithTokenExchange",
      this.serializer,
      this.operation,
      this.serializeFrameworkException,
      CreateOAuth2TokenWithTokenExchangeServerInput.validate,
      this.validationCustomizer,
    );
  }
}
