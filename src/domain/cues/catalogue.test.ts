import { describe, expect, it } from 'vitest';
import { CUE_IDS, CUE_PRIORITY_RANK, CUES, countCue } from './catalogue';

describe('cue catalogue', () => {
  it('ranks safety above phase above countdown', () => {
    expect(CUE_PRIORITY_RANK.safety).toBeGreaterThan(CUE_PRIORITY_RANK.phase);
    expect(CUE_PRIORITY_RANK.phase).toBeGreaterThan(CUE_PRIORITY_RANK.countdown);
  });

  it('makes every release on a stop, pain, pause, cap or lost time a safety cue', () => {
    for (const id of [
      'stopRelease',
      'painRelease',
      'pauseRelease',
      'rampCapRelease',
      'timeUpRelease',
      'recoveryRelease',
    ] as const) {
      expect(CUES[id].priority).toBe('safety');
    }
  });

  it('gives every cue a message key of its own', () => {
    const keys = CUE_IDS.map((id) => CUES[id].messageKey);
    expect(new Set(keys).size).toBe(CUE_IDS.length);
    for (const id of CUE_IDS) expect(CUES[id].messageKey).toBe(`cue.${id}`);
  });

  it('counts one to ten and nothing else', () => {
    expect(countCue(3)).toBe('count3');
    expect(countCue(10)).toBe('count10');
    expect(countCue(0)).toBeUndefined();
    expect(countCue(11)).toBeUndefined();
    expect(countCue(2.5)).toBeUndefined();
    expect(CUES.count1.priority).toBe('countdown');
  });
});
