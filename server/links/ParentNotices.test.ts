import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { JourneyNotice } from '../../model';
import { ParentNotices } from './ParentNotices';

describe('ParentNotices', () => {
  let clock = 0;
  let notices: ParentNotices;
  const heard: Array<[string, JourneyNotice]> = [];
  const to = (parent: string) => (notice: JourneyNotice) => heard.push([parent, notice]);
  const tick = (ms: number) => {
    clock += ms;
    vi.advanceTimersByTime(ms);
  };

  beforeEach(() => {
    vi.useFakeTimers();
    clock = 0;
    heard.length = 0;
    notices = new ParentNotices(1000, () => clock);
  });
  afterEach(() => {
    notices.stop();
    vi.useRealTimers();
  });

  it('tells a parent at once, then at most once a second, with one trailing notice for a burst', () => {
    notices.send('p1', 'c1', to('p1'));
    expect(heard).toEqual([['p1', { type: 'links-changed', childMapId: 'c1' }]]);
    tick(100);
    notices.send('p1', 'c1', to('p1'));
    tick(100);
    notices.send('p1', 'c2', to('p1'));
    expect(heard).toHaveLength(1);
    tick(799);
    expect(heard).toHaveLength(1);
    tick(1);
    // The burst's last save is told, a second after the first notice.
    expect(heard).toEqual([
      ['p1', { type: 'links-changed', childMapId: 'c1' }],
      ['p1', { type: 'links-changed', childMapId: 'c2' }],
    ]);
    tick(5000);
    expect(heard).toHaveLength(2);
  });

  it('throttles each parent on its own', () => {
    notices.send('p1', 'c1', to('p1'));
    notices.send('p2', 'c1', to('p2'));
    expect(heard.map(([p]) => p)).toEqual(['p1', 'p2']);
  });

  it('tells again at once after a quiet second', () => {
    notices.send('p1', 'c1', to('p1'));
    tick(1000);
    notices.send('p1', 'c1', to('p1'));
    expect(heard).toHaveLength(2);
  });

  it('drops pending notices when stopped', () => {
    notices.send('p1', 'c1', to('p1'));
    notices.send('p1', 'c1', to('p1'));
    notices.stop();
    tick(2000);
    expect(heard).toHaveLength(1);
  });
});
