import { Counter, Histogram, Registry } from "prom-client";

/**
 * The service's Prometheus metrics (prom-client), one registry per service instance so that two
 * services in one process (tests) do not count into each other. Every label value comes from a
 * fixed set chosen by the code (a mounted route's path, an operation name, a status code, a store
 * method), never from the request: an unknown path is counted as `unmatched`, so a scanner cannot
 * grow the series, and no label carries a token, user name or address.
 */
export class ServiceMetrics {
  readonly registry = new Registry();
  readonly requests = new Counter({
    name: "signin_http_requests_total",
    help: "HTTP requests answered, by route (mounted path or 'unmatched'), operation and status code",
    labelNames: ["route", "operation", "status"] as const,
    registers: [this.registry],
  });
  readonly requestSeconds = new Histogram({
    name: "signin_http_request_duration_seconds",
    help: "Time from request to the end of the response, by route and operation",
    labelNames: ["route", "operation"] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [this.registry],
  });
  readonly storeSeconds = new Histogram({
    name: "signin_store_operation_duration_seconds",
    help: "Store call latency, by store method",
    labelNames: ["operation"] as const,
    buckets: [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 1, 2.5],
    registers: [this.registry],
  });
  readonly storeErrors = new Counter({
    name: "signin_store_errors_total",
    help: "Store calls that failed, by store method",
    labelNames: ["operation"] as const,
    registers: [this.registry],
  });
  readonly rateLimited = new Counter({
    name: "signin_rate_limit_refusals_total",
    help: "Requests refused by a rate limit, by limit",
    labelNames: ["limit"] as const,
    registers: [this.registry],
  });
  readonly signIns = new Counter({
    name: "signin_sign_ins_total",
    help: "Password sign-ins on the sign-in page, by outcome (success, failure, denied, locked, busy)",
    labelNames: ["outcome"] as const,
    registers: [this.registry],
  });

  /** The exposition: Prometheus text format and its content type. */
  async render(): Promise<{ body: string; contentType: string }> {
    return { body: await this.registry.metrics(), contentType: this.registry.contentType };
  }
}

/**
 * Wraps every method of `target` that returns a promise so that its latency and failures are
 * counted under the method's name. Used on the store, whose methods are a small fixed set.
 */
export function timeAsyncMethods<T extends object>(
  target: T,
  metrics: ServiceMetrics,
  methods: readonly (keyof T & string)[],
): T {
  // Made once per method, not per call: the store is called about eight times per refresh.
  const wrapped = new Map<string | symbol, unknown>();
  return new Proxy(target, {
    get(object, property, receiver) {
      const known = wrapped.get(property);
      if (known !== undefined) return known;
      const value: unknown = Reflect.get(object, property, receiver);
      if (typeof value !== "function") return value;
      const method = value as (...args: unknown[]) => unknown;
      let wrapper: unknown;
      if (!methods.includes(property as keyof T & string)) {
        wrapper = method.bind(object);
      } else {
        const operation = property as string;
        const seconds = metrics.storeSeconds.labels({ operation });
        const errors = metrics.storeErrors.labels({ operation });
        wrapper = async (...args: unknown[]) => {
          const end = seconds.startTimer();
          try {
            return await (method as (...args: unknown[]) => Promise<unknown>).apply(object, args);
          } catch (error) {
            errors.inc();
            throw error;
          } finally {
            end();
          }
        };
      }
      wrapped.set(property, wrapper);
      return wrapper;
    },
  });
}
