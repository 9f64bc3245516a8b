// The speaking order rules, on a fake clock with the fake speech.
import { describe, expect, it, vi } from 'vitest';
import type { CuePriority } from '../domain/cues/catalogue';
import type { SessionPhase } from '../domain/session/step';
import { FakeClock } from './clock';
import { COUNTDOWN_LATE_TOLERANCE_MS, createCueQueue, type SpokenCue } from './cueQueue';
import { FakeSpeech, type FakeSpeechOptions } from './speech';

/** A slow voice: about 65 ms a character, so a long prompt takes seconds. */
const SLOW_VOICE = (text: string) => text.length * 65;

const LEAN_BACK = 'Lean back slowly.';
const PROMPT = 'Receiver, tap when it is a gentle pull.';
const HOLD = 'Hold here. Keep it steady.';
const EASE_OFF = 'Ease off a little and keep it steady.';
const RELEASE = 'Release slowly.';

const opens = (name: SessionPhase) => ({ name, opens: true });
const within = (name: SessionPhase) => ({ name, opens: false });

function setUp(speechOptions: Omit<FakeSpeechOptions, 'clock'> = {}) {
  const clock = new FakeClock(60_000);
  const speech = new FakeSpeech({ clock, ...speechOptions });
  const queue = createCueQueue(speech, clock);
  const say = (
    text: string,
    priority: CuePriority,
    { scheduledAt = clock.now(), phase }: Partial<Pick<SpokenCue, 'scheduledAt' | 'phase'>> = {},
  ) => queue.say({ text, lang: 'en', priority, scheduledAt, phase });
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

  it('never cuts off a speaking phase cue with another cue of its phase; the second waits its turn', () => {
    const { clock, speech, say, outcomes } = setUp({ utteranceMs: SLOW_VOICE });
    say(HOLD, 'phase', { phase: opens('hold') });
    clock.advance(200);
    say(EASE_OFF, 'phase', { phase: within('hold') });
    clock.advance(5000);
    expect(outcomes()).toEqual([
      [HOLD, 'spoken'],
      [EASE_OFF, 'spoken'],
    ]);
    expect(speech.utterances[1]?.startedAt).toBe(60_000 + SLOW_VOICE(HOLD));
  });

  it('cuts off the ramp prompt the moment the hold opens, and says the hold cue at once', () => {
    const { clock, speech, say, outcomes } = setUp({ utteranceMs: SLOW_VOICE });
    const cancel = vi.spyOn(speech, 'cancel');
    say(LEAN_BACK, 'phase', { phase: opens('ramp') });
    clock.advance(10_000);
    say(PROMPT, 'phase', { phase: within('ramp') });
    clock.advance(500);
    say(HOLD, 'phase', { phase: opens('hold') });
    expect(speech.speaking()?.text).toBe(HOLD);
    expect(speech.speaking()?.startedAt).toBe(clock.now());
    // The same cancel a safety cue uses, so the adapter's care after a cancel applies here too.
    expect(cancel).toHaveBeenCalledOnce();
    clock.advance(5000);
    expect(outcomes()).toEqual([
      [LEAN_BACK, 'spoken'],
      [PROMPT, 'interrupted'],
      [HOLD, 'spoken'],
    ]);
  });

  it("cuts off an ease-off cue when the release opens, and drops the hold's waiting number", () => {
    const { clock, speech, say, outcomes } = setUp({ utteranceMs: SLOW_VOICE });
    say(HOLD, 'phase', { phase: opens('hold') });
    clock.advance(9000);
    say(EASE_OFF, 'phase', { phase: within('hold') });
    clock.advance(400);
    say('One.', 'countdown');
    clock.advance(100);
    // "One." is still within its tolerance: only the new phase makes it go.
    say(RELEASE, 'phase', { phase: opens('release') });
    expect(speech.speaking()?.text).toBe(RELEASE);
    expect(speech.speaking()?.startedAt).toBe(clock.now());
    clock.advance(5000);
    expect(outcomes()).toEqual([
      [HOLD, 'spoken'],
      [EASE_OFF, 'interrupted'],
      [RELEASE, 'spoken'],
    ]);
  });

  it('says an ease-off pressed during the ramp in full before the hold cue it leads into', () => {
    const { clock, say, outcomes } = setUp({ utteranceMs: SLOW_VOICE });
    say(LEAN_BACK, 'phase', { phase: opens('ramp') });
    clock.advance(300);
    say(EASE_OFF, 'phase', { phase: within('hold') });
    say(HOLD, 'phase', { phase: opens('hold') });
    clock.advance(10_000);
    expect(outcomes()).toEqual([
      [LEAN_BACK, 'interrupted'],
      [EASE_OFF, 'spoken'],
      [HOLD, 'spoken'],
    ]);
  });

  it('never cuts off a speaking safety cue, even with a cue that opens a new phase', () => {
    const { clock, say, outcomes } = setUp({ utteranceMs: 1500 });
    say('Stop — release slowly', 'safety', { phase: opens('release') });
    clock.advance(100);
    say('Why did you stop?', 'phase', { phase: opens('stopCheck') });
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
    say('Two', 'countdown', { scheduledAt: clock.now() - COUNTDOWN_LATE_TOLERANCE_MS - 1 });
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
