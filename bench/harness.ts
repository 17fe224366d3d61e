// Minimal timing harness: warm up, then time several rounds and keep the median.
import { cpus } from "node:os";

export interface Measurement {
  name: string;
  /** Operations per round. */
  ops: number;
  /** Median seconds per round. */
  seconds: number;
  /** Operations per second at the median. */
  rate: number;
}

/** Runs `round` (which performs `ops` operations and returns a checksum) and times it. */
export function measure(name: string, ops: number, round: () => number, rounds = 5): Measurement {
  let sink = round(); // warm-up (and JIT)
  const times: number[] = [];
  for (let i = 0; i < rounds; i++) {
    const start = process.hrtime.bigint();
    sink += round();
    times.push(Number(process.hrtime.bigint() - start) / 1e9);
  }
  if (Number.isNaN(sink)) console.log("(checksum)", sink);
  times.sort((a, b) => a - b);
  const seconds = times[Math.floor(times.length / 2)] as number;
  return { name, ops, seconds, rate: ops / seconds };
}

/** A line describing the machine, for the results file. */
export function machine(): string {
  const cpu = cpus()[0]?.model ?? "unknown CPU";
  return `Node ${process.version}, ${cpus().length} cores (${cpu.trim()}), one core used`;
}

/** A seeded pseudo-random generator (mulberry32), so that every run uses the same inputs. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function format(m: Measurement): string {
  const rate =
    m.rate >= 1e6 ? `${(m.rate / 1e6).toFixed(2)} M/s` : `${(m.rate / 1e3).toFixed(1)} k/s`;
  return `${m.name}: ${m.ops.toLocaleString("en")} ops in ${m.seconds.toFixed(3)} s = ${rate}`;
}
