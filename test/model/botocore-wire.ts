/**
 * What reaches the wire, read from two kinds of model so that they can be compared:
 *
 * - botocore's JSON model (`service-2.json` + `endpoint-rule-set-1.json`), which is what AWS ships to
 *   every Python client and the AWS CLI;
 * - our Smithy model as the Smithy CLI builds it (the JSON AST in build/smithy/source/model).
 *
 * Both are reduced to one "wire view": per operation its HTTP binding, input/output, errors, auth and
 * static context parameters; per shape its type, constraints, sensitivity, error status, and per
 * member its target, wire name and location, required-ness and idempotency token; the service's
 * protocol and signing settings; and the endpoint rule set. Documentation, examples and test traits
 * are left out: they never reach the wire.
 */
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

interface WireMember {
  target: string;
  /** Where the member travels: `body`, `header`, `querystring`, `uri`, or `payload` (the whole body). */
  location: string;
  /** Its name on the wire (JSON key, header or query name); undefined for a payload. */
  wireName?: string;
  required: boolean;
  idempotencyToken: boolean;
}

interface WireShape {
  type: string;
  members?: Record<string, WireMember>;
  memberOrder?: string[];
  listMember?: string;
  mapKey?: string;
  mapValue?: string;
  min?: number;
  max?: number;
  pattern?: string;
  enum?: string[];
  sensitive: boolean;
  error?: { status?: number; fault: "client" | "server"; retryable: boolean; throttling: boolean };
}

interface WireOperation {
  method: string;
  uri: string;
  code: number;
  input: string;
  output: string;
  errors: string[];
  auth: string;
  staticContextParams: Record<string, Json>;
  idempotent: boolean;
  readonly: boolean;
}

export interface WireView {
  service: Record<string, string>;
  operations: Record<string, WireOperation>;
  shapes: Record<string, WireShape>;
  endpointRuleSet: Json;
}

/** Removes `documentation` fields at any depth: rule-set parameter docs are not wire-relevant. */
function withoutDocumentation(value: Json): Json {
  if (Array.isArray(value)) return value.map(withoutDocumentation);
  if (value !== null && typeof value === "object") {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([key]) => key !== "documentation")
        .map(([key, inner]) => [key, withoutDocumentation(inner)]),
    );
  }
  return value;
}

// ---------------------------------------------------------------------------------------------
// botocore

interface BotocoreMember {
  shape: string;
  location?: string;
  locationName?: string;
  idempotencyToken?: boolean;
}
interface BotocoreShape {
  type: string;
  members?: Record<string, BotocoreMember>;
  required?: string[];
  payload?: string;
  member?: { shape: string };
  key?: { shape: string };
  value?: { shape: string };
  min?: number;
  max?: number;
  pattern?: string;
  enum?: string[];
  sensitive?: boolean;
  exception?: boolean;
  fault?: boolean;
  error?: { httpStatusCode?: number };
  retryable?: { throttling?: boolean };
}
interface BotocoreOperation {
  http: { method: string; requestUri: string; responseCode?: number };
  input?: { shape: string };
  output?: { shape: string };
  errors?: { shape: string }[];
  authtype?: string;
  auth?: string[];
  staticContextParams?: Record<string, Json>;
  idempotent?: boolean;
  readonly?: boolean;
}
export interface BotocoreModel {
  metadata: Record<string, string | string[]>;
  operations: Record<string, BotocoreOperation>;
  shapes: Record<string, BotocoreShape>;
}

