/**
 * Main-thread work per frame, from a Chromium trace: the page's frame recorder marks every
 * requestAnimationFrame (`performance.mark`, see pageProbes), and the renderer main thread's tasks
 * are summed between consecutive marks. Unlike the rAF interval — on the 60 Hz frame
 * clock a frame reads 16.7 ms whether it worked 2 ms or 16 — this is the time the frame took to make:
 * input, remote updates, React, style, layout, paint. Only the light `toplevel` (every task) and
 * `blink.user_timing` (the marks) categories are recorded; what overhead they add errs high.
 */
import type { Browser, Page } from '@playwright/test';

/** The mark the frame recorder makes on every frame. */
export const FRAME_STAMP = 'journey-frame';

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  /** Thread (CPU) time of the event: its wall time less the time the thread was not running. */
  tdur?: number;
  pid: number;
  tid: number;
  cat?: string;
}

const CATEGORIES = ['toplevel', 'blink.user_timing'];
const TASK = 'ThreadControllerImpl::RunTask';

/**
 * Runs `body` under a trace; returns its result and, per frame, the main thread's busy time (`work`,
 * wall clock, ms) and the CPU time of that work (`cpu`: the same tasks' thread time, which leaves out
 * the time the thread waited for a core — on a shared 2-core machine that runs the browser, the
 * server, the bench's peer and Playwright, wall time also measures the neighbours).
 */
export async function traceFrameWork<T>(
  browser: Browser,
  page: Page,
  body: () => Promise<T>,
): Promise<{ result: T; work: number[]; cpu: number[] }> {
  await browser.startTracing(page, { categories: CATEGORIES });
  let result: T;
  let trace: Buffer;
  try {
    result = await body();
  } finally {
    trace = await browser.stopTracing();
  }
  const parsed = JSON.parse(trace.toString('utf8')) as { traceEvents: TraceEvent[] };
  return { result, work: frameWork(parsed), cpu: frameWork(parsed, 'cpu') };
}

/**
 * Busy ms of the renderer main thread between consecutive frame marks (nested tasks merged). With
 * `cpu`, each outermost task counts its thread time instead, spread evenly over its wall span.
 */
export function frameWork(trace: { traceEvents: TraceEvent[] }, clock: 'wall' | 'cpu' = 'wall'): number[] {
  const events = trace.traceEvents;
  const stamps = events.filter((e) => e.name === FRAME_STAMP && e.cat === 'blink.user_timing');
  if (stamps.length < 2) return [];
  const { pid, tid } = stamps[0]!;
  const stampTimes = stamps.filter((e) => e.pid === pid && e.tid === tid).map((e) => e.ts);
  stampTimes.sort((a, b) => a - b);
  const tasks = events
    .filter((e) => e.name === TASK && e.ph === 'X' && e.pid === pid && e.tid === tid && e.dur)
    .map((e) => [e.ts, e.ts + e.dur!, e.tdur ?? e.dur!] as const)
    .sort((a, b) => a[0] - b[0]);
  // Merge nested or overlapping tasks into busy spans; a span's CPU is its outermost tasks' thread time.
  const spans: Array<[start: number, end: number, cpu: number]> = [];
  for (const [start, end, cpu] of tasks) {
    const last = spans.at(-1);
    if (last && start < last[1]) {
      if (end > last[1]) {
        last[2] += (cpu * (end - last[1])) / (end - start);
        last[1] = end;
      }
    } else spans.push([start, end, cpu]);
  }
  const work: number[] = [];
  let s = 0;
  for (let i = 1; i < stampTimes.length; i++) {
    const from = stampTimes[i - 1]!;
    const to = stampTimes[i]!;
    while (s < spans.length && spans[s]![1] <= from) s++;
    let busy = 0;
    for (let j = s; j < spans.length && spans[j]![0] < to; j++) {
      const [start, end, cpu] = spans[j]!;
      const part = Math.min(to, end) - Math.max(from, start);
      busy += clock === 'wall' ? part : (cpu * part) / (end - start);
    }
    work.push(busy / 1000);
  }
  return work;
}
