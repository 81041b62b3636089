import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { afterNextPaint } from './afterNextPaint';

/** Animation frames run when the test says so. */
let frames: Array<() => void> = [];
const runFrame = () => {
  const due = frames;
  frames = [];
  for (const f of due) f();
};
const tasksDrained = () => new Promise((resolve) => setTimeout(resolve, 20));

beforeEach(() => {
  frames = [];
  vi.stubGlobal('requestAnimationFrame', (f: () => void) => frames.push(f));
  vi.stubGlobal('cancelAnimationFrame', (id: number) => {
    frames[id - 1] = () => undefined;
  });
});
afterEach(() => vi.unstubAllGlobals());

describe('afterNextPaint', () => {
  it('runs nothing before the next frame, and runs in a task after that frame, not inside it', async () => {
    const fn = vi.fn();
    afterNextPaint(fn);
    await tasksDrained();
    expect(fn).not.toHaveBeenCalled();
    runFrame();
    expect(fn).not.toHaveBeenCalled(); // not in the frame's own callback
    await tasksDrained();
    expect(fn).toHaveBeenCalledTimes(1);
  });

  it('runs nothing once cancelled, before or after the frame came', async () => {
    const early = vi.fn();
    afterNextPaint(early)();
    runFrame();
    await tasksDrained();
    expect(early).not.toHaveBeenCalled();

    const late = vi.fn();
    const cancel = afterNextPaint(late);
    runFrame();
    cancel();
    await tasksDrained();
    expect(late).not.toHaveBeenCalled();
  });
});