export function botocoreWireView(model: BotocoreModel, ruleSet: Json): WireView {
  const shapes: Record<string, WireShape> = {};
  for (const [name, shape] of Object.entries(model.shapes)) {
    const wire: WireShape = { type: shape.type, sensitive: shape.sensitive === true };
    if (shape.type === "structure") {
      const required = new Set(shape.required ?? []);
      wire.members = {};
      wire.memberOrder = Object.keys(shape.members ?? {});
      for (const [memberName, member] of Object.entries(shape.members ?? {})) {
        const payload = shape.payload === memberName;
        const location = payload ? "payload" : (member.location ?? "body");
        wire.members[memberName] = {
          target: member.shape,
          location,
          ...(payload ? {} : { wireName: member.locationName ?? memberName }),
          required: required.has(memberName),
          idempotencyToken: member.idempotencyToken === true,
        };
      }
    }
    if (shape.member) wire.listMember = shape.member.shape;
    if (shape.key) wire.mapKey = shape.key.shape;
    if (shape.value) wire.mapValue = shape.value.shape;
    if (shape.min !== undefined) wire.min = shape.min;
    if (shape.max !== undefined) wire.max = shape.max;
    if (shape.pattern !== undefined) wire.pattern = shape.pattern;
    if (shape.enum) wire.enum = [...shape.enum];
    if (shape.exception) {
      wire.error = {
        ...(shape.error?.httpStatusCode !== undefined ? { status: shape.error.httpStatusCode } : {}),
        fault: shape.fault ? "server" : "client",
        retryable: shape.retryable !== undefined,
        throttling: shape.retryable?.throttling === true,
      };
    }
    shapes[name] = wire;
  }
  const operations: Record<string, WireOperation> = {};
  for (const [name, op] of Object.entries(model.operations)) {
    const [path, query] = op.http.requestUri.split("?");
    operations[name] = {
      method: op.http.method,
      uri: query ? `${path}?${query}` : path!,
      code: op.http.responseCode ?? 200,
      input: op.input?.shape ?? "Unit",
      output: op.output?.shape ?? "Unit",
      errors: (op.errors ?? []).map((error) => error.shape).sort(),
      auth: op.authtype === "none" || op.auth?.includes("smithy.api#noAuth") ? "none" : "sigv4",
      staticContextParams: op.staticContextParams ?? {},
      idempotent: op.idempotent === true,
      readonly: op.readonly === true,
    };
  }
  const metadata = model.metadata;
  return {
    service: {
      apiVersion: metadata.apiVersion as string,
      protocol: metadata.protocol as string,
      serviceId: metadata.serviceId as string,
      endpointPrefix: metadata.endpointPrefix as string,
      signingName: metadata.signingName as string,
      auth: metadata.signatureVersion as string,
    },
    operations,
    shapes,
    endpointRuleSet: withoutDocumentation(ruleSet),
  };
}

// ---------------------------------------------------------------------------------------------
// Smithy JSON AST

interface AstMember {
  target: string;
  traits?: JsonObject;
}
interface AstShape {
  type: string;
  members?: Record<string, AstMember>;
  member?: AstMember;
  key?: AstMember;
  value?: AstMember;
  traits?: JsonObject;
  version?: string;
  operations?: { target: string }[];
  input?: { target: string };
  output?: { target: string };
  errors?: { target: string }[];
}
export interface SmithyAst {
  smithy: string;
  shapes: Record<string, AstShape>;
}

/** botocore names prelude shapes by their simple name, just as it names the service's own shapes. */
const simpleName = (id: string): string => id.slice(id.indexOf("#") + 1);

const PROTOCOLS: Record<string, string> = { "aws.protocols#restJson1": "rest-json" };

function constraints(wire: WireShape, traits: JsonObject): void {
  const limits = (traits["smithy.api#length"] ?? traits["smithy.api#range"]) as JsonObject | undefined;
  if (limits?.min !== undefined) wire.min = limits.min as number;
  if (limits?.max !== undefined) wire.max = limits.max as number;
  // botocore drops the anchors AWS writes around every pattern; compare without them.
  const pattern = traits["smithy.api#pattern"] as string | undefined;
  if (pattern !== undefined) wire.pattern = pattern.replace(/^\^/, "").replace(/\$$/, "");
  if (traits["smithy.api#sensitive"] !== undefined) wire.sensitive = true;
}

