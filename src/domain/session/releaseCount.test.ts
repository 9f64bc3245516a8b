import { describe, expect, it } from 'vitest';
import { releaseCount } from './releaseCount';

describe('releaseCount', () => {
  it('counts one number a second after "release slowly", down to one, ending a second before the release does', () => {
    expect(releaseCount(5, 1000)).toEqual([
      { at: 2000, n: 4, cue: 'count4' },
      { at: 3000, n: 3, cue: 'count3' },
      { at: 4000, n: 2, cue: 'count2' },
      { at: 5000, n: 1, cue: 'count1' },
    ]);
  });

  it('the shortest release (3 s) still counts "two, one"', () => {
    expect(releaseCount(3, 0).map((c) => c.cue)).toEqual(['count2', 'count1']);
  });
});
