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
  pid: number;
  tid: number;
  cat?: string;
}

const CATEGORIES = ['toplevel', 'blink.user_timing'];
const TASK = 'ThreadControllerImpl::RunTask';

/** Runs `body` under a trace; returns its result and each frame's main-thread busy time (ms). */
export async function traceFrameWork<T>(
  browser: Browser,
  page: Page,
  body: () => Promise<T>,
): Promise<{ result: T; work: number[] }> {
  await browser.startTracing(page, { categories: CATEGORIES });
  let result: T;
  let trace: Buffer;
  try {
    result = await body();
  } finally {
    trace = await browser.stopTracing();
  }
  return { result, work: frameWork(JSON.parse(trace.toString('utf8')) as { traceEvents: TraceEvent[] }) };
}

/** Busy ms of the renderer main thread between consecutive frame marks (nested tasks merged). */
export function frameWork(trace: { traceEvents: TraceEvent[] }): number[] {
  const events = trace.traceEvents;
  const stamps = events.filter((e) => e.name === FRAME_STAMP && e.cat === 'blink.user_timing');
  if (stamps.length < 2) return [];
  const { pid, tid } = stamps[0]!;
  const stampTimes = stamps.filter((e) => e.pid === pid && e.tid === tid).map((e) => e.ts);
  stampTimes.sort((a, b) => a - b);
  const tasks = events
    .filter((e) => e.name === TASK && e.ph === 'X' && e.pid === pid && e.tid === tid && e.dur)
    .map((e) => [e.ts, e.ts + e.dur!] as const)
    .sort((a, b) => a[0] - b[0]);
  // Merge nested or overlapping tasks into busy spans.
  const spans: Array<[number, number]> = [];
  for (const [start, end] of tasks) {
    const last = spans.at(-1);
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else spans.push([start, end]);
  }
  const work: number[] = [];
  let s = 0;
  for (let i = 1; i < stampTimes.length; i++) {
    const from = stampTimes[i - 1]!;
    const to = stampTimes[i]!;
    while (s < spans.length && spans[s]![1] <= from) s++;
    let busy = 0;
    for (let j = s; j < spans.length && spans[j]![0] < to; j++)
      busy += Math.min(to, spans[j]![1]) - Math.max(from, spans[j]![0]);
    work.push(busy / 1000);
  }
  return work;
}
