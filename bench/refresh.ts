/**
 * The side-by-side benchmark of issue 13 (`npm run bench`): the same chained-refresh load (each
 * session a strict chain of refresh_token requests, a fresh ES256 DPoP proof per request, the
 * returned refresh token used next) against
 *
 *   - a bare node:http server answering a refresh-sized JSON body (the ceiling of this load here);
 *   - panva's oidc-provider 9, refresh_token grant with DPoP-bound rotating refresh tokens;
 *   - this service as `npm start` runs it (SQLite store), with `--store memory`, and with Redis
 *     (a throwaway redis-server on a loopback port, skipped with a note if it is not installed);
 *
 * each as its own process, one after the other, so that every RSS and CPU figure is the server's
 * own. Absolute numbers depend on the machine; the ratios printed as the headline are the result.
 *
 *   npm run bench                                   # 32 sessions, 10 s per target
 *   npm run bench -- --sessions 64 --duration 30
 *   npm run bench -- --rate 1000                    # fixed rate: p50/p99/p99.9 at 1,000 rps
 *   npm run bench -- --rate 50%                     # ...at half of each target's measured maximum
 *   npm run bench -- --soak                         # 1,000,000 refreshes, RSS every 10 s
 *   npm run bench -- --smoke                        # a few seconds; exit 1 on any non-2xx (CI)
 *   npm run bench -- --targets open-signin --cpu-prof .cpu-profiles
 *
 * Bounded: every run stops after its duration (the soak after --refreshes or --max-seconds), and
 * every server it starts listens on a loopback port picked by the system and is stopped at the end.
 */
import { availableParallelism, cpus } from "node:os";
import { parseArgs } from "node:util";

import { type LoadResult, percentileMs, runLoad, type Session } from "./lib/load.js";
import { megabytes, sampleProcess } from "./lib/process-stats.js";
import {
  type RunningTarget,
  type TargetDefinition,
  ceiling,
  oidcProvider,
  openSignin,
  redisMissing,
  startRedis,
} from "./lib/targets.js";

const TARGETS: Record<string, TargetDefinition> = {
  ceiling,
  "oidc-provider": oidcProvider,
  "open-signin": openSignin("open-signin (SQLite)", async () => ({ args: [] })),
  "open-signin-memory": openSignin("open-signin --store memory", async () => ({ args: ["--store", "memory"] })),
  "open-signin-redis": openSignin(
    "open-signin --store redis",
    async () => {
      const redis = await startRedis();
      return { args: ["--store", redis.url], stop: redis.stop };
    },
    redisMissing,
  ),
};

const usage = `npm run bench -- [options]
  --targets <list>     comma-separated, from: ${Object.keys(TARGETS).join(", ")} (default: all)
  --sessions <n>       concurrent sessions, each a strict refresh chain (default 32; soak 200)
  --duration <s>       measured seconds per target (default 10)
  --warmup <s>         unmeasured seconds per target before it (default 2)
  --rounds <n>         split each target's measured time into n turns, interleaved with the other
                       targets' (default 3), so that a burst of other work on the machine hits all
  --rate <rps|p%>      also measure at a fixed rate: requests per second, or a percentage of the
                       target's maximum measured just before (e.g. 1000 or 50%)
  --soak               1,000,000 refreshes against one target (default open-signin), RSS every 10 s
  --refreshes <n>      refreshes in the soak (default 1000000)
  --max-seconds <s>    stop the soak after this long anyway (default 3600)
  --smoke              1 s per target; exit 1 if anything but 2xx came back
  --cpu-prof <dir>     run the servers under node --cpu-prof, profiles written to <dir>
  --help`;

const { values } = parseArgs({
  options: {
    targets: { type: "string" },
    sessions: { type: "string" },
    duration: { type: "string" },
    warmup: { type: "string" },
    rate: { type: "string" },
    rounds: { type: "string" },
    soak: { type: "boolean", default: false },
    refreshes: { type: "string" },
    "max-seconds": { type: "string" },
    smoke: { type: "boolean", default: false },
    "cpu-prof": { type: "string" },
    help: { type: "boolean", default: false },
  },
  strict: true,
});
if (values.help) {
  console.log(usage);
  process.exit(0);
}

function positive(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  const number = Number(value);
  if (!Number.isFinite(number) || number <= 0) {
    console.error(`--${name} must be a positive number, got ${value}\n\n${usage}`);
    process.exit(2);
  }
  return number;
}

