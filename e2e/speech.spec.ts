// Real speech (speech-dispatcher, espeak-ng): English cues in order, one at a time; Stop cuts in.
import { writeFile } from 'node:fs/promises';
import { expect, type Page, test } from '@playwright/test';
import { Receiver, Tractus } from './support/tractus';

/** One call to speechSynthesis.speak, with its events in page time (performance.now, ms). */
interface SpokenUtterance {
  text: string;
  lang: string;
  voice: string | null;
  queuedAt: number;
  startedAt: number | null;
  endedAt: number | null;
  error: string | null;
  errorAt: number | null;
  /** Set when the test pressed Stop during this utterance. */
  stopPressedAt: number | null;
}

type SpeechWindow = Window & {
  __utterances?: SpokenUtterance[];
  /** When speechSynthesis.cancel() was called. */
  __cancels?: number[];
  /** The text during whose speaking the page presses Stop (pointerdown), once. */
  __pressStopDuring?: string | null;
};

const AUDIO_CHECK =
  'This is the Tractus audio check. If you can both hear this, tick: we both heard it.';
const GET_READY = 'Get ready. Partner, take your grip and a stable stance.';
const LEAN_BACK = 'Lean back slowly.';
const HOLD = 'Hold here. Keep it steady.';
const RELEASE = 'Release slowly.';
const REST = 'Rest. Receiver, how was that?';
const NEXT_LONGER = 'Next pull: the same pull, held a little longer.';
const STOP_RELEASE = 'Stop — release slowly.';
const STOP_CHECK = 'Stopped. Why did you stop?';
const COUNTS = ['Four.', 'Three.', 'Two.', 'One.'];

/**
 * Runs in the page before the app: wraps speechSynthesis.speak so every utterance is logged with
 * its start, end and error. Stop is pressed from inside the utterance's own start event: espeak
 * into a null sink speaks a cue in tens of milliseconds, faster than a round trip from the test.
 */
function recordUtterances(): void {
  const page = window as SpeechWindow;
  page.__utterances = [];
  page.__pressStopDuring = null;
  page.__cancels = [];
  const synth = window.speechSynthesis;
  const speak = synth.speak.bind(synth);
  const cancel = synth.cancel.bind(synth);
  const now = () => Math.round(performance.now());
  synth.cancel = () => {
    page.__cancels?.push(now());
    cancel();
  };
  const pressStop = () => {
    const stop = [...document.querySelectorAll('button')].find(
      (button) => button.textContent?.trim() === 'Stop',
    );
    stop?.dispatchEvent(
      new PointerEvent('pointerdown', {
        bubbles: true,
        cancelable: true,
        pointerType: 'mouse',
        button: 0,
        isPrimary: true,
      }),
    );
  };
  synth.speak = (utterance: SpeechSynthesisUtterance) => {
    const entry: SpokenUtterance = {
      text: utterance.text,
      lang: utterance.lang,
      voice: utterance.voice ? `${utterance.voice.name} (${utterance.voice.lang})` : null,
      queuedAt: now(),
      startedAt: null,
      endedAt: null,
      error: null,
      errorAt: null,
      stopPressedAt: null,
    };
    page.__utterances?.push(entry);
    utterance.addEventListener('start', () => {
      entry.startedAt = now();
      if (page.__pressStopDuring === entry.text) {
        page.__pressStopDuring = null;
        entry.stopPressedAt = now();
        pressStop();
      }
    });
    utterance.addEventListener('end', () => {
      entry.endedAt = now();
    });
    utterance.addEventListener('error', (event) => {
      entry.error = event.error;
      entry.errorAt = now();
    });
    speak(utterance);
  };
}

function utterances(page: Page): Promise<SpokenUtterance[]> {
  return page.evaluate(() => (window as SpeechWindow).__utterances ?? []);
}

/** What was actually said: the app's silent priming utterances (blank text) left out. */
async function spoken(page: Page): Promise<SpokenUtterance[]> {
  return (await utterances(page)).filter((u) => u.text.trim() !== '');
}

