// The Speech contract, held by the fake and by the Web Speech adapter on a stubbed speechSynthesis.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FakeClock } from './clock';
import {
  createBrowserSpeech,
  FakeSpeech,
  pickVoice,
  type Speech,
  type SpeechEvent,
  type SpeechUnavailableReason,
  type SpeechVoice,
  START_TIMEOUT_MS,
  VOICES_TIMEOUT_MS,
} from './speech';

// --- A minimal speechSynthesis: one utterance at a time, events fired synchronously. ------------

interface StubVoice {
  voiceURI: string;
  name: string;
  lang: string;
  localService: boolean;
  default: boolean;
}

type Handler = ((event: { error?: string }) => void) | null;

class StubUtterance {
  lang = '';
  voice: StubVoice | null = null;
  rate = 1;
  volume = 1;
  onstart: Handler = null;
  onend: Handler = null;
  onerror: Handler = null;
  constructor(public text = '') {}
}

class StubSynthesis extends EventTarget {
  paused = false;
  /** Every utterance handed to speak(), in order. */
  readonly log: StubUtterance[] = [];
  current: StubUtterance | null = null;
  private queue: StubUtterance[] = [];

  constructor(
    private installed: StubVoice[],
    /** Every utterance errors with this code, like Chromium without a speech service. */
    public failing: string | null = null,
    /** Utterances never start, like Safari before a gesture. */
    public silent = false,
  ) {
    super();
  }

  getVoices(): StubVoice[] {
    return this.installed;
  }

  loadVoices(voices: StubVoice[]): void {
    this.installed = voices;
    this.dispatchEvent(new Event('voiceschanged'));
  }

  speak(utterance: StubUtterance): void {
    this.log.push(utterance);
    this.queue.push(utterance);
    if (!this.current) this.next();
  }

  cancel(): void {
    const current = this.current;
    const queued = this.queue;
    this.current = null;
    this.queue = [];
    current?.onerror?.({ error: 'interrupted' });
    for (const utterance of queued) utterance.onerror?.({ error: 'canceled' });
  }

  resume(): void {
    this.paused = false;
  }

  finish(): void {
    const current = this.current;
    if (!current) return;
    this.current = null;
    current.onend?.({});
    this.next();
  }

  fail(code: string): void {
    const current = this.current;
    if (!current) return;
    this.current = null;
    current.onerror?.({ error: code });
    this.next();
  }

  private next(): void {
    const utterance = this.queue.shift();
    if (!utterance) return;
    this.current = utterance;
    if (this.silent) return;
    if (utterance.text.trim() === '') {
      // A blank utterance is over as soon as it begins.
      utterance.onstart?.({});
      this.current = null;
      utterance.onend?.({});
      this.next();
      return;
    }
    if (this.failing) {
      this.fail(this.failing);
      return;
    }
    utterance.onstart?.({});
  }
}

const VOICES: StubVoice[] = [
  { voiceURI: 'net-en', name: 'Cloud English', lang: 'en-US', localService: false, default: true },
  { voiceURI: 'dev-en', name: 'Device English', lang: 'en-GB', localService: true, default: false },
  { voiceURI: 'dev-de', name: 'Device German', lang: 'de-DE', localService: true, default: false },
];

const AS_PORT_VOICES: SpeechVoice[] = VOICES.map((v) => ({
  id: v.voiceURI,
  name: v.name,
  lang: v.lang,
  local: v.localService,
  isDefault: v.default,
}));

function installSynthesis(synthesis: StubSynthesis): void {
  vi.stubGlobal('speechSynthesis', synthesis);
  vi.stubGlobal('SpeechSynthesisUtterance', StubUtterance);
}

function options(id: string, lang = 'en') {
  return { lang, priority: 'phase' as const, scheduledAt: 0, id };
}

function listen(speech: Speech) {
  const events: SpeechEvent[] = [];
  const reasons: SpeechUnavailableReason[] = [];
  speech.onEvent((event) => events.push(event));
  speech.onUnavailable((reason) => reasons.push(reason));
  return { events, reasons };
}

// --- The contract --------------------------------------------------------------------------------

interface SpeechHarness {
  speech: Speech;
  finishCurrent(): void;
  failCurrent(code: 'synthesis-failed' | 'not-allowed'): void;
  /** The device's voice list becomes this one. */
  loadVoices(voices: readonly SpeechVoice[]): void;
}

