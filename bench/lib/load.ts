import { Agent, request } from "node:http";
import { createHistogram, type RecordableHistogram } from "node:perf_hooks";

import type { DpopKey } from "./dpop-key.js";

/** One login session: its DPoP key and the refresh token to send next. */
export interface Session {
  readonly key: DpopKey;
  refreshToken: string;
}

/** How a target spells a refresh request and where its answer keeps the next refresh token. */
export interface RefreshProtocol {
  readonly tokenUrl: string;
  body(refreshToken: string): { readonly contentType: string; readonly text: string };
  nextRefreshToken(answer: Record<string, unknown>): unknown;
}

export interface LoadResult {
  readonly requests: number;
  readonly non2xx: number;
  /** Answers by status (and the first message seen for each non-2xx status). */
  readonly statuses: ReadonlyMap<number, { count: number; example?: string }>;
  readonly seconds: number;
  /** Latency in nanoseconds (from the intended start in fixed-rate mode). */
  readonly latency: RecordableHistogram;
}

export interface LoadOptions {
  /** Closed loop: stop after this long... */
  readonly seconds: number;
  /** ...or after this many requests, whichever is first. */
  readonly maxRequests?: number;
  /** Fixed-rate mode: requests per second, started on schedule whatever the answers' pace. */
  readonly rate?: number;
  /** Called after every answer (soak reporting). */
  readonly onProgress?: (done: number) => void;
}

/**
 * The chained-refresh load: each session is a strict chain, request -> answer -> next request with
 * the refresh token that answer returned and a fresh DPoP proof, so nothing is prepared ahead.
 *
 * Closed loop (no `rate`): every session sends its next request as soon as its answer arrives, which
 * measures the most the target sustains. Fixed rate: request i is due at start + i / rate and is sent
 * by the first idle session; if none is idle it waits, and its latency still counts from when it was
 * due (no coordinated omission), so an overloaded target shows it in p99 instead of hiding it.
 *
 * A session whose refresh fails keeps its token: the next request tries it again, and the failure is
 * counted as non-2xx.
 */
export async function runLoad(
  sessions: Session[],
  protocol: RefreshProtocol,
  options: LoadOptions,
): Promise<LoadResult> {
  const agent = new Agent({ keepAlive: true, maxSockets: sessions.length, maxFreeSockets: sessions.length });
  const latency = createHistogram();
  const statuses = new Map<number, { count: number; example?: string }>();
  let requests = 0;
  let non2xx = 0;
  const started = performance.now();
  const deadline = started + options.seconds * 1000;
  const maxRequests = options.maxRequests ?? Number.POSITIVE_INFINITY;
  let issued = 0;
  const more = () => issued < maxRequests && performance.now() < deadline;

  const refresh = async (session: Session, dueAt: number): Promise<void> => {
    const answer = await send(agent, protocol, session);
    latency.record(Math.max(1, Math.round((performance.now() - dueAt) * 1e6)));
    requests++;
    const entry = statuses.get(answer.status) ?? { count: 0 };
    entry.count++;
    statuses.set(answer.status, entry);
    const next = answer.json === undefined ? undefined : protocol.nextRefreshToken(answer.json);
    if (answer.status >= 200 && answer.status < 300 && typeof next === "string") session.refreshToken = next;
    else {
      non2xx++;
      entry.example ??= answer.text.slice(0, 200);
    }
    options.onProgress?.(requests);
  };

  if (options.rate === undefined) {
    await Promise.all(
      sessions.map(async (session) => {
        while (more()) {
          issued++;
          await refresh(session, performance.now());
        }
      }),
    );
  } else {
    const interval = 1000 / options.rate;
    const idle = [...sessions];
    const due: number[] = [];
    let scheduled = 0;
    await new Promise<void>((resolve) => {
      let inFlight = 0;
      const pump = () => {
        while (idle.length > 0 && due.length > 0) {
          // Oldest idle first: sessions take turns, as real clients (each refreshing every few
          // minutes) do, rather than one key refreshing many times a second.
          const session = idle.shift()!;
          const dueAt = due.shift()!;
          inFlight++;
          void refresh(session, dueAt).finally(() => {
            inFlight--;
            idle.push(session);
            pump();
          });
        }
        if (!more() && due.length === 0 && inFlight === 0) resolve();
      };
      const timer = setInterval(() => {
        const now = performance.now();
        while (more() && started + scheduled * interval <= now) {
          due.push(started + scheduled * interval);
          scheduled++;
          issued++;
        }
        if (!more()) clearInterval(timer);
        pump();
      }, 1);
    });
  }
  agent.destroy();
  return { requests, non2xx, statuses, seconds: (performance.now() - started) / 1000, latency };
}

interface Answer {
  readonly status: number;
  readonly text: string;
  readonly json: Record<string, unknown> | undefined;
}

function send(agent: Agent, protocol: RefreshProtocol, session: Session): Promise<Answer> {
  const { contentType, text } = protocol.body(session.refreshToken);
  return new Promise((resolve) => {
    const req = request(
      protocol.tokenUrl,
      {
        method: "POST",
        agent,
        headers: {
          "content-type": contentType,
          "content-length": Buffer.byteLength(text),
          dpop: session.key.proof("POST", protocol.tokenUrl),
        },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (chunk: Buffer) => chunks.push(chunk));
        res.on("end", () => {
          const body = Buffer.concat(chunks).toString("utf8");
          let json: Record<string, unknown> | undefined;
          try {
            json = JSON.parse(body) as Record<string, unknown>;
          } catch {
            json = undefined;
          }
          resolve({ status: res.statusCode ?? 0, text: body, json });
        });
        res.on("error", (error) => resolve({ status: 0, text: String(error), json: undefined }));
      },
    );
    req.on("error", (error) => resolve({ status: 0, text: String(error), json: undefined }));
    req.end(text);
  });
}

/** Milliseconds at percentile `p` of a nanosecond histogram. */
export const percentileMs = (histogram: RecordableHistogram, p: number): number =>
  histogram.count === 0 ? Number.NaN : histogram.percentile(p) / 1e6;
