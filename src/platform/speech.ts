// Spoken cues as a port: the Web Speech adapter that notices when speech fails, and a fake.
import type { CuePriority } from '../domain/cues/catalogue';
import type { Clock, TimeoutHost, Timer } from './clock';

export interface SpeakOptions {
  /** BCP 47 language of the text, e.g. 'en' or 'de-AT'. */
  lang: string;
  priority: CuePriority;
  /** When the cue was due (clock ms). */
  scheduledAt: number;
  /** Names this utterance in its start and end events. */
  id: string;
}

/** spoken: finished normally; interrupted: cancelled by us; failed: the engine could not say it. */
export type SpeechOutcome = 'spoken' | 'interrupted' | 'failed';

export type SpeechEvent =
  | { type: 'start'; id: string }
  | { type: 'end'; id: string; outcome: SpeechOutcome };

export type SpeechUnavailableReason =
  /** No Web Speech API in this browser. */
  | 'unsupported'
  /** No voice appeared, even after waiting for `voiceschanged`. */
  | 'no-voices'
  /** The browser refused (autoplay policy: no user gesture yet). */
  | 'not-allowed'
  | 'language-unavailable'
  /** The engine failed (e.g. `synthesis-failed` when no speech service runs). */
  | 'synthesis-failed'
  /** An utterance neither started nor ended in reasonable time. */
  | 'timeout';

export interface SpeechVoice {
  /** The voiceURI: stable across sessions, so settings keep it. */
  id: string;
  name: string;
  lang: string;
  /** Runs on the device (works offline, starts without a network round trip). */
  local: boolean;
  isDefault: boolean;
}

export interface SpeechSettings {
  /** A voice id from `voices()`, or null for the best voice of the cue's language. */
  voiceId: string | null;
  /** 1 is normal speed. */
  rate: number;
}

export interface Speech {
  /** Queues the text behind anything already speaking, as speechSynthesis does. */
  speak(text: string, options: SpeakOptions): void;
  /** Silences the current utterance and drops queued ones; each ends as 'interrupted' at once. */
  cancel(): void;
  voices(): SpeechVoice[];
  configure(settings: Partial<SpeechSettings>): void;
  /** Call inside a user gesture: browsers only allow speech that a gesture started first. */
  unlock(): void;
  onEvent(listener: (event: SpeechEvent) => void): () => void;
  /**
   * Called once, the first time speech proves unusable; a listener added later hears it at once.
   * Captions and beeps carry on, and the UI tells the user that cues are not being spoken.
   */
  onUnavailable(listener: (reason: SpeechUnavailableReason) => void): () => void;
  /** Called whenever the device's list of voices changes (browsers fill it in after loading). */
  onVoicesChanged(listener: () => void): () => void;
}

export const DEFAULT_SPEECH_SETTINGS: SpeechSettings = { voiceId: null, rate: 1 };

/** Primary language subtag, lower case: 'en-GB' and 'en_GB' (Android) both give 'en'. */
function primaryLanguage(lang: string): string {
  return lang.toLowerCase().replace('_', '-').split('-')[0] ?? '';
}

function sameLanguage(a: string, b: string): boolean {
  return primaryLanguage(a) === primaryLanguage(b);
}

function exactLanguage(a: string, b: string): boolean {
  return a.toLowerCase().replace('_', '-') === b.toLowerCase().replace('_', '-');
}

/**
 * The voice for a cue: the chosen voice if it speaks the cue's language; otherwise a voice of that
 * language, preferring one on the device (a network voice can fail offline or start late), then
 * the exact regional variant, then the platform default.
 */
