// Speech failing or missing: the session goes on with captions and beeps, and says so once (H9).
import { expect, type Page, test } from '@playwright/test';
import { Receiver, Tractus } from './support/tractus';

/** One sound: its wave and the frequency of each of its notes, in order. */
interface Tone {
  type: string;
  notes: number[];
}

type FailureWindow = Window & {
  /** Every sound started, in order. */
  __tones?: Tone[];
  /** The texts the app asked the failing engine to speak. */
  __speakAttempts?: string[];
};

const VOICE_UNAVAILABLE = 'Voice is not available — follow the captions and beeps';
// The app's beeps (src/platform/tones.ts): one sine note per phase cue, a higher one per count, and
// for a safety cue a falling pair of triangle notes, twice.
const PHASE_HZ = 660;
const COUNT_HZ = 990;
const STOP_NOTES = [784, 523, 784, 523];

/** Runs before the app: records each sound started, with its wave and its notes' frequencies. */
function recordTones(): void {
  const page = window as FailureWindow;
  page.__tones = [];
  const scheduled = new WeakMap<AudioParam, number[]>();
  const setValueAtTime = AudioParam.prototype.setValueAtTime;
  AudioParam.prototype.setValueAtTime = function (value: number, startTime: number) {
    scheduled.set(this, [...(scheduled.get(this) ?? []), value]);
    return setValueAtTime.call(this, value, startTime);
  };
  const start = OscillatorNode.prototype.start;
  OscillatorNode.prototype.start = function (when?: number) {
    page.__tones?.push({ type: this.type, notes: scheduled.get(this.frequency) ?? [] });
    start.call(this, when);
  };
}

/**
 * Runs before the app: an engine that lists an English voice but fails every utterance with
 * 'synthesis-failed', as Chromium does when no speech service answers.
 */
function failEverySpeech(): void {
  const page = window as FailureWindow;
  page.__speakAttempts = [];
  const synth = window.speechSynthesis;
  const voice = {
    voiceURI: 'test-english',
    name: 'Test English',
    lang: 'en-US',
    localService: true,
    default: true,
  };
  synth.getVoices = () => [voice as unknown as SpeechSynthesisVoice];
  // Lets the listed voice be chosen: the real setter only takes a SpeechSynthesisVoice.
  const voices = new WeakMap<SpeechSynthesisUtterance, SpeechSynthesisVoice | null>();
  Object.defineProperty(SpeechSynthesisUtterance.prototype, 'voice', {
    configurable: true,
    get(this: SpeechSynthesisUtterance) {
      return voices.get(this) ?? null;
    },
    set(this: SpeechSynthesisUtterance, value: SpeechSynthesisVoice | null) {
      voices.set(this, value);
    },
  });
  synth.speak = (utterance: SpeechSynthesisUtterance) => {
    page.__speakAttempts?.push(utterance.text);
    // A microtask, not a timer: the test's controlled clock must not hold the failure back.
    void Promise.resolve().then(() => {
      utterance.dispatchEvent(
        new SpeechSynthesisErrorEvent('error', { utterance, error: 'synthesis-failed' }),
      );
    });
  };
}

/** Runs before the app: a browser without the Web Speech API. */
function removeSpeech(): void {
  const page = window as unknown as Record<string, unknown>;
  delete page.speechSynthesis;
  delete page.SpeechSynthesisUtterance;
}

async function tones(page: Page): Promise<Tone[]> {
  return page.evaluate(() => (window as FailureWindow).__tones ?? []);
}

async function forgetTones(page: Page): Promise<void> {
  await page.evaluate(() => {
    (window as FailureWindow).__tones = [];
  });
}

/** How many one-note sounds of this wave and frequency were started. */
function countOf(list: readonly Tone[], type: string, frequency: number): number {
  return list.filter(
    (tone) => tone.type === type && tone.notes.length === 1 && tone.notes[0] === frequency,
  ).length;
}

const FAILURES = [
  { name: 'every utterance fails with synthesis-failed', init: failEverySpeech },
  { name: 'the browser has no speechSynthesis at all', init: removeSpeech },
] as const;

for (const failure of FAILURES) {
  test(`when ${failure.name}, a pull runs on captions and beeps and the user is told once`, async ({
    page,
  }) => {
    const pageErrors: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await page.addInitScript(recordTones);
    await page.addInitScript(failure.init);
    const app = new Tractus(page);
    const receiver = new Receiver(page);
    const notice = page.getByText(VOICE_UNAVAILABLE);

    await app.readyToStart('Ankle hold');
    await forgetTones(page);
    await app.startButton().click();
    await app.expectPhase('Get ready');
    await expect(app.caption()).toContainText(
      'Get ready. Partner, take your grip and a stable stance.',
    );
    await expect(notice).toHaveCount(1);
    await expect(notice).toBeVisible();

    await app.waitForPhase('Ramp');
    await expect(app.caption()).toContainText('Lean back slowly.');
    await receiver.confirmGentlePull();
    await app.expectPhase('Hold');
    await expect(app.caption()).toContainText('Hold here. Keep it steady.');
    await app.waitForPhase('Release');
    await expect(app.caption()).toContainText('Release slowly.');
    await app.waitForPhase('Rest');
    await expect(app.caption()).toContainText('Rest. Receiver, how was that?');

    // Five phase cues so far, each with its beep, and the hold's and release's counts ticked.
    let heard = await tones(page);
    expect(countOf(heard, 'sine', PHASE_HZ)).toBe(5);
    expect(countOf(heard, 'sine', COUNT_HZ)).toBe(3 + 4);
    expect(heard.filter((tone) => tone.type === 'triangle')).toEqual([]);

    await receiver.rateAndContinue('Just right');
    await expect(app.caption()).toContainText('Next pull: the same pull, held a little longer.');
    await app.waitForPhase('Get ready');
    await app.waitForPhase('Ramp');
    await receiver.confirmGentlePull();
    await app.expectPhase('Hold');
    await app.wait(2_000);
    await forgetTones(page);

    await receiver.stop();
    await app.expectPhase('Release');
    await expect(app.caption()).toContainText('Stop — release slowly.');
    heard = await tones(page);
    expect(heard.filter((tone) => tone.type === 'triangle')).toEqual([
      { type: 'triangle', notes: STOP_NOTES },
    ]);
    await app.waitForPhase('Stopped');
    await expect(app.caption()).toContainText('Stopped. Why did you stop?');

    // Told once, and still only once after a dozen more failed cues.
    await expect(notice).toHaveCount(1);
    expect(pageErrors).toEqual([]);
    const attempts = await page.evaluate(() => (window as FailureWindow).__speakAttempts ?? null);
    if (failure.init === removeSpeech) {
      expect(await page.evaluate(() => 'speechSynthesis' in window)).toBe(false);
      expect(attempts).toBeNull();
    } else {
      // Every cue was still offered to the engine: one failure does not stall the queue.
      expect(attempts).toEqual(
        expect.arrayContaining([
          'Get ready. Partner, take your grip and a stable stance.',
          'Lean back slowly.',
          'Hold here. Keep it steady.',
          'Release slowly.',
          'Rest. Receiver, how was that?',
          'Stop — release slowly.',
          'Stopped. Why did you stop?',
        ]),
      );
    }
  });
}
