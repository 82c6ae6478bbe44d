import { readFileSync } from "node:fs";

/** What /proc says about one process: resident memory and CPU time used so far. Linux only. */
export interface ProcessSample {
  readonly rssBytes: number;
  /** User + system CPU time in seconds. */
  readonly cpuSeconds: number;
}

const CLOCK_TICKS_PER_SECOND = 100;

/** RSS and CPU time of process `pid`, or undefined where /proc cannot tell (not Linux, process gone). */
export function sampleProcess(pid: number): ProcessSample | undefined {
  try {
    const status = readFileSync(`/proc/${pid}/status`, "utf8");
    const rssKb = Number(/^VmRSS:\s+(\d+) kB$/m.exec(status)?.[1]);
    // Fields after the command name (which may hold spaces, hence the last ")"): utime and stime
    // are the 14th and 15th fields of the line, the 12th and 13th after it.
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    const ticks = Number(fields[11]) + Number(fields[12]);
    if (!Number.isFinite(rssKb) || !Number.isFinite(ticks)) return undefined;
    return { rssBytes: rssKb * 1024, cpuSeconds: ticks / CLOCK_TICKS_PER_SECOND };
  } catch {
    return undefined;
  }
}

export const megabytes = (bytes: number): string => (bytes / 1024 / 1024).toFixed(0);