export function pickVoice<V extends Pick<SpeechVoice, 'id' | 'lang' | 'local' | 'isDefault'>>(
  voices: readonly V[],
  lang: string,
  chosenId: string | null,
): V | undefined {
  const chosen = voices.find((v) => v.id === chosenId);
  if (chosen && sameLanguage(chosen.lang, lang)) return chosen;
  const score = (v: V) =>
    (v.local ? 4 : 0) + (exactLanguage(v.lang, lang) ? 2 : 0) + (v.isDefault ? 1 : 0);
  let best: V | undefined;
  for (const voice of voices) {
    if (!sameLanguage(voice.lang, lang)) continue;
    if (!best || score(voice) > score(best)) best = voice;
  }
  return best;
}

class Announcer {
  private listeners = new Set<(event: SpeechEvent) => void>();
  private voicesListeners = new Set<() => void>();
  private unavailableListeners = new Set<(reason: SpeechUnavailableReason) => void>();
  private unavailable: SpeechUnavailableReason | null = null;

  onEvent(listener: (event: SpeechEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  emit(event: SpeechEvent): void {
    for (const listener of [...this.listeners]) listener(event);
  }

  onUnavailable(listener: (reason: SpeechUnavailableReason) => void): () => void {
    if (this.unavailable) {
      listener(this.unavailable);
      return () => {};
    }
    this.unavailableListeners.add(listener);
    return () => this.unavailableListeners.delete(listener);
  }

  onVoicesChanged(listener: () => void): () => void {
    this.voicesListeners.add(listener);
    return () => this.voicesListeners.delete(listener);
  }

  voicesChanged(): void {
    for (const listener of [...this.voicesListeners]) listener();
  }

  reportUnavailable(reason: SpeechUnavailableReason): void {
    if (this.unavailable) return;
    this.unavailable = reason;
    const listeners = [...this.unavailableListeners];
    this.unavailableListeners.clear();
    for (const listener of listeners) listener(reason);
  }
}

// ---------------------------------------------------------------------------------------------
// Browser adapter

export interface BrowserSpeechOptions {
  settings?: Partial<SpeechSettings>;
  /** How long to wait for `voiceschanged` before deciding there are no voices. */
  voicesTimeoutMs?: number;
  /** How long an utterance may take to start once it is next in line. */
  startTimeoutMs?: number;
  host?: TimeoutHost;
}

export const VOICES_TIMEOUT_MS = 5000;
/**
 * Long enough for a cold Android engine; headless Chromium whose speech-dispatcher has no audio
 * device neither starts nor fails an utterance at all, and this is how that gets noticed.
 */
export const START_TIMEOUT_MS = 5000;
/** An utterance still speaking after this long is assumed stuck (Chrome can lose its `end`). */
const MIN_SPEAKING_TIMEOUT_MS = 8000;
const MAX_SPEAKING_TIMEOUT_MS = 60_000;
const SPEAKING_MS_PER_CHAR = 200;

const globalTimeouts: TimeoutHost = {
  setTimeout: (fn, ms) => globalThis.setTimeout(fn, ms),
  clearTimeout: (handle) => globalThis.clearTimeout(handle as ReturnType<typeof setTimeout>),
};

function unavailableReason(error: string): SpeechUnavailableReason {
  if (error === 'not-allowed') return 'not-allowed';
  if (error === 'language-unavailable' || error === 'voice-unavailable') {
    return 'language-unavailable';
  }
  return 'synthesis-failed';
}

function toVoice(voice: SpeechSynthesisVoice): SpeechVoice {
  return {
    id: voice.voiceURI,
    name: voice.name,
    lang: voice.lang,
    local: voice.localService,
    isDefault: voice.default,
  };
}

interface Outstanding {
  id: string;
  utterance: SpeechSynthesisUtterance;
  text: string;
  started: boolean;
  watchdog: unknown;
}

/** The adapter over `speechSynthesis`; reads the globals when created. */
export function createBrowserSpeech(options: BrowserSpeechOptions = {}): Speech {
  const host = options.host ?? globalTimeouts;
  const announcer = new Announcer();
  let settings: SpeechSettings = { ...DEFAULT_SPEECH_SETTINGS, ...options.settings };
  const maybeSynth: SpeechSynthesis | undefined = globalThis.speechSynthesis;
  const MaybeUtterance: typeof SpeechSynthesisUtterance | undefined =
    globalThis.SpeechSynthesisUtterance;

  if (!maybeSynth || !MaybeUtterance) {
    announcer.reportUnavailable('unsupported');
    return {
      speak(_text, { id }) {
        // Still ends every utterance, so whatever waits on speech carries on.
        announcer.emit({ type: 'end', id, outcome: 'failed' });
      },
      cancel() {},
      voices: () => [],
      configure(next) {
        settings = { ...settings, ...next };
      },
      unlock() {},
      onEvent: (listener) => announcer.onEvent(listener),
      onUnavailable: (listener) => announcer.onUnavailable(listener),
      onVoicesChanged: (listener) => announcer.onVoicesChanged(listener),
    };
  }

  const synth = maybeSynth;
  const Utterance = MaybeUtterance;

  // Voices often arrive asynchronously; an empty list is only final once `voiceschanged` has had
  // its chance.
  if (synth.getVoices().length === 0) {
    const onVoices = () => {
      if (synth.getVoices().length === 0) return;
      synth.removeEventListener('voiceschanged', onVoices);
      host.clearTimeout(voicesTimer);
    };
    synth.addEventListener('voiceschanged', onVoices);
    const voicesTimer = host.setTimeout(() => {
      synth.removeEventListener('voiceschanged', onVoices);
      if (synth.getVoices().length === 0) announcer.reportUnavailable('no-voices');
    }, options.voicesTimeoutMs ?? VOICES_TIMEOUT_MS);
  }

  // In speechSynthesis order. Holding the utterances here also keeps Chrome from
  // garbage-collecting them mid-speech, which loses their `end` event.
  let outstanding: Outstanding[] = [];
  let unlocked = false;
  // On Linux (speech-dispatcher) Chromium drops an utterance spoken right after cancel(); a
  // silent one spoken first takes the loss (votingworks/bmd#1106). Untracked: if it fails,
  // nothing waits on it.
  let primeAfterCancel = false;

  function finish(item: Outstanding, outcome: SpeechOutcome): void {
    if (!outstanding.includes(item)) return;
    host.clearTimeout(item.watchdog);
    outstanding = outstanding.filter((o) => o !== item);
    announcer.emit({ type: 'end', id: item.id, outcome });
    const head = outstanding[0];
    if (head && !head.started) watchStart(head);
  }

  function watchStart(item: Outstanding): void {
    host.clearTimeout(item.watchdog);
    item.watchdog = host.setTimeout(() => stuck(item), options.startTimeoutMs ?? START_TIMEOUT_MS);
  }

  function watchSpeaking(item: Outstanding): void {
    host.clearTimeout(item.watchdog);
    // A rate of 0 would make this infinite, which setTimeout reads as "now".
    const expected = (item.text.length * SPEAKING_MS_PER_CHAR) / Math.max(settings.rate, 0.1);
    const ms = Math.min(Math.max(MIN_SPEAKING_TIMEOUT_MS, expected), MAX_SPEAKING_TIMEOUT_MS);
    item.watchdog = host.setTimeout(() => stuck(item), ms);
  }

  /** The engine went quiet without an event: clear it so later cues are not stuck behind. */
  function stuck(item: Outstanding): void {
    if (!item.started) announcer.reportUnavailable('timeout');
    const all = outstanding;
    outstanding = [];
    synth.cancel();
    primeAfterCancel = true;
    for (const other of all) host.clearTimeout(other.watchdog);
    for (const other of all) {
      announcer.emit({
        type: 'end',
        id: other.id,
        outcome: other === item ? 'failed' : 'interrupted',
      });
    }
  }

  // The voice for a language is chosen once, not at every cue (a Stop's cue above all); a new
  // voice list or setting chooses again.
  let chosen: { key: string; voice: SpeechSynthesisVoice | null } | null = null;
  synth.addEventListener('voiceschanged', () => {
    chosen = null;
    announcer.voicesChanged();
  });

  function voiceFor(lang: string): SpeechSynthesisVoice | null {
    const installed = synth.getVoices();
    const key = `${lang} ${settings.voiceId ?? ''} ${installed.length}`;
    if (chosen?.key !== key) {
      const picked = pickVoice(installed.map(toVoice), lang, settings.voiceId);
      chosen = { key, voice: (picked && installed.find((v) => v.voiceURI === picked.id)) ?? null };
    }
    return chosen.voice;
  }

  // A space, never '': Chromium on Linux fails an empty utterance and then starts no other one,
  // which silenced every cue after the first unlock.
  function silentUtterance(): SpeechSynthesisUtterance {
    const utterance = new Utterance(' ');
    utterance.volume = 0;
    return utterance;
  }

  return {
    speak(text, { lang, id }) {
      const utterance = new Utterance(text);
      const voice = voiceFor(lang);
      utterance.lang = voice?.lang ?? lang;
      if (voice) utterance.voice = voice;
      utterance.rate = settings.rate;
      const item: Outstanding = { id, utterance, text, started: false, watchdog: undefined };
      utterance.onstart = () => {
        if (!outstanding.includes(item)) return;
        item.started = true;
        watchSpeaking(item);
        announcer.emit({ type: 'start', id });
      };
      utterance.onend = () => finish(item, 'spoken');
      utterance.onerror = (event) => {
        // Our own cancel() shows up as these; they are not failures.
        if (event.error === 'interrupted' || event.error === 'canceled') {
          finish(item, 'interrupted');
          return;
        }
        announcer.reportUnavailable(unavailableReason(event.error));
        finish(item, 'failed');
      };
      outstanding.push(item);
      if (outstanding.length === 1) watchStart(item);
      if (primeAfterCancel) {
        primeAfterCancel = false;
        synth.speak(silentUtterance());
      }
      // Chrome can leave synthesis paused after the tab was in the background.
      if (synth.paused) synth.resume();
      synth.speak(utterance);
    },
    cancel() {
      const all = outstanding;
      outstanding = [];
      synth.cancel();
      primeAfterCancel = true;
      for (const item of all) host.clearTimeout(item.watchdog);
      for (const item of all) announcer.emit({ type: 'end', id: item.id, outcome: 'interrupted' });
    },
    voices: () => synth.getVoices().map(toVoice),
    configure(next) {
      settings = { ...settings, ...next };
    },
    unlock() {
      if (unlocked) return;
      unlocked = true;
      // iOS Safari only speaks after a speak() made inside a user gesture; a silent one will do.
      if (synth.paused) synth.resume();
      synth.speak(silentUtterance());
    },
    onEvent: (listener) => announcer.onEvent(listener),
    onUnavailable: (listener) => announcer.onUnavailable(listener),
    onVoicesChanged: (listener) => announcer.onVoicesChanged(listener),
  };
}

// ---------------------------------------------------------------------------------------------
// Fake

export interface FakeUtterance {
  id: string;
  text: string;
  options: SpeakOptions;
  queuedAt: number;
  startedAt: number | null;
  endedAt: number | null;
  outcome: SpeechOutcome | null;
}

export interface FakeSpeechOptions {
  clock: Clock & Timer;
  voices?: SpeechVoice[];
  /** How long each utterance speaks on the fake clock; without it, a test calls `finish()`. */
  utteranceMs?: number | ((text: string) => number);
  /** Every utterance fails with this reason, like Chromium without a speech service. */
  failWith?: SpeechUnavailableReason;
}

/** Records every utterance with fake-clock times; speaks one at a time, like speechSynthesis. */
export class FakeSpeech implements Speech {
  readonly utterances: FakeUtterance[] = [];
  settings: SpeechSettings = { ...DEFAULT_SPEECH_SETTINGS };
  unlocked = false;
  private readonly announcer = new Announcer();
  private queue: FakeUtterance[] = [];
  private current: FakeUtterance | null = null;
  private cancelAutoEnd: (() => void) | null = null;

  private installed: readonly SpeechVoice[];

  constructor(private readonly options: FakeSpeechOptions) {
    this.installed = options.voices ?? [];
  }

  speak(text: string, options: SpeakOptions): void {
    const utterance: FakeUtterance = {
      id: options.id,
      text,
      options,
      queuedAt: this.options.clock.now(),
      startedAt: null,
      endedAt: null,
      outcome: null,
    };
    this.utterances.push(utterance);
    this.queue.push(utterance);
    if (!this.current) this.startNext();
  }

  cancel(): void {
    const all = [...(this.current ? [this.current] : []), ...this.queue];
    this.cancelAutoEnd?.();
    this.cancelAutoEnd = null;
    this.current = null;
    this.queue = [];
    for (const utterance of all) this.end(utterance, 'interrupted');
  }

  voices(): SpeechVoice[] {
    return [...this.installed];
  }

  /** The device's voice list changes, as when a browser finishes loading its voices. */
  loadVoices(voices: readonly SpeechVoice[]): void {
    this.installed = voices;
    this.announcer.voicesChanged();
  }

  onVoicesChanged(listener: () => void): () => void {
    return this.announcer.onVoicesChanged(listener);
  }

  configure(settings: Partial<SpeechSettings>): void {
    this.settings = { ...this.settings, ...settings };
  }

  unlock(): void {
    this.unlocked = true;
  }

  onEvent(listener: (event: SpeechEvent) => void): () => void {
    return this.announcer.onEvent(listener);
  }

  onUnavailable(listener: (reason: SpeechUnavailableReason) => void): () => void {
    return this.announcer.onUnavailable(listener);
  }

  /** The utterance being spoken now. */
  speaking(): FakeUtterance | null {
    return this.current;
  }

  /** Texts that began to be spoken, in order. */
  spokenTexts(): string[] {
    return this.utterances.filter((u) => u.startedAt !== null).map((u) => u.text);
  }

  /** The current utterance ends normally. */
  finish(): void {
    const current = this.current;
    if (current) this.endCurrent(current, 'spoken');
  }

  /** The current utterance fails, as a speech engine error would. */
  fail(reason: SpeechUnavailableReason): void {
    const current = this.current;
    if (!current) return;
    this.announcer.reportUnavailable(reason);
    this.endCurrent(current, 'failed');
  }

  private startNext(): void {
    const next = this.queue.shift();
    if (!next) return;
    this.current = next;
    next.startedAt = this.options.clock.now();
    if (this.options.failWith) {
      this.fail(this.options.failWith);
      return;
    }
    this.announcer.emit({ type: 'start', id: next.id });
    const { utteranceMs } = this.options;
    if (utteranceMs === undefined) return;
    const ms = typeof utteranceMs === 'number' ? utteranceMs : utteranceMs(next.text);
    this.cancelAutoEnd = this.options.clock.setTimer(this.options.clock.now() + ms, () => {
      this.cancelAutoEnd = null;
      if (this.current === next) this.endCurrent(next, 'spoken');
    });
  }

  private endCurrent(utterance: FakeUtterance, outcome: SpeechOutcome): void {
    this.cancelAutoEnd?.();
    this.cancelAutoEnd = null;
    this.current = null;
    this.end(utterance, outcome);
    if (!this.current) this.startNext();
  }

  private end(utterance: FakeUtterance, outcome: SpeechOutcome): void {
    utterance.endedAt = this.options.clock.now();
    utterance.outcome = outcome;
    this.announcer.emit({ type: 'end', id: utterance.id, outcome });
  }
}
