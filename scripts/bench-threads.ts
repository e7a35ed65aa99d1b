// What the bench's threads cost, and what this machine's two cores give: the CPU time of this process's threads
// (Linux, from /proc; elsewhere the process's total alone), and how much faster a job of pure computation runs on
// two threads than on one, measured in the same run as the figures it sits beside.
import { readFileSync } from 'node:fs';
import { Worker } from 'node:worker_threads';

/** CPU time so far, in ms: the whole process, and its main thread where the system tells them apart. */
export interface CpuSample {
  total: number;
  main: number | null;
}

const CLOCK_MS = 10; // /proc counts in clock ticks of 1/100 s on Linux

function mainThreadMs(): number | null {
  try {
    const stat = readFileSync(`/proc/self/task/${process.pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) * CLOCK_MS;
  } catch {
    return null;
  }
}

export function cpuNow(): CpuSample {
  const { user, system } = process.cpuUsage();
  return { total: (user + system) / 1000, main: mainThreadMs() };
}

/** CPU spent since `start`: the process, its main thread, and every other thread together (workers, V8's helpers). */
export function cpuSince(start: CpuSample): { total: number; main: number | null; others: number | null } {
  const now = cpuNow();
  const total = now.total - start.total;
  const main = now.main !== null && start.main !== null ? now.main - start.main : null;
  return { total, main, others: main === null ? null : total - main };
}

// A job of pure computation (string keys in a map, square roots), the same in each thread.
const SPIN = `
const { parentPort, workerData } = require('node:worker_threads');
let m = new Map(); let s = 0;
for (let i = 0; i < workerData; i++) {
  const k = 'k' + (i % 5000);
  m.set(k, (m.get(k) || 0) + 1);
  s += Math.sqrt(i);
  if (m.size > 4000) m = new Map();
}
parentPort.postMessage(s);
`;

function spin(threads: number, total: number): Promise<number> {
  const t0 = performance.now();
  return new Promise((resolve, reject) => {
    let left = threads;
    for (let k = 0; k < threads; k++) {
      const worker = new Worker(SPIN, { eval: true, workerData: Math.round(total / threads) });
      worker.once('message', () => {
        void worker.terminate();
        if (--left === 0) resolve(performance.now() - t0);
      });
      worker.once('error', reject);
    }
  });
}

/**
 * This machine's ceiling for two threads: the same computation on one thread and split over two, `rounds` times,
 * each ratio one thread ÷ two; the median and the range. A pipeline on two threads cannot beat it.
 */
export async function twoThreadCeiling(rounds = 3, work = 20_000_000): Promise<{ median: number; low: number; high: number }> {
  const ratios: number[] = [];
  for (let r = 0; r < rounds; r++) {
    const one = await spin(1, work);
    const two = await spin(2, work);
    ratios.push(one / two);
  }
  ratios.sort((a, b) => a - b);
  return { median: ratios[Math.floor(ratios.length / 2)], low: ratios[0], high: ratios[ratios.length - 1] };
}