export function smithyWireView(ast: SmithyAst, serviceId: string): WireView {
  const service = ast.shapes[serviceId];
  if (!service) throw new Error(`${serviceId} is not in the model`);
  const serviceTraits = service.traits ?? {};
  const serviceAuth = (serviceTraits["smithy.api#auth"] as string[] | undefined) ?? ["aws.auth#sigv4"];

  const shapes: Record<string, WireShape> = {};
  const operations: Record<string, WireOperation> = {};
  const visit = (id: string): void => {
    const name = simpleName(id);
    if (shapes[name] || id === "smithy.api#Unit") return;
    const shape = ast.shapes[id];
    if (!shape) {
      // A prelude shape (smithy.api#String, #Boolean, #Long, ...): only its type matters.
      shapes[name] = { type: name.toLowerCase(), sensitive: false };
      return;
    }
    const traits = shape.traits ?? {};
    const wire: WireShape = { type: shape.type === "enum" ? "string" : shape.type, sensitive: false };
    shapes[name] = wire;
    constraints(wire, traits);
    if (shape.type === "enum") {
      wire.enum = Object.entries(shape.members ?? {}).map(
        ([memberName, member]) => (member.traits?.["smithy.api#enumValue"] as string | undefined) ?? memberName,
      );
    } else if (shape.type === "structure") {
      wire.members = {};
      wire.memberOrder = Object.keys(shape.members ?? {});
      for (const [memberName, member] of Object.entries(shape.members ?? {})) {
        const t = member.traits ?? {};
        let location = "body";
        let wireName: string | undefined = (t["smithy.api#jsonName"] as string | undefined) ?? memberName;
        if (t["smithy.api#httpPayload"] !== undefined) [location, wireName] = ["payload", undefined];
        else if (t["smithy.api#httpHeader"] !== undefined)
          [location, wireName] = ["header", t["smithy.api#httpHeader"] as string];
        else if (t["smithy.api#httpQuery"] !== undefined)
          [location, wireName] = ["querystring", t["smithy.api#httpQuery"] as string];
        else if (t["smithy.api#httpLabel"] !== undefined) location = "uri";
        wire.members[memberName] = {
          target: simpleName(member.target),
          location,
          ...(wireName !== undefined ? { wireName } : {}),
          required: t["smithy.api#required"] !== undefined,
          idempotencyToken: t["smithy.api#idempotencyToken"] !== undefined,
        };
        visit(member.target);
      }
      const error = traits["smithy.api#error"] as string | undefined;
      if (error) {
        const retryable = traits["smithy.api#retryable"] as JsonObject | undefined;
        wire.error = {
          ...(traits["smithy.api#httpError"] !== undefined ? { status: traits["smithy.api#httpError"] as number } : {}),
          fault: error === "server" ? "server" : "client",
          retryable: retryable !== undefined,
          throttling: retryable?.throttling === true,
        };
      }
    } else {
      for (const part of ["member", "key", "value"] as const) {
        const ref = shape[part];
        if (!ref) continue;
        visit(ref.target);
        if (part === "member") wire.listMember = simpleName(ref.target);
        if (part === "key") wire.mapKey = simpleName(ref.target);
        if (part === "value") wire.mapValue = simpleName(ref.target);
      }
    }
  };

  for (const { target } of service.operations ?? []) {
    const op = ast.shapes[target]!;
    const traits = op.traits ?? {};
    const http = traits["smithy.api#http"] as { method: string; uri: string; code?: number };
    const auth = (traits["smithy.api#auth"] as string[] | undefined) ?? serviceAuth;
    operations[simpleName(target)] = {
      method: http.method,
      uri: http.uri,
      code: http.code ?? 200,
      input: simpleName(op.input?.target ?? "smithy.api#Unit"),
      output: simpleName(op.output?.target ?? "smithy.api#Unit"),
      errors: (op.errors ?? []).map(({ target: error }) => simpleName(error)).sort(),
      auth: auth.length === 0 ? "none" : auth.includes("aws.auth#sigv4") ? "sigv4" : auth.join(","),
      staticContextParams: (traits["smithy.rules#staticContextParams"] as JsonObject | undefined) ?? {},
      idempotent: traits["smithy.api#idempotent"] !== undefined,
      readonly: traits["smithy.api#readonly"] !== undefined,
    };
    for (const ref of [op.input, op.output, ...(op.errors ?? [])]) if (ref) visit(ref.target);
  }

  const awsService = serviceTraits["aws.api#service"] as Record<string, string>;
  const sigv4 = serviceTraits["aws.auth#sigv4"] as Record<string, string>;
  const protocol = Object.keys(PROTOCOLS).find((id) => serviceTraits[id] !== undefined);
  return {
    service: {
      apiVersion: String(service.version),
      protocol: protocol ? PROTOCOLS[protocol]! : "(none)",
      serviceId: awsService.sdkId!,
      endpointPrefix: awsService.endpointPrefix!,
      signingName: sigv4.name!,
      auth: serviceAuth.includes("aws.auth#sigv4") ? "v4" : serviceAuth.join(","),
    },
    operations,
    shapes,
    endpointRuleSet: withoutDocumentation(serviceTraits["smithy.rules#endpointRuleSet"] ?? null),
  };
}

