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
  ServerSerdeContext as __ServerSerdeContext,
  ServiceException as __ServiceException,
  ServiceHandler as __ServiceHandler,
  SmithyFrameworkException as __SmithyFrameworkException,
  UnknownOperationException as __UnknownOperationException,
  ValidationCustomizer as __ValidationCustomizer,
  ValidationFailure as __ValidationFailure,
} from "@aws-smithy/server-common";
import { NodeHttpHandler, streamCollector } from "@smithy/node-http-handler";
import { HttpRequest as __HttpRequest, HttpResponse as __HttpResponse } from "@smithy/protocol-http";
import { fromBase64, toBase64 } from "@smithy/util-base64";
import { fromUtf8, toUtf8 } from "@smithy/util-utf8";

import { serializeFrameworkException } from "../protocols/Aws_restJson1";
import {
  BatchRevokeSessions,
  BatchRevokeSessionsSerializer,
  BatchRevokeSessionsServerInput,
} from "./operations/BatchRevokeSessions";
import {
  CreateBearerToken,
  CreateBearerTokenSerializer,
  CreateBearerTokenServerInput,
} from "./operations/CreateBearerToken";
import {
  CreateOAuth2Token,
  CreateOAuth2TokenSerializer,
  CreateOAuth2TokenServerInput,
} from "./operations/CreateOAuth2Token";
import {
  CreateOAuth2TokenWithIAM,
  CreateOAuth2TokenWithIAMSerializer,
  CreateOAuth2TokenWithIAMServerInput,
} from "./operations/CreateOAuth2TokenWithIAM";
import {
  CreateOAuth2TokenWithTokenExchange,
  CreateOAuth2TokenWithTokenExchangeSerializer,
  CreateOAuth2TokenWithTokenExchangeServerInput,
} from "./operations/CreateOAuth2TokenWithTokenExchange";
import { GetSession, GetSessionSerializer, GetSessionServerInput } from "./operations/GetSession";
import {
  IntrospectOAuth2TokenWithIAM,
  IntrospectOAuth2TokenWithIAMSerializer,
  IntrospectOAuth2TokenWithIAMServerInput,
} from "./operations/IntrospectOAuth2TokenWithIAM";
import { ListSessions, ListSessionsSerializer, ListSessionsServerInput } from "./operations/ListSessions";
import {
  RevokeOAuth2TokenWithIAM,
  RevokeOAuth2TokenWithIAMSerializer,
  RevokeOAuth2TokenWithIAMServerInput,
} from "./operations/RevokeOAuth2TokenWithIAM";

export type SigninServiceOperations =
  | "BatchRevokeSessions"
  | "CreateBearerToken"
  | "CreateOAuth2Token"
  | "CreateOAuth2TokenWithIAM"
  | "CreateOAuth2TokenWithTokenExchange"
  | "GetSession"
  | "IntrospectOAuth2TokenWithIAM"
  | "ListSessions"
  | "RevokeOAuth2TokenWithIAM";