/** Waits until the utterance with this text (the `nth` of them) has been spoken and has ended. */
async function waitUntilSaid(page: Page, text: string, timeout = 20_000, nth = 0): Promise<void> {
  await expect
    .poll(async () => (await spoken(page)).filter((u) => u.text === text && u.endedAt).length, {
      timeout,
      message: `"${text}" should be spoken`,
    })
    .toBeGreaterThan(nth)
    .catch(async (error: unknown) => {
      await keepLog(page);
      throw error;
    });
}

/** Keeps the log with the test's output: the evidence that real speech ran (or why not). */
async function keepLog(page: Page): Promise<void> {
  const testInfo = test.info();
  const path = testInfo.outputPath('utterances.json');
  const log = await page.evaluate(() => {
    const speaking = window as SpeechWindow;
    return { utterances: speaking.__utterances ?? [], cancels: speaking.__cancels ?? [] };
  });
  await writeFile(path, JSON.stringify(log, null, 2));
  await testInfo.attach('utterances', { path, contentType: 'application/json' });
}

/** `items` contains `expected` in this order (others may lie between). */
function inOrder(items: readonly string[], expected: readonly string[]): boolean {
  let at = 0;
  for (const item of items) if (item === expected[at]) at++;
  return at === expected.length;
}

/** The countdown numbers spoken between two cues; a late number may be dropped, never reordered. */
function countsBetween(texts: readonly string[], from: string, to: string): string[] {
  const start = texts.indexOf(from);
  const end = texts.indexOf(to, start + 1);
  return texts.slice(start + 1, end);
}

/** Each utterance ended before the next started, except right after `interrupted`. */
function expectOneAtATime(log: readonly SpokenUtterance[], interrupted?: SpokenUtterance): void {
  for (let i = 1; i < log.length; i++) {
    const before = log[i - 1];
    const after = log[i];
    if (!before || !after || before === interrupted) continue;
    expect(
      before.endedAt ?? Number.POSITIVE_INFINITY,
      `"${before.text}" should end before "${after.text}" starts`,
    ).toBeLessThanOrEqual(after.startedAt ?? Number.NEGATIVE_INFINITY);
  }
}

async function voicesArrive(page: Page): Promise<void> {
  // Voices come by `voiceschanged` a few seconds after the first getVoices().
  await expect
    .poll(() => page.evaluate(() => window.speechSynthesis.getVoices().length), {
      timeout: 20_000,
      message: 'speech-dispatcher should offer voices (is Chromium run with it?)',
    })
    .toBeGreaterThan(0);
}

