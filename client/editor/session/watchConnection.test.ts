import { describe, expect, it } from 'vitest';
import { fatalCloseMessage, stateAfterClose } from './watchConnection';

describe('stateAfterClose', () => {
  it('keeps a loaded map on screen, read-only with "reload to continue", when Journey was updated (4426)', () => {
    expect(stateAfterClose({ code: 4426, reason: 'schema' }, true)).toEqual({ newerSchema: 'server' });
  });

  it('shows the full-page notice for a 4426 before the map loaded: there is nothing to keep on screen', () => {
    expect(stateAfterClose({ code: 4426, reason: 'schema' }, false)).toEqual({
      fatal: fatalCloseMessage({ code: 4426, reason: 'schema' }),
    });
  });

  it('ends the session for the other terminal closes, loaded or not', () => {
    const after = stateAfterClose({ code: 4404, reason: '' }, true);
    expect('fatal' in after && after.fatal).toContain('no longer exists');
  });
});