export interface SigninService<Context> {
  BatchRevokeSessions: BatchRevokeSessions<Context>;
  CreateBearerToken: CreateBearerToken<Context>;
  CreateOAuth2Token: CreateOAuth2Token<Context>;
  CreateOAuth2TokenWithIAM: CreateOAuth2TokenWithIAM<Context>;
  CreateOAuth2TokenWithTokenExchange: CreateOAuth2TokenWithTokenExchange<Context>;
  GetSession: GetSession<Context>;
  IntrospectOAuth2TokenWithIAM: IntrospectOAuth2TokenWithIAM<Context>;
  ListSessions: ListSessions<Context>;
  RevokeOAuth2TokenWithIAM: RevokeOAuth2TokenWithIAM<Context>;
}
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
export class SigninServiceHandler<Context> implements __ServiceHandler<Context> {
  private readonly service: SigninService<Context>;
  private readonly mux: __Mux<"Signin", SigninServiceOperations>;
  private readonly serializerFactory: <T extends SigninServiceOperations>(
    operation: T,
  ) => __OperationSerializer<SigninService<Context>, T, __ServiceException>;
  private readonly serializeFrameworkException: (
    e: __SmithyFrameworkException,
    ctx: __ServerSerdeContext,
  ) => Promise<__HttpResponse>;
  private readonly validationCustomizer: __ValidationCustomizer<SigninServiceOperations>;
  /**
   * Construct a SigninService handler.
   * @param service The {@link SigninService} implementation that supplies the business logic for SigninService
   * @param mux The {@link __Mux} that determines which service and operation are being invoked by a given {@link __HttpRequest}
   * @param serializerFactory A factory for an {@link __OperationSerializer} for each operation in SigninService that
   *                          handles deserialization of requests and serialization of responses
   * @param serializeFrameworkException A function that can serialize {@link __SmithyFrameworkException}s
   * @param validationCustomizer A {@link __ValidationCustomizer} for turning validation failures into {@link __SmithyFrameworkException}s
   */
  constructor(
    service: SigninService<Context>,
    mux: __Mux<"Signin", SigninServiceOperations>,
    serializerFactory: <T extends SigninServiceOperations>(
      op: T,
    ) => __OperationSerializer<SigninService<Context>, T, __ServiceException>,
    serializeFrameworkException: (e: __SmithyFrameworkException, ctx: __ServerSerdeContext) => Promise<__HttpResponse>,
    validationCustomizer: __ValidationCustomizer<SigninServiceOperations>,
  ) {
    this.service = service;
    this.mux = mux;
    this.serializerFactory = serializerFactory;
    this.serializeFrameworkException = serializeFrameworkException;
    this.validationCustomizer = validationCustomizer;
  }
  async handle(request: __HttpRequest, context: Context): Promise<__HttpResponse> {
    const target = this.mux.match(request);
    if (target === undefined) {
      return this.serializeFrameworkException(new __UnknownOperationException(), serdeContextBase);
    }
    switch (target.operation) {
      case "BatchRevokeSessions": {
        return handle(
          request,
          context,
          "BatchRevokeSessions",
          this.serializerFactory("BatchRevokeSessions"),
          this.service.BatchRevokeSessions,
          this.serializeFrameworkException,
          BatchRevokeSessionsServerInput.validate,
          this.validationCustomizer,
        );
      }
      case "CreateBearerToken": {
        return handle(
          request,
          context,
          "CreateBearerToken",
          this.serializerFactory("CreateBearerToken"),
          this.service.CreateBearerToken,
          this.serializeFrameworkException,
          CreateBearerTokenServerInput.validate,
          this.validationCustomizer,
        );
      }
      case "CreateOAuth2Token": {
        return handle(
          request,
          context,
          "CreateOAuth2Token",
          this.serializerFactory("CreateOAuth2Token"),
          this.service.CreateOAuth2Token,
          this.serializeFrameworkException,
          CreateOAuth2TokenServerInput.validate,
          this.validationCustomizer,
        );
      }
      case "CreateOAuth2TokenWithIAM": {
        return handle(
          request,
          context,
          "CreateOAuth2TokenWithIAM",
          this.serializerFactory("CreateOAuth2TokenWithIAM"),
          this.service.CreateOAuth2TokenWithIAM,
          this.serializeFrameworkException,
          CreateOAuth2TokenWithIAMServerInput.validate,
          this.validationCustomizer,
        );
      }
      case "CreateOAuth2TokenWithTokenExchange": {
        return handle(
          request,
          context,
          "CreateOAuth2TokenWithTokenExchange",
          this.serializerFactory("CreateOAuth2TokenWithTokenExchange"),
          this.service.CreateOAuth2TokenWithTokenExchange,
          this.serializeFrameworkException,
          CreateOAuth2TokenWithTokenExchangeServerInput.validate,
          this.validationCustomizer,
        );
      }
      case "GetSession": {
        return handle(
          request,
          context,
          "GetSession",
          this.serializerFactory("GetSession"),
          this.service.GetSession,
          this.serializeFrameworkException,
          GetSessionServerInput.validate,
          this.validationCustomizer,
        );
      }
      case "IntrospectOAuth2TokenWithIAM": {
        return handle(
          request,
          context,
          "IntrospectOAuth2TokenWithIAM",
          this.serializerFactory("IntrospectOAuth2TokenWithIAM"),
          this.service.IntrospectOAuth2TokenWithIAM,
          this.serializeFrameworkException,
          IntrospectOAuth2TokenWithIAMServerInput.validate,
          this.validationCustomizer,
        );
      }
      case "ListSessions": {
        return handle(
          request,
          context,
          "ListSessions",
          this.serializerFactory("ListSessions"),
          this.service.ListSessions,
          this.serializeFrameworkException,
          ListSessionsServerInput.validate,
          this.validationCustomizer,
        );
      }
      case "RevokeOAuth2TokenWithIAM": {
        return handle(
          request,
          context,
          "RevokeOAuth2TokenWithIAM",
          this.serializerFactory("RevokeOAuth2TokenWithIAM"),
          this.service.RevokeOAuth2TokenWithIAM,
          this.serializeFrameworkException,
          RevokeOAuth2TokenWithIAMServerInput.validate,
          this.validationCustomizer,
        );
      }
    }
  }
}