const smoke = values.smoke;
const soak = values.soak;
// Each session is one DPoP key, and the service answers a key's 65th proof within one second with
// 429 (refresh-chains.ts). A closed loop spreads the target's throughput over the sessions, so they
// must be many enough that no key comes near that: 32 keys stay under it up to 2,000 refreshes/s.
const sessionsPerTarget = Math.round(positive("sessions", values.sessions, soak ? 200 : 32));
const duration = positive("duration", values.duration, smoke ? 1 : 10);
const warmup = values.warmup === undefined ? (smoke ? 0 : 2) : Number(values.warmup);
const targetNames =
  values.targets?.split(",").map((name) => name.trim()) ?? (soak ? ["open-signin"] : Object.keys(TARGETS));
for (const name of targetNames) {
  if (!(name in TARGETS)) {
    console.error(`unknown target ${name}\n\n${usage}`);
    process.exit(2);
  }
}
const rate = parseRate(values.rate);
const cpuProfileDir = values["cpu-prof"];

function parseRate(value: string | undefined): { rps: number } | { fraction: number } | undefined {
  if (value === undefined) return undefined;
  if (value.endsWith("%")) return { fraction: positive("rate", value.slice(0, -1), 50) / 100 };
  return { rps: positive("rate", value, 1000) };
}

interface Row {
  readonly name: string;
  readonly result: LoadResult;
  readonly rssBytes: number | undefined;
  readonly peakRssBytes: number | undefined;
  readonly cpuPercent: number | undefined;
  readonly rate?: number;
}

const machine = `Node ${process.version}, ${availableParallelism()} CPUs (${cpus()[0]?.model.trim() ?? "unknown"})`;

/** Runs `load` while sampling the server's RSS (peak) and CPU. */
async function measured(target: RunningTarget, load: () => Promise<LoadResult>): Promise<Omit<Row, "name">> {
  const before = sampleProcess(target.pid);
  let peak = before?.rssBytes;
  const sampler = setInterval(() => {
    const sample = sampleProcess(target.pid);
    if (sample && (peak === undefined || sample.rssBytes > peak)) peak = sample.rssBytes;
  }, 250);
  const result = await load();
  clearInterval(sampler);
  const after = sampleProcess(target.pid);
  return {
    result,
    rssBytes: after?.rssBytes,
    peakRssBytes: peak === undefined || after === undefined ? peak : Math.max(peak, after.rssBytes),
    cpuPercent: before && after ? (100 * (after.cpuSeconds - before.cpuSeconds)) / result.seconds : undefined,
  };
}

const fmt = (value: number | undefined, digits = 1): string =>
  value === undefined || Number.isNaN(value) ? "-" : value.toFixed(digits);

// Refusals are cheap and refresh nothing: only 2xx answers count as throughput.
const refreshesPerSecond = (result: LoadResult): number => (result.requests - result.non2xx) / result.seconds;

/** Each non-2xx status with its count and first message, and a hint where the load itself caused it. */
function printRefusals(result: LoadResult): void {
  for (const [status, { count, example }] of result.statuses) {
    if (status < 200 || status >= 300) console.log(`    ${count} x ${status}: ${example ?? ""}`);
    if (status === 429 && example?.includes("this DPoP key")) {
      console.log(`    (a session's DPoP key passed 64 proofs within one second: run with more --sessions)`);
    }
  }
}

function printTable(title: string, rows: readonly Row[], fixedRate: boolean): void {
  console.log(`\n${title}`);
  const header = [
    "target".padEnd(28),
    (fixedRate ? "rate rps" : "").padStart(fixedRate ? 9 : 0),
    "refreshes/s".padStart(12),
    "p50 ms".padStart(8),
    "p99 ms".padStart(8),
    (fixedRate ? "p99.9 ms" : "").padStart(fixedRate ? 9 : 0),
    "non-2xx".padStart(8),
    "RSS MB".padStart(7),
    "peak".padStart(6),
    "CPU %".padStart(6),
    "CPU ms/refresh".padStart(15),
  ].join("");
  console.log(header);
  for (const row of rows) {
    const { result } = row;
    console.log(
      [
        row.name.padEnd(28),
        (fixedRate ? fmt(row.rate, 0) : "").padStart(fixedRate ? 9 : 0),
        fmt(refreshesPerSecond(result), 0).padStart(12),
        fmt(percentileMs(result.latency, 50), 2).padStart(8),
        fmt(percentileMs(result.latency, 99), 2).padStart(8),
        (fixedRate ? fmt(percentileMs(result.latency, 99.9), 2) : "").padStart(fixedRate ? 9 : 0),
        String(result.non2xx).padStart(8),
        (row.rssBytes === undefined ? "-" : megabytes(row.rssBytes)).padStart(7),
        (row.peakRssBytes === undefined ? "-" : megabytes(row.peakRssBytes)).padStart(6),
        fmt(row.cpuPercent, 0).padStart(6),
        fmt(
          row.cpuPercent === undefined || result.requests === 0
            ? undefined
            : (row.cpuPercent * 10 * result.seconds) / result.requests,
          2,
        ).padStart(15),
      ].join(""),
    );
    printRefusals(row.result);
  }
}