// ---------------------------------------------------------------------------------------------
// Comparison

const show = (value: unknown): string => (value === undefined ? "(absent)" : JSON.stringify(value));

function compareValues(path: string, aws: unknown, ours: unknown, out: string[]): void {
  if (
    aws !== null &&
    ours !== null &&
    typeof aws === "object" &&
    typeof ours === "object" &&
    Array.isArray(aws) === Array.isArray(ours)
  ) {
    const a = aws as Record<string, unknown>;
    const o = ours as Record<string, unknown>;
    if (Array.isArray(aws) && (aws as unknown[]).length !== (ours as unknown[]).length) {
      out.push(`${path}: AWS has ${(aws as unknown[]).length} items ${show(aws)}, ours ${show(ours)}`);
      return;
    }
    for (const key of new Set([...Object.keys(a), ...Object.keys(o)])) {
      compareValues(`${path}.${key}`, a[key], o[key], out);
    }
    return;
  }
  if (JSON.stringify(aws) !== JSON.stringify(ours)) out.push(`${path}: AWS ${show(aws)}, ours ${show(ours)}`);
}

/**
 * Every wire-relevant difference between AWS's model and ours, one readable line each. An empty list
 * means a client built from either puts the same requests on the wire and reads the same responses.
 */
export function wireDifferences(aws: WireView, ours: WireView): string[] {
  const out: string[] = [];
  compareValues("service", aws.service, ours.service, out);

  for (const name of Object.keys(ours.operations)) {
    if (!aws.operations[name]) out.push(`operation ${name}: not in AWS's model`);
  }
  for (const [name, op] of Object.entries(aws.operations)) {
    const mine = ours.operations[name];
    if (!mine) {
      out.push(`operation ${name}: AWS has it, ours does not`);
      continue;
    }
    compareValues(`operation ${name}`, op, mine, out);
  }

  // Shapes are compared where both models reach them; a missing one is reported once.
  for (const name of Object.keys(ours.shapes).sort()) {
    const shape = aws.shapes[name];
    const mine = ours.shapes[name]!;
    if (!shape) {
      out.push(`shape ${name}: not in AWS's model`);
      continue;
    }
    const { members: awsMembers, memberOrder: awsOrder, ...awsRest } = shape;
    const { members: ourMembers, memberOrder: ourOrder, ...ourRest } = mine;
    compareValues(`shape ${name}`, awsRest, ourRest, out);
    if ((awsOrder ?? []).join(",") !== (ourOrder ?? []).join(",")) {
      out.push(`shape ${name}: members AWS [${(awsOrder ?? []).join(", ")}], ours [${(ourOrder ?? []).join(", ")}]`);
    }
    for (const member of awsOrder ?? []) {
      if (ourMembers?.[member]) compareValues(`shape ${name}$${member}`, awsMembers![member], ourMembers[member], out);
    }
  }
  compareValues("endpoint rule set", aws.endpointRuleSet, ours.endpointRuleSet, out);
  return out;
}