function speechContract(name: string, make: () => SpeechHarness) {
  describe(`Speech contract: ${name}`, () => {
    it('says one thing at a time, in order, each with a start and an end', () => {
      const { speech, finishCurrent } = make();
      const { events } = listen(speech);
      speech.speak('Lean back slowly', options('a'));
      speech.speak('Hold here', options('b'));
      expect(events).toEqual([{ type: 'start', id: 'a' }]);
      finishCurrent();
      finishCurrent();
      expect(events).toEqual([
        { type: 'start', id: 'a' },
        { type: 'end', id: 'a', outcome: 'spoken' },
        { type: 'start', id: 'b' },
        { type: 'end', id: 'b', outcome: 'spoken' },
      ]);
    });

    it('cancel silences the current utterance and drops the queued ones, at once', () => {
      const { speech } = make();
      const { events, reasons } = listen(speech);
      speech.speak('Hold here', options('a'));
      speech.speak('Three', options('b'));
      speech.cancel();
      expect(events).toEqual([
        { type: 'start', id: 'a' },
        { type: 'end', id: 'a', outcome: 'interrupted' },
        { type: 'end', id: 'b', outcome: 'interrupted' },
      ]);
      // A cancel is ours, not a failure of speech.
      expect(reasons).toEqual([]);
      speech.speak('Stop — release slowly', options('c'));
      expect(events[events.length - 1]).toEqual({ type: 'start', id: 'c' });
    });

    it('ends a failed utterance as failed, carries on, and reports speech unavailable once', () => {
      const { speech, failCurrent } = make();
      const { events, reasons } = listen(speech);
      speech.speak('Lean back slowly', options('a'));
      speech.speak('Hold here', options('b'));
      failCurrent('synthesis-failed');
      expect(events).toContainEqual({ type: 'end', id: 'a', outcome: 'failed' });
      expect(events).toContainEqual({ type: 'start', id: 'b' });
      failCurrent('synthesis-failed');
      expect(reasons).toEqual(['synthesis-failed']);
      const late: SpeechUnavailableReason[] = [];
      speech.onUnavailable((reason) => late.push(reason));
      expect(late).toEqual(['synthesis-failed']);
    });

    it('reports a refusal for want of a user gesture as not-allowed', () => {
      const { speech, failCurrent } = make();
      const { reasons } = listen(speech);
      speech.speak('Get ready', options('a'));
      failCurrent('not-allowed');
      expect(reasons).toEqual(['not-allowed']);
    });

    it('lists the voices on the device', () => {
      const { speech } = make();
      expect(speech.voices()).toEqual(AS_PORT_VOICES);
    });

    it('tells its listeners when the device’s voices change, and lists the new ones', () => {
      const { speech, loadVoices } = make();
      let told = 0;
      const stop = speech.onVoicesChanged(() => told++);
      const german = AS_PORT_VOICES.filter((voice) => voice.lang.startsWith('de'));
      loadVoices(german);
      expect(told).toBe(1);
      expect(speech.voices()).toEqual(german);
      stop();
      loadVoices(AS_PORT_VOICES);
      expect(told).toBe(1);
    });
  });
}

speechContract('FakeSpeech', () => {
  const speech = new FakeSpeech({ clock: new FakeClock(), voices: AS_PORT_VOICES });
  return {
    speech,
    finishCurrent: () => speech.finish(),
    failCurrent: (code) => speech.fail(code),
    loadVoices: (voices) => speech.loadVoices(voices),
  };
});