function printHeadline(rows: readonly Row[]): void {
  const throughput = (key: string) => {
    const row = rows.find((candidate) => candidate.name === TARGETS[key]!.name);
    return row && row.result.requests > 0 ? refreshesPerSecond(row.result) : undefined;
  };
  const oidc = throughput("oidc-provider");
  const top = throughput("ceiling");
  const lines: string[] = [];
  for (const key of ["open-signin", "open-signin-memory", "open-signin-redis"]) {
    const ours = throughput(key);
    if (ours === undefined) continue;
    const parts = [];
    if (oidc !== undefined) parts.push(`${(ours / oidc).toFixed(2)}x oidc-provider`);
    if (top !== undefined) parts.push(`${((100 * ours) / top).toFixed(0)}% of the node:http ceiling`);
    if (parts.length > 0) lines.push(`  ${TARGETS[key]!.name.padEnd(28)}${parts.join(", ")}`);
  }
  if (lines.length > 0) console.log(`\nHeadline (chained DPoP refreshes, measured in this run):\n${lines.join("\n")}`);
}

async function withTarget<T>(
  definition: TargetDefinition,
  body: (target: RunningTarget, sessions: Session[]) => Promise<T>,
): Promise<T> {
  const target = await definition.start({ cpuProfileDir });
  try {
    const sessions = await target.seed(sessionsPerTarget);
    return await body(target, sessions);
  } finally {
    await target.stop();
  }
}

/** Two measurements of one target as one: counts and time added, histograms merged, memory as last seen. */
function combine(first: Row | undefined, next: Row): Row {
  if (first === undefined) return next;
  const statuses = new Map(first.result.statuses);
  for (const [status, entry] of next.result.statuses) {
    const known = statuses.get(status);
    const example = known?.example ?? entry.example;
    statuses.set(status, { count: (known?.count ?? 0) + entry.count, ...(example === undefined ? {} : { example }) });
  }
  first.result.latency.add(next.result.latency);
  const cpu = (row: Row) => (row.cpuPercent === undefined ? undefined : (row.cpuPercent * row.result.seconds) / 100);
  const cpuFirst = cpu(first);
  const cpuNext = cpu(next);
  const seconds = first.result.seconds + next.result.seconds;
  return {
    name: first.name,
    result: {
      requests: first.result.requests + next.result.requests,
      non2xx: first.result.non2xx + next.result.non2xx,
      statuses,
      seconds,
      latency: first.result.latency,
    },
    rssBytes: next.rssBytes,
    peakRssBytes: Math.max(first.peakRssBytes ?? 0, next.peakRssBytes ?? 0) || undefined,
    cpuPercent: cpuFirst === undefined || cpuNext === undefined ? undefined : (100 * (cpuFirst + cpuNext)) / seconds,
  };
}

