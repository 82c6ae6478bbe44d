/**
 * Vitest setup for the generated client's snapshot test (packages/client/test/snapshots.integ.spec.ts).
 *
 * @smithy/snapshot-testing renders response and error snapshots through a per-protocol serializer
 * and ships one only for rpcv2Cbor. This registers a restJson1 serializer that writes responses
 * the way restJson1 services (and our own server) put them on the wire:
 *
 * - the `@httpPayload` member is the whole JSON body;
 * - an error's type travels in the `X-Amzn-Errortype` header, which is where restJson1 clients
 *   look for it, so the snapshot shows the modeled error class rather than `Unknown`;
 * - an error carries a real `error` code for its class, and AccessDeniedException gets the status
 *   the service chooses for that code.
 *
 * The generated spec and its vitest config are regenerated from the model, so this file lives
 * outside the generated package and the root vitest.config.ts wires it in as a setupFile.
 */
import { NormalizedSchema } from "@smithy/core/schema";
import { JsonCodec2 } from "@smithy/core/protocols";
import { SnapshotProtocol, snapshotTestingProtocolResponseSerializers } from "@smithy/snapshot-testing";
import type { HttpResponse, StaticErrorSchema, StaticOperationSchema } from "@smithy/types";

import { representativeError } from "./representative-errors.js";

const REQUEST_ID = "11111111-2222-4333-8444-555555555555";

class RestJson1SnapshotProtocol extends SnapshotProtocol {
  private readonly codec = new JsonCodec2({ jsonName: true, timestampFormat: { useTrait: true, default: 7 } });

  getShapeId(): string {
    return "aws.protocols#restJson1";
  }

  getDefaultContentType(): string {
    return "application/json";
  }

  async serializeResponse<Output extends object>(
    operationSchema: StaticOperationSchema,
    output: Output,
  ): Promise<HttpResponse> {
    const values = output as Record<string, unknown>;
    const $output = NormalizedSchema.of(operationSchema[5]);
    const headers: Record<string, string> = {
      "content-type": this.getDefaultContentType(),
      "x-amzn-requestid": REQUEST_ID,
    };
    let payload: { schema: NormalizedSchema; value: unknown } | undefined;
    const documentMembers: Record<string, unknown> = {};
    for (const [name, $member] of $output.structIterator()) {
      const traits = $member.getMergedTraits();
      if (traits.httpPayload) {
        payload = { schema: $member, value: values[name] };
      } else if (traits.httpHeader !== undefined || traits.httpPrefixHeaders !== undefined || traits.httpResponseCode) {
        throw new Error(`restJson1 snapshot serializer: HTTP-bound member ${name} is not supported`);
      } else if (values[name] !== undefined) {
        documentMembers[name] = values[name];
      }
    }
    const body = payload ? this.toJson(payload.schema, payload.value) : this.toJson($output, documentMembers);
    return { statusCode: 200, headers, body };
  }

  async serializeErrorResponse<Output extends object>(
    errorSchema: StaticErrorSchema,
    output: Output,
  ): Promise<HttpResponse> {
    const $error = NormalizedSchema.of(errorSchema);
    const name = $error.getName() ?? "UnknownError";
    const traits = $error.getMergedTraits();
    const representative = representativeError(name);
    const content = { ...output } as Record<string, unknown>;
    let statusCode = typeof traits.httpError === "number" ? traits.httpError : traits.error === "server" ? 500 : 400;
    if (representative && typeof content.error === "string" && content.error.startsWith("__")) {
      content.error = representative.error;
      statusCode = representative.status;
    }
    const headers: Record<string, string> = {
      "content-type": this.getDefaultContentType(),
      "x-amzn-errortype": name,
      "x-amzn-requestid": REQUEST_ID,
    };
    return { statusCode, headers, body: this.toJson($error, content) };
  }

  private toJson(schema: NormalizedSchema, value: unknown): Uint8Array {
    const serializer = this.codec.createSerializer();
    serializer.write(schema, value);
    return serializer.flush();
  }
}

const restJson1 = new RestJson1SnapshotProtocol();
snapshotTestingProtocolResponseSerializers[restJson1.getShapeId()] = restJson1;
