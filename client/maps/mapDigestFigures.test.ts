import { describe, expect, it } from 'vitest';
import type { MapDigest } from '../../model';
import { digestFigures, healthBand } from './mapDigestFigures';

const BASE: MapDigest = {
  openActions: 0,
  overdueActions: 0,
  unownedTouchpoints: 0,
  freshness: { measuredTouchpoints: 0, staleTouchpoints: 0, latestDate: null },
  health: { score: 100, next: null },
};
const texts = (d: Partial<MapDigest>, today = '2026-03-13') =>
  digestFigures({ ...BASE, ...d }, today).map((f) => `${f.text} [${f.tone}]`);

describe('the maps page digest figures', () => {
  it('say where a quiet map stands: no open actions, no data', () => {
    expect(texts({})).toEqual(['No open actions [muted]', 'no data [muted]']);
  });

  it('count actions, overdue in red, unowned touchpoints, and read freshness', () => {
    expect(
      texts({
        openActions: 3,
        overdueActions: 1,
        unownedTouchpoints: 2,
        freshness: { measuredTouchpoints: 4, staleTouchpoints: 3, latestDate: '2026-03-01' },
      }),
    ).toEqual([
      '3 open actions [plain]',
      '1 overdue [danger]',
      '2 unowned touchpoints [warning]',
      'data 12 d old [plain]',
      '3 stale [warning]',
    ]);
    expect(
      texts({
        openActions: 1,
        unownedTouchpoints: 1,
        freshness: { measuredTouchpoints: 1, staleTouchpoints: 0, latestDate: '2026-03-13' },
      }),
    ).toEqual(['1 open action [plain]', '1 unowned touchpoint [warning]', 'data from today [plain]']);
  });

  it('bands the health score for its badge', () => {
    expect([100, 80, 79, 50, 49, 0].map(healthBand)).toEqual([
      'good',
      'good',
      'fair',
      'fair',
      'poor',
      'poor',
    ]);
  });
});