export const getSigninServiceHandler = <Context>(
  service: SigninService<Context>,
  customizer: __ValidationCustomizer<SigninServiceOperations>,
): __ServiceHandler<Context, __HttpRequest, __HttpResponse> => {
  const mux = new httpbinding.HttpBindingMux<"Signin", keyof SigninService<Context>>([
    new httpbinding.UriSpec<"Signin", "BatchRevokeSessions">(
      "POST",
      [{ type: "path_literal", value: "batch-revoke-sessions" }],
      [],
      { service: "Signin", operation: "BatchRevokeSessions" },
    ),
    new httpbinding.UriSpec<"Signin", "CreateBearerToken">(
      "POST",
      [
        { type: "path_literal", value: "v1" },
        { type: "path_literal", value: "token" },
      ],
      [{ type: "query_literal", key: "x-amz-token-request-type", value: "bearer" }],
      { service: "Signin", operation: "CreateBearerToken" },
    ),
    new httpbinding.UriSpec<"Signin", "CreateOAuth2Token">(
      "POST",
      [
        { type: "path_literal", value: "v1" },
        { type: "path_literal", value: "token" },
      ],
      [],
      { service: "Signin", operation: "CreateOAuth2Token" },
    ),
    new httpbinding.UriSpec<"Signin", "CreateOAuth2TokenWithIAM">(
      "POST",
      [
        { type: "path_literal", value: "v1" },
        { type: "path_literal", value: "token" },
      ],
      [{ type: "query_literal", key: "x-amz-client-auth-method", value: "iam" }],
      { service: "Signin", operation: "CreateOAuth2TokenWithIAM" },
    ),
    new httpbinding.UriSpec<"Signin", "CreateOAuth2TokenWithTokenExchange">(
      "POST",
      [
        { type: "path_literal", value: "v1" },
        { type: "path_literal", value: "token" },
      ],
      [{ type: "query_literal", key: "x-amz-oauth-token-method", value: "token-exchange" }],
      { service: "Signin", operation: "CreateOAuth2TokenWithTokenExchange" },
    ),
    new httpbinding.UriSpec<"Signin", "GetSession">("POST", [{ type: "path_literal", value: "get-session" }], [], {
      service: "Signin",
      operation: "GetSession",
    }),
    new httpbinding.UriSpec<"Signin", "IntrospectOAuth2TokenWithIAM">(
      "POST",
      [
        { type: "path_literal", value: "v1" },
        { type: "path_literal", value: "introspect" },
      ],
      [{ type: "query_literal", key: "x-amz-client-auth-method", value: "iam" }],
      { service: "Signin", operation: "IntrospectOAuth2TokenWithIAM" },
    ),
    new httpbinding.UriSpec<"Signin", "ListSessions">("POST", [{ type: "path_literal", value: "list-sessions" }], [], {
      service: "Signin",
      operation: "ListSessions",
    }),
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
  const serFn: (
    op: SigninServiceOperations,
  ) => __OperationSerializer<SigninService<Context>, SigninServiceOperations, __ServiceException> = (op) => {
    switch (op) {
      case "BatchRevokeSessions":
        return new BatchRevokeSessionsSerializer();
      case "CreateBearerToken":
        return new CreateBearerTokenSerializer();
      case "CreateOAuth2Token":
        return new CreateOAuth2TokenSerializer();
      case "CreateOAuth2TokenWithIAM":
        return new CreateOAuth2TokenWithIAMSerializer();
      case "CreateOAuth2TokenWithTokenExchange":
        return new CreateOAuth2TokenWithTokenExchangeSerializer();
      case "GetSession":
        return new GetSessionSerializer();
      case "IntrospectOAuth2TokenWithIAM":
        return new IntrospectOAuth2TokenWithIAMSerializer();
      case "ListSessions":
        return new ListSessionsSerializer();
      case "RevokeOAuth2TokenWithIAM":
        return new RevokeOAuth2TokenWithIAMSerializer();
    }
  };
  return new SigninServiceHandler(service, mux, serFn, serializeFrameworkException, customizer);
};