test.describe('real speech', () => {
  // One speech-dispatcher serves every browser on the machine: two sessions talking at once
  // would queue behind each other.
  test.describe.configure({ mode: 'serial', timeout: 120_000 });

  test.beforeEach(async ({ page }) => {
    await page.addInitScript(recordUtterances);
  });

  test('a pull is spoken cue by cue, in English, each cue ending before the next begins', async ({
    page,
  }) => {
    const app = new Tractus(page);
    const receiver = new Receiver(page);
    // The real clock: utterances take real time, and the speech adapter times them.
    await app.openWithRealClock();
    await voicesArrive(page);
    await app.firstRunToStart();
    await waitUntilSaid(page, AUDIO_CHECK);

    await app.startButton().click();
    await app.expectPhase('Get ready');
    await waitUntilSaid(page, GET_READY);
    await expect(app.status()).toHaveText(/^Ramp/, { timeout: 15_000 });
    await waitUntilSaid(page, LEAN_BACK);
    await receiver.confirmGentlePull();
    await app.expectPhase('Hold');
    await expect(app.status()).toHaveText(/^Rest/, { timeout: 40_000 });
    await waitUntilSaid(page, REST);
    await receiver.rateAndContinue('Just right');
    await waitUntilSaid(page, NEXT_LONGER);
    await keepLog(page);

    const log = await spoken(page);
    const texts = log.map((u) => u.text);
    expect(texts[0]).toBe(AUDIO_CHECK);
    // Every phase cue, in the order of the pull; the countdowns fall between them.
    expect(texts.filter((text) => !COUNTS.includes(text))).toEqual([
      AUDIO_CHECK,
      GET_READY,
      LEAN_BACK,
      HOLD,
      RELEASE,
      REST,
      NEXT_LONGER,
    ]);
    const holdCount = countsBetween(texts, HOLD, RELEASE);
    const releaseCount = countsBetween(texts, RELEASE, REST);
    expect(inOrder(['Three.', 'Two.', 'One.'], holdCount)).toBe(true);
    expect(inOrder(COUNTS, releaseCount)).toBe(true);
    // A number can be dropped if it would come late, but on an idle machine most are said.
    expect(holdCount.length + releaseCount.length).toBeGreaterThanOrEqual(4);

    for (const u of log) {
      expect(u.lang, `language of "${u.text}"`).toMatch(/^en/);
      expect(u.voice, `voice of "${u.text}"`).not.toBeNull();
      expect(u.error, `"${u.text}" should not fail`).toBeNull();
      expect(u.startedAt, `"${u.text}" should start`).not.toBeNull();
      expect(u.endedAt, `"${u.text}" should end`).not.toBeNull();
    }
    // Nothing interrupted anything here.
    expectOneAtATime(log);
  });

  test('Stop during a spoken cue cuts it off and "Stop — release slowly." comes next', async ({
    page,
  }) => {
    const app = new Tractus(page);
    const receiver = new Receiver(page);
    await app.openWithRealClock();
    await voicesArrive(page);
    await app.firstRunToStart();

    await app.startButton().click();
    await expect(app.status()).toHaveText(/^Ramp/, { timeout: 15_000 });
    await waitUntilSaid(page, LEAN_BACK);
    await page.evaluate((text) => {
      (window as SpeechWindow).__pressStopDuring = text;
    }, HOLD);
    await receiver.confirmGentlePull();
    await waitUntilSaid(page, STOP_RELEASE);
    await expect(app.status()).toHaveText(/^Stopped/, { timeout: 20_000 });
    await waitUntilSaid(page, STOP_CHECK);
    await keepLog(page);

    const log = await spoken(page);
    const texts = log.map((u) => u.text);
    const holdAt = texts.indexOf(HOLD);
    const hold = log[holdAt];
    const stop = log[holdAt + 1];
    if (!hold || !stop) throw new Error(`Hold and the stop cue should both be spoken: ${texts}`);
    const pressedAt = hold.stopPressedAt;
    if (pressedAt === null) throw new Error('Stop should have been pressed while Hold was spoken');

    // The cue being spoken was cut off: cancel() came while it was speaking (after its start
    // event, before its end), and its end or 'interrupted' error followed.
    const started = hold.startedAt ?? Number.POSITIVE_INFINITY;
    const over = Math.min(
      hold.endedAt ?? Number.POSITIVE_INFINITY,
      hold.errorAt ?? Number.POSITIVE_INFINITY,
    );
    expect(over, 'the hold cue should end').toBeLessThan(Number.POSITIVE_INFINITY);
    const cancels = await page.evaluate(() => (window as SpeechWindow).__cancels ?? []);
    const cut = cancels.filter((at) => at >= started && at >= pressedAt && at <= over);
    expect(cut, `a cancel between ${started} and ${over}: ${cancels}`).toHaveLength(1);
    if (hold.error !== null) expect(['interrupted', 'canceled']).toContain(hold.error);

    // The very next thing said is the stop cue, promptly, and it is said in full.
    expect(stop.text).toBe(STOP_RELEASE);
    expect(stop.lang).toMatch(/^en/);
    expect(stop.error).toBeNull();
    expect(stop.startedAt ?? Number.NEGATIVE_INFINITY).toBeGreaterThanOrEqual(over);
    expect((stop.startedAt ?? Number.POSITIVE_INFINITY) - pressedAt).toBeLessThan(2_000);
    expect(stop.endedAt).not.toBeNull();

    // Then the counted release and the stop check; nothing of the hold (no hold countdown) after.
    const after = texts.slice(holdAt + 2);
    expect(after[after.length - 1]).toBe(STOP_CHECK);
    expect(inOrder(COUNTS, after.slice(0, -1))).toBe(true);
    expect(after.filter((text) => text === HOLD || text === RELEASE)).toEqual([]);
    // Apart from the cut, still one cue at a time.
    expectOneAtATime(log, hold);
  });
});
