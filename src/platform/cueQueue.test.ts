// The speaking order rules, on a fake clock with the fake speech.
import { describe, expect, it } from 'vitest';
import type { CuePriority } from '../domain/cues/catalogue';
import { FakeClock } from './clock';
import { COUNTDOWN_LATE_TOLERANCE_MS, createCueQueue } from './cueQueue';
import { FakeSpeech, type FakeSpeechOptions } from './speech';

function setUp(speechOptions: Omit<FakeSpeechOptions, 'clock'> = {}) {
  const clock = new FakeClock(60_000);
  const speech = new FakeSpeech({ clock, ...speechOptions });
  const queue = createCueQueue(speech, clock);
  const say = (text: string, priority: CuePriority, scheduledAt = clock.now()) =>
    queue.say({ text, lang: 'en', priority, scheduledAt });
  const outcomes = () => speech.utterances.map((u) => [u.text, u.outcome]);
  return { clock, speech, queue, say, outcomes };
}

describe('createCueQueue', () => {
  it('interrupts whatever is speaking for a safety cue and says it at once', () => {
    const { clock, speech, say, outcomes } = setUp();
    say('Hold here', 'phase');
    clock.advance(200);
    say('Stop — release slowly', 'safety');
    expect(speech.speaking()?.text).toBe('Stop — release slowly');
    expect(speech.speaking()?.startedAt).toBe(clock.now());
    expect(outcomes()).toEqual([
      ['Hold here', 'interrupted'],
      ['Stop — release slowly', null],
    ]);
  });

  it('lets a newer safety cue cut off an older one', () => {
    const { speech, say } = setUp();
    say('Pause — release slowly', 'safety');
    say('Stop — release slowly', 'safety');
    expect(speech.speaking()?.text).toBe('Stop — release slowly');
  });

  it('forgets cues that were waiting when the safety cue came, but says later ones after it', () => {
    const { speech, say } = setUp();
    say('Hold here', 'phase');
    say('Keep holding', 'phase');
    say('Three', 'countdown');
    say('Stop — release slowly', 'safety');
    say('Four', 'countdown');
    speech.finish();
    speech.finish();
    expect(speech.spokenTexts()).toEqual(['Hold here', 'Stop — release slowly', 'Four']);
  });

  it('never cuts off a speaking phase cue with another phase cue; the second waits its turn', () => {
    const { clock, speech, say, outcomes } = setUp({ utteranceMs: 900 });
    say('Release slowly', 'phase');
    clock.advance(100);
    say('Rest', 'phase');
    clock.advance(2000);
    expect(outcomes()).toEqual([
      ['Release slowly', 'spoken'],
      ['Rest', 'spoken'],
    ]);
    expect(speech.utterances[1]?.startedAt).toBe(60_900);
  });

  it('never cuts off a speaking safety cue with a phase cue', () => {
    const { clock, say, outcomes } = setUp({ utteranceMs: 1500 });
    say('Stop — release slowly', 'safety');
    clock.advance(100);
    say('Why did you stop?', 'phase');
    clock.advance(5000);
    expect(outcomes()).toEqual([
      ['Stop — release slowly', 'spoken'],
      ['Why did you stop?', 'spoken'],
    ]);
  });

  it('says a countdown number that can start within the tolerance of when it was due', () => {
    const { clock, speech, say } = setUp({ utteranceMs: COUNTDOWN_LATE_TOLERANCE_MS });
    say('Hold here', 'phase');
    say('Three', 'countdown');
    clock.advance(5000);
    expect(speech.spokenTexts()).toEqual(['Hold here', 'Three']);
  });

  it('drops a countdown number that would start late instead of saying it late', () => {
    const { clock, speech, say } = setUp({ utteranceMs: COUNTDOWN_LATE_TOLERANCE_MS + 1 });
    say('Hold here', 'phase');
    say('Three', 'countdown');
    clock.advance(5000);
    expect(speech.spokenTexts()).toEqual(['Hold here']);
    expect(speech.utterances.map((u) => u.text)).not.toContain('Three');
  });

  it('drops a countdown number that arrives already late, even with nothing speaking', () => {
    const { clock, speech, say } = setUp();
    say('Two', 'countdown', clock.now() - COUNTDOWN_LATE_TOLERANCE_MS - 1);
    expect(speech.utterances).toEqual([]);
  });

  it('replaces a waiting countdown number with a newer one', () => {
    const { clock, speech, say } = setUp();
    say('Hold here', 'phase');
    say('Three', 'countdown');
    clock.advance(100);
    say('Two', 'countdown');
    clock.advance(100);
    speech.finish();
    expect(speech.spokenTexts()).toEqual(['Hold here', 'Two']);
  });

  it('lets a waiting phase cue go before a waiting countdown number', () => {
    const { speech, say } = setUp();
    say('Hold here', 'phase');
    say('One', 'countdown');
    say('Release slowly', 'phase');
    speech.finish();
    expect(speech.speaking()?.text).toBe('Release slowly');
  });

  it('keeps going through cues when speech fails, so none waits forever', () => {
    const { speech, say, outcomes } = setUp({ failWith: 'synthesis-failed' });
    say('Get ready', 'phase');
    say('Lean back slowly', 'phase');
    expect(outcomes()).toEqual([
      ['Get ready', 'failed'],
      ['Lean back slowly', 'failed'],
    ]);
    expect(speech.speaking()).toBeNull();
  });

  it('clear() silences speech and forgets what was waiting', () => {
    const { speech, queue, say } = setUp();
    say('Hold here', 'phase');
    say('Release slowly', 'phase');
    queue.clear();
    expect(speech.speaking()).toBeNull();
    say('Rest', 'phase');
    speech.finish();
    expect(speech.spokenTexts()).toEqual(['Hold here', 'Rest']);
  });
});