describe('createBrowserSpeech', () => {
  let synthesis: StubSynthesis;

  beforeEach(() => {
    synthesis = new StubSynthesis(VOICES);
    installSynthesis(synthesis);
  });

  afterEach(() => {
    vi.unstubAllGlobals();
    vi.useRealTimers();
  });

  speechContract('createBrowserSpeech', () => ({
    speech: createBrowserSpeech(),
    finishCurrent: () => synthesis.finish(),
    failCurrent: (code) => synthesis.fail(code),
    loadVoices: (voices) =>
      synthesis.loadVoices(
        voices.map((v) => ({
          voiceURI: v.id,
          name: v.name,
          lang: v.lang,
          localService: v.local,
          default: v.isDefault,
        })),
      ),
  }));

  it('speaks a cue with a voice of its language on the device rather than a network voice', () => {
    const speech = createBrowserSpeech();
    speech.speak('Lean back slowly', options('a', 'en'));
    synthesis.finish();
    speech.speak('Langsam zurücklehnen', options('b', 'de'));
    expect(synthesis.log.map((u) => u.voice?.voiceURI)).toEqual(['dev-en', 'dev-de']);
    expect(synthesis.log.map((u) => u.lang)).toEqual(['en-GB', 'de-DE']);
  });

  it('uses the chosen voice and rate from settings', () => {
    const speech = createBrowserSpeech({ settings: { voiceId: 'net-en', rate: 0.8 } });
    speech.speak('Hold here', options('a', 'en'));
    synthesis.finish();
    speech.configure({ rate: 1.2 });
    // The chosen English voice cannot speak German; the German voice is used instead.
    speech.speak('Halten', options('b', 'de'));
    expect(synthesis.log.map((u) => [u.voice?.voiceURI, u.rate])).toEqual([
      ['net-en', 0.8],
      ['dev-de', 1.2],
    ]);
  });

  it('chooses the voice again when the setting or the installed voices change', () => {
    const speech = createBrowserSpeech();
    const say = (id: string) => {
      speech.speak('Hold here', options(id, 'en'));
      synthesis.finish();
    };
    say('a');
    say('b');
    // The device's English voice is replaced by another; the list is as long as before.
    synthesis.loadVoices([
      VOICES[0] as StubVoice,
      {
        voiceURI: 'dev-en-2',
        name: 'New English',
        lang: 'en-IE',
        localService: true,
        default: false,
      },
      VOICES[2] as StubVoice,
    ]);
    say('c');
    speech.configure({ voiceId: 'net-en' });
    say('d');
    expect(synthesis.log.map((u) => u.voice?.voiceURI)).toEqual([
      'dev-en',
      'dev-en',
      'dev-en-2',
      'net-en',
    ]);
  });

  it('reports no voices once, after waiting for voiceschanged in vain', () => {
    vi.useFakeTimers();
    synthesis = new StubSynthesis([]);
    installSynthesis(synthesis);
    const { reasons } = listen(createBrowserSpeech());
    vi.advanceTimersByTime(VOICES_TIMEOUT_MS - 1);
    expect(reasons).toEqual([]);
    vi.advanceTimersByTime(1);
    vi.advanceTimersByTime(VOICES_TIMEOUT_MS * 2);
    expect(reasons).toEqual(['no-voices']);
  });

  it('does not report voices that arrive late through voiceschanged', () => {
    vi.useFakeTimers();
    synthesis = new StubSynthesis([]);
    installSynthesis(synthesis);
    const speech = createBrowserSpeech();
    const { reasons } = listen(speech);
    vi.advanceTimersByTime(1000);
    synthesis.loadVoices(VOICES);
    vi.advanceTimersByTime(VOICES_TIMEOUT_MS * 2);
    expect(reasons).toEqual([]);
    expect(speech.voices()).toHaveLength(3);
  });

  it('without the Web Speech API reports unsupported and still ends each utterance', () => {
    vi.stubGlobal('speechSynthesis', undefined);
    const speech = createBrowserSpeech();
    const { events, reasons } = listen(speech);
    speech.speak('Stop — release slowly', options('a'));
    expect(reasons).toEqual(['unsupported']);
    expect(events).toEqual([{ type: 'end', id: 'a', outcome: 'failed' }]);
  });

  it('unlocks by speaking a silent utterance within the gesture, once', () => {
    const speech = createBrowserSpeech();
    speech.unlock();
    expect(synthesis.log).toHaveLength(1);
    expect(synthesis.log[0]?.volume).toBe(0);
    // Blank but not empty: an empty one stalls Chromium's speech on Linux for good.
    expect(synthesis.log[0]?.text).toBe(' ');
    speech.unlock();
    expect(synthesis.log).toHaveLength(1);
  });

  it('gives up on an utterance that never starts, reports it, and lets the next one through', () => {
    vi.useFakeTimers();
    synthesis = new StubSynthesis(VOICES, null, true);
    installSynthesis(synthesis);
    const speech = createBrowserSpeech();
    const { events, reasons } = listen(speech);
    speech.speak('Get ready', options('a'));
    vi.advanceTimersByTime(START_TIMEOUT_MS);
    expect(events).toEqual([{ type: 'end', id: 'a', outcome: 'failed' }]);
    expect(reasons).toEqual(['timeout']);
    synthesis.silent = false;
    speech.speak('Lean back slowly', options('b'));
    expect(events[events.length - 1]).toEqual({ type: 'start', id: 'b' });
  });

  it('ends an utterance whose end event never comes, so later cues are not stuck', () => {
    vi.useFakeTimers();
    const speech = createBrowserSpeech();
    const { events, reasons } = listen(speech);
    speech.speak('Hold here', options('a'));
    vi.advanceTimersByTime(60_000);
    expect(events).toEqual([
      { type: 'start', id: 'a' },
      { type: 'end', id: 'a', outcome: 'failed' },
    ]);
    // It did speak; only its end went missing.
    expect(reasons).toEqual([]);
  });

  it('puts a silent utterance before the first one after a cancel (Chromium on Linux drops it)', () => {
    const speech = createBrowserSpeech();
    speech.speak('Hold here', options('a'));
    speech.cancel();
    speech.speak('Stop — release slowly', options('b'));
    expect(synthesis.log.map((u) => u.text)).toEqual(['Hold here', ' ', 'Stop — release slowly']);
    expect(synthesis.current?.text).toBe('Stop — release slowly');
  });
});

describe('pickVoice', () => {
  it('prefers a device voice of the language, then the exact region', () => {
    expect(pickVoice(AS_PORT_VOICES, 'en-US', null)?.id).toBe('dev-en');
    expect(pickVoice(AS_PORT_VOICES, 'de', null)?.id).toBe('dev-de');
  });

  it('matches Android-style language tags and finds nothing for a missing language', () => {
    const android = [{ id: 'a', lang: 'fr_FR', local: true, isDefault: false }];
    expect(pickVoice(android, 'fr', null)?.id).toBe('a');
    expect(pickVoice(android, 'es', null)).toBeUndefined();
  });
});

describe('FakeSpeech', () => {
  it('times utterances on the fake clock', () => {
    const clock = new FakeClock(0);
    const speech = new FakeSpeech({ clock, utteranceMs: 800 });
    speech.speak('One', options('a'));
    speech.speak('Two', options('b'));
    clock.advance(1000);
    expect(speech.utterances.map((u) => [u.text, u.startedAt, u.endedAt])).toEqual([
      ['One', 0, 800],
      ['Two', 800, null],
    ]);
  });
});