async function benchmark(): Promise<number> {
  const rounds = Math.round(positive("rounds", values.rounds, smoke ? 1 : 3));
  console.log(
    `Chained DPoP refreshes: ${sessionsPerTarget} sessions, ${duration} s per target (${rounds} interleaved rounds) after ${warmup} s of warm-up; ${machine}; ${new Date().toISOString()}`,
  );
  const running: { definition: TargetDefinition; target: RunningTarget; sessions: Session[] }[] = [];
  try {
    // Every target is started and seeded first, then measured in turns, round after round: on a
    // shared machine a burst of someone else's work then hits every target alike, not just one.
    for (const name of targetNames) {
      const definition = TARGETS[name]!;
      const reason = definition.unavailable();
      if (reason !== undefined) {
        console.log(`skipping ${definition.name}: ${reason}`);
        continue;
      }
      const target = await definition.start({ cpuProfileDir });
      running.push({ definition, target, sessions: [] });
      running.at(-1)!.sessions = await target.seed(sessionsPerTarget);
      if (warmup > 0) await runLoad(running.at(-1)!.sessions, target.protocol, { seconds: warmup });
    }
    const maxima = new Map<TargetDefinition, Row>();
    const rateRows: Row[] = [];
    if (rate === undefined || "fraction" in rate) {
      for (let round = 0; round < rounds; round++) {
        for (const { definition, target, sessions } of running) {
          const row = {
            name: definition.name,
            ...(await measured(target, () => runLoad(sessions, target.protocol, { seconds: duration / rounds }))),
          };
          maxima.set(definition, combine(maxima.get(definition), row));
        }
      }
    }
    if (rate !== undefined) {
      for (const { definition, target, sessions } of running) {
        const maximum = maxima.get(definition);
        const rps =
          "rps" in rate ? rate.rps : Math.max(1, Math.round(rate.fraction * refreshesPerSecond(maximum!.result)));
        rateRows.push({
          name: definition.name,
          rate: rps,
          ...(await measured(target, () => runLoad(sessions, target.protocol, { seconds: duration, rate: rps }))),
        });
      }
    }
    return report([...maxima.values()], rateRows);
  } finally {
    for (const { target } of running) await target.stop();
  }
}

function report(maxRows: Row[], rateRows: Row[]): number {
  if (maxRows.length > 0) {
    printTable("Maximum (closed loop: each session sends its next refresh when the answer arrives)", maxRows, false);
  }
  if (rateRows.length > 0) {
    printTable("Fixed rate (latency from when each request was due)", rateRows, true);
  }
  printHeadline(maxRows);
  const rows = [...maxRows, ...rateRows];
  const failed = rows.filter((row) => row.result.non2xx > 0 || row.result.requests === 0);
  if (smoke) {
    if (failed.length > 0 || rows.length === 0) {
      console.log(`\nsmoke FAILED: ${failed.map((row) => row.name).join(", ") || "nothing ran"}`);
      return 1;
    }
    console.log(`\nsmoke passed: every target answered every refresh with 2xx`);
  }
  return 0;
}

async function soakRun(): Promise<number> {
  const total = Math.round(positive("refreshes", values.refreshes, 1_000_000));
  const maxSeconds = positive("max-seconds", values["max-seconds"], 3600);
  const definition = TARGETS[targetNames[0]!]!;
  console.log(
    `Soak: ${total.toLocaleString("en-US")} chained refreshes over ${sessionsPerTarget} sessions against ${definition.name}; ${machine}; ${new Date().toISOString()}`,
  );
  return withTarget(definition, async (target, sessions) => {
    const series: number[] = [];
    const started = performance.now();
    let done = 0;
    let lastDone = 0;
    let lastAt = started;
    const report = () => {
      const now = performance.now();
      const sample = sampleProcess(target.pid);
      if (sample) series.push(sample.rssBytes);
      console.log(
        `${((now - started) / 1000).toFixed(0).padStart(6)} s ${String(done).padStart(9)} refreshes ${(((done - lastDone) * 1000) / (now - lastAt)).toFixed(0).padStart(6)}/s  RSS ${sample ? megabytes(sample.rssBytes) : "-"} MB`,
      );
      lastDone = done;
      lastAt = now;
    };
    report();
    const timer = setInterval(report, 10_000);
    const result = await runLoad(sessions, target.protocol, {
      seconds: maxSeconds,
      maxRequests: total,
      onProgress: (count) => (done = count),
    });
    clearInterval(timer);
    report();
    console.log(`\nRSS series (MB, every 10 s): ${series.map((bytes) => megabytes(bytes)).join(" ")}`);
    const afterWarmup = series.slice(Math.min(6, Math.floor(series.length / 4)));
    if (afterWarmup.length > 1) {
      console.log(
        `after warm-up: min ${megabytes(Math.min(...afterWarmup))} MB, max ${megabytes(Math.max(...afterWarmup))} MB, last ${megabytes(afterWarmup.at(-1)!)} MB`,
      );
    }
    console.log(
      `${result.requests} refreshes in ${result.seconds.toFixed(0)} s (${(result.requests / result.seconds).toFixed(0)}/s), p50 ${fmt(percentileMs(result.latency, 50), 2)} ms, p99 ${fmt(percentileMs(result.latency, 99), 2)} ms, non-2xx ${result.non2xx}`,
    );
    printRefusals(result);
    return result.non2xx === 0 ? 0 : 1;
  });
}

process.exitCode = soak ? await soakRun() : await benchmark();
